"""The per-cell counts the store keeps give the desk's map the clusters the events themselves give."""

from __future__ import annotations

from datetime import date

import pytest

from sayso.readers.base import ReadOptions, make_article
from sayso.records import Event, Place, Record
from sayso.store import open_store
from sayso.store.cells import CELL_ZOOM, cell_degrees
from sayso.store.filters import EventFilter
from sayso.web.queries import EVENT_TYPES, kept_clusters, map_clusters

#: Towns on both sides of the equator and of Greenwich, two of them a few kilometres apart, and a
#: point on a cell's edge at every zoom (0 degrees).
POINTS = [
    ("Hama", 35.13, 36.76, "SY"),
    ("Kafr Buhum", 35.06, 36.60, "SY"),
    ("Cape Town", -33.92, 18.42, "ZA"),
    ("Buenos Aires", -34.61, -58.38, "AR"),
    ("Brooklyn", 40.68, -73.94, "US"),
    ("Null Island", 0.0, 0.0, ""),
]


def placed_record(n: int) -> Record:
    """Article ``n``: one event at each point (types and polarities varying with ``n``), one placed nowhere."""
    text = " ".join(f"Fighting was reported in {name} on day {n}." for name, *_ in POINTS) + " And elsewhere."
    article = make_article(text, ReadOptions(), outlet="Cells Test", published=date(2024, 12, 1))
    places, events = [], []
    for k, (name, lat, lon, country) in enumerate(POINTS):
        start = text.index(name)
        places.append(Place(name, start, start + len(name), name, lat, lon, country or None, None, None, "city"))
        kind = EVENT_TYPES[(n + k) % len(EVENT_TYPES)]
        polarity = "denied" if (n + k) % 4 == 0 else "asserted"
        evidence = ((start, start + len(name)),)
        events.append(
            Event(f"e{k + 1}", kind, "Other", None, None, k, None, None, None, None, polarity, None, evidence)
        )
    events.append(
        Event("e9", "Battles", "Armed clash", None, None, None, None, None, None, None, "asserted", None, ((0, 8),))
    )
    return Record(article, (), tuple(places), (), (), tuple(events))


def same(kept: list[dict], live: list[dict]) -> bool:
    if [(c["n"], c["types"], c["denied"], c["type"]) for c in kept] != [
        (c["n"], c["types"], c["denied"], c["type"]) for c in live
    ]:
        return False
    return all(
        abs(a["lat"] - b["lat"]) < 2e-4 and abs(a["lon"] - b["lon"]) < 2e-4 for a, b in zip(kept, live, strict=True)
    )


FILTERS = [
    EventFilter(),
    EventFilter(country="SY"),
    EventFilter(type="Battles"),
    EventFilter(country="sy", polarity="denied"),  # the country as typed in a URL
    EventFilter(type="Protests", polarity="asserted"),
]


def test_kept_counts_give_the_events_clusters_at_every_zoom(store_url: str) -> None:
    store = open_store(store_url)
    for n in range(12):
        assert store.add(placed_record(n))
    with store.engine.connect() as conn:
        for flt in FILTERS:
            for zoom in range(CELL_ZOOM + 1):
                kept = kept_clusters(conn, flt, zoom=zoom)
                assert kept is not None and same(kept, map_clusters(conn, flt, cell=cell_degrees(zoom))), (flt, zoom)
        whole = kept_clusters(conn, EventFilter(), zoom=0)
        assert sum(c["n"] for c in whole) == 12 * len(POINTS)  # the unplaced events are on no map
        near = kept_clusters(conn, EventFilter(country="SY"), zoom=5)
        assert [c["n"] for c in near] == [24]  # Hama and Kafr Buhum share a cell at zoom 5
        assert len(kept_clusters(conn, EventFilter(country="SY"), zoom=CELL_ZOOM)) == 2
    store.close()


@pytest.mark.parametrize(
    "flt, zoom",
    [
        (EventFilter(country="SY", since=date(2024, 1, 1)), 5),
        (EventFilter(actor="Army"), 5),
        (EventFilter(type="Armed clash"), 5),  # a subtype: the cells count types only
        (EventFilter(), CELL_ZOOM + 1),
    ],
)
def test_what_the_cells_do_not_hold_is_left_to_the_events(tmp_path, flt: EventFilter, zoom: int) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'c.db'}")
    with store.engine.connect() as conn:
        assert kept_clusters(conn, flt, zoom=zoom) is None
    store.close()


def test_a_store_from_before_the_cells_has_its_events_counted_on_opening(store_url: str) -> None:
    old = open_store(store_url)
    for n in range(3):
        old.add(placed_record(n))
    with old.engine.begin() as conn:  # make it look like a store migrated only to 0004
        conn.exec_driver_sql("DROP TABLE event_cells")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
    old.close()
    again = open_store(store_url)
    again.add(placed_record(3))  # and counted on from there
    with again.engine.connect() as conn:
        for zoom in (0, 4, CELL_ZOOM):
            kept = kept_clusters(conn, EventFilter(), zoom=zoom)
            assert same(kept, map_clusters(conn, EventFilter(), cell=cell_degrees(zoom)))
        assert sum(c["n"] for c in kept_clusters(conn, EventFilter(), zoom=0)) == 4 * len(POINTS)
    again.close()


def test_two_writers_counting_into_a_new_cell_at_once_both_count(store_url: str) -> None:
    import threading

    from sayso.store import cells

    store = open_store(store_url)
    row = {"lat": 35.13, "lon": 36.76, "country": "SY", "type": "Battles", "polarity": "asserted"}
    first_in = threading.Event()

    def first() -> None:
        with store.engine.begin() as conn:
            cells.add_events(conn, [row])  # the cell is new: an insert, not yet committed
            first_in.set()
            threading.Event().wait(0.5)

    def second() -> None:
        first_in.wait(5)
        with store.engine.begin() as conn:
            cells.add_events(conn, [row, row])  # waits for the first, then adds to its row

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    with store.engine.connect() as conn:
        (cell,) = kept_clusters(conn, EventFilter(country="SY"), zoom=CELL_ZOOM)
    assert cell["n"] == 3
    store.close()
