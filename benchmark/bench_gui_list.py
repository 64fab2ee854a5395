"""Benchmark the contact list with 100,000 contacts: building the model, each search keystroke,
sorting and filtering by tier, and opening the main window. Prints numbers; asserts nothing.

Run: QT_QPA_PLATFORM=offscreen python benchmark/bench_gui_list.py [--contacts N]

With ``--keystrokes``: the search keystrokes exactly as `run.py`'s `Bench.synthetic` times them
(its words, each typed prefix by prefix, then cleared; `_fill`'s contacts), over a database made
once in ``--data`` (default /tmp/netzwerk-keys-N), with wall and CPU time (the machine may be
shared), the model's load, the token index's build (``--idle``: between events, as the window
does it; else the first keystroke builds it, as in run.py) and its size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from netzwerk_app.core.database import open_database
from netzwerk_app.ui import sample_data
from netzwerk_app.ui.models.contact_model import COL_NEXT_DUE, COL_ORGANIZATION, ContactTableModel


def timed(label: str, fn, repeat: int = 1) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    value = statistics.median(times)
    print(f"{label:<52} {value * 1000:9.1f} ms")
    return value


WORDS = ["müller", "anna keller", "zoë", "079 123", "stadtwerke", "chloé 12"]  # as run.py


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS"))


def time_keystrokes(args: argparse.Namespace) -> None:
    """The search keystrokes of run.py's Bench.synthetic, with CPU time beside wall time."""
    import sys

    from netzwerk_app.core.search import rebuild_search_index

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import _fill

    data = Path(args.data or f"/tmp/netzwerk-keys-{args.contacts}")
    fresh = not (data / "netzwerk.sqlite3").exists()
    db = open_database(data, daily=False)
    if fresh:
        _fill(db, args.contacts, 3)
        rebuild_search_index(db)
    app = QApplication.instance() or QApplication([])
    model = ContactTableModel(db)
    wall, cpu = time.perf_counter(), time.process_time()
    model.reload()
    print(
        f"model load: {time.perf_counter() - wall:.2f} s wall, {time.process_time() - cpu:.2f} s"
        f" CPU; RSS {_rss_mb():.0f} MB"
    )
    if args.idle and hasattr(model, "_building"):
        wall, cpu, slices = time.perf_counter(), time.process_time(), []
        while model._index is None:
            started = time.process_time()
            app.processEvents()
            slices.append(time.process_time() - started)
        print(
            f"index built between events: {time.perf_counter() - wall:.2f} s wall,"
            f" {time.process_time() - cpu:.2f} s CPU, {len(slices)} slices (CPU: longest"
            f" {max(slices) * 1000:.0f} ms, p95 {statistics.quantiles(slices, n=20)[18] * 1000:.0f}"
            f" ms); RSS {_rss_mb():.0f} MB"
        )
    elif hasattr(model, "finish_search_index"):  # no event loop: built at once, as run.py does
        wall, cpu = time.perf_counter(), time.process_time()
        model.finish_search_index()
        print(
            f"index built at once: {time.perf_counter() - wall:.2f} s wall,"
            f" {time.process_time() - cpu:.2f} s CPU; RSS {_rss_mb():.0f} MB"
        )
    for run in range(args.runs):
        walls, cpus = [], []
        for word in WORDS:
            for i in range(1, len(word) + 1):
                wall, cpu = time.perf_counter(), time.process_time()
                model.set_search(word[:i])
                walls.append((time.perf_counter() - wall) * 1000)
                cpus.append((time.process_time() - cpu) * 1000)
            model.set_search("")
        print(
            f"run {run + 1}: {len(walls)} keys, p95 {statistics.quantiles(walls, n=20)[18]:.1f} ms"
            f" wall, {statistics.quantiles(cpus, n=20)[18]:.1f} ms CPU; median"
            f" {statistics.median(cpus):.1f} ms CPU; first key {cpus[0]:.0f} ms CPU;"
            f" max {max(cpus):.0f} ms CPU"
        )
    index = getattr(model, "_index", None)
    if index is not None:
        print(f"token index: {index.size_bytes() / 1e6:.0f} MB; RSS {_rss_mb():.0f} MB")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--keystrokes", action="store_true", help="run.py's keystrokes only")
    parser.add_argument("--data", help="the database's folder (made when missing)")
    parser.add_argument("--runs", type=int, default=3, help="keystroke runs")
    parser.add_argument("--idle", action="store_true", help="build the index between events")
    args = parser.parse_args()
    if args.keystrokes:
        time_keystrokes(args)
        return
    tmp = Path(tempfile.mkdtemp(prefix="netzwerk-bench-gui-"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp / "cfg"))
    app = QApplication([])
    app.setOrganizationName("NetzwerkBench")
    db = open_database(tmp / "data")
    start = time.perf_counter()
    sample_data.fill(db, args.contacts)
    print(f"{args.contacts} contacts created in {time.perf_counter() - start:.1f} s\n")

    model = ContactTableModel(db)
    timed("build the model (read all rows, first reset)", model.reload, repeat=3)
    keystrokes = [
        "m",
        "mu",
        "mul",
        "mull",
        "mulle",
        "muller",
        "mulle",
        "mull",
        "mul",
        "mu",
        "m",
        "",
    ]
    per_key = []
    for text in keystrokes:
        start = time.perf_counter()
        model.set_search(text)
        per_key.append(time.perf_counter() - start)
        print(f"  search {text!r:<10} -> {model.rowCount():>6} rows  {per_key[-1] * 1000:7.1f} ms")
    print(
        f"{'search keystroke (median / max)':<52} {statistics.median(per_key) * 1000:9.1f} ms"
        f" / {max(per_key) * 1000:.1f} ms"
    )
    # once each: sorting again in the order shown changes nothing and costs nothing
    timed("sort by organization", lambda: model.sort(COL_ORGANIZATION, Qt.SortOrder.AscendingOrder))
    timed(
        "sort by next due, descending",
        lambda: model.sort(COL_NEXT_DUE, Qt.SortOrder.DescendingOrder),
    )
    some = model.visible_ids()[500:501]
    timed("update the list after editing one contact", lambda: model.refresh_contacts(some), 3)
    timed("filter tier B", lambda: (model.set_tier_filter("B"), model.set_tier_filter(object())), 1)

    from netzwerk_app.ui.context import AppContext
    from netzwerk_app.ui.main_window import MainWindow

    def open_window():
        window = MainWindow(AppContext(db, tmp / "data"))
        window.show()
        app.processEvents()
        window.table.scrollToBottom()
        app.processEvents()
        window.close()

    timed("open the main window, paint, scroll to the end", open_window)

    from netzwerk_app.ui.app import FIRST_ROWS

    def first_paint():
        window = MainWindow(AppContext(db, tmp / "data"), first_rows=FIRST_ROWS)
        window.show()
        app.processEvents()
        holder.append(window)

    holder: list = []
    timed(f"open the window as the app does ({FIRST_ROWS} rows first), paint", first_paint)
    timed("then read the rest of the list (after the first paint)", holder[0].complete_list)
    holder[0].close()
    db.close()


if __name__ == "__main__":
    main()
