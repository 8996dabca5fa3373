"""Which trigger words name a happening where they stand.

Many of the words that name armed happenings have an everyday sense too: a campaign "battle", a
politician who "attacks" or "blasts" a rival, a candidate who "withdraws" from the race, "the death of"
a judge. In a report of armed conflict (a quarter of its sentences or more, two at least, speak of it)
such a word (``data/senses.tsv``) takes its armed sense in every sentence. Elsewhere it names a
happening only in a sentence that speaks of armed conflict or unrest (a word of
``data/conflict_words.tsv``, an armed actor of the actor dictionary, a count of the dead or hurt, or a
trigger word that has no everyday sense) or, for most such words, when the happening is aimed at or
takes place in a place ("a withdrawal from Hama"); and never when it is aimed at a person by name
("attacked Clinton"). A trigger word inside a time expression ("on March 1") names nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from spacy.tokens import Doc

from ...records import Place, Time
from ..quantities.counts import CasualtyCount
from ..syntax import Syntax, sentences, syntax
from .actors import ActorMention
from .lexicon import DATA, read_tsv
from .triggers import Trigger

#: The share of its sentences that speak of armed conflict or unrest (two at least) from which an
#: article is a report of armed conflict, where a word with an everyday sense takes its armed one in
#: every sentence (one sense per discourse: "the attack took place as evacuees waited"). On the dev
#: texts (see docs/benchmarks.md): every FA-KES article has a share of 0.2 or more, 238 of 240 of 0.3 or more; of
#: 300 PolNeAR political articles, 32 have 0.2 or more, 13 have 0.3 or more (terror, guns, Syria).
CONFLICT_REPORT = 0.25

_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
_OBJECT = frozenset({"dobj", "obj", "nsubjpass", "attr"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_WIDE = frozenset({"country", "region"})
_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "parataxis"})
#: Prepositions that aim a happening at a person ("attacks on Rubio", "clashed with Johnson").
_PERSON_PREPS = frozenset({"on", "against", "with", "upon"})

#: Actor classes that are no sign of armed conflict by themselves (people, and the "-" blockers).
_UNARMED = frozenset({"civilians", "-"})


@cache
def everyday_senses() -> dict[tuple[str, ...], bool]:
    """Trigger patterns (as ``TriggerRule.words``) that have an everyday sense besides the armed one,
    each with whether a place it is aimed at or happens in takes it to the armed sense."""
    return {
        tuple(r["pattern"].lower().replace("-", " ").split()): r["at a place"].strip() == "yes"
        for r in read_tsv(DATA / "senses.tsv")
    }


@cache
def sites() -> dict[str, frozenset[str]]:
    """``sites.tsv`` by kind: "site", nouns of places a happening may be aimed at or happen in
    ("village", "checkpoint"); "preposition", those that bring a place in ("near", "from")."""
    kinds: dict[str, set[str]] = {}
    for row in read_tsv(DATA / "sites.tsv"):
        kinds.setdefault(row["kind"].strip(), set()).add(row["word"].strip().lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}


@cache
def conflict_words() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Single lemmas and two-word phrases (consecutive lemmas) that speak of armed conflict or unrest."""
    single, pairs = set(), set()
    for row in read_tsv(DATA / "conflict_words.tsv"):
        words = row["lemma"].lower().split()
        if len(words) == 1:
            single.add(words[0])
        else:
            pairs.add((words[0], words[1]))
    return frozenset(single), frozenset(pairs)


@cache
def frames() -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    """Trigger patterns (as ``TriggerRule.words``) with the dependents that give them their everyday
    sense wherever they stand (``data/frames.tsv``), each as a tuple: a dependency label (``("ccomp",)``),
    ``("of",)``, or a preposition and its object's lemma (``("into", "force")``)."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for row in read_tsv(DATA / "frames.tsv"):
        words = tuple(row["pattern"].lower().replace("-", " ").split())
        found.setdefault(words, set()).add(tuple(row["dependent"].split()))
    return {words: frozenset(deps) for words, deps in found.items()}


def in_everyday_frame(syn: Syntax, trig: Trigger) -> bool:
    """The trigger has a dependent that gives it its everyday sense ("demonstrated that ...", "rallied
    support", "entered into force"; "a demonstration of strength": an "of" phrase that counts no one)."""
    spec = frames().get(trig.rule.words)
    if not spec:
        return False
    for c in syn.children[trig.head]:
        if (syn.deps[c],) in spec:
            return True
        if syn.deps[c] != "prep":
            continue
        objects = [g for g in syn.children[c] if syn.deps[g] == "pobj"]
        if any((syn.lowers[c], syn.lemmas[g]) in spec for g in objects):
            return True
        if syn.lowers[c] == "of" and ("of",) in spec and objects and not any(_counts(syn, g) for g in objects):
            return True
    return False


def _counts(syn: Syntax, word: int) -> bool:
    """A number, or a noun a number counts ("2,000 people")."""
    return syn.pos[word] == "NUM" or any(syn.deps[n] == "nummod" for n in syn.children[word])


def conflict_sentences(
    doc: Doc,
    triggers: Iterable[Trigger],
    mentions: Iterable[tuple[ActorMention, int]],
    counts: Iterable[CasualtyCount],
) -> set[int]:
    """Indices (into ``sentences(doc).spans``) of the sentences that speak of armed conflict or unrest."""
    of_token = sentences(doc).of_token
    syn = syntax(doc)
    single, pairs = conflict_words()
    found: set[int] = set()
    lemmas, lowers = syn.lemmas, syn.lowers
    for i, lemma in enumerate(lemmas):
        if lemma in single or lowers[i] in single or (i and (lemmas[i - 1], lemma) in pairs):
            found.add(of_token[i])
    everyday = everyday_senses()
    found.update(of_token[t.head] for t in triggers if t.rule.words not in everyday)
    found.update(of_token[i] for m, i in mentions if not m.actor.modifier and m.actor.actor_class not in _UNARMED)
    found.update(of_token[c.cue] for c in counts)
    return found


def _aimed_at(doc: Doc, head: int, preps: frozenset[str] | None = None) -> list[tuple[int, str]]:
    """The words heading what the happening at ``head`` is aimed at or happens in, each with how
    ("object", "subject" or "preposition"): its objects, the objects of its place prepositions, and the
    subject and those objects of the verb it is an argument of ("clashes erupted in Idlib", "Aleppo saw
    heavy fighting", "Syria is in the throes of fighting"), and that verb's object when it is the
    subject ("a blast hit the market")."""
    syn = syntax(doc)
    preps = sites()["preposition"] if preps is None else preps
    above = list(syn.ancestors(head))
    verb = next((i for i in above if syn.deps[i] not in ("pobj", "prep")), above[-1]) if above else head
    if syn.deps[head] not in ("pobj", "prep"):
        verb = head  # "in the throes of its worst fighting": up through prepositions to the verb
    if verb == head and syn.deps[head] in _ARGUMENT and syn.heads[head] != head:
        verb = syn.heads[head]
    found = []
    for h in (head, verb) if verb != head and syn.pos[verb] in ("VERB", "AUX") else (head,):
        for c in syn.children[h]:
            dep = syn.deps[c]
            if dep in _OBJECT and (h == head or syn.deps[head] == "nsubj"):  # "a blast hit the market"
                found.append((c, "object"))
            elif h != head and dep in _SUBJECT:
                found.append((c, "subject"))
            elif dep == "prep" and syn.lowers[c] in preps:
                found.extend((g, "preposition") for g in syn.children[c] if syn.deps[g] == "pobj")
    chain = {head, *above}
    return [(g, role) for g, role in found if g not in chain]  # not the phrase the word is in


def at_a_place(doc: Doc, head: int, places: Sequence[Place]) -> bool:
    """Whether the happening at ``head`` is aimed at or happens in a place: a place the places stage
    found, or a noun of ``sites.tsv`` ("a withdrawal from Hama", "towns have not been entered"). A
    country or a region as the object itself does not count: one "enters the United States" or
    "captures Oklahoma" in a primary; "fighting in Syria" counts."""
    site_words, syn = sites()["site"], syntax(doc)
    anywhere = [(p.start, p.end) for p in places]
    as_object = [(p.start, p.end) for p in places if p.kind not in _WIDE]
    for g, role in _aimed_at(doc, head):
        if syn.lemmas[g] in site_words:
            return True
        spans = as_object if role == "object" else anywhere
        if any(a <= doc[i].idx < b for i in _phrase(syn, g) for a, b in spans):
            return True
    return False


def _phrase(syn: Syntax, head: int) -> list[int]:
    """The words of the noun phrase ``head`` heads, less the clauses inside it ("the claim that there
    were shootings in Chicago" places nothing in Chicago)."""
    found, todo = {head}, [head]
    while todo:
        for c in syn.children[todo.pop()]:
            if syn.deps[c] not in _CLAUSES and c not in found:  # a tree with a cycle stops
                found.add(c)
                todo.append(c)
    return sorted(found)


def aimed_at_a_person(doc: Doc, head: int) -> bool:
    """Whether the happening at ``head`` is aimed at a person by name: "attacked Clinton", "attacks on
    Rubio", "clashed with Johnson" (a politician's criticism or quarrel, not an armed happening)."""
    found = _aimed_at(doc, head, _PERSON_PREPS)
    return any(role != "subject" and doc[g].ent_type_ == "PERSON" for g, role in found)


def in_armed_sense(
    doc: Doc,
    triggers: Sequence[Trigger],
    mentions: Iterable[tuple[ActorMention, int]],
    counts: Iterable[CasualtyCount],
    times: Iterable[Time],
    places: Sequence[Place],
) -> list[Trigger]:
    """The triggers that name a happening where they stand (see the module's note)."""
    spans = [(t.start, t.end) for t in times]
    starts = [doc[t.start].idx for t in triggers]
    syn = syntax(doc)
    kept = [
        t
        for t, at in zip(triggers, starts, strict=True)
        if not any(a <= at < b for a, b in spans) and not in_everyday_frame(syn, t)
    ]
    everyday = everyday_senses()
    if all(t.rule.words not in everyday for t in kept):
        return kept
    armed, sents = conflict_sentences(doc, kept, mentions, counts), sentences(doc)
    if len(armed) >= max(2, CONFLICT_REPORT * len(sents.spans)):
        return kept  # a report of armed conflict: one sense per discourse
    of_token = sents.of_token
    return [
        t
        for t in kept
        if t.rule.words not in everyday
        or (
            not aimed_at_a_person(doc, t.head)
            and (of_token[t.head] in armed or (everyday[t.rule.words] and at_a_place(doc, t.head, places)))
        )
    ]
