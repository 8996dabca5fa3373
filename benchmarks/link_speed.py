"""How long linking one new article takes in a store of 100,000 events.

Builds a SQLite store of N synthetic events (bulk inserts into the store's tables: articles, places,
events, the link index, one thread per event), then stores and links one new article about Hama and
prints the time. The lookup reads the link index (place cells x date window), so the time should not
grow with N.

    .venv/bin/python benchmarks/link_speed.py            # 100,000 events
    .venv/bin/python benchmarks/link_speed.py --events 20000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from sayso import settings
from sayso.link import link_new
from sayso.link.lexicon import family_of
from sayso.link.similarity import similarity
from sayso.readers.base import ReadOptions, make_article
from sayso.records import Event, Place, Record
from sayso.store import open_store
from sayso.store import schema as t

SUBTYPES = [
    ("Battles", "Armed clash"),
    ("Battles", "Non-state actor overtakes territory"),
    ("Strategic developments", "Non-violent transfer of territory"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
]
ACTORS = ["Military Forces of Syria", "Hayat Tahrir al-Sham", "Military Forces of Russia", "Syrian National Army"]


def build(store, n_events: int, seed: int = 7) -> None:
    """Bulk-insert ``n_events`` synthetic events (10 per article) over Syria across two years."""
    rnd = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    places = [
        {
            "key": f"gn:{9_000_000 + i}",
            "name": f"Village {i}",
            "lat": rnd.uniform(32.5, 37.0),
            "lon": rnd.uniform(35.7, 42.0),
            "country": "SY",
            "admin1": f"Governorate {i % 14}",
            "kind": "city",
            "geonameid": 9_000_000 + i,
        }
        for i in range(3000)
    ]
    with store.engine.begin() as conn:
        conn.execute(insert(t.places), places)
        conn.execute(insert(t.outlets), [{"name": "Synthetic Outlet", "kind": "unknown"}])
    start_day = date(2023, 1, 1)
    per_article, chunk = 10, 20_000
    for lo in range(0, n_events, chunk):
        articles, events, index, threads, members = [], [], [], [], []
        for i in range(lo, min(lo + chunk, n_events)):
            aid = f"syn{i // per_article:013d}"
            if i % per_article == 0:
                day = start_day + timedelta(days=rnd.randrange(730))
                articles.append(
                    {
                        "id": aid,
                        "outlet_id": 1,
                        "text": f"synthetic article {i}",
                        "record": "{}",
                        "published": day,
                        "language": "en",
                        "n_statements": 0,
                        "n_events": per_article,
                        "ingested_at": now,
                    }
                )
            p = rnd.choice(places)
            typ, sub = rnd.choice(SUBTYPES)
            uid = f"{aid}:e{i % per_article + 1}"
            events.append(
                {
                    "uid": uid,
                    "article_id": aid,
                    "local_id": f"e{i % per_article + 1}",
                    "type": typ,
                    "subtype": sub,
                    "actor1": rnd.choice(ACTORS),
                    "actor2": None,
                    "place_idx": 0,
                    "place_key": p["key"],
                    "lat": p["lat"],
                    "lon": p["lon"],
                    "country": "SY",
                    "admin1": p["admin1"],
                    "date_from": day,
                    "date_to": day,
                    "time_precision": 1,
                    "polarity": "asserted",
                    "hedged": False,
                    "evidence_start": 0,
                    "evidence_end": 9,
                    "evidence_text": "synthetic",
                }
            )
            family = family_of(sub)
            cell = f"g:{int(p['lat'] // 0.25)}:{int(p['lon'] // 0.25)}"
            for c in (cell, f"a:SY:{p['admin1']}", f"p:{p['key']}"):
                index.append({"cell": c, "event_uid": uid, "family": family, "date_from": day, "date_to": day})
            threads.append(
                {
                    "id": i + 1,
                    "family": family,
                    "type": typ,
                    "subtype": sub,
                    "place_key": p["key"],
                    "place_name": p["name"],
                    "date_from": day,
                    "date_to": day,
                    "lead_uid": uid,
                    "proposition": f"{sub} at {p['name']}",
                    "n_members": 1,
                    "n_corroborating": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            members.append(
                {
                    "thread_id": i + 1,
                    "member_uid": uid,
                    "kind": "event",
                    "article_id": aid,
                    "stance": "corroborates",
                    "reason_code": "lead",
                    "reason": "lead",
                    "origin_uid": uid,
                    "added_at": now,
                }
            )
        with store.engine.begin() as conn:
            conn.execute(insert(t.articles), articles)
            conn.execute(insert(t.events), events)
            conn.execute(insert(t.link_index), index)
            conn.execute(insert(t.threads), threads)
            conn.execute(insert(t.thread_members), members)


def new_article() -> Record:
    text = "Government forces withdrew from Hama on Saturday, opposition sources said."
    article = make_article(text, ReadOptions(), outlet="Benchmark Post", published=date(2024, 11, 30))
    at = text.index("Hama")
    hama = Place("Hama", at, at + 4, "Hama", 35.1318, 36.7578, "SY", "Hama Governorate", 170017, "city")
    event = Event(
        "e1",
        "Strategic developments",
        "Non-violent transfer of territory",
        "Military Forces of Syria",
        None,
        0,
        date(2024, 11, 30),
        date(2024, 11, 30),
        None,
        None,
        "asserted",
        None,
        ((0, 40),),
    )
    return Record(article, (), (hama,), (), (), (event,))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        started = time.perf_counter()
        build(store, args.events)
        built = time.perf_counter() - started
        record = new_article()
        started = time.perf_counter()
        similarity("load the measure", "once per process")  # MiniLM's load is not a per-article cost
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        store.add(record)
        stored = time.perf_counter() - started
        started = time.perf_counter()
        report = link_new(store, [record.article.id])
        linked = time.perf_counter() - started
        started = time.perf_counter()
        link_new(store, [record.article.id])
        relinked = time.perf_counter() - started
        store.close()
    result = {
        "events": args.events,
        "build_s": round(built, 1),
        "similarity": str(settings.get("similarity")),
        "load_similarity_s": round(loaded, 1),
        "store_article_s": round(stored, 4),
        "link_article_s": round(linked, 4),
        "relink_article_s": round(relinked, 4),
        "opened": len(report.opened),
        "joined": len(report.joined),
    }
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
