"""Ingest is safe: bad inputs are reported and skipped, re-runs add nothing, kill -9 loses nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from sayso.cli import app

pytestmark = pytest.mark.model

GOOD = [
    "ALEPPO (Test Wire) — Shelling hit the eastern districts of Aleppo on Sunday, killing four civilians, "
    "a monitor said.\n",
    "IDLIB (Test Wire) — Government forces said they had repelled an attack near Saraqib on Monday.\n",
]


def write_batch(root: Path) -> dict[str, str]:
    """A folder of good and bad inputs; returns the expected reason for each bad path (or path:line)."""
    root.mkdir(parents=True, exist_ok=True)
    for i, body in enumerate(GOOD):
        (root / f"good{i}.txt").write_text(body, encoding="utf-8")
    (root / "batch.jsonl").write_text(
        json.dumps({"text": "Clashes erupted in Daraa on Tuesday, residents said.", "outlet": "J"})
        + "\n"
        + "{oops\n"
        + json.dumps({"title": "no text"})
        + "\n",
        encoding="utf-8",
    )
    (root / "binary.bin").write_bytes(b"\x00\x01\x02\x03" * 64)
    (root / "empty.txt").write_bytes(b"")
    (root / "latin1.txt").write_bytes("Déraa".encode("latin-1"))
    (root / "blank.html").write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    with (root / "huge.txt").open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    return {
        f"{root / 'batch.jsonl'}:2": "not JSON",
        f"{root / 'batch.jsonl'}:3": "text",
        str(root / "binary.bin"): "binary",
        str(root / "empty.txt"): "empty",
        str(root / "latin1.txt"): "invalid UTF-8",
        str(root / "blank.html"): "no main text",
        str(root / "huge.txt"): "too large",
    }


def article_ids(db: Path) -> list[str]:
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        ids = [row[0] for row in conn.execute(text("SELECT id FROM articles"))]
    engine.dispose()
    return ids


def test_a_batch_with_bad_inputs_stores_every_good_article_and_reports_each_bad_one(tmp_path: Path) -> None:
    expected = write_batch(tmp_path / "in")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", f"sqlite:///{db}"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("sayso: ") and ": " in line[7:]]
    for where, reason in expected.items():
        assert any(line.startswith(f"sayso: {where}: ") and reason in line for line in errors), where
    assert "3 added, 0 already stored, 7 bad" in result.stderr
    assert len(article_ids(db)) == 3

    again = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", f"sqlite:///{db}"])
    assert "0 added, 3 already stored, 7 bad" in again.stderr
    assert sorted(article_ids(db)) == sorted(set(article_ids(db))) and len(article_ids(db)) == 3


def test_reingesting_the_same_inputs_adds_nothing(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD[0], encoding="utf-8")
    (src / "copy.txt").write_text(GOOD[0] + "\n", encoding="utf-8")  # same article from two files
    db = f"sqlite:///{tmp_path / 's.db'}"
    first = CliRunner().invoke(app, ["ingest", str(src), "--db", db])
    assert first.exit_code == 0 and "1 added, 1 already stored, 0 bad" in first.stderr
    second = CliRunner().invoke(app, ["ingest", str(src), "--db", db])
    assert second.exit_code == 0 and "0 added, 2 already stored" in second.stderr


def test_kill_9_mid_batch_then_the_same_command_leaves_every_article_exactly_once(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    n = 40
    for i in range(n):
        (src / f"a{i:03}.txt").write_text(
            f"HOMS (Test Wire) — Report number {i}: clashes were reported in the countryside of Homs "
            f"on day {i}, and the army said it had sent reinforcements.\n" * 3,
            encoding="utf-8",
        )
    db = tmp_path / "s.db"
    command = [sys.executable, "-m", "sayso.cli", "ingest", str(src), "--db", f"sqlite:///{db}"]
    log = tmp_path / "first-run.stderr"
    with log.open("wb") as errors:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
    deadline = time.monotonic() + 300  # a loaded machine may take long to load the model and gazetteer
    stored: list[str] = []
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                stored = article_ids(db)
            except Exception:  # noqa: BLE001 - the schema may not exist yet
                continue
            if 0 < len(stored) < n:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < len(stored) < n, f"not interrupted part-way (exit {proc.returncode}): {log.read_text()[-2000:]}"
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    ids = article_ids(db)
    assert len(ids) == n and len(set(ids)) == n


def test_extract_prints_contract_records_and_reports_bad_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD[0], encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00\x00\x00binary")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--published", "2024-12-01"])
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record["version"] == 1 and record["article"]["text"] == GOOD[0]
    assert record["article"]["published"] == "2024-12-01"
    assert f"sayso: {tmp_path / 'b.bin'}: binary" in result.stderr


def test_extract_reads_standard_input() -> None:
    result = CliRunner().invoke(app, ["extract", "-", "--outlet", "Pasted"], input=GOOD[1])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["article"]["outlet"] == "Pasted" and record["article"]["source_path"] == "-"


def test_articles_and_show_read_the_store_back(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD[0], encoding="utf-8")
    db = f"sqlite:///{tmp_path / 's.db'}"
    CliRunner().invoke(app, ["ingest", str(src), "--db", db])
    listed = json.loads(CliRunner().invoke(app, ["articles", "--json", "--db", db]).stdout)
    assert len(listed) == 1 and listed[0]["dateline_place"] == "Aleppo"
    shown = CliRunner().invoke(app, ["show", listed[0]["id"][:8], "--json", "--db", db])
    assert json.loads(shown.stdout)["article"]["id"] == listed[0]["id"]
    missing = CliRunner().invoke(app, ["show", "deadbeef", "--db", db])
    assert missing.exit_code == 1 and "deadbeef: no such article" in missing.stderr
    table = CliRunner().invoke(app, ["articles", "--db", db])
    assert listed[0]["id"] in table.stdout


def test_a_rerun_links_articles_that_a_cut_off_run_stored_but_did_not_link(tmp_path: Path) -> None:
    from sayso import ReadOptions, ingest, open_store
    from sayso.store import threads as ts

    src = tmp_path / "in"
    src.mkdir()
    for i, body in enumerate(GOOD):
        (src / f"a{i}.txt").write_text(body, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.db'}"
    store = open_store(url)
    first = ingest([src], store, ReadOptions(published=None), link=False)  # as if killed before linking
    assert len(first.added) == 2
    with store.engine.connect() as conn:
        assert ts.unthreaded_articles(conn, first.added) == sorted(first.added)
    again = ingest([src], store, ReadOptions(published=None))
    assert again.added == [] and again.already == 2 and again.linked is not None and again.linked.linked >= 2
    with store.engine.connect() as conn:
        assert ts.unthreaded_articles(conn, first.added) == []
    third = ingest([src], store, ReadOptions(published=None))
    assert third.linked is not None and third.linked.linked == 0  # nothing left to link
    store.close()
