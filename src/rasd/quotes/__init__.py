"""Quotes: reported statements with speaker, cue and content span."""

from rasd.quotes.extract import QuoteExtractor

__all__ = ["QuoteExtractor"]
