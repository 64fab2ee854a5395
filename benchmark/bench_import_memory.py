"""Benchmark: peak memory and time of `netzwerk import` of very many cards, in one pass.

Writes N tiny cards (``BEGIN:VCARD / FN:P<i> / END:VCARD``; 1,000,000 by default, 100,000 with
``--quick``) and, optionally, the peers' 10,000-card book, then imports each into an empty data
folder with the command line in a fresh process and prints wall time, CPU time and the peak
resident set (getrusage of the child: the interpreter, SQLite's cache and everything Python
holds). A file over 24 MB is imported as it is read, a batch at a time (`core.import_run`).
Prints numbers; asserts nothing.

Run: ``python benchmark/bench_import_memory.py [--quick] [--cards N]``
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmark"))

from bench_reader_hostile import write_tiny  # noqa: E402


def measure(path: Path) -> tuple[float, float, float, str]:
    with tempfile.TemporaryDirectory() as data:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "netzwerk_app", "--data-dir", data, "import", str(path)],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = (done.stdout.strip().splitlines() or [done.stderr.strip()])[0]
    return wall, cpu, after.ru_maxrss / 1024, summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 cards")
    parser.add_argument("--cards", type=int, help="how many tiny cards")
    args = parser.parse_args()
    cards = args.cards or (100_000 if args.quick else 1_000_000)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"tiny-{cards}.vcf"
        write_tiny(path, cards)
        size = path.stat().st_size / (1024 * 1024)
        wall, cpu, peak, summary = measure(path)
        print(f"{cards:,} tiny cards ({size:.0f} MB): {wall:.1f} s (CPU {cpu:.1f} s),"
              f" peak RSS {peak:.0f} MB — {summary}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
