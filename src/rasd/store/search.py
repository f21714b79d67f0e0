"""Full-text search over `documents.search_text`, the only part of the store that differs per backend.

Both sides see the same input: `search_text` is `search_form(title + text)`, and a query goes
through `search_form` too, so `الامريكي` finds `الأمريكي` and a diacritized query finds plain
text. User input never reaches the SQL as syntax: it is split into word terms, which are bound
as parameters (PostgreSQL) or quoted as FTS5 strings (SQLite).

- SQLite: an FTS5 table `documents_fts` kept in step with `documents` by triggers, ranked by bm25.
  It holds its own copy of the text (not external content): `documents` has no integer key, and
  the implicit rowids an external-content table would join on may change on VACUUM.
- PostgreSQL: a generated column `search_vector = to_tsvector('simple', search_text)` with a GIN
  index, ranked by ts_rank; a trigram index speeds up the substring fallback when the `pg_trgm`
  extension can be created. Both are added by `install`, outside the portable `MetaData`.

Word search misses a term glued to a clitic (the query `الأمريكي`, the text `والأمريكي`), so when it returns
fewer hits than asked, a second match fills the rest with score 0: on PostgreSQL a substring (LIKE)
match over `search_text`, which the trigram index serves; on SQLite, where such a scan read the whole
table (0.4 s on 10,000 articles), the FTS index itself, with each term as a prefix after any of the
proclitics (و ف ب ل ك س and their pairs; ل with ال written لل), which finds the same glued words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from rasd.store.schema import documents
from rasd.text.normalize import normalize, search_form

FTS_TABLE = "documents_fts"
_TERM = re.compile(r"[^\W_]+")  # letters and digits, as FTS5 unicode61 and the tsvector parser split

_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "doc_id UNINDEXED, search_text, tokenize = 'unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_insert AFTER INSERT ON documents BEGIN "
    f"INSERT INTO {FTS_TABLE}(doc_id, search_text) VALUES (new.id, new.search_text); END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_delete AFTER DELETE ON documents BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE doc_id = old.id; END",
    f"CREATE TRIGGER IF NOT EXISTS {FTS_TABLE}_update AFTER UPDATE OF id, search_text ON documents BEGIN "
    f"UPDATE {FTS_TABLE} SET doc_id = new.id, search_text = new.search_text WHERE doc_id = old.id; END",
)
# A stored generated column rather than an expression index: ranking needs the tsvector of every
# match, and recomputing it per query made a common word over 2,000 articles take 0.7 s, not 4 ms.
_POSTGRES_TSV = "search_vector"
_POSTGRES_DDL = (
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_documents_search ON documents USING gin (search_vector)",
)
# The operator class is named with the extension's schema: the extension exists once per database,
# maybe in a schema that is not on this store's search_path.
_POSTGRES_TRGM_SCHEMA = (
    "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
    "WHERE e.extname = 'pg_trgm'"
)
_POSTGRES_TRGM_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_documents_search_trgm ON documents USING gin (search_text {}.gin_trgm_ops)"
)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching document; `snippet` is a stretch of the original text around the first match."""

    id: str
    title: str | None
    snippet: str
    score: float
    published: str | None = None
    outlet: str | None = None


def document_search_text(title: str | None, text: str) -> str:
    """What `documents.search_text` holds: the title and the body in search form."""
    return search_form(f"{title}\n{text}" if title else text)


def query_terms(query: str) -> list[str]:
    """The distinct word terms of a user query, in search form; operators and quotes drop out."""
    return list(dict.fromkeys(_TERM.findall(search_form(query))))


def install(conn: Connection) -> None:
    """Create the backend's full-text index; safe to run again on an existing database."""
    if conn.dialect.name == "sqlite":
        _install_sqlite(conn)
    elif conn.dialect.name == "postgresql":
        _install_postgres(conn)


def _install_sqlite(conn: Connection) -> None:
    """A database whose documents predate the FTS table gets them indexed once, on creation."""
    existed = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (FTS_TABLE,)
    ).first()
    for statement in _SQLITE_DDL:
        conn.exec_driver_sql(statement)
    if existed is None:
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(doc_id, search_text) SELECT id, search_text FROM documents"
        )


def _install_postgres(conn: Connection) -> None:
    """The trigram index is an optimization: a server without pg_trgm (or without the right to
    create it) still gets a working store, with a sequential scan for substring matches."""
    for statement in _POSTGRES_DDL:
        conn.exec_driver_sql(statement)
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            schema = conn.exec_driver_sql(_POSTGRES_TRGM_SCHEMA).scalar_one()
            conn.exec_driver_sql(_POSTGRES_TRGM_INDEX.format(conn.dialect.identifier_preparer.quote(schema)))
    except sa.exc.DBAPIError:
        pass


@contextmanager
def _index_scans(conn: Connection) -> Iterator[None]:
    """Sequential scans off for one query, then as they were. The planner does not count the
    cost of reading each row's TOASTed tsvector or text, so it scanned all 5,000 articles of a
    store (115 ms) where the GIN index answers in 10-20 ms."""
    previous = conn.exec_driver_sql("SELECT current_setting('enable_seqscan')").scalar_one()
    conn.exec_driver_sql("SELECT set_config('enable_seqscan', 'off', true)")
    try:
        yield
    finally:
        conn.execute(sa.text("SELECT set_config('enable_seqscan', :value, true)"), {"value": previous})


def find(conn: Connection, terms: list[str], limit: int) -> list[tuple[str, float]]:
    """Ids of documents holding every term, best first, with their scores (higher is better)."""
    if not terms or limit <= 0:
        return []
    ranked = (
        _find_sqlite(conn, terms, limit)
        if conn.dialect.name == "sqlite"
        else _find_postgres(conn, terms, limit)
    )
    if len(ranked) < limit:
        fill = _find_glued if conn.dialect.name == "sqlite" else _find_substring
        ranked += fill(conn, terms, limit - len(ranked), [i for i, _ in ranked])
    return ranked


def _fts_string(text: str) -> str:
    """An FTS5 string literal: nothing in it is read as an operator."""
    return '"' + text.replace('"', '""') + '"'


def _find_sqlite(conn: Connection, terms: list[str], limit: int) -> list[tuple[str, float]]:
    match = " ".join(_fts_string(term) for term in terms)
    rows = conn.exec_driver_sql(
        f"SELECT doc_id, bm25({FTS_TABLE}) AS rank FROM {FTS_TABLE} "
        f"WHERE {FTS_TABLE} MATCH ? ORDER BY rank, doc_id LIMIT ?",
        (match, limit),
    )
    return [(doc_id, -float(rank)) for doc_id, rank in rows]  # bm25 is lower-is-better


def _find_postgres(conn: Connection, terms: list[str], limit: int) -> list[tuple[str, float]]:
    """plainto_tsquery reads its argument as plain words joined by AND, whatever they contain."""
    with _index_scans(conn):
        rows = conn.execute(
            sa.text(
                f"SELECT id, ts_rank({_POSTGRES_TSV}, q) AS score "
                "FROM documents, plainto_tsquery('simple', :q) AS q "
                f"WHERE {_POSTGRES_TSV} @@ q ORDER BY score DESC, id LIMIT :limit"
            ),
            {"q": " ".join(terms), "limit": limit},
        ).all()
    return [(doc_id, float(score)) for doc_id, score in rows]


# Proclitics a word is printed glued to (conjunctions, prepositions, the future prefix, their pairs).
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس")


def _glued_forms(term: str) -> list[str]:
    """The printed forms of a term after a proclitic; ل before ال drops the alef (للأمم)."""
    forms = [clitic + term for clitic in _PROCLITICS]
    if term.startswith("ال") and len(term) > 2:
        forms += [clitic + "لل" + term[2:] for clitic in ("", "و", "ف")]
    return forms


def _find_glued(conn: Connection, terms: list[str], limit: int, exclude: list[str]) -> list[tuple[str, float]]:
    """Documents holding every term as the start of a word, a proclitic before it or not; newest first."""
    match = " AND ".join("(" + " OR ".join(_fts_string(form) + "*" for form in _glued_forms(term)) + ")"
                         for term in terms)
    found = sa.text(f"SELECT doc_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match")
    query = (
        sa.select(documents.c.id)
        .where(documents.c.id.in_(found.columns(sa.column("doc_id")).bindparams(match=match)))
        .order_by(documents.c.published.desc().nulls_last(), documents.c.id)
        .limit(limit)
    )
    if exclude:
        query = query.where(documents.c.id.not_in(exclude))
    return [(doc_id, 0.0) for doc_id in conn.scalars(query)]


def _find_substring(
    conn: Connection, terms: list[str], limit: int, exclude: list[str]
) -> list[tuple[str, float]]:
    """LIKE, not ILIKE: `search_text` and the terms are both in search form (case folded), and
    ILIKE's per-row lowercasing took twice as long on PostgreSQL."""
    query = (
        sa.select(documents.c.id)
        .where(*(documents.c.search_text.contains(term, autoescape=True) for term in terms))
        .order_by(documents.c.published.desc().nulls_last(), documents.c.id)
        .limit(limit)
    )
    if exclude:
        query = query.where(documents.c.id.not_in(exclude))
    with _index_scans(conn) if conn.dialect.name == "postgresql" else nullcontext():
        return [(doc_id, 0.0) for doc_id in conn.scalars(query).all()]


SNIPPET_WINDOW = 2000  # characters normalized first: most first matches are in the lead


def snippet(text: str, terms: list[str], width: int = 160) -> str:
    """About `width` characters of the original text, cut at spaces, around the first match.

    The match is found in the search form and mapped back with its offsets, so the snippet shows
    the words as printed (`الأمريكي` for the query `الامريكي`). A match only in the title gives
    the opening of the text. Only the opening of a long text is normalized when a whole word
    matches there (the earliest whole-word match cannot be further on); normalizing whole
    articles for every hit was most of the time of a search.
    """
    cut = _word_end(text, SNIPPET_WINDOW) if len(text) > SNIPPET_WINDOW else len(text)
    view = normalize(text[:cut])
    span = _first_match(view.text, terms, inside=False)
    if span is None:
        view = normalize(text) if cut < len(text) else view
        span = _first_match(view.text, terms, inside=False) or _first_match(view.text, terms, inside=True)
    start, end = view.to_original(*span) if span else (0, 0)
    lo = _word_start(text, max(0, start - width // 3))
    hi = _word_end(text, min(len(text), max(end, lo + width)))
    body = " ".join(text[lo:hi].split())
    return ("… " if lo > 0 else "") + body + (" …" if hi < len(text) else "")


def _first_match(form: str, terms: list[str], inside: bool) -> tuple[int, int] | None:
    """The earliest occurrence of a term as a whole word, or (`inside`) anywhere in a word."""
    pattern = "{}" if inside else r"(?<![^\W_]){}(?![^\W_])"
    found = [m for term in terms if (m := re.search(pattern.format(re.escape(term)), form))]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return first.start(), first.end()


def _word_start(text: str, i: int) -> int:
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    while i < len(text) and not text[i].isspace():
        i += 1
    return i
