"""Tag lists scraped pages leave in the text: "Tags Syria Idlib gas attack chlorine Observatory Assad"
between the standfirst and the body, or at the page's foot. They are the page's index terms, not the
report's words: a happening word in them ("gas attack", "Car Bomb", "murder") tells of nothing, and a
place in them places nothing. Their openers are in ``data/tag_lists.tsv``.

Scraping has lost the break after the list, so the body's first sentence runs on from its last term.
The body begins at a capitalised determiner or number ("... Syrian Democratic Forces | At least 10
people were killed ...") or where running text has begun ("... Observatory Assad | Warplanes carried
out ...", "... al-Nusra | Syrian rebels launched a huge offensive ..."): see :func:`_body_start`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from .doctext import last_doc, token_words
from .events.lexicon import read_tsv

DATA = Path(__file__).parent / "data"
_DETERMINERS = {"the", "a", "an"}
_ENDS = {".", "!", "?"}
#: Small words that join the parts of a name in a list ("Syrian Network for Human Rights").
_IN_NAMES = {"of", "for", "and"}
#: Most tokens read for a list and the sentence it runs into.
_LONGEST = 80
#: Most tokens of a list of related headlines (four or five headlines).
_LONGEST_RELATED = 120


@cache
def _openers() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "tag_lists.tsv"))


def _openers_in(doc: Doc, openers: frozenset[str] | None = None, after_number: bool = False) -> list[int]:
    """Token indices of the words that open a list (default: a tag list): an opener with a capital, at
    the start of the text, a paragraph or after a sentence's end (or, ``after_number``, a number: a
    page's view count), followed by a capitalised word."""
    openers = _openers() if openers is None else openers
    words = token_words(doc)
    found = []
    for i, (word, _, _) in enumerate(words):
        if word not in openers or i + 1 >= len(words) or not words[i + 1][0][:1].isupper():
            continue
        before = words[i - 1][0] if i > 0 else "\n"
        counted = after_number and i > 0 and doc[i - 1].like_num
        if "\n" in before or before in _ENDS or before in ('"', "”") or counted:
            found.append(i)
    return found


def _limit(doc: Doc, opener: int) -> int:
    """Where the sentence a list opens ends at the latest: the first sentence end or line break
    after it (not the parser's guess, which a run of names confuses), within ``_LONGEST`` tokens."""
    words = token_words(doc)
    for k in range(opener + 1, min(len(words), opener + _LONGEST)):
        if words[k][0] in _ENDS or "\n" in words[k][0]:
            return k + 1 if words[k][0] in _ENDS else k
    return min(len(words), opener + _LONGEST)


def _body_start(doc: Doc, opener: int, limit: int) -> int | None:
    """The token where the body resumes after the list opened at ``opener``, read from the words alone
    (the parser has not run, or has read the list as part of the sentence): a capitalised determiner,
    "At least" or a number; the word after a sentence's end; or, at the first small word of running
    text ("in", "on", "out", "a"; "of" and "for" inside a name do not count), the first word in capitals
    of the words before it ("... Assad | Warplanes carried out", "... al-Nusra | Syrian rebels launched a
    huge offensive")."""
    words = token_words(doc)
    for k in range(opener + 2, limit):
        word, _, lower_case = words[k]
        if word in _ENDS:
            return k + 1 if k + 1 < len(words) else None
        lower = word.lower()
        following = words[k + 1][0].lower() if k + 1 < len(words) else ""
        if word[:1].isupper() and (lower in _DETERMINERS or (lower == "at" and following == "least")):
            return k
        if doc[k].like_num and (word[:1].isupper() or word[:1].isdigit()):
            return k
        if (
            lower_case
            and doc[k].is_stop
            and not (lower in _IN_NAMES and _capital(words, k - 1) and _capital(words, k + 1))
        ):
            return _run_start(doc, words, opener, k)
    return None


def _run_start(doc: Doc, words: list[tuple[str, bool, bool]], opener: int, k: int) -> int | None:
    """Going back from the small word at ``k`` over the lower-case words and numbers before it, the
    word in capitals that opens them."""
    start = k
    while start - 1 > opener + 1 and (words[start - 1][2] or doc[start - 1].like_num) and not doc[start - 1].is_stop:
        start -= 1
    if start - 1 > opener and _capital(words, start - 1):
        return start - 1
    return None


def _capital(words: list[tuple[str, bool, bool]], k: int) -> bool:
    return 0 <= k < len(words) and words[k][0][:1].isupper()


@last_doc
def tag_lists(doc: Doc) -> tuple[tuple[int, int | None, int], ...]:
    """Each tag list of ``doc`` as token indices: its opener, where the body resumes after it (None if
    it does not) and where its sentence ends at the latest. Read from the words alone, so the same
    before the parser runs (to cut the list off) as after (to keep its words out of the events)."""
    out = []
    for opener in _openers_in(doc):
        limit = _limit(doc, opener)
        out.append((opener, _body_start(doc, opener, limit), limit))
    return tuple(out)


def tag_list_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Character spans of the tag lists in a parsed ``doc``: from the opener to the last term (to the
    sentence's end when no body resumes after it, as at a page's foot); and of the lists of related
    headlines a tag list closes (:func:`related_spans`)."""
    out = []
    for opener, start, limit in tag_lists(doc):
        last = doc[(start or limit) - 1]
        out.append((doc[opener].idx, last.idx + len(last.text)))
    return tuple(out) + related_spans(doc)


@cache
def _related_openers() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv(DATA / "related_lists.tsv"))


def related_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Character spans of the lists of related headlines at a page's foot ("... 440 Related US-Led
    Coalition Destroys 22 Daesh Positions Near Manbij ... Tags airstrikes ..."): from the opener, with a
    capital and after a sentence's end, a line break or a number (a view count), through the tag list
    that closes it within ``_LONGEST_RELATED`` tokens (an opener of ``tag_lists.tsv`` wherever it
    stands) to that list's end. A list that no tag list closes runs into the body with nothing to mark
    its end, and is left alone."""
    words = token_words(doc)
    closers = {k for k, (word, _, _) in enumerate(words) if word in _openers()}
    out = []
    for i in _openers_in(doc, _related_openers(), after_number=True):
        closer = next((k for k in range(i + 2, min(len(words), i + _LONGEST_RELATED)) if k in closers), None)
        if closer is not None:  # the headlines, and the tag list after them to its sentence's end
            last = doc[_limit(doc, closer) - 1]
            out.append((doc[i].idx, last.idx + len(last.text)))
    return tuple(out)
