"""Slots of an event besides its actors: the place, the date interval and the fatalities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Token

from ...records import Place, Time
from .lexicon import DATA, read_tsv

#: Place kinds precise enough to locate an event (a country alone is not).
_FITTING_KINDS = {"city", "site", "region", "road", "water", "other"}


def _distance(start: int, end: int, at: int) -> int:
    return 0 if start <= at < end else min(abs(start - at), abs(end - at))


def _fitting(place: Place) -> bool:
    return place.lat is not None and place.kind in _FITTING_KINDS


def home_country(places: Sequence[Place]) -> str | None:
    """The country most of the article's resolved places lie in (the war it reports on); of two named
    as often, the one whose towns and regions it names ("Russian jets struck Idlib": Syria)."""
    counts: dict[str, tuple[int, int]] = {}
    for place in places:
        if place.country and place.lat is not None:
            named, finer = counts.get(place.country, (0, 0))
            counts[place.country] = (named + 1, finer + (place.kind != "country"))
    return max(counts, key=lambda c: counts[c]) if counts else None


def may_place(place: Place, not_places: Sequence[tuple[int, int]]) -> bool:
    """A resolved place precise enough to locate an event, outside the spans that name no place of it."""
    return _fitting(place) and not any(lo < place.end and place.start < hi for lo, hi in not_places)


@dataclass(frozen=True, slots=True)
class PlaceScope:
    """Where an event's place is looked for: its sentence, the sentence before, the words of the claim
    that carries it, and spans that name no place of it (the trigger word itself, the date line)."""

    sent: tuple[int, int]
    prev: tuple[int, int] | None = None
    claim: tuple[int, int] | None = None
    not_places: tuple[tuple[int, int], ...] = ()

    def allows(self, place: Place, region: tuple[int, int], abroad: bool) -> bool:
        """Whether a place :func:`may_place` allows lies in ``region`` (one abroad: in the claim's words)."""
        if not region[0] <= place.start < region[1]:
            return False
        claim = self.claim or self.sent
        return not abroad or (region == self.sent and claim[0] <= place.start < claim[1])


def choose_place(
    places: Sequence[Place],
    scope: PlaceScope,
    at: int,
    home: str | None = None,
    placeable: Sequence[int] | None = None,
) -> int | None:
    """Index of the resolved place nearest ``at`` in the sentence (else the previous one), or None.

    Countries never locate an event on their own; the dateline is not a default. A place in the
    article's home country (in this sentence or the previous one) wins over one abroad (a
    "London-based" monitor, a "Beirut" dateline), and a place inside one admin area over one that
    runs through several ("the bank of the Euphrates near Deir ez-Zor": Deir ez-Zor). A place abroad
    counts only in the event's own sentence and inside the claim's words: "the ministry in Moscow
    said" tells where the speaker is, not where the strikes were. ``placeable``: the indices of the
    places :func:`may_place` allows, if already known (they are the same for every event
    of an article).
    """
    if placeable is None:
        placeable = [k for k, place in enumerate(places) if may_place(place, scope.not_places)]
    pool = [(k, places[k]) for k in placeable]
    for abroad in (False, True) if home is not None else (True,):
        for region in (scope.sent, scope.prev):
            if region is None:
                continue
            best: tuple[bool, int, int] | None = None
            for k, place in pool:
                if not scope.allows(place, region, abroad and place.country != home):
                    continue
                if not abroad and place.country != home:
                    continue
                key = (place.admin1 is None, _distance(place.start, place.end, at), k)
                best = key if best is None or key < best else best
            if best is not None:
                return best[2]
    return None


def precision(start: date, end: date) -> int:
    """ACLED's time_precision for an interval: 1 a day, 2 up to a week, 3 longer."""
    days = (end - start).days
    return 1 if days <= 0 else 2 if days <= 6 else 3


def choose_time(
    times: Sequence[Time],
    regions: Sequence[tuple[int, int]],
    at: int,
    fallback: date | None,
    latest: date | None = None,
) -> tuple[date | None, date | None, int, int | None]:
    """(from, to, precision, region): the resolved time nearest ``at`` in the first region that has
    one and that region's index, else the fallback date (the anchor) with precision 3 and None. A time
    that begins after ``latest`` (the article's date) dates no happening the article reports ("rebels
    bombarded a rally ahead of the June 3 poll", in a May 23 report)."""
    for n, (lo, hi) in enumerate(regions):
        best: tuple[int, Time] | None = None
        for t in times:
            if t.from_ is None or not lo <= t.start < hi or (latest is not None and t.from_ > latest):
                continue
            d = _distance(t.start, t.end, at)
            if best is None or d < best[0]:
                best = (d, t)
        if best is not None:
            t = best[1]
            end = t.to or t.from_
            assert t.from_ is not None
            return t.from_, end, precision(t.from_, end), n
    return fallback, fallback, 3, None


@cache
def _casualty_words() -> dict[str, str]:
    return {r["word"]: r["kind"] for r in read_tsv(DATA / "casualties.tsv")}


def word_kind(tok: Token) -> str | None:
    """ "killed", "injured" or None: what a casualty word (lemma or form) says happened."""
    words = _casualty_words()
    return words.get(tok.lemma_.lower()) or words.get(tok.lower_)
