"""How much the grounding stages (places, times, quantities) add to spaCy's parse of the same texts.

    .venv/bin/python benchmarks/places_speed.py [--data ../shared/data/geowebnews] [--limit 200]

Parses the texts once with the bare model (timed), then runs each grounding stage's component over
the parsed Docs (timed), in the same process, and prints each stage's time and the ratio to the parse.
The gazetteer is loaded before timing; its load time is printed on its own (target: < 2 s).
"""

from __future__ import annotations

import argparse
import time
import xml.etree.ElementTree as ET
from pathlib import Path

GROUNDING = ("sayso_places", "sayso_times", "sayso_quantities")
REPO = Path(__file__).resolve().parent.parent


def texts(data: Path, limit: int) -> list[str]:
    """GeoWebNews article texts (or the seed article when the corpus is absent)."""
    gwn = data / "GWN.xml"
    if gwn.is_file():
        return [a.findtext("text") or "" for a in ET.parse(gwn).getroot().iter("article")][:limit]
    return [p.read_text(encoding="utf-8") for p in sorted((data.parent / "seed").glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "geowebnews")
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()

    import spacy

    from sayso.gazetteer import get_gazetteer
    from sayso.nlp.pipeline import MODEL, add_sayso_components

    start = time.perf_counter()
    get_gazetteer()
    load = time.perf_counter() - start

    nlp = spacy.load(MODEL)
    corpus = texts(args.data, args.limit)
    list(nlp.pipe(corpus[:5]))  # warm up
    start = time.perf_counter()
    docs = list(nlp.pipe(corpus))
    parse = time.perf_counter() - start

    print(f"gazetteer load: {load:.2f} s")
    print(f"spaCy parse of {len(docs)} texts ({sum(map(len, corpus))} chars): {parse:.2f} s")
    total = 0.0
    for stage in GROUNDING:
        try:
            add_sayso_components(nlp, (stage,))
        except (ImportError, KeyError, ValueError) as err:
            print(f"{stage}: not available ({err})")
            continue
        component = nlp.get_pipe(stage)
        start = time.perf_counter()
        try:
            for doc in docs:
                component(doc)
        except Exception as err:  # another stage's bug must not hide the others' figures
            print(f"{stage}: failed ({type(err).__name__}: {err})")
            continue
        took = time.perf_counter() - start
        total += took
        print(f"{stage}: {took:.3f} s = {took / parse:.1%} of the parse")
    print(f"grounding stages together: {total:.3f} s = {total / parse:.1%} of the parse (target <= 10%)")


if __name__ == "__main__":
    main()
