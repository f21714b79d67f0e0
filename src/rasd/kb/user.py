"""The user's own knowledge-base file: entries added with `rasd kb add` or by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from rasd.kb.base import KBError, user_path
from rasd.kb.entry import TYPES


def add_user_entry(row: dict[str, Any], path: Path | None = None) -> Path:
    """Append (or replace by id) one entry in the user's YAML file; returns the file."""
    path = path or user_path()
    if row.get("type") not in TYPES:
        raise KBError(f"type must be one of {', '.join(TYPES)}", path=str(path))
    rows = _rows(path)
    clean = {k: v for k, v in row.items() if v not in (None, [], ())}
    rows = [r for r in rows if r.get("id") != clean["id"]] + [clean]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(rows, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _rows(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    data = yaml.safe_load(path.read_text("utf-8")) or []
    if not isinstance(data, list):
        raise KBError("expected a list of entries", path=str(path))
    return data
