"""How fast the desk answers on a big store: the map JSON for a country-wide filter and a thread page.

Generates a SQLite store of 100,000 events (20,000 articles, 5 events and 1 statement each, 10
countries, 5,000 threads of 5 members), then times requests through the app in-process and prints
p50/p95 in milliseconds. Run: ``.venv/bin/python benchmarks/web_speed.py [--events N] [--db PATH]``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
import warnings
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from sayso.store import cells, open_store
from sayso.store import schema as t
from sayso.web import create_app

COUNTRIES = {  # code: (lat, lon, share of events)
    "SY": (35.0, 38.0, 0.40),
    "IQ": (33.3, 44.4, 0.10),
    "YE": (15.4, 44.2, 0.10),
    "UA": (48.5, 35.0, 0.10),
    "SD": (15.5, 32.5, 0.08),
    "LB": (33.9, 35.6, 0.06),
    "ML": (14.5, -4.0, 0.05),
    "SO": (2.0, 45.3, 0.05),
    "MM": (19.7, 96.1, 0.03),
    "NG": (9.1, 7.4, 0.03),
}
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"),
    ("Strategic developments", "Looting/property destruction"),
]
EVENTS_PER_ARTICLE = 5


def generate(url: str, n_events: int, seed: int = 7) -> None:
    """Fill the store at ``url`` with ``n_events`` events in bulk (the benchmark's data, not extraction)."""
    rng = random.Random(seed)
    store = open_store(url)
    codes, weights = list(COUNTRIES), [c[2] for c in COUNTRIES.values()]
    now = datetime.now(UTC).replace(tzinfo=None)
    start = date(2023, 1, 1)
    n_articles = n_events // EVENTS_PER_ARTICLE
    with store.engine.begin() as conn:
        conn.execute(insert(t.outlets), [{"id": i + 1, "name": f"Outlet {i}", "kind": "unknown"} for i in range(40)])
        conn.execute(insert(t.entities), [{"id": i + 1, "name": f"Speaker {i}", "kind": "speaker"} for i in range(300)])
        for lo in range(0, n_articles, 2000):
            articles, statements, events = [], [], []
            for a in range(lo, min(lo + 2000, n_articles)):
                aid = f"{a:016x}"
                day = start + timedelta(days=rng.randrange(700))
                text = f"Speaker {a % 300} said fighting was reported near town {a % 977} on day {day}. " * 3
                articles.append(
                    {
                        "id": aid,
                        "outlet_id": 1 + a % 40,
                        "title": f"Report {a}",
                        "published": day,
                        "text": text,
                        "record": json.dumps({"article": {"id": aid, "text": text}}),
                        "n_statements": 1,
                        "n_events": EVENTS_PER_ARTICLE,
                        "ingested_at": now,
                    }
                )
                statements.append(
                    {
                        "uid": f"{aid}:s1",
                        "article_id": aid,
                        "local_id": "s1",
                        "speaker_entity_id": 1 + a % 300,
                        "speaker_text": "Speaker",
                        "cue_text": "said",
                        "cue_start": 10,
                        "cue_end": 14,
                        "content_text": text[15:80],
                        "content_start": 15,
                        "content_end": 80,
                        "direct": False,
                        "polarity": "asserts",
                    }
                )
                country = rng.choices(codes, weights)[0]
                clat, clon, _ = COUNTRIES[country]
                for e in range(EVENTS_PER_ARTICLE):
                    typ, sub = rng.choice(TYPES)
                    events.append(
                        {
                            "uid": f"{aid}:e{e + 1}",
                            "article_id": aid,
                            "local_id": f"e{e + 1}",
                            "type": typ,
                            "subtype": sub,
                            "actor1": f"Actor {rng.randrange(50)}",
                            "lat": clat + rng.uniform(-2, 2),
                            "lon": clon + rng.uniform(-2, 2),
                            "country": country,
                            "date_from": day,
                            "date_to": day,
                            "time_precision": 1,
                            "polarity": "denied" if rng.random() < 0.1 else "asserted",
                            "hedged": False,
                            "claimed_by_uid": f"{aid}:s1" if e == 0 else None,
                            "evidence_start": 15,
                            "evidence_end": 80,
                            "evidence_text": text[15:80],
                        }
                    )
            conn.execute(insert(t.articles), articles)
            conn.execute(insert(t.statements), statements)
            conn.execute(insert(t.events), events)
        _threads(conn, rng, n_articles, now)
        cells.rebuild(conn)  # a bulk load bypasses the store's writes: count the map's cells as they do
    store.close()


def _threads(conn, rng: random.Random, n_articles: int, now: datetime) -> None:  # type: ignore[no-untyped-def]
    threads, members = [], []
    for i in range(1, n_articles // 4 + 1):
        threads.append(
            {
                "id": i,
                "family": "combat",
                "type": "Battles",
                "subtype": "Armed clash",
                "country": "SY",
                "place_name": f"Town {i}",
                "date_from": date(2023, 1, 1),
                "date_to": date(2023, 1, 2),
                "proposition": f"Fighting at town {i}",
                "n_members": 5,
                "n_corroborating": 3,
                "n_contradicting": 2,
                "n_neutral": 0,
                "independent_origins": 5,
                "created_at": now,
                "updated_at": now,
            }
        )
        for k in range(5):
            aid = f"{(i * 5 + k) % n_articles:016x}"
            members.append(
                {
                    "thread_id": i,
                    "member_uid": f"{aid}:e{1 + i % 5}",
                    "kind": "event",
                    "article_id": aid,
                    "stance": "corroborates" if k < 3 else "contradicts",
                    "reason_code": "x",
                    "reason": "benchmark",
                    "origin_uid": aid,
                    "added_at": now,
                }
            )
    conn.execute(insert(t.threads), threads)
    seen: set[str] = set()
    conn.execute(
        insert(t.thread_members),
        [m for m in members if not (m["member_uid"] in seen or seen.add(m["member_uid"]))],
    )


def timings(client, url: str, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    client.get(url)  # warm
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        r = client.get(url)
        out.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, (url, r.status_code, r.text[:200])
    return out


def report(name: str, ms: list[float], size: int) -> None:
    p95 = statistics.quantiles(ms, n=20)[-1]
    print(f"{name:<44} p50 {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   ({size:,} bytes)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="SQLite file to (re)use; default a temporary one")
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    url = f"sqlite:///{path}"
    if not path.exists():
        t0 = time.perf_counter()
        generate(url, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - t0:.0f} s ({path})")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    store = open_store(url)
    client = TestClient(create_app(store, token=None, tile_url=None))
    client.get("/threads.json")  # the app's own first request (connections, imports) is not the map's
    for name, target in [
        ("map JSON, country=SY (zoom 6)", "/map.json?country=SY&zoom=6"),
        ("map JSON, country=SY, one month", "/map.json?country=SY&since=2023-06-01&until=2023-06-30"),
        ("map JSON, country=LB", "/map.json?country=LB&zoom=7"),
        ("thread page HTML (/threads/1234)", "/threads/1234"),
        ("thread page JSON (/threads/1234.json)", "/threads/1234.json"),
    ]:
        started = time.perf_counter()
        size = len(client.get(target).content)
        cold = (time.perf_counter() - started) * 1000  # the first answer: the map keeps it until new articles
        report(name, timings(client, target, args.runs), size)
        print(f"    first request (cold) {cold:.1f} ms")
        if target.startswith("/map.json"):
            report("    the same, uncached (answers dropped)", uncached(client, target, args.runs), size)
    store.close()


def uncached(client, url: str, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Timings of ``url`` with the desk's kept map answers dropped before each request: what the first
    look at a filter costs, or any look after new articles arrived."""
    from sayso.web.views import map as map_view

    out = []
    for _ in range(n):
        map_view.forget_answers()
        t0 = time.perf_counter()
        assert client.get(url).status_code == 200
        out.append((time.perf_counter() - t0) * 1000)
    return out


if __name__ == "__main__":
    main()
