"""Human-readable views (Rich) of documents, batches, search hits and store statistics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from rasd.model import Document, Reject


def _short(text: str | None, width: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_ingest_summary(console: Console, docs: Sequence[Document], batch: Any, added: Any, db: str) -> None:
    """One block per stored article (id, date, outlet, title, what cleaning removed), then totals."""
    console.print(f"[bold]{len(docs)} article(s) in {db}[/bold] ({added.added} new, {added.unchanged} unchanged)")
    for doc in docs:
        kinds = Counter(r.kind for r in doc.removed)
        meta = " · ".join(x for x in (doc.published, doc.source.outlet or doc.source.credit) if x)
        console.print(f"[cyan]{doc.id[:10]}[/cyan] {_short(doc.title, 70)}")
        console.print(f"    {meta or '-'} · {len(doc.text)} chars · {len(doc.sentences)} sentences")
        console.print("    removed: " + (", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "nothing"))
        if doc.entities:
            ranked = sorted(doc.entities, key=lambda e: -len(e["mentions"]))
            names = ", ".join(f"{e['name_en']} ({e['actor_code'] or e['type']})" for e in ranked[:6])
            console.print(f"    {len(doc.entities)} entities: {names}" + (", …" if len(ranked) > 6 else ""))
        for quote in doc.quotes[:2]:
            speaker = (quote.get("speaker") or {}).get("text") or "?"
            console.print(f"    quote: {speaker}: {_short(quote['text'], 70)}")
        if len(doc.quotes) > 2:
            console.print(f"    … {len(doc.quotes) - 2} more quote(s)")
        for event in doc.events[:3]:
            source = (event.get("source") or {}).get("text") or "-"
            targets = ", ".join(t["text"] for t in event.get("targets") or []) or "-"
            when = event.get("date") or ""
            console.print(f"    event {event['cameo']} {event.get('plover') or ''}: {source} → {targets} "
                          f"({event['modality']}{', ' + when if when else ''})")
        if len(doc.events) > 3:
            console.print(f"    … {len(doc.events) - 3} more event(s)")
        if doc.duplicate_of or doc.story:
            copy = f"near-duplicate of {doc.duplicate_of[:10]} · " if doc.duplicate_of else ""
            console.print(f"    {copy}story {doc.story or '-'}")
    quotes, events = sum(len(d.quotes) for d in docs), sum(len(d.events) for d in docs)
    roots = Counter(e["root"] for d in docs for e in d.events)
    console.print(f"[bold]{quotes} quotes, {events} events[/bold]"
                  + (" (roots: " + ", ".join(f"{r} {n}" for r, n in sorted(roots.items())) + ")" if roots else ""))
    stories = Counter(d.story for d in docs if d.story)
    copies = sum(1 for d in docs if d.duplicate_of)
    console.print(f"[bold]{copies} near-duplicate(s), {len(stories)} stor{'y' if len(stories) == 1 else 'ies'}[/bold]"
                  " among these articles" + (f" ({sum(stories.values())} articles in them)" if stories else ""))
    removed = Counter(r.kind for d in docs for r in d.removed)
    console.print("[bold]removed in all[/bold]: "
                  + (", ".join(f"{k} {n}" for k, n in removed.most_common()) or "nothing"))
    if batch.walk.skipped:
        console.print("skipped (not an article type): " + ", ".join(batch.walk.skipped))
    print_rejects(console, batch.rejects)


def print_document(console: Console, doc: Document) -> None:
    console.rule(doc.title or doc.id)
    src = doc.source
    for label, value in (("id", doc.id), ("outlet", src.outlet), ("published", doc.published),
                         ("credit", src.credit), ("dateline", src.dateline), ("url", src.url),
                         ("path", src.path)):
        if value:
            console.print(f"[bold]{label}[/bold]: {value}")
    console.print()
    console.print(doc.text)
    if doc.removed:
        console.print()
        console.print("[bold]removed[/bold]:")
        for part in doc.removed:
            console.print(f"  [dim]{part.kind}[/dim] {_short(part.text, 90)}")
    if doc.quotes:
        console.print()
        console.print("[bold]quotes[/bold]:")
        for quote in doc.quotes:
            speaker = quote.get("speaker") or {}
            mark = "«»" if quote.get("direct") else "  "
            console.print(f"  {mark} [cyan]{speaker.get('text') or '?'}[/cyan] ({speaker.get('actor_code') or '-'}) "
                          f"{quote.get('cue')}: {_short(quote['text'], 90)}")
    if doc.events:
        console.print()
        console.print("[bold]events[/bold]:")
        for event in doc.events:
            source = (event.get("source") or {}).get("text") or "-"
            targets = ", ".join(t["text"] for t in event.get("targets") or []) or "-"
            place = (event.get("place") or {}).get("name_en") or ""
            extras = ", ".join(x for x in (event["modality"], event.get("date") or "", place) if x)
            console.print(f"  {event['cameo']} {event.get('plover') or ''} [cyan]{source}[/cyan] → {targets} ({extras}): "
                          f"{_short(event.get('trigger') or '', 40)}")


def print_hits(console: Console, hits: Iterable[Any]) -> None:
    hits = list(hits)
    if not hits:
        console.print("no matches")
        return
    table = Table()
    for column in ("id", "title", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(hit.id, _short(hit.title, 50), _short(hit.snippet, 90))
    console.print(table)


def print_stats(console: Console, stats: dict[str, Any]) -> None:
    table = Table(title="rasd store")
    table.add_column("what")
    table.add_column("value", overflow="fold")
    for name, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        table.add_row(str(name), str(value))
    console.print(table)


def print_rejects(console: Console, rejects: Iterable[Reject | Any]) -> None:
    rejects = list(rejects)
    console.print(f"[bold]{len(rejects)} rejected input(s)[/bold]")
    for item in rejects:
        where = item.path or "<stdin>"
        if item.locator:
            where += f" ({item.locator})"
        console.print(f"  [red]{item.code}[/red] {where}: {item.reason}")


def print_entries(console: Console, entries: Iterable[Any]) -> None:
    entries = list(entries)
    if not entries:
        console.print("no entry of the knowledge base has this name")
        return
    for entry in entries:
        code = entry.actor_code or next((o.code for o in reversed(entry.offices) if o.code), None)
        console.print(f"[cyan]{entry.id}[/cyan] {entry.type} {entry.name_en} · {entry.name_ar}"
                      f" · code {code or '-'} · {entry.wikidata or 'no wikidata id'}")
        if entry.aliases or entry.adjectives:
            console.print("    forms: " + "، ".join([*entry.aliases, *entry.adjectives]))
        for office in entry.offices:
            console.print(f"    {office.role} ({office.code or '-'}) {office.start or '?'} – {office.end or ''}")
        if entry.lat is not None:
            console.print(f"    at {entry.lat:.3f}, {entry.lon:.3f} ({entry.country or '-'})")


def _actor_names(actors: Iterable[dict[str, Any]]) -> str:
    return "، ".join(a.get("name_ar") or a.get("name_en") or a["entity"] for a in actors)


def print_stories(console: Console, stories: Sequence[dict[str, Any]], total: int) -> None:
    """Stories as a table: id, size, first date, title, outlets and top actors."""
    if not stories:
        console.print("no stories (a story needs two articles about the same happening)")
        return
    table = Table(title=f"{len(stories)} of {total} stories")
    for column in ("story", "articles", "first", "title", "outlets", "actors"):
        table.add_column(column, overflow="fold")
    for story in stories:
        table.add_row(story["id"], str(story["size"]), story.get("first_published") or "",
                      _short(story.get("title"), 60), ", ".join(story.get("outlets") or []),
                      _short(_actor_names(story.get("actors") or []), 60))
    console.print(table)


def print_story(console: Console, story: dict[str, Any]) -> None:
    """One story: its title, actors and every article with date, outlet and duplicate mark."""
    console.print(f"[bold]{story['id']}[/bold]  {story.get('title') or ''}")
    console.print(f"{story['size']} articles from {story.get('first_published') or 'an unknown date'}; "
                  f"{story.get('n_events', 0)} events; actors: {_actor_names(story.get('actors') or [])}")
    table = Table()
    for column in ("id", "published", "outlet", "title", "duplicate of"):
        table.add_column(column, overflow="fold")
    for doc in story.get("documents", []):
        table.add_row(doc["id"], doc.get("published") or "", doc.get("outlet") or "",
                      _short(doc.get("title"), 70), doc.get("duplicate_of") or "")
    console.print(table)


def print_batch_report(console: Console, report: dict[str, Any], path: Any) -> None:
    """The end of `rasd batch`: throughput, rejects by reason, events by CAMEO root."""
    resumed = f" ({report['parts_resumed']} parts from an earlier run)" if report["parts_resumed"] else ""
    console.print(
        f"{report['articles']:,} articles, {report['rejects']:,} rejected, {report['parts']} parts{resumed}; "
        f"this run: {report['articles_this_run']:,} articles in {report['seconds']:.1f} s "
        f"({report['articles_per_second']:.1f} articles/s, workers={report['workers']} ({report['executor']}), "
        f"peak {report['worker_peak_rss_mb']:.0f} MB per worker)"
    )
    if "stories" in report:
        console.print(f"{report['near_duplicates']:,} near-duplicates; {report['stories']:,} stories holding "
                      f"{report['articles_in_stories']:,} articles (linked in {report['linking_seconds']:.1f} s)")
    for title, counts in (("rejects by reason", report["rejects_by_reason"]),
                          ("events by CAMEO root", report["events_by_root"])):
        if counts:
            table = Table(title=title, show_header=False, title_justify="left")
            for key, count in counts.items():
                table.add_row(str(key), f"{count:,}")
            console.print(table)
    console.print(f"report: {path}")
