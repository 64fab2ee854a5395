"""Benchmark the tier board (and calendar) with 10,000 contacts: build and refresh times.

Run: QT_QPA_PLATFORM=offscreen python benchmark/bench_board.py [--contacts N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from netzwerk_app.core import board as core_board
from netzwerk_app.core.database import open_database
from netzwerk_app.core.models import Contact, Touchpoint
from netzwerk_app.core.search import reindex_contacts

GIVEN = ["Anna", "Marco", "Sophie", "Lukas", "Petra", "Jonas", "Laura", "Reto", "Nina", "Urs"]
FAMILY = ["Keller", "Meier", "Müller", "Huber", "Frei", "Graf", "Rossi", "Wyss", "Gerber", "Moser"]
ORGS = ["Swisscom", "UBS", "Roche", "Migros", "SBB", "ETH Zürich", "Nestlé", "Coop", ""]


def populate(db, count: int, today: dt.date) -> None:
    rnd = random.Random(1)
    rows = []
    for i in range(count):
        tier = rnd.choice([None, "A", "B", "C", "C", "D", "D", "D"])
        bday = (
            f"--{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}" if rnd.random() < 0.6 else None
        )
        rows.append(
            dict(
                uid=f"bench-{i}",
                display_name=f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)} {i}",
                given_name=rnd.choice(GIVEN),
                family_name=rnd.choice(FAMILY),
                organization=rnd.choice(ORGS),
                title=rnd.choice(["CEO", "Engineer", "Sales", ""]),
                tier=tier,
                tier_since=today - dt.timedelta(days=rnd.randint(0, 700)) if tier else None,
                birthday=bday,
            )
        )
    with db.atomic():
        for start in range(0, count, 500):
            Contact.insert_many(rows[start : start + 500]).execute()
        ids = [c.id for c in Contact.select(Contact.id)]
        touch = [
            dict(contact=cid, date=today - dt.timedelta(days=rnd.randint(1, 400)),
                 kind="call", channel="phone", status="done")
            for cid in ids
            if rnd.random() < 0.5
        ]  # fmt: skip
        for start in range(0, len(touch), 500):
            Touchpoint.insert_many(touch[start : start + 500]).execute()
        reindex_contacts(db, ids)


def timed(fn, repeat: int = 1) -> float:
    """The median wall time of `fn` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication([])
    today = dt.date.today()
    db = open_database(Path(tempfile.mkdtemp()))
    took = timed(lambda: populate(db, args.contacts, today))
    print(f"populating {args.contacts} contacts: {took:.0f} ms")

    from netzwerk_app.ui.pages.board import TierBoardPage
    from netzwerk_app.ui.pages.calendar_view import CalendarPage

    print(f"core board_columns: {timed(lambda: core_board.board_columns(db), 3):.0f} ms")
    holder = {}

    def build():
        page = TierBoardPage(db)
        page.resize(1400, 800)
        page.show()
        app.processEvents()
        holder["board"] = page

    print(f"board build + first paint: {timed(build):.0f} ms")
    page = holder["board"]
    print(f"board refresh: {timed(page.refresh, 5):.0f} ms (median of 5)")
    print(f"board repaint (grab): {timed(page.grab, 3):.0f} ms")

    def sort_by_name():
        page.set_sort_order("name")
        page.set_sort_order("due")

    print(f"sort by name and back: {timed(sort_by_name, 3) / 2:.0f} ms per change")
    print(f"filter 'mül': {timed(lambda: page.set_filter('mül'), 3):.0f} ms")
    page.set_filter("")
    ids = [c.id for c in page.model_of("C").cards()[:100]]
    took = timed(lambda: page.move_to_tier(ids, "A"))
    print(f"move 100 cards C -> A (set_tier + refresh): {took:.0f} ms")
    counts = {t or "Unsorted": page.model_of(t).rowCount() for t in page.columns}
    print(f"cards per column: {counts}")

    def build_calendar():
        cal = CalendarPage(db)
        cal.resize(1200, 700)
        cal.show()
        app.processEvents()
        holder["calendar"] = cal

    print(f"calendar build + first paint: {timed(build_calendar):.0f} ms")
    cal = holder["calendar"]
    print(f"calendar refresh: {timed(cal.refresh, 3):.0f} ms (median of 3)")
    print(f"calendar next month: {timed(cal.calendar.showNextMonth, 3):.0f} ms")
    db.close()


if __name__ == "__main__":
    main()
