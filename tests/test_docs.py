"""The docs are part of the product: help with examples, settings documented, the reference current."""

from __future__ import annotations

from pathlib import Path

import pytest

import sayso
from sayso.cli.reference import all_commands, cli_reference
from sayso.settings import SETTINGS

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("path, command", all_commands(), ids=[p for p, _ in all_commands()])
def test_every_command_has_help_with_an_example(path: str, command) -> None:
    assert command.help and "Example: sayso" in command.help, f"{path} needs help with an example"


def test_cli_reference_is_current() -> None:
    assert (REPO / "docs" / "cli.md").read_text(encoding="utf-8") == cli_reference(), (
        "docs/cli.md is stale: python -m sayso.cli.reference > docs/cli.md"
    )


def test_every_setting_is_documented_in_the_reference() -> None:
    reference = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    for setting in SETTINGS.values():
        assert f"`{setting.env}`" in reference


def test_public_api_is_what_the_readme_says() -> None:
    assert sorted(sayso.__all__) == [
        "BadInput",
        "ReadOptions",
        "Record",
        "Store",
        "extract",
        "ingest",
        "open_store",
    ]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in ("sayso.extract", "sayso.ingest", "sayso.open_store"):
        assert name in readme
    for name in sayso.__all__:
        assert getattr(sayso, name) is not None


def test_readme_opens_with_what_sayso_is_and_its_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert (REPO / ".ci" / "run").read_text().count("make test") == 1


def test_importing_sayso_loads_no_model() -> None:
    import subprocess
    import sys

    code = "import sayso, sys; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_public_functions_stay_functions_after_the_cli_and_desk_are_imported() -> None:
    """A submodule named like a public function would replace it on the package once imported."""
    import subprocess
    import sys

    code = (
        "import sayso, sayso.cli, sayso.web.app, sayso.scale.local; "
        "from sayso import extract, ingest, open_store; "
        "print(all(callable(f) and type(f).__name__ == 'function' for f in "
        "(sayso.extract, sayso.ingest, sayso.open_store, extract, ingest, open_store)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
