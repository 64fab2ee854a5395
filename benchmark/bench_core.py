"""Benchmark of the core over a large network: list, search, due, counts, set tier.

Usage: python benchmark/bench_core.py [N]   (default 100000 contacts; prints seconds)
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from netzwerk_app.core import care, contacts
from netzwerk_app.core.database import open_database
from netzwerk_app.core.history import set_tier
from netzwerk_app.core.search import rebuild_search_index

GIVEN = ["Anna", "Hans", "Jürg", "Zoë", "Łukasz", "Marie", "Peter", "Sofia", "Ueli", "Chloé"]
FAMILY = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Brunner", "Frei"]
ORGS = ["Stadtwerke", "Swisscom", "Migros", "ETH", "Novartis", "Start-up GmbH", "Gemeinde"]


def populate(db, n: int, seed: int = 1) -> None:
    """Bulk-insert n contacts with methods, touchpoints and tiers (raw executemany)."""
    rnd = random.Random(seed)
    today = dt.date.today()
    now = dt.datetime.now().isoformat(sep=" ", timespec="seconds")
    rows, methods, touchpoints = [], [], []
    for i in range(1, n + 1):
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        tier = rnd.choice(["A", "B", "C", "D", None, None])
        bday = (
            f"--{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}" if rnd.random() < 0.6 else None
        )
        since = (today - dt.timedelta(days=rnd.randint(0, 900))).isoformat() if tier else None
        rows.append((i, f"uid-{i}", g, f, f"{g} {f} {i}", rnd.choice(ORGS), "Manager", bday, tier,
                     since, now, now))  # fmt: skip
        methods.append((i, "email", f"{g.lower()}.{i}@example.ch", "", 0, 0))
        methods.append((i, "phone", f"+41 79 {i % 1000:03d} {i % 100:02d} {i % 97:02d}", "", 0, 1))
        if rnd.random() < 0.7:
            day = today - dt.timedelta(days=rnd.randint(0, 400))
            touchpoints.append((i, day.isoformat(), "call", "phone", "", "done", now))
    with db.atomic():
        cur = db.cursor()
        cur.executemany(
            "INSERT INTO contact (id, uid, given_name, family_name, display_name, organization,"
            " title, birthday, tier, tier_since, created_at, updated_at, prefix, additional_names,"
            " suffix, nickname, department, notes, met_where, they_offer, i_offer, interests,"
            " photo_url, archived) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'','','','','','','','','','',"
            "'',0)",
            rows,
        )
        cur.executemany(
            "INSERT INTO contact_method (contact_id, kind, value, label, preferred, position)"
            " VALUES (?,?,?,?,?,?)",
            methods,
        )
        cur.executemany(
            "INSERT INTO touchpoint (contact_id, date, kind, channel, note, status, created_at)"
            " VALUES (?,?,?,?,?,?,?)",
            touchpoints,
        )
    rebuild_search_index(db)


def timed(label: str, fn, repeat: int = 3):
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<45} {best * 1000:9.1f} ms")
    return result


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp))
        start = time.perf_counter()
        populate(db, n)
        print(f"{'populate ' + str(n) + ' contacts + search index':<45} "
              f"{(time.perf_counter() - start) * 1000:9.1f} ms")  # fmt: skip
        rows = timed("list_contacts (all, with next due)", lambda: contacts.list_contacts(db))
        print(f"  -> {len(rows)} rows")
        timed("list_contacts search 'mull'", lambda: contacts.list_contacts(db, search="mull"))
        timed(
            "list_contacts search 'zoe weber 12'",
            lambda: contacts.list_contacts(db, search="zoe weber 12"),
        )
        timed("list_contacts tier A", lambda: contacts.list_contacts(db, tier="A"))
        timed("due_now (today + 7 days)", lambda: care.due_now(db, 7))
        timed("care_counts", lambda: care.care_counts(db))
        ids = [r.id for r in rows[:1000]]
        timed("set_tier on 1000 contacts", lambda: set_tier(db, ids, "B"), repeat=1)
        db.close()


if __name__ == "__main__":
    main()
