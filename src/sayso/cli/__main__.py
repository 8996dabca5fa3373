"""``python -m sayso.cli``: the command line."""

from .app import main

main()
