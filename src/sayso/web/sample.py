"""A small hand-built set of records (three outlets disputing one week near Hama) for the desk's tests.

The records are built the way the pipeline builds them (offsets into the article text, statements
with speakers and relays, events claimed by statements) so the desk is exercised on the real write
path without running spaCy. ``article(...)`` helps write more such records in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..readers.base import article_id
from ..records import Article, Event, Place, Quantity, Record, Span, Speaker, Statement, Time
from ..store import Store

PLACES = {
    "Hama": dict(
        name="Hama",
        lat=35.1318,
        lon=36.7578,
        country="SY",
        admin1="Hama Governorate",
        geonameid=170017,
        kind="city",
    ),
    "Aleppo": dict(
        name="Aleppo",
        lat=36.2021,
        lon=37.1343,
        country="SY",
        admin1="Aleppo Governorate",
        geonameid=170063,
        kind="city",
    ),
    "Idlib": dict(
        name="Idlib",
        lat=35.9306,
        lon=36.6339,
        country="SY",
        admin1="Idlib Governorate",
        geonameid=169389,
        kind="city",
    ),
    "Homs": dict(
        name="Homs",
        lat=34.7268,
        lon=36.7234,
        country="SY",
        admin1="Homs Governorate",
        geonameid=169577,
        kind="city",
    ),
    "Beirut": dict(
        name="Beirut",
        lat=33.8886,
        lon=35.4955,
        country="LB",
        admin1="Beyrouth",
        geonameid=276781,
        kind="city",
    ),
}


@dataclass
class Builder:
    """Builds one article's text piece by piece, remembering where each finding sits."""

    title: str
    outlet: str
    published: date
    text: str = ""
    statements: list[Statement] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(piece, start, len(self.text))

    def find(self, needle: str, within: Span) -> Span:
        start = self.text.index(needle, within.start, within.end)
        return Span(needle, start, start + len(needle))

    def sentence(
        self,
        speaker: str | None,
        entity: str | None,
        cue: str,
        content: str,
        *,
        polarity: str = "asserts",
        via: str | None = None,
        direct: bool = False,
    ) -> str:
        """Append ``SPEAKER CUE CONTENT.`` and record it as a statement; returns its id."""
        spk = None
        if speaker:
            s = self.add(speaker)
            spk = Speaker(s.text, s.start, s.end, entity or speaker)
            self.add(" ")
        cue_span = self.add(cue)
        self.add(" ")
        body = self.add(content)
        self.add(". ")
        sid = f"s{len(self.statements) + 1}"
        self.statements.append(Statement(sid, spk, cue_span, body, direct, polarity, via))
        return sid

    def place(self, name: str, within: Span) -> int:
        span = self.find(name, within)
        self.places.append(Place(span.text, span.start, span.end, **PLACES[name]))
        return len(self.places) - 1

    def time(self, words: str, within: Span, day: date) -> None:
        span = self.find(words, within)
        self.times.append(Time(span.text, span.start, span.end, day.isoformat(), day, day))

    def quantity(self, words: str, within: Span, low: int | None, high: int | None, of: str | None) -> None:
        span = self.find(words, within)
        self.quantities.append(Quantity(span.text, span.start, span.end, low, high, of))

    def event(
        self,
        type_: str,
        subtype: str,
        place: int | None,
        day: date | None,
        evidence: Span,
        *,
        actor1: str | None = None,
        actor2: str | None = None,
        polarity: str = "asserted",
        claimed_by: str | None = None,
        fatalities: tuple[int | None, int | None] = (None, None),
    ) -> None:
        eid = f"e{len(self.events) + 1}"
        self.events.append(
            Event(
                eid,
                type_,
                subtype,
                actor1,
                actor2,
                place,
                day,
                day,
                fatalities[0],
                fatalities[1],
                polarity,
                claimed_by,
                ((evidence.start, evidence.end),),
            )
        )

    def statement_span(self, sid: str) -> Span:
        return next(s.content for s in self.statements if s.id == sid)

    def record(self) -> Record:
        article = Article(
            id=article_id(self.text),
            text=self.text,
            title=self.title,
            outlet=self.outlet,
            published=self.published,
        )
        return Record(
            article,
            tuple(self.statements),
            tuple(self.places),
            tuple(self.times),
            tuple(self.quantities),
            tuple(self.events),
        )


def _sana() -> Record:
    b = Builder("Army repels terrorist attack north of Hama", "StateWire", date(2024, 11, 30))
    s1 = b.sentence(
        "The General Command of the Army",
        "General Command of the Syrian Army",
        "said",
        "units repelled a large attack by terrorist groups near Hama on Friday",
    )
    c1 = b.statement_span(s1)
    hama = b.place("Hama", c1)
    b.time("Friday", c1, date(2024, 11, 29))
    b.event(
        "Battles",
        "Armed clash",
        hama,
        date(2024, 11, 29),
        c1,
        actor1="Military Forces of Syria",
        actor2="Hayat Tahrir al-Sham",
        claimed_by=s1,
    )
    s2 = b.sentence(
        "The ministry",
        "Syrian Ministry of Defense",
        "denied",
        "that militants had entered Hama, calling the reports fabricated",
        polarity="denies",
    )
    c2 = b.statement_span(s2)
    hama2 = b.place("Hama", c2)
    b.event(
        "Battles",
        "Non-state actor overtakes territory",
        hama2,
        date(2024, 11, 30),
        c2,
        actor1="Hayat Tahrir al-Sham",
        polarity="denied",
        claimed_by=s2,
    )
    s3 = b.sentence(
        "The command",
        "General Command of the Syrian Army",
        "said",
        "dozens of militants were killed in air strikes around Idlib",
    )
    c3 = b.statement_span(s3)
    idlib = b.place("Idlib", c3)
    b.quantity("dozens of militants", c3, 24, 99, "militants")
    b.event(
        "Explosions/Remote violence",
        "Air/drone strike",
        idlib,
        date(2024, 11, 30),
        c3,
        actor1="Military Forces of Syria",
        actor2="Hayat Tahrir al-Sham",
        claimed_by=s3,
        fatalities=(24, 99),
    )
    return b.record()


def _wire() -> Record:
    b = Builder("Rebels push into Hama as army lines collapse", "GlobeWire", date(2024, 12, 1))
    s1 = b.sentence(
        "Hayat Tahrir al-Sham",
        "Hayat Tahrir al-Sham",
        "said",
        "its fighters entered Hama on Saturday after heavy fighting",
    )
    c1 = b.statement_span(s1)
    hama = b.place("Hama", c1)
    b.time("Saturday", c1, date(2024, 11, 30))
    b.event(
        "Battles",
        "Non-state actor overtakes territory",
        hama,
        date(2024, 11, 30),
        c1,
        actor1="Hayat Tahrir al-Sham",
        claimed_by=s1,
    )
    s2 = b.sentence(
        "A war monitor",
        "Syrian Observatory for Human Rights",
        "said",
        "at least 40 people were killed in clashes near Hama on Friday",
    )
    c2 = b.statement_span(s2)
    hama2 = b.place("Hama", c2)
    b.time("Friday", c2, date(2024, 11, 29))
    b.quantity("at least 40 people", c2, 40, None, "people")
    b.event(
        "Battles",
        "Armed clash",
        hama2,
        date(2024, 11, 29),
        c2,
        actor1="Hayat Tahrir al-Sham",
        actor2="Military Forces of Syria",
        claimed_by=s2,
        fatalities=(40, None),
    )
    lead = b.add("Shelling hit residential districts of Aleppo on Sunday. ")
    aleppo = b.place("Aleppo", lead)
    b.time("Sunday", lead, date(2024, 12, 1))
    b.event(
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        aleppo,
        date(2024, 12, 1),
        lead,
        actor1="Military Forces of Syria",
    )
    return b.record()


def _relay() -> Record:
    b = Builder("Moscow says Syrian army holds Hama", "EastBulletin", date(2024, 12, 1))
    s1 = b.sentence("The Syrian army", "General Command of the Syrian Army", "cited", "the Russian Coordination Center")
    s2 = b.sentence(
        "The Russian Coordination Center",
        "Russian Reconciliation Center",
        "said",
        "the army repelled attacks on Hama and that no town near Hama had been entered",
        via=s1,
    )
    c2 = b.statement_span(s2)
    hama = b.place("Hama", c2)
    b.event(
        "Battles",
        "Non-state actor overtakes territory",
        hama,
        date(2024, 11, 30),
        c2,
        actor1="Hayat Tahrir al-Sham",
        polarity="denied",
        claimed_by=s2,
    )
    lead = b.add("Protesters gathered in Beirut on Sunday in support of the Syrian government. ")
    beirut = b.place("Beirut", lead)
    b.time("Sunday", lead, date(2024, 12, 1))
    b.event("Protests", "Peaceful protest", beirut, date(2024, 12, 1), lead, actor1="Protesters (Lebanon)")
    lead2 = b.add("Residents of Homs reported calm. ")
    b.place("Homs", lead2)
    return b.record()


def sample_records() -> list[Record]:
    """Three articles from three outlets about the fighting around Hama, 29 Nov – 1 Dec 2024."""
    return [_sana(), _wire(), _relay()]


def article(title: str, text: str, outlet: str = "Test Outlet", published: date = date(2024, 12, 2)) -> Record:
    """A record of one article with no findings (for tests of how untrusted text is shown)."""
    return Record(Article(id=article_id(text), text=text, title=title, outlet=outlet, published=published))


def fill(store: Store, records: list[Record] | None = None) -> list[str]:
    """Store ``records`` (default: :func:`sample_records`) and link them into threads; the new ids."""
    from ..link import link_new

    added = [r.article.id for r in (records or sample_records()) if store.add(r)]
    link_new(store, added)
    return added
