"""Who did it to whom: actor1 and actor2 of a trigger, from its syntax and the actor dictionary."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from ..doctext import doc_text
from ..syntax import sentences
from .actors import Actor, ActorMention, find_actor_mentions
from .triggers import Trigger

_SUBJECT = {"nsubj", "csubj"}
_PASSIVE_SUBJECT = {"nsubjpass", "csubjpass"}
_PATIENT_PREPS = {"against", "on", "with", "at", "into", "targeting", "upon"}
_TARGET_PREPS = _PATIENT_PREPS - {"with", "at"}  # "with", "at" also join a side or a place to a doer
_NOUN_AGENT_DEPS = {"poss", "compound", "amod", "nmod"}
_SUPPORT_OBJ = {"dobj", "obj"}
_CIVILIAN_ACTS = {"Protests", "Riots"}
_VERB_DEPS = {"ROOT", "xcomp", "ccomp", "advcl", "relcl", "conj", "pcomp"}
_RELATIVE_TAGS = {"WDT", "WP", "WP$"}


def _subtree(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _pobj(tok: Token, preps: set[str]) -> set[int]:
    out: set[int] = set()
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out |= _subtree(obj)
    return out


def _doer_subtree(tok: Token) -> set[int]:
    """The words of a doer's noun phrase, less what its nouns are aimed at: in "air raids on
    rebel-held districts killed ...", "raids on X" did it, X did not."""
    out = _subtree(tok)
    for t in tok.subtree:
        if t.pos_ in ("NOUN", "PROPN"):
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS:
                    out -= _subtree(prep)
    return out


def _verb_roles(head: Token) -> tuple[set[int], set[int]]:
    agent: set[int] = set()
    for c in _children(head, _SUBJECT | {"compound"}):  # "compound": a noun read as a verb ("regime airstrikes")
        agent |= _doer_subtree(c)
    for c in _children(head, {"agent"}):
        agent |= _subtree(c)
    patient: set[int] = set()
    for c in _children(head, {"dobj", "obj", "dative", "attr"} | _PASSIVE_SUBJECT):
        patient |= _subtree(c)
    patient |= _pobj(head, _PATIENT_PREPS)
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.i != head.i:  # "30 fighters killed by blasts"
        patient |= _subtree(head.head) - _subtree(head)
    up = head
    own_subject = any(c.dep_ in _SUBJECT | _PASSIVE_SUBJECT | {"auxpass"} for c in head.children)
    while not agent and not own_subject and up.dep_ in ("xcomp", "conj", "advcl", "acomp"):
        up = up.head  # "were reported to have overrun", "regrouping and redeploying", "were able to repel"
        for c in _children(up, _SUBJECT | (_PASSIVE_SUBJECT if head.dep_ == "xcomp" else set())):
            agent |= _subtree(c)
    return agent, patient


def _noun_roles(head: Token, of_role: str) -> tuple[set[int], set[int]]:
    agent: set[int] = set()
    for c in _children(head, _NOUN_AGENT_DEPS):
        agent |= _subtree(c)
    agent |= _pobj(head, {"by"})
    of = _pobj(head, {"of"})
    patient = _pobj(head, _PATIENT_PREPS)
    for done in _children(head, {"acl"}):  # "the massacre committed by ISIS against the FSA"
        if done.tag_ == "VBN":
            agent |= _pobj(done, {"by"})
            patient |= _pobj(done, _PATIENT_PREPS)
    if of_role == "agent":
        agent |= of
    else:
        patient |= of
    if head.dep_ in _SUPPORT_OBJ:  # "Russian jets carried out airstrikes", "launched an offensive"
        agent |= _support_subject(head.head)
    if head.dep_ in _PASSIVE_SUBJECT:  # "the strike was (suspected to have been) carried out by Russian planes"
        verb: Token | None = head.head
        for _ in range(3):
            if verb is None:
                break
            agent |= _pobj(verb, {"by"})
            verb = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if head.dep_ in _SUBJECT and not agent:  # "an attack by X killed", "clashes erupted"
        patient |= {t.i for c in _children(head.head, {"dobj"}) for t in c.subtree}
    return agent, patient


def _support_subject(verb: Token) -> set[int]:
    """The subject of a verb that carries out a noun's happening, or of the verb it depends on when
    it has none ("the army went on to launch airstrikes", "denied launching airstrikes"); not past
    an object, who is then the doer ("accused the regime of launching airstrikes")."""
    for _ in range(3):
        subject = _children(verb, _SUBJECT)
        if subject:
            return {i for c in subject for i in _doer_subtree(c)}
        up = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
        if verb.dep_ not in ("pcomp", "xcomp", "advcl", "conj") or up.i == verb.i or _children(up, _SUPPORT_OBJ):
            break
        verb = up
    return set()


def role_tokens(doc: Doc, trig: Trigger) -> tuple[set[int], set[int], list[int]]:
    """Token indices in the agent and patient positions, and those after "between" (both sides)."""
    head = doc[trig.head]
    is_noun = head.pos_ in ("NOUN", "PROPN") or (not head.pos_ and head.dep_ not in _VERB_DEPS)
    if is_noun:
        agent, patient = _noun_roles(head, trig.rule.of_role)
    else:
        agent, patient = _verb_roles(head)
    between = sorted(_pobj(head, {"between"}))
    inside = set(range(trig.start, trig.end))
    return agent - inside, patient - inside, between


def mention_token(doc: Doc, m: ActorMention) -> int | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def doc_mentions(doc: Doc) -> list[tuple[ActorMention, int]]:
    """Every actor mention in the document with its head token."""
    out = []
    for m in find_actor_mentions(doc_text(doc)):
        i = mention_token(doc, m)
        if i is not None:
            out.append((m, i))
    return out


def _first(
    doc: Doc, mentions: Sequence[tuple[ActorMention, int]], named: set[int], tokens: set[int], exclude: str | None
) -> Actor | None:
    """The first actor named in ``tokens``; a bare adjective on a noun that names an actor itself
    (one of ``named``, the head tokens of the mentions that are names) does not count: the noun says
    who ("Syrian activists" are activists, not the Syrian state), unless it is one of several sides
    ("Syrian and Russian warplanes")."""
    for m, i in mentions:
        if i in tokens and m.actor.name != exclude and not (m.actor.modifier and _on_named(doc[i], named)):
            return m.actor
    return None


def _on_named(tok: Token, named: set[int]) -> bool:
    coordinated = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
    return tok.head.i in named and not coordinated


def assign_actors(
    doc: Doc,
    trig: Trigger,
    mentions: Sequence[tuple[ActorMention, int]],
    at: int,
) -> tuple[Actor | None, Actor | None, bool]:
    """(actor1, actor2, actor1 found by syntax) for a trigger; ``mentions`` are those inside the
    trigger's region. Without an agent, actor1 is the nearest actor named before the trigger;
    civilians do not act violently (they are actor2)."""
    agent, patient, between = role_tokens(doc, trig)
    agent |= _named_by_trigger(doc, trig, mentions)
    named = {i for m, i in mentions if not m.actor.modifier}
    actor1 = _first(doc, mentions, named, agent, None)
    if between and actor1 is None:
        actor1 = _first(doc, mentions, named, set(between), None)
        patient |= set(between)
    actor2 = _first(doc, mentions, named, patient, actor1.name if actor1 else None)
    if actor1 is not None and not may_act(actor1, trig.rule.type):
        actor1, actor2 = None, actor2 or actor1
    by_role = actor1 is not None
    if actor1 is None and not _agentless_passive(doc[trig.head]):  # nearest actor before it
        one_sided = trig.rule.type != "Battles"  # in a battle, those killed in it fought it
        actor1 = _nearest_doer(doc, mentions, 0, at, actor2, skip=patient, passive=one_sided)
    return actor1, actor2, by_role


def _nearest_doer(
    doc: Doc,
    mentions: Sequence[tuple[ActorMention, int]],
    begin: int,
    end: int,
    actor2: Actor | None,
    skip: Collection[int] = (),
    passive: bool = True,
) -> Actor | None:
    """The actor named last within characters ``begin:end`` that may have done it: a name, not
    civilians, not ``actor2``, not standing in a token of ``skip`` nor as something done to
    (:func:`_object`)."""
    before = [
        m
        for m, i in mentions
        if begin <= m.start
        and m.end <= end
        and i not in skip
        and not _object(doc[i], passive=passive)
        and not m.actor.modifier
        and m.actor.actor_class != "civilians"
        and (actor2 is None or m.actor.name != actor2.name)
    ]
    return before[-1].actor if before else None


def _object(tok: Token, passive: bool = True) -> bool:
    """The noun phrase a word stands in is something done to, not a doer: the object of a verb, the
    object of a preposition of targets ("raids against Islamic State targets"), and with ``passive``
    the subject of a passive ("62 civilians were killed in the strikes"; not for a battle: "17 troops
    were killed in fighting with Daesh" fought it). Not one that does something itself ("showed
    soldiers confirming their deployment")."""
    while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i != tok.i:
        tok = tok.head
    if any(c.dep_ == "acl" and c.tag_ == "VBG" for c in tok.children):
        return False  # "footage showed Syrian soldiers confirming their deployment": they do something
    if tok.dep_ in _SUPPORT_OBJ or (passive and tok.dep_ in _PASSIVE_SUBJECT):
        return True
    if passive and tok.dep_ not in _SUBJECT and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children):
        return True  # "30 Kurdish fighters killed by twin blasts": done to, as a passive's subject
    return tok.dep_ == "pobj" and tok.head.lower_ in _PATIENT_PREPS


def _named_by_trigger(doc: Doc, trig: Trigger, mentions: Sequence[tuple[ActorMention, int]]) -> set[int]:
    """The trigger word ends an actor's name ("regime warplanes", "Russian jets"): that actor did it."""
    begins = doc[trig.start].idx
    return {i for m, i in mentions if trig.start <= i < trig.end and m.start < begins}


def may_act(actor: Actor, event_type: str) -> bool:
    """Civilians do not act violently: they protest and riot, and are actor2 of anything else."""
    return actor.actor_class != "civilians" or event_type in _CIVILIAN_ACTS


def _agentless_passive(head: Token) -> bool:
    deps = {c.dep_ for c in head.children}
    return "auxpass" in deps and "agent" not in deps


def plural_pronoun_antecedent(
    doc: Doc, trig: Trigger, mentions: Sequence[tuple[ActorMention, int]], actor2: Actor | None
) -> Actor | None:
    """Whose "their attacks" or "they attacked" is it: the nearest actor named before it in its
    sentence that may do it ("the terrorists ... numbered thousands, adding that their attacks had
    claimed the lives of dozens of soldiers"), else None. A claim's words may begin after the
    antecedent, so the whole sentence is read, not the claim alone."""
    head = doc[trig.head]
    pronoun = [c for c in head.children if c.dep_ in ("poss", *_SUBJECT) and c.lower_ in ("their", "they")]
    if not pronoun:
        return None
    return _nearest_doer(doc, mentions, sentences(doc).of(head.i).start_char, pronoun[0].idx, actor2)


def subject_is_pronoun(doc: Doc, trig: Trigger) -> bool:
    """Whether the trigger's subject is a personal pronoun ("it is regrouping", "we repelled"); a
    relative one ("an attack that killed 213") points back at a noun, not at the speaker."""
    head = doc[trig.head]
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):  # "their deployment"
        return True
    while True:
        subj = _children(head, _SUBJECT)
        if subj:
            relative = subj[0].tag_ in _RELATIVE_TAGS
            return (subj[0].pos_ == "PRON" and not relative) or subj[0].lower_ in ("it", "we", "they", "he", "she")
        if head.dep_ not in ("xcomp", "conj") or head.head.i == head.i:
            return False
        head = head.head
