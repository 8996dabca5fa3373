"""The ``sayso_quantities`` spaCy component: sets ``doc._.sayso_quantities``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extract import extract_quantities


class QuantitiesComponent:
    """Reads every count in the Doc into :class:`sayso.records.Quantity` records."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.sayso_quantities = extract_quantities(doc)
        return doc


@Language.factory("sayso_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """Factory for the quantities stage (no settings)."""
    return QuantitiesComponent()
