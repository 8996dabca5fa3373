"""The ``sayso_places`` spaCy component: sets ``doc._.sayso_places``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extract import extract_places


class PlacesComponent:
    """Finds and resolves the place mentions of each Doc."""

    def __init__(self, *, demonyms: bool = True) -> None:
        self.demonyms = demonyms

    def __call__(self, doc: Doc) -> Doc:
        doc._.sayso_places = extract_places(doc, demonyms=self.demonyms)
        return doc


@Language.factory("sayso_places", default_config={"demonyms": True})
def make_places(nlp: Language, name: str, demonyms: bool) -> PlacesComponent:
    """``demonyms``: also place ``Russian``/``European`` as their country/region (on by default)."""
    return PlacesComponent(demonyms=demonyms)
