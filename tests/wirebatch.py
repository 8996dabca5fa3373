"""A folder of five short wire stories of our own and one binary file among them (a bad input)."""

from __future__ import annotations

from pathlib import Path

TEXTS = [
    "HOMS (Test Wire) — Shelling hit the old city of Homs on Monday, killing three civilians, medics said.",
    "DARAA (Test Wire) — Gunmen abducted two council members near Daraa on Tuesday, a monitor said.",
    "ALEPPO (Test Wire) — Government forces said they had repelled an attack north of Aleppo on Friday.",
    "IDLIB (Test Wire) — An air strike killed at least 12 people in a market in Idlib, rescuers said.",
    "RAQQA (Test Wire) — Protesters gathered in Raqqa on Sunday to demand the release of detainees.",
]


def write_batch(root: Path) -> Path:
    """``root`` with ``a0.txt`` ... ``a4.txt`` and ``a2b.bin`` (binary) between them."""
    for i, text in enumerate(TEXTS):
        (root / f"a{i}.txt").write_text(text + "\n", encoding="utf-8")
        if i == 2:
            (root / f"a{i}b.bin").write_bytes(b"\x00\x01binary")  # a bad input in the middle
    return root
