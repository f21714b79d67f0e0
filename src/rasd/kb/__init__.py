"""The knowledge base: entries (countries, places, actors) with their Arabic surface forms.

    >>> from rasd import kb
    >>> kb.default().lookup("الخارجية الأميركية")
"""

from rasd.kb.base import KBError, KnowledgeBase, Surface, default, load, user_path
from rasd.kb.entry import Entry, Office
from rasd.kb.matcher import Match, Matcher

__all__ = ["Entry", "KBError", "KnowledgeBase", "Match", "Matcher", "Office", "Surface", "default", "load",
           "user_path"]
