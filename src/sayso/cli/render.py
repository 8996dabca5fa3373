"""Printing one record for a person at a terminal."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from .common import console


def print_record(record: dict[str, Any]) -> None:
    out = console()
    a = record["article"]
    out.print(f"[bold]{a['title'] or '(untitled)'}[/bold]", markup=True, highlight=False)
    dateline = a["dateline"]
    out.print(
        f"{a['outlet'] or 'unknown outlet'} · published {a['published'] or '?'} · dateline "
        f"{dateline['place'] or '?'} {dateline['date'] or ''} · {a['id']}",
        markup=False,
        highlight=False,
    )
    sections = {
        "statements": (
            ["id", "speaker", "cue", "polarity", "via", "content"],
            lambda s: [
                s["id"],
                (s["speaker"] or {}).get("entity"),
                s["cue"]["text"],
                s["polarity"],
                s["via"],
                s["content"]["text"],
            ],
        ),
        "events": (
            [
                "id",
                "type / subtype",
                "actor1",
                "actor2",
                "place",
                "time",
                "fatalities",
                "polarity",
                "claimed",
            ],
            lambda e: [
                e["id"],
                f"{e['type']} / {e['subtype']}",
                e["actor1"],
                e["actor2"],
                record["places"][e["place"]]["name"] if e["place"] is not None else None,
                f"{e['time']['from']}…{e['time']['to']}",
                e["fatalities"],
                e["polarity"],
                e["claimed_by"],
            ],
        ),
        "places": (
            ["text", "name", "kind", "country", "admin1", "lat", "lon"],
            lambda p: [p["text"], p["name"], p["kind"], p["country"], p["admin1"], p["lat"], p["lon"]],
        ),
        "times": (["text", "value", "from", "to"], lambda t: [t["text"], t["value"], t["from"], t["to"]]),
        "quantities": (["text", "low", "high", "of"], lambda q: [q["text"], q["low"], q["high"], q["of"]]),
    }
    for name, (columns, row) in sections.items():
        if not record[name]:
            continue
        table = Table(title=name)
        for column in columns:
            table.add_column(column, overflow="fold")
        for item in record[name]:
            table.add_row(*["" if v is None else str(v) for v in row(item)])
        out.print(table)
