"""The thread commands: threads, thread, outcome, sources, speakers (on a store linked from hand-built records)."""

from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from sayso.cli import links
from sayso.link import link_new
from sayso.store import open_store
from test_link_factory import allegation, capture, denial
from test_link_threads import add


def app() -> typer.Typer:
    cli = typer.Typer()
    links.register(cli)

    @cli.callback()
    def _root() -> None:
        """test app"""

    return cli


def test_thread_commands(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    store = open_store(url)
    link_new(store, add(store, allegation(), denial(), capture()))
    store.close()
    run = CliRunner().invoke
    listed = json.loads(run(app(), ["threads", "--contested", "--json", "--db", url]).stdout)
    assert len(listed) == 1 and listed[0]["n_contradicting"] == 2
    thread_id = str(listed[0]["id"])
    shown = run(app(), ["thread", thread_id, "--db", url])
    assert shown.exit_code == 0 and "withdrew from Hama" in shown.stdout and "2 contradict" in shown.stdout
    detail = json.loads(run(app(), ["thread", thread_id, "--json", "--db", url]).stdout)
    assert "opposite polarity: denied vs asserted" in {m["reason"] for m in detail["members"]}
    bad = run(app(), ["outcome", thread_id, "--verdict", "true", "--db", url])
    assert bad.exit_code == 2 and "expected one of held, failed, mixed" in bad.stderr
    ok = run(app(), ["outcome", thread_id, "--verdict", "held", "--note", "taken", "--db", url])
    assert ok.exit_code == 0 and "v1 held" in ok.stdout
    assert json.loads(run(app(), ["threads", "--settled", "--json", "--db", url]).stdout)[0]["verdict"] == "held"
    sources = {r["name"]: r for r in json.loads(run(app(), ["sources", "--json", "--db", url]).stdout)}
    assert sources["State Radio"]["relayed"]["failed"] == 2
    speakers = run(app(), ["speakers", "--db", url])
    assert speakers.exit_code == 0 and "Syrian" in speakers.stdout and "failed" in speakers.stdout
    missing = run(app(), ["thread", "99", "--db", url])
    assert missing.exit_code == 1 and "no such thread" in missing.stderr
