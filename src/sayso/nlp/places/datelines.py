"""A local station's date line: ``HORRY COUNTY, SC (WMBF) -``: the county, and the state by its postal
code, which only a date line writes bare (elsewhere ``OK``, ``IN`` or ``ME`` are words)."""

from __future__ import annotations

from spacy.tokens import Doc

from ...gazetteer.counties import state_of_code
from ...gazetteer.normalise import name_key
from .lexicon import cues
from .mentions import Mention, dateline_end


def dateline_state(doc: Doc) -> Mention | None:
    """The postal code right after a date line's comma, as its state (``HORRY COUNTY, SC (WMBF)``)."""
    end = dateline_end(doc)
    if not end or doc[end].text != "," or end + 1 >= len(doc):
        return None
    code = doc[end + 1]
    state = state_of_code(code.text) if len(code.text) == 2 and code.is_upper else None
    after = doc[end + 2].text[:1] if end + 2 < len(doc) else ""
    if state is None or after not in ("(", "-", "–", "—", ""):
        return None
    return Mention(end + 1, end + 2, name_key(state), code.ent_type_)


def dateline_county(doc: Doc, taken: set[int]) -> Mention | None:
    """A date line that is a county no other mention covers (``HORRY COUNTY,``), keyed by its name."""
    end = dateline_end(doc)
    if end < 2 or doc[end - 1].lower_ not in cues()["county_after"] or taken.intersection(range(end)):
        return None
    return Mention(0, end, name_key(doc[: end - 1].text), doc[0].ent_type_)
