"""Walking inputs (files, directories, ``-``), guarding against bad bytes, dispatching by format."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..records import Article
from .base import BadInput, ReadOptions
from .detect import detect_format
from .feeds import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text
from .warc import read_warc

Item = Article | BadInput


def read_inputs(paths: Iterable[str | os.PathLike[str]], opts: ReadOptions = ReadOptions()) -> Iterator[Item]:
    """Every article (or bad input) in ``paths``; directories are walked recursively in sorted order."""
    for raw in paths:
        name = os.fspath(raw)
        if name == "-":
            yield from read_bytes(sys.stdin.buffer.read(opts.max_bytes + 1), "-", opts)
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)):
                yield from read_file(child, opts)
        elif path.exists():
            yield from read_file(path, opts)
        else:
            yield BadInput(name, "no such file or directory")


def read_file(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """The articles in one file, after checking its size."""
    size = path.stat().st_size
    if size > opts.max_bytes:
        yield BadInput(str(path), f"file too large ({size:,} bytes; the limit is {opts.max_bytes:,})")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield BadInput(str(path), f"cannot read ({exc.strerror})")
        return
    yield from read_bytes(data, str(path), opts)


def read_bytes(data: bytes, name: str, opts: ReadOptions) -> Iterator[Item]:
    """The articles in ``data`` (the bytes of the input called ``name``)."""
    if len(data) > opts.max_bytes:
        yield BadInput(name, f"input too large (more than {opts.max_bytes:,} bytes)")
        return
    if not data.strip():
        yield BadInput(name, "empty input")
        return
    fmt = opts.fmt if opts.fmt != "auto" else detect_format(name, data)
    if fmt == "warc":
        yield from read_warc(data, opts, name)
        return
    if fmt == "rss":
        yield from read_feed(data, opts, name)
        return
    if b"\x00" in data[:8192]:
        yield BadInput(name, "binary file (contains NUL bytes), not text")
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield BadInput(name, f"invalid UTF-8 at byte {exc.start}")
        return
    if fmt == "jsonl":
        yield from read_jsonl(text, opts, name)
    elif fmt == "html":
        yield read_html(text, opts, name)
    else:
        yield read_text(text, opts, name)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)
