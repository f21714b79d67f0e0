"""Statistical named-entity tagging (CRF) for names the knowledge base does not know."""

from rasd.ner.tagger import Tagger, default

__all__ = ["Tagger", "default"]
