"""Schema migrations: the revisions build exactly schema.py, on SQLite and PostgreSQL; stores of a
rasd before migrations are stamped and upgraded; `rasd db migrate|current|revision`."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from tests.store.postgres import schema_urls

import rasd.store
from rasd.cli import main
from rasd.errors import StoreError
from rasd.model import Document
from rasd.store import migrate
from rasd.store.schema import metadata
from rasd.store.search import document_search_text, install

# The tables of the first release, which created them with metadata.create_all (no migrations).
FIRST_RELEASE = ("documents", "removed", "entities", "mentions", "quotes", "events", "stories", "rejects")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: a SQLite file (in-memory stores skip the revisions) or a new schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
    else:
        with schema_urls() as (pg_url,):
            yield pg_url


def _differences(url: str) -> list[object]:
    with rasd.store.open(url) as store, store.engine.connect() as conn:
        return migrate.differences(conn)


def _current(url: str) -> str | None:
    with rasd.store.open(url) as store:
        return migrate.status(store.engine)[0]


def _old_store(url: str, tables: tuple[str, ...] = FIRST_RELEASE) -> None:
    """What an earlier rasd left: its tables by create_all, the search index, a document, no
    migration record."""
    with rasd.store.open(url) as store, store.engine.begin() as conn:
        metadata.create_all(conn, tables=[metadata.tables[name] for name in tables])
        install(conn)
        doc = Document(id="0123456789abcdef", text="أعلنت وزارة الخارجية الأمريكية اليوم")
        conn.execute(
            sa.insert(metadata.tables["documents"]),
            {"id": doc.id, "language": "ar", "text": doc.text, "search_text": document_search_text(None, doc.text), "record": doc.to_dict()},
        )


# -- the revisions and schema.py ---------------------------------------------------------------


def test_upgrade_on_an_empty_database_builds_exactly_the_schema(url: str) -> None:
    """Fails when schema.py changed without a revision (write one with `rasd db revision -m`)."""
    with rasd.store.open(url) as store:
        store.create()
    assert _differences(url) == []
    assert _current(url) == migrate.head()


def test_the_comparison_sees_a_missing_revision(url: str) -> None:
    """The check above can fail: a database left at the first revision differs from schema.py."""
    with rasd.store.open(url) as store, store.engine.begin() as conn:
        migrate.upgrade(conn, "0001")
    found = _differences(url)
    assert ("add_table", "fingerprints") in [(d[0], d[1].name) for d in found if isinstance(d, tuple)]


def test_an_in_memory_store_is_the_schema_at_head() -> None:
    with rasd.store.open("sqlite://") as store:
        store.create()
        with store.engine.connect() as conn:
            assert migrate.differences(conn) == []
            assert migrate.current(conn) == migrate.head()


def test_create_twice_and_the_search_index_survive_an_upgrade(url: str) -> None:
    with rasd.store.open(url) as store:
        store.create()
        store.add([Document(id="feedfacefeedface", text="اجتمع وزير الخارجية بنظيره")])
        store.create()
        assert [hit.id for hit in store.search("الخارجيه")] == ["feedfacefeedface"]
    assert _current(url) == migrate.head()


# -- stores of a rasd before migrations ---------------------------------------------------------


def test_an_unversioned_store_is_stamped_and_upgraded(url: str) -> None:
    _old_store(url)
    assert _current(url) is None
    with rasd.store.open(url) as store:
        store.create()
        assert store.get("0123456789abcdef") is not None
        assert [hit.id for hit in store.search("الامريكيه")] == ["0123456789abcdef"]
    assert _current(url) == migrate.head()
    assert _differences(url) == []


def test_an_unversioned_store_gets_the_newest_revision_it_matches(url: str) -> None:
    _old_store(url, (*FIRST_RELEASE, "fingerprints"))
    with rasd.store.open(url) as store, store.engine.begin() as conn:
        migrate._stamp_unversioned(conn)
        assert migrate.current(conn) == "0002"


def test_unversioned_tables_of_no_revision_are_refused(url: str) -> None:
    with rasd.store.open(url) as store, store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE documents (id VARCHAR(16) PRIMARY KEY, body TEXT)")
    with rasd.store.open(url) as store, pytest.raises(StoreError, match="documents lacks .*record") as err:
        store.create()
    assert "no migration record" in str(err.value)
    assert _current(url) is None


# -- the commands --------------------------------------------------------------------------------


def test_db_current_and_migrate(url: str) -> None:
    _old_store(url)
    runner = CliRunner()
    before = runner.invoke(main, ["db", "current", "--db", url])
    assert before.exit_code == 0 and before.output.startswith("no revision")
    migrated = runner.invoke(main, ["db", "migrate", "--db", url])
    assert migrated.exit_code == 0, migrated.output
    assert f"no revision -> {migrate.head()}" in migrated.output
    again = runner.invoke(main, ["db", "migrate", "--db", url])
    assert f"already at {migrate.head()}" in again.output
    after = runner.invoke(main, ["db", "current", "--db", url])
    assert after.output.strip() == f"{migrate.head()} (head)"


def test_db_migrate_reports_a_bad_store_without_a_traceback(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'other.db'}"
    with rasd.store.open(url) as store, store.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE documents (id TEXT)")
    result = CliRunner().invoke(main, ["db", "migrate", "--db", url])
    assert result.exit_code == 1
    assert "no migration record" in result.output and "Traceback" not in result.output


def test_db_revision_writes_the_next_revision_of_a_schema_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole loop on a copy of the revisions: change schema.py, generate, upgrade, compare."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "MIGRATIONS", copy)
    migrate.script.cache_clear()
    migrate._revision_columns.cache_clear()
    scratch = sa.Table("scratch_notes", metadata, sa.Column("id", sa.Integer, primary_key=True),
                       sa.Column("note", sa.Text))
    try:
        previous = migrate.head()
        result = CliRunner().invoke(main, ["db", "revision", "-m", "scratch notes"])
        assert result.exit_code == 0, result.output
        (written,) = [p for p in (copy / "versions").glob("*scratch_notes.py")]
        assert written.name == f"{int(previous) + 1:04d}_scratch_notes.py"
        source = written.read_text("utf-8")
        assert "create_table('scratch_notes'" in source and f"down_revision = {previous!r}" in source
        migrate.script.cache_clear()
        url = f"sqlite:///{tmp_path / 'fresh.db'}"
        with rasd.store.open(url) as store:
            store.create()
        assert _differences(url) == []
    finally:
        metadata.remove(scratch)
        migrate.script.cache_clear()
        migrate._revision_columns.cache_clear()
