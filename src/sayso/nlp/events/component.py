"""The ``sayso_events`` spaCy component: sets ``doc._.sayso_events``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from .extract import extract_events


class EventsComponent:
    """Reads the places, times, quantities and statements on the Doc; writes its events."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.sayso_events = extract_events(doc)
        return doc


@Language.factory("sayso_events")
def make_events(nlp: Language, name: str) -> EventsComponent:
    register_extensions()
    return EventsComponent()
