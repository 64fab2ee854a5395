"""Benchmark the contact list with 100,000 contacts: building the model, each search keystroke,
sorting and filtering by tier, and opening the main window. Prints numbers; asserts nothing.

Run: QT_QPA_PLATFORM=offscreen python benchmark/bench_gui_list.py [--contacts N]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
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
