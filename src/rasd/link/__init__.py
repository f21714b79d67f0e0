"""Linking mentions to knowledge-base entries, and in-document coreference."""

from rasd.link.entities import EntityLinker, actor_code

__all__ = ["EntityLinker", "actor_code"]
