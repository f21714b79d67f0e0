"""The tab-separated lexicons of `rasd/link/data/`: one row per line, `#` starts a comment."""

from __future__ import annotations

from importlib.resources import files


def rows(name: str) -> list[list[str]]:
    """The fields of every row of `data/<name>`, stripped; blank and comment lines skipped."""
    text = files("rasd.link").joinpath(f"data/{name}").read_text("utf-8")
    return [[field.strip() for field in line.split("\t")] for line in text.splitlines()
            if line.strip() and not line.startswith("#")]
