"""The ``sayso_statements`` spaCy component: fills ``doc._.sayso_statements``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions
from .extract import extract_statements


class StatementsComponent:
    """Sets ``doc._.sayso_statements`` to the Doc's attributed statements."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.sayso_statements = extract_statements(doc)
        return doc


@Language.factory("sayso_statements")
def make_statements(nlp: Language, name: str) -> StatementsComponent:
    """Factory for the statements stage."""
    register_extensions()
    return StatementsComponent()
