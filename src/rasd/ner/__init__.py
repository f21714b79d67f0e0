"""Statistical named-entity tagging for names the knowledge base does not know: a CRF
(`tagger`) and a BiLSTM run in numpy (`neural`). `rasd tag` uses the BiLSTM, the more
accurate on ANERcorp-style text; the pipeline uses the CRF, which gives it the same entities
on the dev articles at about 30 % less of its time (`RASD_NER=neural` switches)."""

from __future__ import annotations

import os

from rasd.ner.conll import SentenceTagger
from rasd.ner.tagger import Tagger, default

__all__ = ["SentenceTagger", "Tagger", "default", "pipeline_tagger"]


def pipeline_tagger() -> SentenceTagger:
    """The tagger the entity stage uses: `RASD_NER` (crf or neural), the CRF by default."""
    if os.environ.get("RASD_NER", "crf") != "neural":
        return default()
    from rasd.ner.neural import default as neural

    return neural()
