"""Loads what every worker needs (knowledge base, automaton, tagger, lexicons) at import.

The process pool's fork server imports this module once; the workers it forks share the
loaded data (copy-on-write) instead of each spending a second loading its own.
"""

from __future__ import annotations

from rasd.clauses.view import agent_adjectives, unnamed_agents
from rasd.events.coder import construct_heads, crowd_words, pattern_lexicon, plover_types, vetoes
from rasd.link import romanize
from rasd.link.civic import civic_words
from rasd.link.entities import _default_matcher
from rasd.link.localities import place_words
from rasd.link.organizations import glossary
from rasd.ner import pipeline_tagger
from rasd.quotes.extract import cue_lexicon


def warm() -> None:
    """Build the process-wide caches now rather than on the first article."""
    _default_matcher()
    pipeline_tagger()
    romanize.default()  # English names of people the base lacks: most articles have one
    for build in (pattern_lexicon, cue_lexicon, plover_types, vetoes, crowd_words, unnamed_agents,
                  agent_adjectives, glossary, place_words, construct_heads, civic_words):
        build()


warm()
