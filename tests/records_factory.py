"""Hand-built records for tests that exercise the store, links and the desk without the model."""

from __future__ import annotations

from datetime import date

from sayso.readers.base import ReadOptions, make_article
from sayso.records import Event, Place, Quantity, Record, Span, Speaker, Statement, Time


def relay_record(outlet: str = "Test Outlet", published: date = date(2024, 12, 1), suffix: str = "") -> Record:
    """A record with a relay chain (General Command -> Russian Coordination Center) and a denied event."""
    text = (
        "Damascus, December 1 (TST)-- The General Command cited the Russian Coordination Center as saying "
        "that the army had killed as many as 300 terrorists near Hama. The ministry denied that towns near "
        f"Hama had been entered.{suffix}"
    )
    article = make_article(text, ReadOptions(), outlet=outlet, published=published, title="Relay test")

    def span(phrase: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        return Span(phrase, start, start + len(phrase))

    gc, rcc, ministry = (
        span("The General Command"),
        span("the Russian Coordination Center"),
        span("The ministry"),
    )
    s1 = Statement(
        "s1",
        Speaker(gc.text, gc.start, gc.end, "General Command of the Syrian Army"),
        span("cited"),
        span("the Russian Coordination Center as saying that the army had killed as many as 300 terrorists near Hama"),
        False,
    )
    s2 = Statement(
        "s2",
        Speaker(rcc.text, rcc.start, rcc.end, "Russian Coordination Center"),
        span("as saying"),
        span("the army had killed as many as 300 terrorists near Hama"),
        False,
        via="s1",
    )
    s3 = Statement(
        "s3",
        Speaker(ministry.text, ministry.start, ministry.end, "Syrian Ministry of Defense"),
        span("denied"),
        span("towns near Hama had been entered"),
        False,
        polarity="denies",
    )
    hama = span("Hama")
    places = (
        Place(hama.text, hama.start, hama.end, "Hama", 35.13, 36.76, "SY", "Hama Governorate", 170063, "city"),
        Place("Damascus", 0, 8, "Damascus", 33.51, 36.29, "SY", "Damascus Governorate", 170654, "city"),
    )
    times = (Time("December 1", 10, 20, "2024-12-01", date(2024, 12, 1), date(2024, 12, 1)),)
    q = span("as many as 300 terrorists")
    quantities = (Quantity(q.text, q.start, q.end, 1, 300, "terrorists"),)
    kill, enter = (
        span("the army had killed as many as 300 terrorists near Hama"),
        span("towns near Hama had been entered"),
    )
    events = (
        Event(
            "e1",
            "Battles",
            "Armed clash",
            "Military Forces of Syria",
            "Hayat Tahrir al-Sham",
            0,
            date(2024, 11, 30),
            date(2024, 12, 1),
            300,
            300,
            "asserted",
            "s2",
            ((kill.start, kill.end),),
            fatality_bounds=(1, 300),
        ),
        Event(
            "e2",
            "Battles",
            "Non-state actor overtakes territory",
            "Hayat Tahrir al-Sham",
            None,
            0,
            date(2024, 12, 1),
            date(2024, 12, 1),
            None,
            None,
            "denied",
            "s3",
            ((enter.start, enter.end),),
            time_precision=3,
        ),
    )
    return Record(article, (s1, s2, s3), places, times, quantities, events)
