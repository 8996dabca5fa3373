"""Shared fixtures: the real spaCy pipeline, the shared data folder, temporary stores."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def shared_data_dir() -> Path:
    """``SAYSO_DATA`` or ``../shared/data`` beside the repository."""
    return Path(os.environ.get("SAYSO_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    path = shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (set SAYSO_DATA)")
    return path


@pytest.fixture(scope="session")
def nlp():
    from sayso.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_path(data_dir: Path) -> Path:
    files = sorted((data_dir / "seed").glob("*.txt"))
    if not files:
        pytest.skip("seed article not found")
    return files[0]


# --- stores on both backends -------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server():
    from pgserver import available, running_server

    reason = available()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {reason}")
        pytest.skip(reason)
    with running_server() as url:
        yield url


_DB_COUNTER = iter(range(1_000_000))


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path) -> str:
    """A fresh, empty store URL: a SQLite file, then a database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    from pgserver import fresh_database

    admin = request.getfixturevalue("pg_server")
    return fresh_database(admin, f"t{next(_DB_COUNTER)}_{os.getpid()}")


@pytest.fixture
def store(store_url: str):
    from sayso.store import open_store

    s = open_store(store_url)
    yield s
    s.close()


# --- every record the suite produces is checked against the JSON Schema -------------------------

_INVALID: list[str] = []


def pytest_configure(config) -> None:
    from sayso.records import Record

    original = Record.to_dict

    def checked(self):  # type: ignore[no-untyped-def]
        from sayso.contract import record_problems

        data = original(self)
        problems = record_problems(data)
        if problems:
            _INVALID.append(f"article {data['article']['id']}: {problems[:3]}")
        return data

    Record.to_dict = checked  # type: ignore[method-assign]
    config.sayso_records_checked = True


def pytest_sessionfinish(session, exitstatus) -> None:
    if _INVALID:
        session.exitstatus = 1
        tr = session.config.pluginmanager.get_plugin("terminalreporter")
        if tr:
            tr.write_line(f"{len(_INVALID)} record(s) violate the contract schema:", red=True)
            for line in _INVALID[:20]:
                tr.write_line("  " + line, red=True)
