"""Across articles: near-duplicates (MinHash LSH) and story clusters, as articles arrive.

Typical use: `fingerprints, changed = link_documents(docs)` sets `duplicate_of` and `story`
on each document of a run; `rasd.stories.stored.link_with_store(store, docs)` does the same
against what a store holds.
"""

from rasd.stories.clusters import StoryClusterer
from rasd.stories.duplicates import DuplicateFinder
from rasd.stories.fingerprint import Fingerprint, fingerprint
from rasd.stories.linker import Known, StoryLinker, link_documents

__all__ = ["DuplicateFinder", "Fingerprint", "Known", "StoryClusterer", "StoryLinker", "fingerprint",
           "link_documents"]
