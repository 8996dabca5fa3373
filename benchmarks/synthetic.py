"""A synthetic store of N events for the speed benchmarks (bulk inserts through the store's tables)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from sayso.store import Store
from sayso.store import schema as t

TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Violence against civilians", "Attack"),
    ("Strategic developments", "Change to group/activity"),
    ("Battles", "Non-state actor overtakes territory"),
]
CITIES = [
    ("Aleppo", 36.20, 37.16, "SY", "Aleppo Governorate"),
    ("Hama", 35.13, 36.76, "SY", "Hama Governorate"),
    ("Idlib", 35.93, 36.63, "SY", "Idlib Governorate"),
    ("Homs", 34.73, 36.71, "SY", "Homs Governorate"),
    ("Kharkiv", 49.99, 36.23, "UA", "Kharkivska Oblast"),
    ("Gaza", 31.50, 34.47, "PS", "Gaza Strip"),
    ("Khartoum", 15.55, 32.53, "SD", "Khartoum"),
]
ACTORS = ["Military Forces of Syria", "Hayat Tahrir al-Sham", "Military Forces of Russia", "Islamic State"]


def fill(store: Store, n_events: int, events_per_article: int = 5, seed: int = 7) -> None:
    """Add ``n_events`` events in ``n_events / events_per_article`` articles, in batches."""
    rng = random.Random(seed)
    start = date(2015, 1, 1)
    with store.engine.begin() as conn:
        conn.execute(insert(t.outlets), [{"name": f"Outlet {i}", "kind": "unknown"} for i in range(50)])
        conn.execute(
            insert(t.places),
            [
                {
                    "key": f"name:{c}:{n}",
                    "name": n,
                    "lat": la,
                    "lon": lo,
                    "country": c,
                    "admin1": a,
                    "kind": "city",
                }
                for n, la, lo, c, a in CITIES
            ],
        )
    n_articles = n_events // events_per_article
    for first in range(0, n_articles, 2000):
        articles, events = [], []
        for a in range(first, min(first + 2000, n_articles)):
            day = start + timedelta(days=rng.randrange(3650))
            aid = f"syn{a:012d}"
            articles.append(
                {
                    "id": aid,
                    "outlet_id": rng.randrange(1, 51),
                    "title": f"Synthetic {a}",
                    "published": day,
                    "language": "en",
                    "text": "synthetic",
                    "record": "{}",
                    "n_statements": 0,
                    "n_events": events_per_article,
                    "ingested_at": datetime.now(UTC).replace(tzinfo=None),
                }
            )
            for e in range(events_per_article):
                name, lat, lon, cc, admin1 = rng.choice(CITIES)
                kind, sub = rng.choice(TYPES)
                jitter = rng.uniform(-0.3, 0.3)
                events.append(
                    {
                        "uid": f"{aid}:e{e + 1}",
                        "article_id": aid,
                        "local_id": f"e{e + 1}",
                        "type": kind,
                        "subtype": sub,
                        "actor1": rng.choice(ACTORS),
                        "actor2": rng.choice(ACTORS),
                        "place_key": f"name:{cc}:{name}",
                        "lat": lat + jitter,
                        "lon": lon + jitter,
                        "country": cc,
                        "admin1": admin1,
                        "date_from": day - timedelta(days=1),
                        "date_to": day,
                        "time_precision": 1,
                        "fatalities_low": rng.choice([None, 1, 5, 20]),
                        "fatalities_high": None,
                        "polarity": "denied" if rng.random() < 0.1 else "asserted",
                        "hedged": False,
                        "evidence_start": 0,
                        "evidence_end": 9,
                        "evidence_text": "synthetic",
                    }
                )
        with store.engine.begin() as conn:
            conn.execute(insert(t.articles), articles)
            conn.execute(insert(t.events), events)
