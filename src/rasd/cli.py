"""The `rasd` command. Each subcommand is a thin shell over one library function.

Exit codes: 0 all inputs succeeded, 1 some inputs were rejected (the summary says how
many), 2 usage errors (click's own convention).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import nullcontext
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from rasd import __version__
from rasd.model import Document, Reject
from rasd.pipeline import Batch, process_many
from rasd.settings import DEFAULT, Settings

DEFAULT_DB = os.environ.get("RASD_DB", "sqlite:///rasd.db")
err_console = Console(stderr=True, highlight=False, soft_wrap=True)
out_console = Console(highlight=False, soft_wrap=True)

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, metavar="URL",
                         help="Database URL: sqlite:///file.db or postgresql://user@host/db (env RASD_DB).")
workers_option = click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 256),
                              help="Worker processes; the output is the same for any number.")
max_bytes_option = click.option("--max-bytes", default=DEFAULT.max_article_bytes, show_default=True,
                                 type=click.IntRange(1), help="Largest article (file, line, record) accepted.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasd")
def main() -> None:
    """rasd (رصد): Arabic news in, a structured record of who did and said what out.

    \b
    Example:
      rasd process examples -o out.jsonl
      rasd ingest examples --db sqlite:///rasd.db && rasd search الامريكي
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default="-",
              help="Where to write the JSONL records (default: stdout).")
@workers_option
@max_bytes_option
def process(paths: tuple[str, ...], output: str, workers: int, max_bytes: int) -> None:
    """Read articles (files, folders, - for stdin) and write one JSON record per article.

    \b
    Inputs: plain text as scraped, HTML, JSONL/JSON, RSS/Atom, WARC(.gz).
    Example:
      rasd process ../crawl/ -o records.jsonl --workers 2
    """
    settings = Settings(max_article_bytes=max_bytes)
    batch, started = Batch(), time.perf_counter()
    with _open_output(output) as sink:
        for result in _with_progress(process_many(paths, workers=workers, settings=settings, batch=batch)):
            if isinstance(result, Document):
                sink.write(result.to_json() + "\n")
            else:
                err_console.print(f"[red]rejected[/red] {result.message()}")
    _summary_line(batch, time.perf_counter() - started)
    sys.exit(1 if batch.rejects else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@workers_option
@max_bytes_option
@click.option("--summary/--no-summary", default=False, help="Print a table of what was stored.")
def ingest(paths: tuple[str, ...], db: str, workers: int, max_bytes: int, summary: bool) -> None:
    """Process articles and store them; storing the same article again changes nothing.

    \b
    Example:
      rasd ingest examples --db sqlite:///rasd.db --summary
    """
    from rasd.store import open as open_store

    settings = Settings(max_article_bytes=max_bytes)
    batch, started = Batch(), time.perf_counter()
    docs: list[Document] = []
    with open_store(db) as store:
        store.create()
        for result in _with_progress(process_many(paths, workers=workers, settings=settings, batch=batch)):
            if isinstance(result, Document):
                docs.append(result)
            else:
                err_console.print(f"[red]rejected[/red] {result.message()}")
        added = store.add(docs)
        store.add_rejects(batch.rejects)
    if summary:
        from rasd.report import print_ingest_summary

        print_ingest_summary(out_console, docs, batch, added, db)
    _summary_line(batch, time.perf_counter() - started, stored=added)
    sys.exit(1 if batch.rejects else 0)


@main.command()
@click.argument("doc_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the full JSON record.")
def show(doc_id: str, db: str, as_json: bool) -> None:
    """Show one stored article by its id (or a unique prefix of it).

    \b
    Example:
      rasd show 9f2c41 --db sqlite:///rasd.db
    """
    from rasd.report import print_document
    from rasd.store import open as open_store

    with open_store(db) as store:
        doc = store.get(doc_id)
    if doc is None:
        raise click.ClickException(f"no stored article has the id {doc_id!r} (see `rasd search`)")
    if as_json:
        click.echo(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_document(out_console, doc)


@main.command()
@click.argument("query")
@db_option
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1))
def search(query: str, db: str, limit: int) -> None:
    """Full-text search over stored articles; hamza, ta marbuta and diacritics do not matter.

    \b
    Example:
      rasd search "الخارجية الامريكية"
    """
    from rasd.report import print_hits
    from rasd.store import open as open_store

    with open_store(db) as store:
        hits = store.search(query, limit=limit)
    print_hits(out_console, hits)


@main.group()
def db() -> None:
    """Database administration.

    \b
    Example:
      rasd db stats --db sqlite:///rasd.db
    """


@db.command("stats")
@db_option
def db_stats(db: str) -> None:
    """Counts of stored documents, removed parts, entities, quotes, events and rejects.

    \b
    Example:
      rasd db stats
    """
    from rasd.report import print_stats
    from rasd.store import open as open_store

    with open_store(db) as store:
        print_stats(out_console, store.stats())


@main.command()
@db_option
def rejects(db: str) -> None:
    """List the inputs that were rejected, with the reason for each.

    \b
    Example:
      rasd rejects --db sqlite:///rasd.db
    """
    from rasd.report import print_rejects
    from rasd.store import open as open_store

    with open_store(db) as store:
        print_rejects(out_console, store.rejects())


@main.command()
@click.option("--conll", "conll", type=click.File("r", encoding="utf-8"), required=True,
              help="Pre-tokenized CoNLL file (one token per line, blank line between sentences); - for stdin.")
def tag(conll: Any) -> None:
    """Tag pre-tokenized text with PERS/LOC/ORG/MISC BIO tags (the CRF tagger).

    Writes token<TAB>TAG, one line per input line, blank lines kept.

    \b
    Example:
      rasd tag --conll sentences.conll > tagged.tsv
    """
    from rasd.ner.conll import tag_conll
    from rasd.ner.tagger import default

    tagger = default()
    for line in tag_conll(conll, tagger):
        click.echo(line)


@main.group()
def kb() -> None:
    """The knowledge base of actors and places: look names up, add your own.

    \b
    Example:
      rasd kb lookup "الخارجية الامريكية"
    """


@kb.command("lookup")
@click.argument("name")
def kb_lookup(name: str) -> None:
    """Entries a name refers to, in any spelling, with their codes and aliases.

    \b
    Example:
      rasd kb lookup ترمب
    """
    from rasd.kb import default
    from rasd.report import print_entries

    entries = default().lookup(name)
    print_entries(out_console, entries)
    if not entries:
        sys.exit(1)


@kb.command("add")
@click.option("--id", "entry_id", required=True, help="Stable ASCII id, e.g. ilham-ahmed.")
@click.option("--type", "entry_type", required=True, type=click.Choice(["PER", "ORG", "GPE", "LOC", "FAC",
                                                                       "NORP", "MEDIA"]))
@click.option("--ar", "name_ar", required=True, help="Canonical Arabic name.")
@click.option("--en", "name_en", required=True, help="Canonical English name.")
@click.option("--alias", "aliases", multiple=True, help="Another Arabic form (repeatable).")
@click.option("--code", "actor_code", default=None, help="CAMEO actor code, e.g. SYRREB.")
@click.option("--wikidata", default=None, help="Wikidata id, e.g. Q123.")
def kb_add(entry_id: str, entry_type: str, name_ar: str, name_en: str, aliases: tuple[str, ...],
           actor_code: str | None, wikidata: str | None) -> None:
    """Add an entry to your own knowledge-base file (the package is not edited).

    The file is $RASD_KB_USER or ~/.config/rasd/kb.yaml; it is read on every run.

    \b
    Example:
      rasd kb add --id ilham-ahmed --type PER --ar "إلهام أحمد" --en "Ilham Ahmed" --code SYRREB
    """
    from rasd.kb.user import add_user_entry

    path = add_user_entry({"id": entry_id, "type": entry_type, "name_ar": name_ar, "name_en": name_en,
                           "aliases": list(aliases), "actor_code": actor_code, "wikidata": wikidata})
    err_console.print(f"added {entry_id} to {path}")


def _open_output(output: str) -> Any:
    if output == "-":
        return nullcontext(sys.stdout)
    return open(output, "w", encoding="utf-8")


def _with_progress(results: Iterator[Document | Reject]) -> Iterator[Document | Reject]:
    """A progress bar on stderr when it is a terminal; silent when piped."""
    if not err_console.is_terminal:
        yield from results
        return
    columns = (SpinnerColumn(), TextColumn("processing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("articles", total=None)
        for result in results:
            progress.advance(task)
            yield result


def _summary_line(batch: Batch, seconds: float, stored: Any = None) -> None:
    total = batch.documents + len(batch.rejects)
    rate = batch.documents / seconds if seconds > 0 else 0.0
    parts = [f"{batch.documents} articles processed", f"{len(batch.rejects)} rejected",
             f"{seconds:.1f} s ({rate:.1f} articles/s)"]
    if stored is not None:
        parts.insert(1, f"{stored.added} stored, {stored.unchanged} unchanged")
    if batch.walk.skipped:
        parts.append(f"{len(batch.walk.skipped)} files of other types skipped")
    err_console.print(f"{total} inputs: " + "; ".join(parts))
