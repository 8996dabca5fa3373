"""Reading the store back: ``articles``, ``show``, ``statements``, ``events``, ``export``."""

from __future__ import annotations

import sys

import typer
from rich.table import Table

from ..store import EventFilter
from .common import console, db_option, emit_json, emit_jsonl, fail, open_or_fail, parse_date

JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")
EXPORT_FORMATS = ("acled-csv", "plover-jsonl", "geojson", "jsonl")


def _table(title: str, columns: list[str], rows: list[list[object]]) -> None:
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    console().print(table)


def articles_command(db: str = db_option(), as_json: bool = JSON, limit: int = typer.Option(200, "--limit")) -> None:
    """List stored articles: id, outlet, published, dateline, title, counts.

    Example: sayso articles --json
    """
    rows = open_or_fail(db).articles(limit=limit)
    if as_json:
        emit_json(rows)
        return
    _table(
        "articles",
        ["id", "outlet", "published", "dateline", "title", "statements", "events"],
        [
            [r["id"], r["outlet"], r["published"], _dateline(r), r["title"], r["n_statements"], r["n_events"]]
            for r in rows
        ],
    )


def _dateline(row: dict) -> str:
    return " ".join(str(x) for x in (row["dateline_place"], row["dateline_date"]) if x)


def show_command(article_id: str, db: str = db_option(), as_json: bool = JSON) -> None:
    """Print one stored article with its records (an id prefix is enough).

    Example: sayso show ecf27e3c
    """
    record = open_or_fail(db).record(article_id)
    if record is None:
        fail(f"{article_id}: no such article in the store (see `sayso articles`)")
    if as_json:
        emit_json(record)
        return
    from .render import print_record

    print_record(record)


def statements_command(
    db: str = db_option(),
    speaker: str | None = typer.Option(None, "--speaker", help="Speaker name (part of it is enough)."),
    polarity: str | None = typer.Option(None, "--polarity", help="asserts or denies."),
    as_json: bool = JSON,
    limit: int = typer.Option(500, "--limit"),
) -> None:
    """List stored statements across articles.

    Example: sayso statements --speaker "General Command" --polarity denies
    """
    if polarity not in (None, "asserts", "denies"):
        fail(f"--polarity {polarity!r}: expected asserts or denies", 2)
    rows = open_or_fail(db).statements(speaker=speaker, polarity=polarity, limit=limit)
    if as_json:
        emit_json(rows)
        return
    _table(
        "statements",
        ["statement", "outlet", "speaker", "cue", "polarity", "content"],
        [[r["uid"], r["outlet"], r["speaker"], r["cue_text"], r["polarity"], r["content_text"]] for r in rows],
    )


def _filter(
    type_: str | None,
    actor: str | None,
    place: str | None,
    since: str | None,
    until: str | None,
    where: list[str] | None,
    denied: bool = False,
) -> EventFilter:
    return EventFilter(
        type=type_,
        actor=actor,
        place=place,
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        polarity="denied" if denied else None,
        where=tuple(where or ()),
    )


TYPE = typer.Option(None, "--type", help="ACLED event type or sub-event type.")
ACTOR = typer.Option(None, "--actor", help="Actor name (part of it is enough).")
PLACE = typer.Option(None, "--place", help="Place or admin-1 name (part of it is enough).")
SINCE = typer.Option(None, "--since", help="Events ending on or after YYYY-MM-DD.")
UNTIL = typer.Option(None, "--until", help="Events starting on or before YYYY-MM-DD.")
WHERE = typer.Option(None, "--where", help="COLUMN OP VALUE, e.g. 'country=SY' or 'fatalities_low>=10'.")


def events_command(
    db: str = db_option(),
    type_: str | None = TYPE,
    actor: str | None = ACTOR,
    place: str | None = PLACE,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    denied: bool = typer.Option(False, "--denied", help="Only events reported as not having happened."),
    where: list[str] | None = WHERE,
    as_json: bool = JSON,
    limit: int = typer.Option(500, "--limit"),
) -> None:
    """List stored events.

    Example: sayso events --type Battles --place Hama --since 2024-11-25
    """
    flt = _filter(type_, actor, place, since, until, where, denied)
    rows = open_or_fail(db).events(flt, limit=limit)
    if as_json:
        emit_json(rows)
        return
    _table(
        "events",
        [
            "event",
            "date",
            "type / subtype",
            "actor1",
            "actor2",
            "place",
            "fatalities",
            "polarity",
            "claimed by",
        ],
        [
            [
                r["event_uid"],
                r["date_from"],
                f"{r['type']} / {r['subtype']}",
                r["actor1"],
                r["actor2"],
                r["place_name"],
                _interval(r["fatalities_low"], r["fatalities_high"]),
                r["polarity"],
                r["claimant"] or r["outlet"],
            ]
            for r in rows
        ],
    )


def _interval(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    return str(low) if low == high else f"{low or '?'}–{high or ''}"


def export_command(
    fmt: str = typer.Option("jsonl", "--format", help=f"One of {', '.join(EXPORT_FORMATS)}."),
    db: str = db_option(),
    type_: str | None = TYPE,
    actor: str | None = ACTOR,
    place: str | None = PLACE,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    where: list[str] | None = WHERE,
) -> None:
    """Stream stored events (or records) to standard output.

    Example: sayso export --format acled-csv --since 2024-11-27 > events.csv
    """
    if fmt not in EXPORT_FORMATS:
        fail(f"--format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}", 2)
    from ..errors import ConfigError
    from ..export import export

    store = open_or_fail(db)
    try:
        export(store, fmt, _filter(type_, actor, place, since, until, where), sys.stdout)
    except ConfigError as exc:
        fail(str(exc), 2)


def register(app: typer.Typer) -> None:
    app.command("articles")(articles_command)
    app.command("show")(show_command)
    app.command("statements")(statements_command)
    app.command("events")(events_command)
    app.command("export")(export_command)


__all__ = ["emit_jsonl", "register"]
