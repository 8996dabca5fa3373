"""Parsing on several processes gives what one process gives, bad inputs included, in input order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso.cli import app

from wirebatch import write_batch

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    return write_batch(tmp_path_factory.mktemp("scale"))


def test_two_workers_print_what_one_worker_prints(batch: Path) -> None:
    one = CliRunner().invoke(app, ["extract", str(batch), "--published", "2024-12-01"])
    two = CliRunner().invoke(app, ["extract", str(batch), "--published", "2024-12-01", "--workers", "2"])
    assert one.exit_code == two.exit_code == 1  # the binary file
    assert one.stdout == two.stdout
    records = [json.loads(line) for line in two.stdout.splitlines()]
    assert [r["article"]["source_path"] for r in records] == sorted(str(p) for p in batch.glob("*.txt"))
    assert sum(len(r["events"]) for r in records) >= 4
    assert "a2b.bin: binary" in two.stderr


def test_ingest_on_two_workers_stores_every_article_once(batch: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    first = CliRunner().invoke(app, ["ingest", str(batch), "--db", db, "-j", "2"])
    assert first.exit_code == 1 and "5 added, 0 already stored, 1 bad" in first.stderr
    again = CliRunner().invoke(app, ["ingest", str(batch), "--db", db, "-j", "2"])
    assert "0 added, 5 already stored, 1 bad" in again.stderr
    listed = json.loads(CliRunner().invoke(app, ["articles", "--json", "--db", db]).stdout)
    assert len(listed) == 5 and sum(a["n_events"] for a in listed) >= 4
