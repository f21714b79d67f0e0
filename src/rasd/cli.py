"""The `rasd` command. Each subcommand is a thin shell over one library function.

Exit codes: 0 all inputs succeeded, 1 some inputs were rejected (the summary says how
many), 2 usage errors (click's own convention).
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from rasd import __version__
from rasd.export.writers import FORMATS as EXPORT_FORMATS
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


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """Dates given on the command line are ISO dates; they are stored as YYYY-MM-DD."""
    from rasd.errors import UsageError
    from rasd.export.select import iso_day

    if value is None:
        return None
    try:
        return iso_day(value)
    except UsageError as err:
        raise click.BadParameter(err.reason) from err


published_option = click.option("--published", metavar="DATE", default=None, callback=_iso_date,
                                help="Publication date (YYYY-MM-DD) for articles that give none.")
happenings_option = click.option("--happenings/--no-happenings", default=False, show_default=True,
                                 help="Also keep events the text names no doer for (a clash, a blast), "
                                      "with a null source; by default an event needs its source actor.")
stories_option = click.option("--stories/--no-stories", default=True, show_default=True,
                              help="Mark near-duplicates and group articles into stories "
                                   "(across the run; ingest: also against the store).")


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
@published_option
@stories_option
@happenings_option
def process(paths: tuple[str, ...], output: str, workers: int, max_bytes: int, published: str | None,
            stories: bool, happenings: bool) -> None:
    """Read articles (files, folders, - for stdin) and write one JSON record per article.

    \b
    Inputs: plain text as scraped, HTML, JSONL/JSON, RSS/Atom, WARC(.gz).
    Example:
      rasd process ../crawl/ -o records.jsonl --workers 2
    """
    settings = Settings(max_article_bytes=max_bytes, default_published=published, happenings=happenings)
    batch, started = Batch(), time.perf_counter()
    with _open_output(output) as sink:
        docs = _documents(_with_progress(process_many(paths, workers=workers, settings=settings, batch=batch)))
        if stories:
            from rasd.stories.linker import write_linked

            write_linked(docs, sink)  # each record gets its story when the whole run is linked
        else:
            sink.writelines(doc.to_json() + "\n" for doc in docs)
    _summary_line(batch, time.perf_counter() - started)
    sys.exit(1 if batch.rejects else 0)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@workers_option
@max_bytes_option
@published_option
@stories_option
@happenings_option
@click.option("--summary/--no-summary", default=False, help="Print a table of what was stored.")
def ingest(paths: tuple[str, ...], db: str, workers: int, max_bytes: int, published: str | None,
           stories: bool, happenings: bool, summary: bool) -> None:
    """Process articles and store them; storing the same article again changes nothing.

    \b
    Example:
      rasd ingest examples --db sqlite:///rasd.db --summary
    """
    from rasd.store import open as open_store

    settings = Settings(max_article_bytes=max_bytes, default_published=published, happenings=happenings)
    batch, started = Batch(), time.perf_counter()
    docs: list[Document] = []
    with open_store(db) as store:
        store.create()
        for result in _with_progress(process_many(paths, workers=workers, settings=settings, batch=batch)):
            if isinstance(result, Document):
                docs.append(result)
            else:
                err_console.print(f"[red]rejected[/red] {result.message()}")
        from rasd.stories.stored import add_linked

        added = add_linked(store, docs, stories)
        store.add_rejects(batch.rejects)
    if summary:
        from rasd.report import print_ingest_summary

        print_ingest_summary(out_console, docs, batch, added, db)
    _summary_line(batch, time.perf_counter() - started, stored=added)
    sys.exit(1 if batch.rejects else 0)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "-o", "out", required=True, type=click.Path(file_okay=False, writable=True),
              help="Output folder: Parquet tables, markers of finished parts, report.json.")
@click.option("--workers", "-w", default=0, show_default=True, type=click.IntRange(0, 4096),
              help="Worker processes (or Ray actors); 0: one per CPU.")
@click.option("--ray", "ray_address", default=None, metavar="ADDRESS|auto|local",
              help="Run on Ray: 'local' starts one here, 'auto' joins this machine's cluster, or a "
                   "cluster address. Without it: a local process pool.")
@click.option("--db", "db_url", default=None, metavar="URL",
              help="Also load every part into this database (retried if the connection drops).")
@click.option("--part-size", default=500, show_default=True, type=click.IntRange(1),
              help="Articles per part: the unit of output files and of resuming.")
@max_bytes_option
@published_option
@click.option("--stories/--no-stories", default=True, show_default=True,
              help="After the parts, mark near-duplicates and group articles into stories over the "
                   "whole run (OUT/stories.parquet, and the database).")
@happenings_option
def batch(inputs: tuple[str, ...], out: str, workers: int, ray_address: str | None, db_url: str | None,
          part_size: int, max_bytes: int, published: str | None, stories: bool, happenings: bool) -> None:
    """Process JSONL, WARC, Parquet (and any other readable) files into Parquet tables.

    Killed and started again with the same OUT, it goes on where it stopped: every article
    ends up in the output exactly once. Near-duplicates and stories are linked over the whole
    run when its parts are done (OUT/stories.parquet: each article's canonical copy and story).

    \b
    Example:
      rasd batch crawl/*.warc.gz shards/*.parquet --out run1 --workers 8
      rasd batch crawl/ --out run1 --ray auto --db postgresql://rasd@db/rasd
    """
    from rasd.errors import RasdError
    from rasd.scale import BatchOptions, run_batch

    settings = Settings(max_article_bytes=max_bytes, default_published=published, happenings=happenings)
    options = BatchOptions(workers=workers, ray=ray_address, db=db_url, part_size=part_size, settings=settings,
                           stories=stories)
    try:
        with _batch_progress() as progress:
            result = run_batch(inputs, out, options, progress)
    except RasdError as err:
        raise click.ClickException(err.message()) from err
    from rasd.report import print_batch_report

    print_batch_report(err_console, result.report, result.report_path)
    sys.exit(1 if result.report["rejects"] else 0)


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


@main.command()
@click.argument("story_id", required=False)
@db_option
@click.option("--limit", "-n", default=20, show_default=True, type=click.IntRange(1, 500))
@click.option("--offset", default=0, show_default=True, type=click.IntRange(0))
def stories(story_id: str | None, db: str, limit: int, offset: int) -> None:
    """List story clusters (largest first) with titles, outlets, dates and actors; or show one.

    \b
    Examples:
      rasd stories
      rasd stories s-951b5c2d18ff53ca
    """
    from rasd.report import print_stories, print_story
    from rasd.store import open as open_store
    from rasd.store.queries import Reader

    with open_store(db) as store:
        reader = Reader(store)
        if story_id is None:
            page = reader.stories(limit=limit, offset=offset)
            print_stories(out_console, page.items, page.total)
            return
        story = reader.story(story_id)
    if story is None:
        raise click.ClickException(f"no story {story_id!r} in {db}; `rasd stories` lists them")
    print_story(out_console, story)


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


@db.command("migrate")
@db_option
def db_migrate(db: str) -> None:
    """Create the store or bring its schema to the newest revision.

    A store made by a rasd without migrations is recognised by its tables, stamped with
    their revision and upgraded. `rasd ingest` does the same before it writes.

    \b
    Example:
      rasd db migrate --db postgresql://postgres@127.0.0.1/rasd
    """
    from rasd.errors import RasdError
    from rasd.store import migrate
    from rasd.store import open as open_store

    try:
        with open_store(db) as store:
            before, head = migrate.status(store.engine)
            store.create()
            after, _ = migrate.status(store.engine)
            url = store.url
    except RasdError as err:
        raise click.ClickException(err.message()) from err
    change = f"already at {after}" if before == after else f"{before or 'no revision'} -> {after}"
    out_console.print(f"{escape(url)}: {change} (head {head})")


@db.command("current")
@db_option
def db_current(db: str) -> None:
    """Show the schema revision of the store, and the newest this rasd knows.

    \b
    Example:
      rasd db current --db sqlite:///rasd.db
    """
    from rasd.errors import RasdError
    from rasd.store import migrate
    from rasd.store import open as open_store

    try:
        with open_store(db) as store:
            current, head = migrate.status(store.engine)
    except RasdError as err:
        raise click.ClickException(err.message()) from err
    if current == head:
        out_console.print(f"{current} (head)")
    elif current is None:
        out_console.print(f"no revision (head {head}): a new store, or one of a rasd before migrations; "
                          "`rasd db migrate` creates or stamps and upgrades it")
    else:
        out_console.print(f"{current} (head {head}): `rasd db migrate` upgrades it")


@db.command("revision")
@click.option("-m", "--message", required=True, help="What the schema change is, for the file name and docstring.")
def db_revision(message: str) -> None:
    """Write the next migration revision from the changes made to rasd/store/schema.py.

    For developers, in a source checkout: compares the schema of the newest revision with
    schema.py (Alembic autogenerate) and writes rasd/store/migrations/versions/NNNN_*.py.
    Read the file before committing it.

    \b
    Example:
      rasd db revision -m "event actors table"
    """
    from rasd.errors import RasdError
    from rasd.store import migrate

    try:
        path = migrate.revision(message)
    except RasdError as err:
        raise click.ClickException(err.message()) from err
    out_console.print(f"wrote {escape(str(path))}")


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
@click.option("--model", type=click.Choice(["neural", "crf"]), default="neural", show_default=True,
              help="The BiLSTM tagger (numpy; F1 72 on the ANERcorp dev split) or the CRF "
                   "(F1 67, about three times faster).")
def tag(conll: Any, model: str) -> None:
    """Tag pre-tokenized text with PERS/LOC/ORG/MISC BIO tags.

    Writes token<TAB>TAG, one line per input line, blank lines kept.

    \b
    Example:
      rasd tag --conll sentences.conll > tagged.tsv
      rasd tag --conll sentences.conll --model crf
    """
    from rasd.ner.conll import SentenceTagger, tag_conll

    tagger: SentenceTagger
    if model == "crf":
        from rasd.ner.tagger import default

        tagger = default()
    else:
        from rasd.ner.neural import default as neural

        tagger = neural()
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


@main.group()
def export() -> None:
    """Write stored or processed records as flat tables: CSV, TSV, JSONL or Parquet.

    Records come from a store (--db, the default) or a JSONL file of `rasd process` output
    (--input). The format follows -o's extension (.csv .tsv .jsonl .parquet) unless --format
    says otherwise; text formats go to stdout without -o.

    \b
    Example:
      rasd export events --db sqlite:///rasd.db -o events.parquet
      rasd export quotes --input records.jsonl --format tsv > quotes.tsv
    """


def _export_options(func: Any) -> Any:
    """The options every `rasd export` table takes."""
    options = [
        click.option("--format", "-f", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
                     help="Output format (default: from -o's extension, else csv)."),
        click.option("--db", default=None, metavar="URL",
                     help=f"Read records from this store (default: {DEFAULT_DB}; env RASD_DB)."),
        click.option("--input", "-i", "input_path", default=None, metavar="RECORDS.jsonl",
                     help="Read records from a JSONL file as `rasd process` writes it (- for stdin)."),
        click.option("-o", "--output", default="-", metavar="FILE",
                     help="Where to write (default: stdout; parquet needs a file)."),
        click.option("--root", "roots", multiple=True, metavar="NN",
                     help="Only events of this CAMEO root, e.g. 19 (repeatable; events only)."),
        click.option("--since", default=None, metavar="DATE", callback=_iso_date,
                     help="Only rows dated on or after DATE (event date, else publication date)."),
        click.option("--until", default=None, metavar="DATE", callback=_iso_date,
                     help="Only rows dated on or before DATE (event date, else publication date)."),
        click.option("--bom", is_flag=True, help="Start CSV/TSV with a UTF-8 byte-order mark (for Excel)."),
        click.option("--duplicates/--no-duplicates", default=False, show_default=True,
                     help="Keep the events and quotes of near-duplicate articles (wire copies), "
                          "which count the same act again; documents are always all listed."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@export.command("events")
@_export_options
def export_events(**options: Any) -> None:
    """One row per event and target (GDELT-like): codes, actors with names, date, place, evidence.

    An event with two targets gives two rows (targets_count says so); one without a target
    gives one row whose target columns are empty.

    \b
    Example:
      rasd export events --root 19 --since 2019-01-01 -o fights.csv
    """
    _run_export("events", **options)


@export.command("quotes")
@_export_options
def export_quotes(**options: Any) -> None:
    """One row per quote: speaker (entity, names, words, code), cue, direct or reported, text.

    \b
    Example:
      rasd export quotes --input records.jsonl -o quotes.tsv
    """
    _run_export("quotes", **options)


@export.command("entities")
@_export_options
def export_entities(**options: Any) -> None:
    """One row per entity of each article: id, type, names, Wikidata id, code, mentions.

    \b
    Example:
      rasd export entities --format jsonl > entities.jsonl
    """
    _run_export("entities", **options)


@export.command("mentions")
@_export_options
def export_mentions(**options: Any) -> None:
    """One row per mention: article, entity, the words used and their offsets in the text.

    \b
    Example:
      rasd export mentions --format parquet -o mentions.parquet
    """
    _run_export("mentions", **options)


@export.command("documents")
@_export_options
def export_documents(**options: Any) -> None:
    """One row per article: source, title, date, duplicate and story ids, length and counts.

    \b
    Example:
      rasd export documents --bom -o documents.csv
    """
    _run_export("documents", **options)


def _run_export(table: str, fmt: str | None, db: str | None, input_path: str | None, output: str,
                roots: tuple[str, ...], since: str | None, until: str | None, bom: bool,
                duplicates: bool) -> None:
    """Read, filter and write one table; bad JSONL lines are reported and skipped (exit code 1)."""
    from rasd.errors import RasdError, UsageError
    from rasd.export import RowFilter, cameo_roots, export, jsonl_records, store_records

    fmt = fmt or _format_of(output)
    bad: list[RasdError] = []

    def skip(err: RasdError) -> None:
        bad.append(err)
        err_console.print(f"[red]skipped[/red] {escape(err.message())}")

    try:
        if db is not None and input_path is not None:
            raise UsageError("give --db or --input, not both")
        if roots and table != "events":
            raise UsageError("--root selects events; it does not apply to " + table)
        if fmt == "parquet" and output == "-":
            raise UsageError("parquet is binary and needs a file: give -o FILE.parquet")
        keep = RowFilter(cameo_roots(roots), since, until, duplicates=duplicates or table == "documents")
        records = (jsonl_records(input_path, on_error=skip) if input_path is not None
                   else store_records(db or DEFAULT_DB))
        result = export(records, table, fmt, output, keep=keep if keep.active else None, bom=bom)
    except UsageError as err:
        raise click.UsageError(err.message()) from err
    except RasdError as err:
        raise click.ClickException(err.message()) from err
    where = "stdout" if output == "-" else output
    line = f"wrote {result.rows} rows of {table} from {result.records} records to {where} ({fmt})"
    err_console.print(escape(line + (f"; {len(bad)} bad lines skipped" if bad else "")))
    sys.exit(1 if bad else 0)


def _format_of(output: str) -> str:
    """The format an output file's extension names; csv for stdout and other names."""
    return _SUFFIX_FORMATS.get(os.path.splitext(output)[1].lower(), "csv")


_SUFFIX_FORMATS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
                   ".parquet": "parquet"}


def _open_output(output: str) -> Any:
    if output == "-":
        return nullcontext(sys.stdout)
    return open(output, "w", encoding="utf-8")


def _documents(results: Iterator[Document | Reject]) -> Iterator[Document]:
    """The documents of a run; each reject is reported on stderr as it comes."""
    for result in results:
        if isinstance(result, Document):
            yield result
        else:
            err_console.print(f"[red]rejected[/red] {escape(result.message())}")


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


@contextmanager
def _batch_progress() -> Iterator[Any]:
    """A live line on stderr (a terminal) or a line per minute (a log file) while parts finish."""
    if err_console.is_terminal:
        columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
        with Progress(*columns, console=err_console, transient=True) as bar:
            task = bar.add_task("starting", total=None)

            def live(totals: Any, seconds: float) -> None:
                bar.update(task, description=_progress_text(totals, seconds))
            yield live
        return
    last = [0.0]

    def logged(totals: Any, seconds: float) -> None:
        if seconds - last[0] >= 60:
            last[0] = seconds
            err_console.print(_progress_text(totals, seconds))
    yield logged


def _progress_text(totals: Any, seconds: float) -> str:
    rate = totals.documents_now / seconds if seconds > 0 else 0.0
    return (f"{totals.parts} parts, {totals.documents:,} articles, {totals.rejects:,} rejected, "
            f"{rate:.0f} articles/s")


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


@main.command("events")
@db_option
@click.option("--root", "roots", multiple=True, metavar="NN", help="CAMEO root(s) to keep, e.g. --root 19.")
@click.option("--actor", default=None, metavar="TEXT", help="Keep events whose source or a target names this.")
@click.option("--limit", default=30, show_default=True, help="Rows to show.")
def events_command(db: str, roots: tuple[str, ...], actor: str | None, limit: int) -> None:
    """The stored events as a table: date, CAMEO/PLOVER, source → target, modality, place.

    \b
    Example:
      rasd events --root 19 --actor Houthis --limit 50
    """
    from rich.table import Table

    from rasd.export import cameo_roots, event_rows

    wanted = cameo_roots(roots)
    table = Table("date", "cameo", "plover", "source", "target", "modality", "place", "doc")
    for row in _stored_rows(db, event_rows, lambda r: (not wanted or r["root"] in wanted) and _names(r, actor),
                            limit):
        table.add_row(*(escape(str(v or "")) for v in (
            row["date"] or row["published"], row["cameo"], row["plover"],
            row["source_name"] or row["source_text"], row["target_name"] or row["target_text"],
            row["modality"], row["place_name"], (row["doc_id"] or "")[:10])))
    out_console.print(table)


@main.command("quotes")
@db_option
@click.option("--speaker", default=None, metavar="TEXT", help="Keep quotes whose speaker names this.")
@click.option("--limit", default=30, show_default=True, help="Rows to show.")
def quotes_command(db: str, speaker: str | None, limit: int) -> None:
    """The stored quotes: speaker, cue, direct or reported, the words.

    \b
    Example:
      rasd quotes --speaker "Pompeo" --limit 20
    """
    from rich.table import Table

    from rasd.export import quote_rows

    def spoken_by(row: dict[str, Any]) -> bool:
        who = " ".join(str(row.get(k) or "") for k in ("speaker_name", "speaker_text", "speaker_entity"))
        return not speaker or speaker.casefold() in who.casefold()

    table = Table("speaker", "code", "cue", "", "text", "doc")
    for row in _stored_rows(db, quote_rows, spoken_by, limit):
        table.add_row(*(escape(str(v or "")) for v in (
            row["speaker_name"] or row["speaker_text"], row["speaker_code"], row["cue"],
            "«»" if row["direct"] else "", (row["text"] or "")[:90], (row["doc_id"] or "")[:10])))
    out_console.print(table)


def _stored_rows(db: str, make: Any, keep: Any, limit: int) -> list[dict[str, Any]]:
    """The first `limit` export rows (`make(record)`) of stored records that `keep` accepts.

    Rows of near-duplicate articles are left out (RowFilter's default: a wire copy's events
    and quotes are the original's), and reading stops once `limit` rows are found.
    """
    from rasd.errors import RasdError
    from rasd.export import RowFilter, store_records

    not_a_copy = RowFilter()
    try:
        rows = (row for record in store_records(db) for row in make(record) if not_a_copy(row) and keep(row))
        return list(itertools.islice(rows, limit))
    except RasdError as err:
        raise click.ClickException(err.message()) from err


def _names(row: dict[str, Any], actor: str | None) -> bool:
    """Whether an event row's source or target is the actor asked for (any name or id)."""
    if not actor:
        return True
    fields = ("source_entity", "source_name", "source_text", "target_entity", "target_name", "target_text")
    return any(actor.casefold() in str(row.get(k) or "").casefold() for k in fields)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--token", envvar="RASD_API_TOKEN", default=None, metavar="T",
              help="Bearer token that POST /api/documents needs (env RASD_API_TOKEN); without one, ingest is off.")
@click.option("--read-token-required", is_flag=True, help="Make the read endpoints need the token too.")
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (each loads the knowledge base, about 120 MB).")
@click.option("--access-log/--no-access-log", default=False, show_default=True, help="Log every request.")
def serve(db: str, host: str, port: int, token: str | None, read_token_required: bool, workers: int,
          access_log: bool) -> None:
    """Serve the store over HTTP: the REST API under /api/ and the web page at /.

    The OpenAPI schema is at /openapi.json. Read endpoints are open unless
    --read-token-required; ingest (POST /api/documents) needs the token.

    \b
    Example:
      rasd serve --db sqlite:///rasd.db --port 8000
      RASD_API_TOKEN=secret rasd serve --db postgresql://postgres@127.0.0.1/rasd --workers 2
    """
    import uvicorn

    from rasd.errors import RasdError
    from rasd.store import open as open_store

    if read_token_required and not token:
        raise click.UsageError("--read-token-required needs --token (or RASD_API_TOKEN)")
    try:
        with open_store(db) as store:
            store.create()  # once here, not in every worker
            url = store.url
    except RasdError as err:
        raise click.ClickException(err.message()) from err
    os.environ.update(RASD_DB=db, RASD_READ_TOKEN_REQUIRED="1" if read_token_required else "0")
    if token:
        os.environ["RASD_API_TOKEN"] = token
    ingest_state = "ingest on (token)" if token else "ingest off (no --token)"
    err_console.print(f"serving {escape(url)} on http://{host}:{port}/ (API under /api/, schema /openapi.json; "
                      f"{ingest_state}); Ctrl-C stops")
    uvicorn.run("rasd.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                access_log=access_log, log_level="warning")
