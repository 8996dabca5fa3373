"""``extract_events``: ACLED-style events from a processed Doc and the earlier stages' records."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from ...records import Event, Place, Quantity, Statement, Time
from ..captions import caption_spans
from ..doctext import doc_text
from ..quantities.counts import CasualtyCount, casualty_counts
from ..syntax import sentences, syntax
from ..tags import tag_list_spans
from .accused import accused_actor
from .actors import Actor, ActorMention, find_actor_mentions
from .anchor import anchored_times, article_date
from .arrangements import standing
from .claims import Stance, innermost_statement, is_running_total, stance, statement_by_cue
from .focus import fold_accounts, is_anaphoric, news_events, since_spans
from .lexicon import TriggerRule
from .means import fold_carried, type_by_means
from .merge import Candidate, fold_echoes, join_killings, merge_mentions, refine_vague_tolls
from .metonymy import metonymic_places
from .origins import origin_places
from .perpetrators import claimed_responsibility, fill_perpetrators
from .roles import assign_actors, doc_mentions, may_act, plural_pronoun_antecedent, subject_is_pronoun
from .senses import in_armed_sense
from .slots import PlaceScope, choose_place, choose_time, home_country, may_place
from .tolls import killed_counts, part_counts
from .triggers import Trigger, find_triggers


@dataclass(frozen=True, slots=True)
class Inputs:
    """What the earlier stages left on the Doc."""

    places: Sequence[Place]
    times: Sequence[Time]
    quantities: Sequence[Quantity]
    statements: Sequence[Statement]
    fallback: object  # date | None
    latest: object = None  # date | None: the article's own date (not one guessed from the text)
    home: str | None = None  # the country most places lie in
    not_places: tuple[tuple[int, int], ...] = ()  # spans naming no event's place (date line, metonyms, ...)
    placeable: tuple[int, ...] | None = None  # the places those spans leave that can locate an event
    since: tuple[tuple[int, int], ...] = ()  # phrases "since" opens: their times date only what they tell


def _inputs(doc: Doc) -> Inputs:
    times = doc._.sayso_times or []
    when = article_date(doc, times)
    places = doc._.sayso_places or []
    dateline = ((when.start, _dateline_end(doc_text(doc), when.end, places)),) if when.start >= 0 else ()
    return Inputs(
        places=places,
        times=anchored_times(doc, times, when),
        quantities=doc._.sayso_quantities or [],
        statements=doc._.sayso_statements or [],
        fallback=when.day,
        latest=None if when.guessed else when.day,
        home=home_country(places),
        not_places=dateline + metonymic_places(doc, places) + origin_places(doc, places),
        since=tuple(since_spans(doc)),
    )


def _dateline_end(text: str, end: int, places: Sequence[Place]) -> int:
    """Where the date line ends: after a place in capitals that follows its date ("Oct 08 2017 MOSCOW
    Some 120 ..."), the place the report was filed from, not where anything happened."""
    for place in places:
        if place.start >= end and not text[end : place.start].strip(" ,-–—") and place.text.isupper():
            return place.end
    return end


def _bounds(sent: Span, at: int) -> tuple[int, int]:
    """The sentence around character ``at``, cut at paragraph breaks, trailing space trimmed."""
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]  # Span.text joins its tokens anew
    lo, hi = 0, len(text)
    for m in re.finditer(r"\n\s*\n", text):
        if sent.start_char + m.end() <= at:
            lo = m.end()
        elif sent.start_char + m.start() > at:
            hi = m.start()
            break
    piece = text[lo:hi]
    lo += len(piece) - len(piece.lstrip())
    return sent.start_char + lo, sent.start_char + lo + len(piece.strip())


def _speaker_actor(statement: Statement) -> Actor | None:
    """The actor a speaking body is ("The Syrian army says it is regrouping")."""
    speaker = statement.speaker
    for text in (speaker.text, speaker.entity) if speaker else ():
        found = [m for m in find_actor_mentions(text) if not m.actor.modifier]
        if found:
            return found[0].actor
    return None


def _claim(doc: Doc, trig: Trigger, st: Stance, inp: Inputs) -> tuple[Statement | None, str]:
    """The claiming statement and the polarity, from statements, denial verbs and negation."""
    at = doc[trig.head].idx
    statement = innermost_statement(inp.statements, at)
    for anc in doc[trig.head].ancestors if statement is None else ():  # "regrouping, and redeploying"
        if (statement := innermost_statement(inp.statements, anc.idx)) is not None:
            break
    denied = statement is not None and statement.polarity == "denies"
    if st.denied_by is not None and not denied:
        denier = statement_by_cue(inp.statements, doc[st.denied_by])
        statement, denied = denier or statement, True
    if st.negated:
        denied = not denied
    return statement, "denied" if denied else "asserted"


def _region(bounds: tuple[int, int], statement: Statement | None) -> tuple[int, int]:
    """Where the actors are looked for: the clause, less a named speaker's words outside the content."""
    if statement is None or statement.speaker is None:
        return bounds
    lo = max(bounds[0], statement.content.start)
    hi = min(bounds[1], statement.content.end)
    return (lo, hi) if lo < hi else bounds


def _fill_country(actor: Actor | None, place: Place | None, home: str | None) -> Actor | None:
    """A templated actor of the event's country: its place's, else the one the article's places lie in
    (an event placed nowhere in a report about Syria: "Civilians (Syria)", as its placed mentions)."""
    if actor is None or "{country}" not in actor.name:
        return actor
    from .countries import country_name

    code = place.country if place and place.country else home
    name = country_name(code) if code else None
    label = actor.name.replace("{country}", name) if name else re.sub(r"\s*\(\{country\}\)", "", actor.name)
    return Actor(label, actor.actor_class, actor.country, actor.modifier)


def _scope(doc: Doc, sent: Span, bounds: tuple[int, int], claim: tuple[int, int], inp: Inputs) -> PlaceScope:
    """Where the place of an event in ``sent`` is looked for (the sentence, the one before, the claim)."""
    prev = sentences(doc).of(sent.start - 1) if sent.start > 0 else None
    prev_bounds = _bounds(prev, prev.end_char - 1) if prev else None
    return PlaceScope(bounds, prev_bounds, claim, inp.not_places)


def _candidate(
    doc: Doc,
    trig: Trigger,
    inp: Inputs,
    mentions: Sequence[tuple[ActorMention, int]],
) -> Candidate | None:
    head = doc[trig.head]
    st = stance(doc, trig)
    if st.irrealis or is_running_total(doc, trig):
        return None
    sent = sentences(doc).of(head.i)
    statement, polarity = _claim(doc, trig, st, inp)
    bounds = _bounds(sent, head.idx)
    lo, hi = _region(bounds, statement)
    local = [(m, i) for m, i in mentions if lo <= m.start < hi]
    actor1, actor2, by_role = assign_actors(doc, trig, local, head.idx)
    if not by_role and (accused := accused_actor(head, mentions)) is not None and may_act(accused, trig.rule.type):
        actor1, by_role = accused, True  # "accused the regime's forces of launching an attack"
    if actor1 is None:  # "their attacks": the group named before in the sentence
        actor1 = plural_pronoun_antecedent(doc, trig, mentions, actor2)
    named = [m for m, _ in local if not m.actor.modifier and m.actor is not actor2]
    if actor1 is None and statement is not None and not named and subject_is_pronoun(doc, trig):
        speaker = _speaker_actor(statement)  # "it is regrouping": the speaker itself
        actor1 = speaker if speaker is not None and may_act(speaker, trig.rule.type) else None
    if actor1 is not None and actor2 is not None and actor2.name == actor1.name:
        actor2 = None  # one actor is not both sides
    place = choose_place(inp.places, _scope(doc, sent, bounds, (lo, hi), inp), head.idx, inp.home, inp.placeable)
    place_rec = inp.places[place] if place is not None else None
    regions = [(lo, hi), bounds]
    times = [t for t in inp.times if not any(a <= t.start < b and not a <= head.idx < b for a, b in inp.since)]
    t_from, t_to, precision, region = choose_time(times, regions, head.idx, inp.fallback, inp.latest)  # type: ignore[arg-type]
    if not trig.rule.strong and t_from and t_to and (t_to - t_from).days > 31:
        return None  # a toll over months is a running total, not one happening
    return Candidate(
        type=trig.rule.type,
        subtype=trig.rule.subtype,
        strong=trig.rule.strong,
        head=head.i,
        char=head.idx,
        sent=sent.start,
        evidence=[bounds],
        actor1=_fill_country(actor1, place_rec, inp.home),
        actor1_by_role=by_role,
        anaphoric=is_anaphoric(head),
        actor2=_fill_country(actor2, place_rec, inp.home),
        place=place,
        place_key=(place_rec.geonameid or place_rec.name) if place_rec else None,  # type: ignore[arg-type]
        place_region=place_rec.admin1 if place_rec else None,
        place_is_region=place_rec is not None and place_rec.kind == "region",
        abroad=place_rec is not None and inp.home is not None and place_rec.country != inp.home,
        time_from=t_from,
        time_to=t_to,
        time_precision=precision,
        dated=not (precision == 3 and t_from == inp.fallback and t_to == inp.fallback),
        framed=region == 1 and regions[0] != regions[1],  # the speaker's words around the claim gave it
        polarity=polarity,
        hedged=st.hedged,
        claimed_by=statement.id if statement else None,
        claimant=(statement.speaker.entity if statement.speaker else statement.id) if statement else None,
        ancestors=frozenset(a.i for a in head.ancestors),
        rule=trig.rule,
    )


def _rank(fatalities: tuple[int | None, int | None]) -> int:
    return fatalities[1] if fatalities[1] is not None else (fatalities[0] or 0)


def _target(doc: Doc, cands: list[Candidate], heads: set[int], cue: int) -> Candidate | None:
    """The trigger that governs a count's cue, else the nearest one in its sentence."""
    tok = doc[cue]
    by_head = {c.head: c for c in cands}
    for up in (tok, *tok.ancestors):
        if up.i in heads:
            return by_head.get(up.i)
    sent = sentences(doc).of(cue).start
    same = [c for c in cands if c.sent == sent]
    return min(same, key=lambda c: abs(c.head - tok.i)) if same else None


def _attach_fatalities(doc: Doc, cands: list[Candidate], heads: set[int], counts: list[CasualtyCount]) -> None:
    """Each count of the dead goes to the trigger that governs its cue, else the nearest in its sentence;
    a trigger with several keeps the largest. Counts given as parts are noted as such."""
    for toll in killed_counts(doc, counts):
        target = _target(doc, cands, heads, toll.cue)
        if target is None:
            continue
        figure = (toll.low, toll.high)
        if target.fatalities is None or _rank(figure) > _rank(target.fatalities):
            target.fatalities, target.vague, target.words = figure, toll.vague, toll.words
        target.quantity_heads.append(toll.cue)
    for number, cue in part_counts(counts):
        if (target := _target(doc, cands, heads, cue)) is not None:
            target.parts.append(number)


def _refine(cand: Candidate) -> None:
    """Sub-event type by who acts and who suffers (rules' if_state / if_civilians columns)."""
    rule = cand.rule
    if not isinstance(rule, TriggerRule):
        return
    if rule.if_state and cand.actor1 and cand.actor1.actor_class == "state forces":
        cand.subtype = rule.if_state
    if rule.if_civilians and cand.actor2 and cand.actor2.actor_class == "civilians":
        cand.type, cand.subtype = rule.if_civilians


def _event(n: int, c: Candidate) -> Event:
    low, high = c.fatalities if c.fatalities else (None, None)
    bounds = c.words if c.fatalities is not None and c.words is not None and c.words != c.fatalities else None
    actor1, actor2 = (c.actor1.name if c.actor1 else None), (c.actor2.name if c.actor2 else None)
    return Event(
        id=f"e{n}",
        type=c.type,
        subtype=c.subtype,
        actor1=actor1,
        actor2=actor2 if actor2 != actor1 else None,  # one actor is not both sides
        place=c.place,
        time_from=c.time_from,
        time_to=c.time_to,
        fatalities_low=low,
        fatalities_high=high,
        polarity=c.polarity,
        claimed_by=c.claimed_by,
        evidence=tuple(c.evidence),
        hedged=c.hedged,
        time_precision=c.time_precision,
        fatality_bounds=bounds,  # the words' interval where it is wider than the coded figure
    )


def extract_events(doc: Doc) -> list[Event]:
    """The conflict events an article reports or denies, one per happening, ids in text order."""
    tag_lists = tag_list_spans(doc)  # a page's index terms tell of nothing and place nothing
    triggers = [t for t in find_triggers(doc) if not any(a <= doc[t.head].idx < b for a, b in tag_lists)]
    inp = _inputs(doc)
    mentions = doc_mentions(doc)
    counts = casualty_counts(doc, inp.quantities)  # read once: the senses, the tolls and their parts
    triggers = in_armed_sense(doc, triggers, mentions, counts, inp.times, inp.places)  # not "attacked Clinton's record"
    syn = syntax(doc)
    triggers = [t for t in triggers if not standing(syn, t)]  # not "in violation of the ceasefire"
    words = tuple((doc[t.head].idx, doc[t.head].idx + len(doc[t.head].text)) for t in triggers)
    not_places = inp.not_places + words + tag_lists  # "Strikes Kill 7": "Kill" is no town
    placeable = tuple(k for k, p in enumerate(inp.places) if may_place(p, not_places))
    inp = replace(inp, not_places=not_places, placeable=placeable)
    cands = [c for t in triggers if (c := _candidate(doc, t, inp, mentions)) is not None]
    captions = caption_spans(doc)
    for cand in cands:
        cand.caption = any(a <= cand.char < b for a, b in captions)
    _attach_fatalities(doc, cands, {t.head for t in triggers}, counts)
    cands = fold_carried(doc, type_by_means(doc, cands))  # a happening told with its means is one
    joined = news_events(doc, join_killings(cands), inp.fallback, inp.since)  # type: ignore[arg-type]
    regions = {k: p.admin1 for k, p in enumerate(inp.places)}
    joined = refine_vague_tolls(fold_accounts(doc, joined, regions), regions)
    for cand in joined:
        _refine(cand)
    merged = merge_mentions(fold_echoes(joined))
    fill_perpetrators(merged, claimed_responsibility(doc, mentions))
    return [_event(n, c) for n, c in enumerate(merged, start=1)]
