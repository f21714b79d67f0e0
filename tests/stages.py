"""Every stage after cleaning, on a text written for a test (a sentence alone is not an
article the cleaner would keep)."""

from rasd.model import Document
from rasd.pipeline import Pipeline

PIPELINE = Pipeline()


def processed(text: str, published: str | None = "2019-02-20", dateline: str | None = None) -> Document:
    doc = Document(id="t", text=text, published=published)
    doc.source.dateline = dateline
    for _name, stage in PIPELINE.stages:
        doc = stage(doc)
    return doc
