"""Options in one typed object with their defaults in one place (see STYLE.md, trafilatura)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    """What a run may be tuned by. Limits apply per article (a file, a JSONL line, a WARC
    record), so a large container of many small articles is fine."""

    max_article_bytes: int = 10_000_000
    max_container_bytes: int = 1_000_000_000  # a JSON array or feed file, read whole
    keep_reject_bytes: int = 1_000_000  # rejects keep their original bytes up to this size
    min_body_chars: int = 40  # less than this left after cleaning is not an article
    default_published: str | None = None  # ISO date for articles that give none (`--published`)
    # Events need an identifiable source actor, as CAMEO coding and the gold conventions have
    # it; with `happenings` (`--happenings`) a clash or a blast the text names no doer for is
    # kept too, with a null source (sentence-level detection wants those).
    happenings: bool = False


DEFAULT = Settings()
