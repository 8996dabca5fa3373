"""The ``sayso_times`` spaCy component: sets ``doc._.sayso_times``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extract import extract_times


class TimesComponent:
    """Resolves every date and time expression of the Doc against ``doc._.sayso_anchor``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.sayso_times = extract_times(doc)
        return doc


@Language.factory("sayso_times")
def make_times(nlp: Language, name: str) -> TimesComponent:
    """The times stage (no settings)."""
    return TimesComponent()
