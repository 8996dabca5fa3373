"""Place-name keys: one spelling for the transliteration variants of a name.

``Hama``/``Hamah``, ``Tal Rifaat``/``Tall Rif'at``, ``Idleb``/``Idlib`` (through GeoNames' alternate
names), ``al-``/``el-``/``as-``/``ash-`` articles and diacritics all fold to the same key. The same
function keys the gazetteer and the text, so a fold only has to be consistent, not linguistic.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"['’‘`´ʿʾʻʼ′]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/,.()]+")
_DOUBLED = re.compile(r"([a-z])\1+")
#: Arabic articles written before a name (``ash-Shaddadi``, ``el-Bab``, ``ad-Dana``).
_ARTICLES = frozenset(
    ["al", "el", "as", "ash", "ad", "ar", "at", "az", "an", "ez", "es", "er", "en", "ed", "et", "ul", "il"]
)
#: Folds applied word by word, in order (transliteration variants of the same sound).
_WORD_FOLDS = (
    (re.compile(r"^(tall|tell|tel)$"), "tal"),
    (re.compile(r"^(saint|ste|st)$"), "st"),
    (re.compile(r"^(mount|mt)$"), "mt"),
    (re.compile(r"^(jabal|jebel|jabel|jbel)$"), "jabal"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"q"), "k"),
    (re.compile(r"(?<=[a-z]{2})[ae]h$"), "a"),
)


@lru_cache(maxsize=200_000)
def fold_text(text: str) -> str:
    """Lower case, diacritics and apostrophes dropped, separators as single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())
    text = text.replace("ı", "i").replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("đ", "d")
    return _SEPARATORS.sub(" ", text).strip()


@lru_cache(maxsize=100_000)
def word_keys(text: str) -> tuple[str, ...]:
    """The folded words of ``text``, before articles are told apart (see :func:`join_key`)."""
    if text.isascii():
        text = _SEPARATORS.sub(" ", _APOSTROPHES.sub("", text.lower()))
        words = text.split()
    else:
        words = fold_text(text).split()
    out = []
    for word in words:
        if word.isascii() and word.isalpha():
            word = _DOUBLED.sub(r"\1", word)
            for pattern, repl in _WORD_FOLDS:
                word = pattern.sub(repl, word)
        out.append(word)
    return tuple(out)


def is_article(word: str) -> bool:
    """Whether a lower-case word is an Arabic article written apart (``al``, ``ez``, ``ash``)."""
    return word in _ARTICLES


def join_key(words: tuple[str, ...] | list[str]) -> str:
    """The key of a run of folded words: an article before another word becomes ``al``."""
    last = len(words) - 1
    return " ".join("al" if i < last and w in _ARTICLES else w for i, w in enumerate(words))


def open_key(words: tuple[str, ...] | list[str]) -> str:
    """The key of a run of folded words as the start of a longer name: every article becomes ``al``,
    the last too, since a word will follow it (what :attr:`Gazetteer.prefixes` holds)."""
    return " ".join("al" if w in _ARTICLES else w for w in words)


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The lookup key of a place name (also of any stretch of text that may be one)."""
    return join_key(word_keys(text))


#: Marks a key folded as an Arabic transliteration (see :func:`arabic_key`), kept apart from plain keys.
ARABIC_MARK = "~"
#: Letters English transliterations of Arabic write either way, applied to a plain key in order:
#: ``Ghouta``/``Gouta``, ``Dhiban``/``Ziban``, ``Saraqeb``/``Saraqib``, ``Zour``/``Zor``.
_ARABIC_FOLDS = (
    (re.compile(r"gh"), "g"),
    (re.compile(r"dh"), "z"),
    (re.compile(r"e"), "i"),
    (re.compile(r"o"), "u"),
    (re.compile(r"([a-z])\1+"), r"\1"),
)


@lru_cache(maxsize=100_000)
def arabic_key(key: str) -> str:
    """A plain key (:func:`name_key`) folded further for Arabic names, marked with ``ARABIC_MARK``:
    the gazetteer keys Arabic-world places this way too, so ``Eastern Gouta`` finds Eastern Ghouta
    without ``Gouta`` meeting a Slovak ``Guta``."""
    for pattern, repl in _ARABIC_FOLDS:
        key = pattern.sub(repl, key)
    return ARABIC_MARK + key
