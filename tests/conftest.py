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
