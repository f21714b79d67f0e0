"""The time stage: date expressions in Arabic news resolved against the publication date."""

from rasd.time.dates import DateRef, find_dates

__all__ = ["DateRef", "find_dates"]
