"""Hand-built records about the Hama situation for the linking tests (no model needed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sayso.readers.base import ReadOptions, make_article
from sayso.records import Event, Place, Record, Span, Speaker, Statement

#: name -> (lat, lon, admin1, geonameid, kind)
PLACES = {
    "Hama": (35.1318, 36.7578, "Hama Governorate", 170017, "city"),
    "Hama Governorate": (35.1667, 36.8333, "Hama Governorate", 170015, "region"),
    "Hama countryside": (35.1667, 36.8333, "Hama Governorate", 170015, "region"),
    "Souran": (35.2906, 36.7466, "Hama Governorate", 164901, "city"),
    "Aleppo": (36.2021, 37.1343, "Aleppo Governorate", 170063, "city"),
    "Homs": (34.7268, 36.7234, "Homs Governorate", 169577, "city"),
    "Idlib": (35.9306, 36.6339, "Idlib Governorate", 169389, "city"),
    "Syria": (35.0, 38.0, None, 163843, "country"),
}


@dataclass
class Ev:
    """An event to put in a record: ``phrase`` (in the text) is its evidence, ``place`` a PLACES key."""

    phrase: str
    subtype: str
    place: str | None
    actor1: str | None = None
    actor2: str | None = None
    when: tuple[date, date] | None = None
    fatalities: tuple[int | None, int | None] | None = None
    bounds: tuple[int | None, int | None] | None = None  # the words' interval, when not the figure
    polarity: str = "asserted"
    claimed_by: str | None = None  # the local id of a statement
    precision: int = 1


@dataclass
class St:
    """A statement: ``speaker`` and ``content`` are phrases in the text."""

    speaker: str
    entity: str
    content: str
    polarity: str = "asserts"
    via: str | None = None
    cue: str = "said"


TYPES = {
    "Non-violent transfer of territory": "Strategic developments",
    "Non-state actor overtakes territory": "Battles",
    "Government regains territory": "Battles",
    "Armed clash": "Battles",
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Change to group/activity": "Strategic developments",
}


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(phrase, start, start + len(phrase))


@dataclass
class Art:
    text: str
    outlet: str
    published: date
    events: list[Ev] = field(default_factory=list)
    statements: list[St] = field(default_factory=list)

    def record(self) -> Record:
        article = make_article(self.text, ReadOptions(), outlet=self.outlet, published=self.published)
        places: list[Place] = []
        events = []
        for i, ev in enumerate(self.events, start=1):
            place_idx = None
            if ev.place:
                lat, lon, admin1, gid, kind = PLACES[ev.place]
                name = ev.place.removesuffix(" countryside")
                at = self.text.index(name, self.text.index(ev.phrase)) if name in ev.phrase else self.text.index(name)
                resolved = admin1 if kind == "region" else name
                places.append(Place(name, at, at + len(name), resolved, lat, lon, "SY", admin1, gid, kind))
                place_idx = len(places) - 1
            span = _span(self.text, ev.phrase)
            when = ev.when or (self.published, self.published)
            low, high = ev.fatalities or (None, None)
            events.append(
                Event(
                    f"e{i}",
                    TYPES[ev.subtype],
                    ev.subtype,
                    ev.actor1,
                    ev.actor2,
                    place_idx,
                    when[0],
                    when[1],
                    low,
                    high,
                    ev.polarity,
                    ev.claimed_by,
                    ((span.start, span.end),),
                    time_precision=ev.precision,
                    fatality_bounds=ev.bounds,
                )
            )
        statements = []
        for i, st in enumerate(self.statements, start=1):
            who, content = _span(self.text, st.speaker), _span(self.text, st.content)
            statements.append(
                Statement(
                    f"s{i}",
                    Speaker(who.text, who.start, who.end, st.entity),
                    _span(self.text, st.cue),
                    content,
                    False,
                    st.polarity,
                    st.via,
                )
            )
        return Record(article, tuple(statements), tuple(places), (), (), tuple(events))


D = date


def allegation(outlet: str = "Opposition Post", published: date = D(2024, 11, 30)) -> Art:
    text = "Government forces withdrew from Hama on Saturday as rebels advanced, local sources said."
    return Art(
        text,
        outlet,
        published,
        [
            Ev(
                "Government forces withdrew from Hama",
                "Non-violent transfer of territory",
                "Hama",
                "Military Forces of Syria",
                when=(D(2024, 11, 30), D(2024, 11, 30)),
            )
        ],
    )


def denial(outlet: str = "State Radio", published: date = D(2024, 12, 1)) -> Art:
    text = (
        "The defense ministry dismissed allegations of the forces' withdrawal from Hama. "
        "The ministry said towns near Hama have not been entered."
    )
    return Art(
        text,
        outlet,
        published,
        [
            Ev(
                "the forces' withdrawal from Hama",
                "Non-violent transfer of territory",
                "Hama",
                "Military Forces of Syria",
                polarity="denied",
                claimed_by="s1",
                when=(D(2024, 11, 30), D(2024, 11, 30)),
            ),
            Ev(
                "towns near Hama have not been entered",
                "Non-state actor overtakes territory",
                "Hama countryside",
                "Opposition Rebels (Syria)",
                polarity="denied",
                claimed_by="s2",
                when=(D(2024, 11, 30), D(2024, 12, 1)),
            ),
        ],
        [
            St(
                "The defense ministry",
                "Syrian Ministry of Defense",
                "allegations of the forces' withdrawal from Hama",
                "denies",
                cue="dismissed",
            ),
            St(
                "The ministry",
                "Syrian Ministry of Defense",
                "towns near Hama have not been entered",
                "denies",
            ),
        ],
    )


def capture(outlet: str = "Levant Wire", published: date = D(2024, 12, 5), extra: str = "") -> Art:
    text = f"Rebels led by Hayat Tahrir al-Sham took control of Hama on Thursday.{extra}"
    return Art(
        text,
        outlet,
        published,
        [
            Ev(
                "took control of Hama",
                "Non-state actor overtakes territory",
                "Hama",
                "Hayat Tahrir al-Sham",
                "Military Forces of Syria",
                when=(D(2024, 12, 5), D(2024, 12, 5)),
            )
        ],
    )


def toll(
    figure: tuple[int | None, int | None],
    outlet: str,
    published: date,
    phrase: str,
    text: str,
    claimed: St | None = None,
    bounds: tuple[int | None, int | None] | None = None,
) -> Art:
    return Art(
        text,
        outlet,
        published,
        [
            Ev(
                phrase,
                "Air/drone strike",
                "Hama countryside",
                "Military Forces of Russia",
                "Hayat Tahrir al-Sham",
                when=(D(2024, 11, 30), D(2024, 12, 1)),
                fatalities=figure,
                bounds=bounds,
                claimed_by="s1" if claimed else None,
            )
        ],
        [claimed] if claimed else [],
    )


def test_the_factory_builds_records_with_resolved_places() -> None:
    record = denial().record()
    assert record.events[1].place is not None
    assert record.places[record.events[1].place].kind == "region"
    assert record.statements[0].polarity == "denies"
