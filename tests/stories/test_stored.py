"""Story linking against a store: articles ingested later join the stories of stored ones,
and a stored article that stood alone gets its story written in the table and its record."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from click.testing import CliRunner

import rasd
from rasd.cli import main
from rasd.store import open as open_store
from rasd.store.schema import fingerprints, stories
from rasd.stories import stored

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "text"


def _docs(*names: str) -> list[rasd.Document]:
    return [rasd.process(str(EXAMPLES / name)) for name in names]


def test_a_later_ingest_joins_and_updates_a_stored_article(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        store.create()
        first = _docs("afp_credit_basra_protest.txt", "levant_style_yemen_envoy.txt")
        prints, changed = stored.link_with_store(store, first)
        store.add(first)
        stored.save(store, prints, changed)
        assert store.get(first[0].id).story is None  # alone so far

        later = _docs("rafidain_style_basra_repost.txt", "iraq_follow_up_basra_committee.txt")
        prints, changed = stored.link_with_store(store, later)
        assert changed == {first[0].id: "s-" + first[0].id}
        store.add(later)
        stored.save(store, prints, changed)

        story = "s-" + first[0].id
        assert later[0].duplicate_of == first[0].id
        assert [store.get(d.id).story for d in (*first, *later)] == [story, None, story, story]
        with store.engine.connect() as conn:
            assert conn.execute(sa.select(stories.c.id, stories.c.size)).all() == [(story, 3)]
            assert conn.scalar(sa.select(sa.func.count()).select_from(fingerprints)) == 4


def test_ingesting_the_same_articles_again_changes_no_story(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    runner = CliRunner()
    for _ in range(2):
        result = runner.invoke(main, ["ingest", str(EXAMPLES), "--db", db])
        assert result.exit_code == 0, result.output
    with open_store(db) as store:
        docs = list(store.documents())
        linked = {d.id: (d.duplicate_of, d.story) for d in docs if d.story}
    assert len(linked) == 3 and len({story for _, story in linked.values()}) == 1
    assert sum(1 for dup, _ in linked.values() if dup) == 1


def test_no_stories_leaves_both_fields_empty(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["process", str(EXAMPLES), "--no-stories"])
    assert result.exit_code == 0
    assert '"story": "s-' not in result.output and '"duplicate_of": "' not in result.output
    linked = CliRunner().invoke(main, ["process", str(EXAMPLES)])
    assert '"story": "s-' in linked.output


def test_rasd_stories_lists_and_shows_a_story(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'c.db'}"
    runner = CliRunner(env={"COLUMNS": "250"})
    assert runner.invoke(main, ["ingest", str(EXAMPLES), "--db", db]).exit_code == 0
    with open_store(db) as store:
        members = [d.id for d in store.documents() if d.story]
        story = store.get(members[0]).story
    listing = runner.invoke(main, ["stories", "--db", db])
    assert listing.exit_code == 0 and "1 of 1 stories" in listing.output and story in listing.output
    shown = runner.invoke(main, ["stories", story, "--db", db])
    assert shown.exit_code == 0 and all(doc_id in shown.output for doc_id in members)
    missing = runner.invoke(main, ["stories", "s-nope", "--db", db])
    assert missing.exit_code == 1 and "no story 's-nope'" in missing.output


def test_exports_and_listings_count_a_wire_copy_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e.db'}"
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(EXAMPLES), "--db", db]).exit_code == 0
    with open_store(db) as store:
        copy = next(d for d in store.documents() if d.duplicate_of)
    assert copy.events, "the re-posted article has events of its own, counted with the original"
    once = runner.invoke(main, ["export", "events", "--db", db, "-f", "jsonl"]).output
    again = runner.invoke(main, ["export", "events", "--db", db, "-f", "jsonl", "--duplicates"]).output
    assert copy.id not in once and copy.id in again
    assert '"duplicate_of": "' + copy.duplicate_of in again
    documents = runner.invoke(main, ["export", "documents", "--db", db, "-f", "jsonl"]).output
    assert copy.id in documents
    wide = CliRunner(env={"COLUMNS": "250"})
    for command in ("events", "quotes"):
        listing = wide.invoke(main, [command, "--db", db, "--limit", "500"])
        assert listing.exit_code == 0 and copy.duplicate_of[:10] in listing.output
        assert copy.id[:10] not in listing.output
