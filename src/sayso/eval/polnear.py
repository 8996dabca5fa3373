"""PolNeAR: score the statements stage against attribution relations in US political news.

Follows the corpus README: the first ``.ann`` per text in sorted order; relations lacking a Cue or
Content are ignored; Content2 counts as content. A predicted statement matches a gold relation when
the cue spans overlap and the content spans overlap; matching is one-to-one, greedy, best content
overlap first. Tokens are ``\\w+`` runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..records import Article, Statement
from . import files_sha256

_T_LINE = re.compile(r"(T\d+)\t(\S+) ([\d ;]+)\t")
_E_LINE = re.compile(r"(E\d+)\t(.*)")
_WORD = re.compile(r"\w+")

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Relation:
    """A gold attribution: source (may be empty), cue and content character spans."""

    source: Spans
    cue: Spans
    content: Spans


def split_dir(data_dir: Path, split: str) -> Path:
    """The folder of a split (``data/dev``), given the corpus folder or its ``data`` folder."""
    root = data_dir / "data" if (data_dir / "data").is_dir() else data_dir
    return root / split


def gold_files(data_dir: Path, split: str) -> list[tuple[Path, Path]]:
    """(text, first .ann) pairs of a split, in sorted order."""
    base = split_dir(data_dir, split)
    first: dict[str, Path] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        first.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return [(base / "text" / f"{name}.txt", ann) for name, ann in sorted(first.items())]


def gold_sha256(data_dir: Path, split: str = "dev") -> str:
    """A hash of the gold annotation files scored (first .ann per text), to pin floors to a gold set."""
    return files_sha256(ann for _, ann in gold_files(data_dir, split))


def read_text(path: Path) -> str:
    """A text file exactly as the offsets see it (no newline translation)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def read_relations(ann: Path) -> list[Relation]:
    """The scored relations of one brat file: those with a Cue and a Content."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[list[str]] = []
    for line in read_text(ann).splitlines():
        if m := _T_LINE.match(line):
            pieces = tuple(tuple(int(x) for x in p.split()) for p in m.group(3).split(";"))
            spans[m.group(1)] = (m.group(2), pieces)  # type: ignore[assignment]
        elif m := _E_LINE.match(line):
            events.append(m.group(2).split())
    relations = []
    for parts in events:
        roles: dict[str, list[tuple[int, int]]] = {"Source": [], "Cue": [], "Content": []}
        for part in parts[1:]:
            role, ref = part.split(":", 1)
            role = "Content" if role.startswith("Content") else role
            if role in roles and ref in spans:
                roles[role].extend(spans[ref][1])
        if roles["Cue"] and roles["Content"]:
            relations.append(Relation(tuple(roles["Source"]), tuple(roles["Cue"]), tuple(roles["Content"])))
    return relations


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _tokens(text: str, spans: Spans) -> list[str]:
    return [w.lower() for s, e in spans for w in _WORD.findall(text[s:e])]


def token_f1(text: str, predicted: Spans, gold: Spans) -> float:
    """Token F1 (``\\w+`` runs, as multisets) between two span sets; both empty = 1, one empty = 0."""
    p, g = _tokens(text, predicted), _tokens(text, gold)
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    common = 0
    rest = list(g)
    for word in p:
        if word in rest:
            rest.remove(word)
            common += 1
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


def match(statements: Iterable[Statement], relations: list[Relation]) -> list[tuple[Statement, Relation]]:
    """One-to-one greedy matching: cue overlap and content overlap, best content overlap first."""
    pairs = []
    for i, st in enumerate(statements):
        cue = ((st.cue.start, st.cue.end),)
        content = ((st.content.start, st.content.end),)
        for j, rel in enumerate(relations):
            if _overlap(cue, rel.cue) > 0 and (size := _overlap(content, rel.content)) > 0:
                pairs.append((-size, i, j, st, rel))
    pairs.sort(key=lambda p: p[:3])
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j, st, rel in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((st, rel))
    return matched


@dataclass
class Tally:
    """Running counts over texts."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    strict: int = 0
    source_f1: float = 0.0
    content_f1: float = 0.0
    texts: int = 0

    def add(self, text: str, statements: list[Statement], relations: list[Relation]) -> None:
        self.texts += 1
        self.predicted += len(statements)
        self.gold += len(relations)
        for st, rel in match(statements, relations):
            self.matched += 1
            source = ((st.speaker.start, st.speaker.end),) if st.speaker else ()
            self.source_f1 += token_f1(text, source, rel.source)
            content = token_f1(text, ((st.content.start, st.content.end),), rel.content)
            self.content_f1 += content
            self.strict += content >= 0.8

    def metrics(self) -> dict[str, Any]:
        def prf(hits: int) -> tuple[float, float, float]:
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        p, r, f = prf(self.matched)
        sp, sr, sf = prf(self.strict)
        m = self.matched or 1
        return {
            "texts": self.texts,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "relation_precision": round(p, 4),
            "relation_recall": round(r, 4),
            "relation_f1": round(f, 4),
            "source_token_f1": round(self.source_f1 / m, 4),
            "content_token_f1": round(self.content_f1 / m, 4),
            "strict_content_precision": round(sp, 4),
            "strict_content_recall": round(sr, 4),
            "strict_content_f1": round(sf, 4),
        }


def _articles(pairs: list[tuple[Path, Path]]) -> Iterator[Article]:
    for text_path, _ in pairs:
        yield Article(id=text_path.stem, text=read_text(text_path), source_path=str(text_path))


def evaluate(data_dir: Path, *, split: str = "dev", limit: int | None = None) -> dict:
    """Run the pipeline over a PolNeAR split and score its statements against the gold relations."""
    from ..nlp.pipeline import load_pipeline, parse

    pairs = gold_files(Path(data_dir), split)[:limit]
    tally = Tally()
    nlp = load_pipeline(stages=("sayso_statements",))
    for (_, ann), doc in zip(pairs, parse(nlp, _articles(pairs)), strict=True):
        tally.add(doc.text, list(doc._.sayso_statements or ()), read_relations(ann))
    return {"corpus": "polnear", "split": split, **tally.metrics()}


def render(metrics: dict) -> str:
    """A plain-text table of the PolNeAR figures."""
    head = f"PolNeAR {metrics['split']}: {metrics['texts']} texts, {metrics['gold']} gold relations, "
    head += f"{metrics['predicted']} statements, {metrics['matched']} matched"
    rows = [
        ("relation", "relation_precision", "relation_recall", "relation_f1"),
        ("strict content", "strict_content_precision", "strict_content_recall", "strict_content_f1"),
    ]
    lines = [head, "", f"{'':16s} {'P':>7s} {'R':>7s} {'F1':>7s}"]
    for label, p, r, f in rows:
        lines.append(f"{label:16s} {metrics[p]:7.3f} {metrics[r]:7.3f} {metrics[f]:7.3f}")
    lines.append("")
    lines.append(f"{'source token F1 (matched)':28s} {metrics['source_token_f1']:.3f}")
    lines.append(f"{'content token F1 (matched)':28s} {metrics['content_token_f1']:.3f}")
    return "\n".join(lines)
