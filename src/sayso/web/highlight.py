"""The article highlighter: the text cut into segments, each with the findings that cover it.

Segments are plain data (text, CSS classes, record refs, a hover title); the template escapes the
text like any other field, so nothing in an article can become markup.
"""

from __future__ import annotations

from typing import Any

#: CSS class per kind of finding (see static/desk.css), in the legend's order.
KINDS = {
    "statement": "hl-stmt",
    "speaker": "hl-speaker",
    "cue": "hl-cue",
    "place": "hl-place",
    "time": "hl-time",
    "quantity": "hl-qty",
    "event": "hl-event",
}


def annotations(record: dict[str, Any]) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, css class, ref, hover text)`` for every finding in a contract record."""
    out: list[tuple[int, int, str, str, str]] = []
    for s in record.get("statements", []):
        who = (s.get("speaker") or {}).get("entity") or "unnamed source"
        verb = "denies" if s.get("polarity") == "denies" else "asserts"
        via = f", via {s['via']}" if s.get("via") else ""
        css = KINDS["statement"] + (" hl-denies" if verb == "denies" else "")
        out.append((s["content"]["start"], s["content"]["end"], css, s["id"], f"{s['id']}: {who} {verb}{via}"))
        if s.get("speaker"):
            sp = s["speaker"]
            out.append((sp["start"], sp["end"], KINDS["speaker"], s["id"], f"speaker: {sp['entity']}"))
        out.append((s["cue"]["start"], s["cue"]["end"], KINDS["cue"], s["id"], f"cue: {s['cue']['text']}"))
    for i, p in enumerate(record.get("places", [])):
        where = ", ".join(x for x in (p.get("name"), p.get("admin1"), p.get("country")) if x)
        out.append((p["start"], p["end"], KINDS["place"], f"p{i}", f"place: {where} ({p.get('kind')})"))
    for i, tm in enumerate(record.get("times", [])):
        span = tm.get("from") if tm.get("from") == tm.get("to") else f"{tm.get('from')} – {tm.get('to')}"
        out.append((tm["start"], tm["end"], KINDS["time"], f"t{i}", f"time: {tm.get('value')} ({span})"))
    for i, q in enumerate(record.get("quantities", [])):
        out.append(
            (
                q["start"],
                q["end"],
                KINDS["quantity"],
                f"q{i}",
                f"quantity: {q.get('low')}–{q.get('high')} {q.get('of') or ''}".rstrip(),
            )
        )
    for e in record.get("events", []):
        ev = e["evidence"]
        denied = " (denied)" if e.get("polarity") == "denied" else ""
        out.append(
            (
                ev["start"],
                ev["end"],
                KINDS["event"],
                e["id"],
                f"{e['id']}: {e['type']} / {e['subtype']}{denied}",
            )
        )
    return out


def segments(text: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    """``text`` cut at every finding's edges; each piece lists the classes, refs and titles covering it."""
    marks = [
        (max(0, s), min(len(text), e), css, ref, title)
        for s, e, css, ref, title in annotations(record)
        if 0 <= s < e <= len(text)
    ]
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out: list[dict[str, Any]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m[0] <= start and end <= m[1]]
        classes = sorted({c for m in covering for c in m[2].split()})
        refs = list(dict.fromkeys(m[3] for m in covering))
        titles = list(dict.fromkeys(m[4] for m in covering))
        out.append(
            {
                "text": text[start:end],
                "start": start,
                "classes": " ".join(classes),
                "refs": " ".join(refs),
                "title": "\n".join(titles),
            }
        )
    return out


def notes(record: dict[str, Any]) -> dict[str, Any]:
    """Each finding by its ref (``s1``, ``p0``, ``t0``, ``q0``, ``e1``), for the hover card."""
    out: dict[str, Any] = {s["id"]: s for s in record.get("statements", [])}
    out.update({f"p{i}": p for i, p in enumerate(record.get("places", []))})
    out.update({f"t{i}": x for i, x in enumerate(record.get("times", []))})
    out.update({f"q{i}": q for i, q in enumerate(record.get("quantities", []))})
    out.update({e["id"]: e for e in record.get("events", [])})
    return out
