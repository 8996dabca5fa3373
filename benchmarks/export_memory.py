"""Exports stream: peak memory while exporting a store of N events stays flat as N grows.

Builds synthetic SQLite stores of 100,000 and 1,000,000 events (in a temp folder), exports each as
ACLED CSV to /dev/null in a fresh child process, and prints the child's peak RSS and time.

    python benchmarks/export_memory.py [--sizes 100000 1000000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

CHILD = """
import resource, sys
from sayso.export import export
from sayso.store import EventFilter, open_store
store = open_store(sys.argv[1])
with open('/dev/null', 'w') as out:
    n = export(store, sys.argv[2], EventFilter(), out)
print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--format", default="acled-csv")
    args = parser.parse_args()
    from sayso.store import open_store

    from synthetic import fill

    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            url = f"sqlite:///{Path(tmp) / f'{size}.db'}"
            started = time.perf_counter()
            fill(open_store(url), size)
            built = time.perf_counter() - started
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", CHILD, url, args.format], capture_output=True, text=True, check=True
            )
            n, peak_mb = out.stdout.split()
            seconds = time.perf_counter() - started
            print(
                f"{size:>9} events: built in {built:.0f} s; exported {n} as {args.format} in {seconds:.1f} s "
                f"({int(n) / seconds:,.0f} events/s), peak RSS {peak_mb} MB"
            )


if __name__ == "__main__":
    main()
