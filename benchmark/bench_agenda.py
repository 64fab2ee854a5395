"""The 30-day agenda over a synthetic database (issue 16): `care.due_agenda` from 2026-11-27 to
2026-12-27 over n contacts with ten touchpoints each, as `run.py`'s synthetic figure takes it.

The database is built once in FOLDER (`run.py`'s `_fill`: raw sqlite3 inserts) and reused by
later runs; each run prints the best and the median wall and CPU time of a few calls.

    python benchmark/bench_agenda.py [--n 100000] [--runs 5] [--folder /tmp/nz-agenda-100k]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="contacts (default 100000)")
    parser.add_argument("--runs", type=int, default=5, help="calls timed (best is printed)")
    parser.add_argument("--folder", help="the data folder (default /tmp/nz-agenda-<n>)")
    args = parser.parse_args()
    os.environ.setdefault("NETZWERK_TODAY", "2026-11-27")  # the day run.py's data is made for
    from netzwerk_app.core import care, clock
    from netzwerk_app.core.database import DB_FILENAME, open_database

    clock.set_today(dt.date.fromisoformat(os.environ["NETZWERK_TODAY"]))
    folder = Path(args.folder or f"/tmp/nz-agenda-{args.n}")
    fresh = not (folder / DB_FILENAME).exists()
    db = open_database(folder, daily=False)
    if fresh:
        from run import _fill

        started = time.process_time()
        rows = _fill(db, args.n, 10)
        print(f"built {folder}: {rows:,} rows in {time.process_time() - started:.1f} s CPU")
    walls, cpus = [], []
    items = []
    for _ in range(args.runs):
        wall, cpu = time.perf_counter(), time.process_time()
        items = care.due_agenda(db, dt.date(2026, 11, 27), dt.date(2026, 12, 27))
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    db.close()
    print(
        f"30-day agenda, {args.n:,} contacts, {args.n * 10:,} touchpoints: {len(items):,} items,"
        f" best of {args.runs}: {min(walls) * 1000:.0f} ms wall, {min(cpus) * 1000:.0f} ms CPU"
        f" (median {statistics.median(walls) * 1000:.0f} ms wall,"
        f" {statistics.median(cpus) * 1000:.0f} ms CPU)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
