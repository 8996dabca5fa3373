"""``sayso_paragraphs``: a blank line always ends a sentence (captions, datelines and paragraphs
never run together), set before the parser, which keeps preset sentence starts."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("sayso_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at the first token after a line break that leaves a blank line."""
    for token in doc[:-1]:
        if token.text_with_ws.count("\n") >= 2:
            following = doc[token.i + 1]
            if not following.is_space:
                following.is_sent_start = True
    return doc
