"""Every stage after cleaning, on a text written for a test (a sentence alone is not an
article the cleaner would keep). Events without a source are kept (Settings.happenings), so
that stage tests see every act the coder found; the default pipeline drops them."""

from rasd.model import Document
from rasd.pipeline import Pipeline
from rasd.settings import Settings

PIPELINE = Pipeline(Settings(happenings=True))


def processed(text: str, published: str | None = "2019-02-20", dateline: str | None = None) -> Document:
    doc = Document(id="t", text=text, published=published)
    doc.source.dateline = dateline
    for _name, stage in PIPELINE.stages:
        doc = stage(doc)
    return doc
