"""Every setting declared once: name, default, environment variable and help.

The CLI flags, the environment variables and ``docs/cli.md`` are all driven by :data:`SETTINGS`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: str | int | None
    env: str
    help: str

    def value(self) -> str | int | None:
        """The environment's value for this setting, else its default."""
        raw = os.environ.get(self.env)
        if raw is None or raw == "":
            return self.default
        return int(raw) if isinstance(self.default, int) else raw


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("db", "sqlite:///sayso.db", "SAYSO_DB", "Store URL (SQLite file or postgresql+psycopg://...)."),
        Setting("data", "../shared/data", "SAYSO_DATA", "Folder of the evaluation corpora."),
        Setting("token", None, "SAYSO_TOKEN", "Bearer token that enables writes in the desk; unset = read-only."),
        Setting("cache", None, "SAYSO_CACHE", "Cache folder (gazetteer index); default ~/.cache/sayso."),
        Setting("host", "127.0.0.1", "SAYSO_HOST", "Address the desk listens on."),
        Setting("port", 8000, "SAYSO_PORT", "Port the desk listens on."),
        Setting("workers", 1, "SAYSO_WORKERS", "Processes that parse in parallel (0 = every core)."),
        Setting(
            "ray",
            None,
            "SAYSO_RAY",
            "Parse on Ray: 'local' starts it on this machine, else a cluster address ('auto', "
            "'ray://head:10001'); --workers then counts actors (0 = one per CPU). Needs sayso[ray].",
        ),
        Setting("max_input_bytes", 20_000_000, "SAYSO_MAX_INPUT_BYTES", "Largest input file read, in bytes."),
        Setting(
            "similarity",
            "auto",
            "SAYSO_SIMILARITY",
            "Claim similarity: auto (MiniLM if installed), minilm or ngrams.",
        ),
        Setting("tile_url", None, "SAYSO_TILE_URL", "Optional map tile URL template for the desk."),
    )
}


def get(name: str) -> str | int | None:
    """The current value of setting ``name``."""
    return SETTINGS[name].value()
