"""Peak memory of reading a large vCard file: memory-mapped (as the app does) vs. read whole.

Usage: python benchmark/bench_read_memory.py [CARDS]   (default 100000; prints MB and seconds)
Each measurement runs in a fresh process. "heap peak" is the peak of Python allocations
(tracemalloc: the records plus, when read whole, the file's bytes); resident memory would count
the mapped file's pages too, although the kernel can drop those at any time.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import sys, time, tracemalloc
from pathlib import Path
from netzwerk_app import vcard
path, mode = Path(sys.argv[1]), sys.argv[2]
if mode == "whole":
    vcard.MAP_ABOVE_BYTES = 1 << 62
tracemalloc.start()
start = time.perf_counter()
result = vcard.read_vcard_file(path)
seconds = time.perf_counter() - start
current, peak = tracemalloc.get_traced_memory()
print(f"{mode:<7} {result.cards:>7} cards  {seconds:6.2f} s (traced)"
      f"  records {current / 1e6:7.1f} MB  heap peak {peak / 1e6:7.1f} MB")
"""


def main() -> None:
    cards = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    sys.path.insert(0, str(HERE))
    from bench_import import make_file

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.vcf"
        make_file(path, cards)
        print(f"file: {cards} cards, {path.stat().st_size / 1e6:.1f} MB (10% with a 12 kB photo)")
        for mode in ("mapped", "whole"):
            subprocess.run([sys.executable, "-c", CHILD, str(path), mode], check=True)


if __name__ == "__main__":
    main()
