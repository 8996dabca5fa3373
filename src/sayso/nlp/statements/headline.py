"""Headlines in title case: "Ben Carson Slams Hillary And The Media". The parser tags capitalised verbs
as proper nouns, so no frame finds them; a capitalised word whose verb form (``data/verb_endings.tsv``)
is a cue verb splits the line into speaker (before) and content (after)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ..doctext import token_words
from . import lexicon
from .frames import Frame, char_span

#: Most of a headline's words are capitalised.
TITLE_SHARE = 0.7
#: Longest line (tokens) read as a headline.
MAX_TOKENS = 25


def headline_frames(doc: Doc) -> Iterator[tuple[Frame, float]]:
    """Frames (with the cue verb's best weight) for capitalised cue verbs the parser did not take as verbs."""
    for start, end in _title_lines(doc):
        for token in doc[start + 1 : end]:
            if token.pos_ in ("VERB", "AUX") or not token.text[:1].isupper() or not _after_a_name(token):
                continue
            weight = _cue_weight(token)
            content = char_span(doc, token.i + 1, end)
            if weight and content[1] > content[0]:
                yield Frame(token, (token.i, token.i + 1), "headline", content, (start, token.i)), weight
                break


def _after_a_name(token: Token) -> bool:
    """The word follows a name or pronoun that is not a possessive ("Carson Slams", not "Clinton's Attacks")."""
    before = token.doc[token.i - 1]
    return before.pos_ in ("PROPN", "PRON") and before.dep_ != "poss" and before.tag_ != "POS"


def _cue_weight(token: Token) -> float:
    """The best weight of the cue verb this word is a form of ("Slams" -> slam), or 0."""
    table = lexicon.cue_frames()
    lemmas = lexicon.cue_lemmas()
    word = token.lower_
    for ending, replacement in lexicon.endings():
        if word.endswith(ending) and ("V", lemma := word[: len(word) - len(ending)] + replacement) in lemmas:
            return max(w for (pos, lem, _), (where, w) in table.items() if pos == "V" and lem == lemma)
    return 0.0


def _title_lines(doc: Doc) -> Iterator[tuple[int, int]]:
    """Token ranges of the short lines whose words are mostly capitalised."""
    words = token_words(doc)  # a line break is a token of its own: a token's trailing space is one space
    start = 0
    for i, (text, _, _) in enumerate(words):
        if "\n" not in text and i + 1 < len(words):
            continue
        end = i + 1
        if end - start <= MAX_TOKENS and _title_case(words[start:end]):
            yield start, end
        start = end


def _title_case(line: list[tuple[str, bool, bool]]) -> bool:
    """At least three words, most of them capitalised (short words may stay lower case); ``line``: the
    (text, is_alpha, is_lower) of its tokens."""
    small = lexicon.words("title_small_words.tsv")
    words = [text for text, alpha, _ in line if alpha and text.lower() not in small]
    return len(words) >= 3 and sum(text[:1].isupper() for text in words) >= TITLE_SHARE * len(words)
