"""``python -m sayso``: the command line."""

from .cli import main

main()
