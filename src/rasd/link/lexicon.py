"""The tab-separated lexicons of rasd's data folders: one row per line, `#` starts a comment."""

from __future__ import annotations

from importlib.resources import files


def rows(name: str, package: str = "rasd.link") -> list[list[str]]:
    """The fields of every row of `<package>/data/<name>`, stripped; blank and comment lines
    skipped. Every stage's lexicons (the link stage's, the quote cues, the event patterns) are
    read here."""
    text = files(package).joinpath(f"data/{name}").read_text("utf-8")
    return [[field.strip() for field in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]
