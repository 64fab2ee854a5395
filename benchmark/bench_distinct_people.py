"""Benchmark: a generated address book of distinct people survives import, export and re-import.

Generates the peers' 10,000-card books (``gen_uniq.py``: every email and name+organization
unique; ``gen_vcards.py``: namesakes share an email address, each card its own UID) with the
measuring tools in ``../shared/peers`` (not part of this project; pass ``--peers DIR``), then for
each book: imports it into an empty folder, imports it again, exports it, and imports the export
into another empty folder. Prints counts and seconds; no assertions.
Run: ``python benchmark/bench_distinct_people.py [--cards N] [--peers DIR]``.

Measured 2026-11-27 (2 shared cores, load ~2.5; seconds are noisy, counts are not):

- uniq-10000: import 10000 new, 8 possible duplicates (7.5 s); again 0 new, 0 updated (8.8 s);
  export 10000 (4.2 s); the export into an empty folder 10000 new (8.8 s); again 0 new,
  0 updated (7.8 s).
- contacts-10000: import 10000 new, 6027 possible duplicates (8.8 s); again 0 new, 0 updated
  (8.2 s); export 10000 (4.1 s); the export into an empty folder 10000 new (11.2 s); again 0 new,
  0 updated (13.0 s).

No position or tier change is written by the second import. contacts-10000's namesakes share one
email address and have their own UIDs in one file: kept apart and proposed as possible duplicates.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from netzwerk_app.core.database import open_database
from netzwerk_app.core.duplicates import find_duplicates
from netzwerk_app.vcard import export_vcards, import_vcard_files


def count(db) -> int:
    return db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]


def timed(label: str, fn):
    start = time.perf_counter()
    value = fn()
    print(f"  {label:<44} {time.perf_counter() - start:7.2f} s")
    return value


def run_book(path: Path, folder: Path) -> None:
    print(f"{path.name}")
    db = open_database(folder / "first")
    first = timed("import into an empty folder", lambda: import_vcard_files(db, [path]))
    print(f"    {first.result.summary()}; contacts: {count(db)}")
    again = timed("the same file again", lambda: import_vcard_files(db, [path]))
    print(f"    {again.result.summary()}; contacts: {count(db)}")
    history = db.execute_sql(
        "SELECT (SELECT count(*) FROM position), (SELECT count(*) FROM tier_change)"
    ).fetchone()
    print(f"    positions, tier changes after both imports: {history}")
    scanned = timed("scan for possible duplicates", lambda: find_duplicates(db))
    print(f"    scan: {scanned} new pair(s)")
    out = folder / f"export-{path.stem}.vcf"
    exported = timed("export", lambda: export_vcards(db, out))
    print(f"    exported: {exported}")
    db.close()
    other = open_database(folder / "second")
    back = timed("export imported into an empty folder", lambda: import_vcard_files(other, [out]))
    print(f"    {back.result.summary()}; contacts: {count(other)}")
    twice = timed("the export again", lambda: import_vcard_files(other, [out]))
    print(f"    {twice.result.summary()}; contacts: {count(other)}")
    other.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument(
        "--peers", default=str(Path(__file__).resolve().parents[2] / "shared" / "peers")
    )
    args = parser.parse_args()
    peers = Path(args.peers)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for script, name in (("gen_uniq.py", "uniq"), ("gen_vcards.py", "contacts")):
            subprocess.run(
                [sys.executable, str(peers / script), str(args.cards), str(folder)],
                check=True,
                capture_output=True,
            )
            book = folder / f"{name}-{args.cards}.vcf"
            run_book(book, folder / name)


if __name__ == "__main__":
    main()
