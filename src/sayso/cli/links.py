"""Threads across outlets: ``threads``, ``thread``, ``outcome``, ``sources``, ``speakers``."""

from __future__ import annotations

from typing import Any

import typer
from rich.table import Table

from ..errors import SaysoError
from .common import console, db_option, emit_json, fail, open_or_fail, parse_date

JSON = typer.Option(False, "--json", help="Print JSON instead of a table.")


def _table(title: str, columns: list[str], rows: list[list[object]]) -> None:
    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    console().print(table)


def threads_command(
    db: str = db_option(),
    open_: bool = typer.Option(False, "--open", help="Only threads without a confirmed outcome."),
    settled: bool = typer.Option(False, "--settled", help="Only threads with a confirmed outcome."),
    contested: bool = typer.Option(False, "--contested", help="Only threads with members on both sides."),
    as_json: bool = JSON,
) -> None:
    """List threads: proposition, counts of corroborating and contradicting members, independent origins.

    Example: sayso threads --contested
    """
    if open_ and settled:
        fail("--open and --settled exclude each other: give one of them", 2)
    from ..link import list_threads

    rows = list_threads(
        open_or_fail(db), status="open" if open_ else "settled" if settled else None, contested=contested
    )
    if as_json:
        emit_json(rows)
        return
    _table(
        "threads",
        ["id", "proposition", "for", "against", "neutral", "origins", "outcome"],
        [
            [
                r["id"],
                r["proposition"],
                r["n_corroborating"],
                r["n_contradicting"],
                r["n_neutral"],
                r["independent_origins"],
                _outcome(r),
            ]
            for r in rows
        ],
    )


def _outcome(row: dict[str, Any]) -> str:
    if not row.get("verdict"):
        return "open"
    return f"{row['verdict']} (proposed)" if row.get("proposed") else row["verdict"]


def thread_command(thread_id: int, db: str = db_option(), as_json: bool = JSON) -> None:
    """Show one thread with every member: outlet, speaker, chain, stance, reason and evidence.

    Example: sayso thread 3
    """
    from ..link import thread_detail

    try:
        detail = thread_detail(open_or_fail(db), thread_id)
    except SaysoError as exc:
        fail(str(exc))
    if as_json:
        emit_json(detail)
        return
    typer.echo(f"thread {detail['id']}: {detail['proposition']}")
    typer.echo(
        f"  {detail['n_corroborating']} corroborate, {detail['n_contradicting']} contradict, "
        f"{detail['n_neutral']} neutral; {detail['independent_origins']} independent origins"
    )
    for o in detail["outcomes"]:
        state = "current" if o["is_current"] else f"superseded by {o['superseded_by']}"
        proposed = ", proposed" if o["proposed"] else ""
        typer.echo(
            f"  outcome v{o['version']}: {o['verdict']}{proposed} ({state}), settled {o['settled_on']}: {o['note']}"
        )
    _table(
        "members",
        ["member", "outlet", "published", "chain", "stance", "reason", "evidence"],
        [
            [
                m["uid"],
                m["outlet"],
                m["published"],
                " → ".join(m["chain"]),
                m["stance"],
                m["reason"],
                m["evidence"],
            ]
            for m in detail["members"]
        ],
    )


def outcome_command(
    thread_id: int,
    verdict: str = typer.Option(..., "--verdict", help="held, failed or mixed."),
    note: str = typer.Option("", "--note", help="What turned out, in a sentence."),
    evidence: str | None = typer.Option(None, "--evidence", help="URL of the evidence."),
    settled_on: str | None = typer.Option(None, "--settled-on", help="YYYY-MM-DD (default: latest article)."),
    db: str = db_option(),
    as_json: bool = JSON,
) -> None:
    """Record what turned out for a thread (a new version; the old verdict is kept).

    Example: sayso outcome 3 --verdict held --note "Rebels entered Hama on 5 Dec" --evidence https://example.org/a
    """
    from ..link import record_outcome

    try:
        row = record_outcome(
            open_or_fail(db),
            thread_id,
            verdict,
            note=note,
            evidence_url=evidence,
            settled_on=parse_date(settled_on, "--settled-on"),
        )
    except SaysoError as exc:
        fail(str(exc), 2 if "verdict" in str(exc) else 1)
    if as_json:
        emit_json({k: str(v) if k == "recorded_at" else v for k, v in row.items()})
        return
    typer.echo(f"thread {thread_id}: outcome v{row['version']} {row['verdict']} (settled {row['settled_on']})")


def _records_table(title: str, records: list[dict[str, Any]]) -> None:
    rows = []
    for r in records:
        for voice in ("own", "relayed"):
            s = r[voice]
            if not s["claims"]:
                continue
            lead = s["lead_days"]
            rows.append(
                [
                    r["name"],
                    voice,
                    s["held"],
                    s["failed"],
                    s["mixed"],
                    s["neutral"],
                    s["open"],
                    f"{lead['min']}/{lead['median']}/{lead['max']}" if lead else "",
                ]
            )
    _table(
        title,
        ["name", "voice", "held", "failed", "mixed", "neutral", "open", "lead days min/median/max"],
        rows,
    )


def sources_command(db: str = db_option(), as_json: bool = JSON) -> None:
    """Track records of outlets: own claims and relayed claims that held, failed, are mixed or open.

    Example: sayso sources --json
    """
    from ..link import outlet_records

    records = outlet_records(open_or_fail(db))
    emit_json(records) if as_json else _records_table("outlets", records)


def speakers_command(db: str = db_option(), as_json: bool = JSON) -> None:
    """Track records of speakers: their own claims and the claims they relayed, and how each fared.

    Example: sayso speakers
    """
    from ..link import speaker_records

    records = speaker_records(open_or_fail(db))
    emit_json(records) if as_json else _records_table("speakers", records)


def register(app: typer.Typer) -> None:
    app.command("threads")(threads_command)
    app.command("thread")(thread_command)
    app.command("outcome")(outcome_command)
    app.command("sources")(sources_command)
    app.command("speakers")(speakers_command)
