"""Parsing on Ray actors gives what one process gives, bad inputs included, and leaves no Ray running."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sayso.cli import app

from wirebatch import write_batch

ray = pytest.importorskip("ray")  # installed by `make` (requirements-dev.txt); optional for users
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    return write_batch(tmp_path_factory.mktemp("ray"))


def test_ray_actors_print_what_one_process_prints(batch: Path) -> None:
    one = CliRunner().invoke(app, ["extract", str(batch), "--published", "2024-12-01"])
    on_ray = CliRunner().invoke(app, ["extract", str(batch), "--published", "2024-12-01", "--ray", "local", "-j", "2"])
    assert one.exit_code == on_ray.exit_code == 1  # the binary file
    assert one.stdout == on_ray.stdout
    assert len(on_ray.stdout.splitlines()) == 5 and "a2b.bin: binary" in on_ray.stderr
    assert not ray.is_initialized()  # the local instance it started is stopped


def test_ingest_on_ray_stores_every_article_once(batch: Path, tmp_path: Path) -> None:
    from sayso.ingestion import ingest
    from sayso.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    first = ingest([batch], store, workers=2, ray="local")
    assert (len(first.added), first.already, len(first.bad)) == (5, 0, 1)
    again = ingest([batch], store, workers=2, ray="local")
    assert (len(again.added), again.already, len(again.bad)) == (0, 5, 1)
    listed = json.loads(CliRunner().invoke(app, ["articles", "--json", "--db", store.url]).stdout)
    assert len(listed) == 5 and sum(a["n_events"] for a in listed) >= 4
    assert not ray.is_initialized()


def test_without_ray_installed_the_error_says_how_to_get_it(batch: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray fails
    result = CliRunner().invoke(app, ["extract", str(batch), "--ray", "local"])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.strip() == "sayso: Ray is not installed: pip install 'sayso[ray]'"


def test_an_address_where_no_cluster_listens_fails_at_once_naming_it(batch: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(app, ["ingest", str(batch), "--db", "sqlite:///:memory:", "--ray", f"127.0.0.1:{port}"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith(f"sayso: no Ray cluster at 127.0.0.1:{port}: ")
