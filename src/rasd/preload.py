"""Loads the heavy resources once in the process that forks the workers.

`process_many` names this module in the forkserver's preload list: importing it there loads
the knowledge base, its automaton, the tagger and the word tables, so every worker forked
afterwards shares them (copy-on-write) instead of loading its own (about a second each).
"""

from __future__ import annotations

import contextlib


def warm() -> None:
    """Run one small article through a pipeline: every lazily loaded resource is then loaded."""
    from rasd.model import RawArticle
    from rasd.pipeline import Pipeline

    Pipeline().run(RawArticle(body="قال وزير الخارجية الأمريكي مايك بومبيو في واشنطن إن الحوار مستمر.\n\n"
                              "وأضاف الوزير أن الرئيس سيزور الرياض.", kind="text"))


# A failed warm-up must not stop the pool: each worker then loads what it needs itself and
# reports any error per article.
with contextlib.suppress(Exception):
    warm()
