"""Events: CAMEO/PLOVER-coded acts with source, targets, modality, date and place."""

from rasd.events.coder import EventCoder

__all__ = ["EventCoder"]
