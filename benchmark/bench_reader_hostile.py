"""Benchmark: the vCard reader on hostile inputs; prints time and peak memory per input.

Inputs (sizes with ``--quick`` in brackets):
- ``unclosed``: 10,000 [2,000] cards, none with ``END:VCARD``;
- ``missing-end``: 2,000 [500] real cards (tests/data/vcards) with every ``END:VCARD`` removed;
- ``tiny``: 1,000,000 [100,000] tiny cards;
- ``photo``: one card with a 200 MB [20 MB] folded base64 photo.

Each input is written to a temporary file and read in a fresh process by `read_vcard_file`, as
the importer reads it (``mode read``: all records kept), and by `iter_cards` over the mapped file
(``mode stream``: records dropped as they come, the reader's own cost). Times are wall clock
and, in brackets, the CPU time of the process (steadier on a shared machine). "peak RSS" is the
process's maximum resident set (getrusage; includes the interpreter, about 20 MB, and the mapped
file's pages touched); "heap peak" is the peak of Python allocations (tracemalloc, ``--heap``,
a separate run, slower). Prints numbers only; no assertions.

Run: ``python benchmark/bench_reader_hostile.py [--quick] [--only NAME ...] [--heap]``.
"""

from __future__ import annotations

import argparse
import base64
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "vcards"

CHILD = r"""
import mmap, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[4])
from netzwerk_app import vcard
path, mode, heap = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
if heap:
    tracemalloc.start()
start, cpu_start = time.perf_counter(), time.process_time()
if mode == "read":
    result = vcard.read_vcard_file(path)
    cards, records = result.cards, len(result.records)
    warnings = sum(p.severity == "warning" for p in result.problems)
    errors = sum(p.severity == "error" for p in result.problems)
else:
    cards = records = warnings = errors = 0
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        for item in vcard.iter_cards(data):
            if isinstance(item, vcard.Problem):
                warnings += item.severity == "warning"
                errors += item.severity == "error"
                continue
            cards += 1
            records += item.record is not None
            warnings += sum(p.severity == "warning" for p in item.problems)
            errors += sum(p.severity == "error" for p in item.problems)
seconds = time.perf_counter() - start
cpu = time.process_time() - cpu_start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
line = (f"{mode:<6} {seconds:8.2f} s (cpu {cpu:7.2f} s)  peak RSS {rss:8.1f} MB"
        f"  cards {cards:>8}  records {records:>8}  warnings {warnings:>8}  errors {errors:>6}")
if heap:
    line += f"  heap peak {tracemalloc.get_traced_memory()[1] / 1e6:8.1f} MB"
print(line, flush=True)
"""


def write_unclosed(path: Path, cards: int) -> None:
    with path.open("wb") as out:
        for i in range(cards):
            card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nTEL:+41 79 000 {i:05d}\r\n"
            out.write(card.encode())


def real_cards() -> list[bytes]:
    """Every card of the real-world corpus, as bytes (UTF-8 files only, so they concatenate)."""
    cards = []
    for file in sorted(CORPUS.glob("*.vcf")):
        data = file.read_bytes()
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            continue
        data = data.removeprefix(b"\xef\xbb\xbf")
        for m in re.finditer(rb"(?is)begin:vcard.*?end:vcard[ \t]*\r?\n?", data):
            cards.append(m[0])
    return cards


def write_missing_end(path: Path, cards: int) -> None:
    source = real_cards()
    end = re.compile(rb"(?im)^end:vcard[ \t]*\r?\n?")
    with path.open("wb") as out:
        for i in range(cards):
            card = source[i % len(source)]
            out.write(end.sub(b"", card))
            if not card.endswith(b"\n"):
                out.write(b"\r\n")


def write_tiny(path: Path, cards: int) -> None:
    with path.open("wb") as out:
        chunk = []
        for i in range(cards):
            chunk.append(f"BEGIN:VCARD\r\nFN:P{i}\r\nEND:VCARD\r\n")
            if len(chunk) == 10_000:
                out.write("".join(chunk).encode())
                chunk = []
        out.write("".join(chunk).encode())


def write_photo(path: Path, megabytes: int) -> None:
    rng = random.Random(1)
    block = base64.b64encode(b"\xff\xd8\xff\xe0" + rng.randbytes(3 * 1024 * 1024 - 4))
    total = megabytes * 1024 * 1024
    with path.open("wb") as out:
        out.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:")
        written = 0
        first = True
        while written < total:
            for i in range(0, len(block), 74):
                if not first:
                    out.write(b"\r\n ")
                first = False
                out.write(block[i : i + 74])
            written += len(block)
        out.write(b"\r\nEMAIL:big@example.com\r\nEND:VCARD\r\n")
        out.write(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:After the photo\r\nEND:VCARD\r\n")


INPUTS = {
    "unclosed": (write_unclosed, 10_000, 2_000, "cards without END:VCARD"),
    "missing-end": (write_missing_end, 2_000, 500, "real cards without END:VCARD"),
    "tiny": (write_tiny, 1_000_000, 100_000, "tiny cards"),
    "photo": (write_photo, 200, 20, "MB folded photo in one card"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs")
    parser.add_argument("--only", nargs="*", choices=sorted(INPUTS), help="inputs to run")
    parser.add_argument("--modes", nargs="*", default=["read", "stream"], help="read, stream")
    parser.add_argument("--heap", action="store_true", help="also measure the Python heap")
    args = parser.parse_args()
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"], capture_output=True, text=True
    ).stdout.strip()
    print(f"at {commit}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or list(INPUTS):
            write, full, quick, what = INPUTS[name]
            size = quick if args.quick else full
            path = Path(tmp) / f"{name}.vcf"
            write(path, size)
            print(f"{name}: {size:,} {what}, file {path.stat().st_size / 1e6:.1f} MB", flush=True)
            for mode in args.modes:
                for heap in (False, True) if args.heap else (False,):
                    subprocess.run(
                        [sys.executable, "-c", CHILD, str(path), mode, str(int(heap)), str(ROOT)],
                        check=True,
                    )
            path.unlink()


if __name__ == "__main__":
    main()
