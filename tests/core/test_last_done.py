"""Each contact's last done touchpoint's date is stored (`contact_last_done`, schema 8) and kept
exact by triggers, whoever writes the touchpoints: the card, bulk log, raw SQL, undo. Keeping it
never raises a contact's revision, and what is due stays what grouping the touchpoints gave."""

from __future__ import annotations

import datetime as dt
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzwerk_app.core import care, contacts, database, due
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.database import open_database
from netzwerk_app.core.history import set_tier
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.core.snapshots import (
    delete_contacts,
    restore_contacts,
    restore_in_place,
    snapshot_contact,
)

D = dt.date


def grouped(db) -> dict[int, str]:
    """The old computation: the latest done touchpoint of each contact, grouped anew."""
    return dict(
        db.execute_sql(
            "SELECT contact_id, max(date) FROM touchpoint WHERE status = 'done' GROUP BY contact_id"
        ).fetchall()
    )


def stored(db) -> dict[int, str]:
    return dict(db.execute_sql("SELECT contact_id, date FROM contact_last_done").fetchall())


def assert_exact(db) -> None:
    assert stored(db) == grouped(db)


def _person(db, name: str, tier: str | None = "A") -> int:
    cid = add_contact(db, ContactRecord(given_name=name, family_name="Test"))
    if tier:
        set_tier(db, [cid], tier)
    return cid


def test_log_edit_and_delete_keep_the_date(db):
    anna, beat = _person(db, "Anna"), _person(db, "Beat")
    assert stored(db) == {}
    [first] = care.log_touchpoint(db, [anna], "call", D(2026, 10, 1))
    [second] = care.log_touchpoint(db, [anna], "call", D(2026, 11, 1))
    assert stored(db) == {anna: "2026-11-01"}
    # an earlier touchpoint logged later changes nothing
    care.log_touchpoint(db, [anna], "call", D(2026, 9, 1))
    assert stored(db) == {anna: "2026-11-01"}
    # its date moved: back, then forward
    care.update_touchpoint(db, second, date=D(2026, 8, 1))
    assert stored(db) == {anna: "2026-10-01"}
    care.update_touchpoint(db, first, date=D(2026, 11, 20))
    assert stored(db) == {anna: "2026-11-20"}
    # undone (skipped) and done again
    care.update_touchpoint(db, first, status="skipped")
    assert stored(db) == {anna: "2026-09-01"}
    care.update_touchpoint(db, first, status="done")
    assert stored(db) == {anna: "2026-11-20"}
    # the latest deleted: the one before counts; the last deleted: no date
    care.delete_touchpoint(db, first)
    assert stored(db) == {anna: "2026-09-01"}
    for tp in care.touchpoints_of(anna):
        care.delete_touchpoint(db, tp.id)
    assert stored(db) == {}
    # a plan carried out by logging becomes the last done one
    plan = care.plan_touchpoint(db, beat, D(2026, 11, 24), "call")
    assert stored(db) == {}
    assert care.log_touchpoint(db, [beat], "call", D(2026, 11, 25)) == [plan]
    assert stored(db) == {beat: "2026-11-25"}
    assert_exact(db)


def test_bulk_log_and_raw_writes_keep_the_date(db):
    ids = [_person(db, f"P{i}") for i in range(30)]
    care.log_touchpoint(db, ids, "call", D(2026, 11, 20))
    care.log_touchpoint(db, ids[:10], "call", D(2026, 11, 1))
    assert stored(db) == {cid: "2026-11-20" for cid in ids}
    # raw SQL, as sync or an import writes: moved to another contact, re-dated, deleted
    db.execute_sql(
        "UPDATE touchpoint SET contact_id = ? WHERE contact_id = ? AND date = '2026-11-20'",
        (ids[1], ids[0]),
    )
    assert stored(db)[ids[0]] == "2026-11-01"
    db.execute_sql("UPDATE touchpoint SET date = '2026-11-22' WHERE contact_id = ?", (ids[2],))
    db.execute_sql("DELETE FROM touchpoint WHERE contact_id = ?", (ids[3],))
    db.execute_sql(
        "INSERT INTO touchpoint (contact_id, date, kind, channel, note, status, created_at)"
        " SELECT id, '2026-11-23', 'call', 'phone', '', 'done', '' FROM contact WHERE id > ?",
        (ids[25],),
    )
    assert stored(db)[ids[2]] == "2026-11-22"
    assert ids[3] not in stored(db)
    assert stored(db)[ids[29]] == "2026-11-23"
    assert_exact(db)


def test_undo_of_a_delete_and_a_restored_snapshot_get_the_right_date(db):
    anna, beat = _person(db, "Anna"), _person(db, "Beat")
    care.log_touchpoint(db, [anna, beat], "call", D(2026, 10, 1))
    snapshots = delete_contacts(db, [anna])
    assert stored(db) == {beat: "2026-10-01"}
    assert restore_contacts(db, snapshots) == [anna]
    assert stored(db) == {anna: "2026-10-01", beat: "2026-10-01"}
    # a contact put back as a snapshot held it, touchpoints included: the snapshot's date
    before = snapshot_contact(db, beat)
    care.log_touchpoint(db, [beat], "call", D(2026, 11, 20))
    assert stored(db)[beat] == "2026-11-20"
    restore_in_place(db, before, with_touchpoints=True)
    assert stored(db)[beat] == "2026-10-01"
    assert_exact(db)


def test_keeping_the_date_is_no_edit_of_the_contact(db):
    anna = _person(db, "Anna")
    [tp] = care.log_touchpoint(db, [anna], "call", D(2026, 10, 1))
    row = "SELECT revision, updated_at FROM contact WHERE id = ?"
    before = db.execute_sql(row, (anna,)).fetchone()
    care.update_touchpoint(db, tp, date=D(2026, 11, 1))
    care.update_touchpoint(db, tp, status="skipped")
    care.update_touchpoint(db, tp, status="done")
    care.plan_touchpoint(db, anna, D(2026, 12, 1), "call")
    care.delete_touchpoint(db, tp)
    assert stored(db) == {}
    assert db.execute_sql(row, (anna,)).fetchone() == before
    assert contacts.contact_revision(anna) == before[0]


def _old_agenda(db, start: D, end: D, today: D) -> list[due.DueItem]:
    """The agenda as computed before schema 8: over every contact, the last done date grouped
    from the touchpoints."""
    states = care.care_states(db)
    last = grouped(db)
    for cid, state in states.items():
        state.last_done = D.fromisoformat(last[cid]) if cid in last else None
    return due.agenda(states.values(), care.tier_rules(db), start, end, today)


_ops = st.lists(
    st.one_of(
        st.tuples(st.just("log"), st.integers(0, 5), st.integers(-400, 30),
                  st.sampled_from(["done", "done", "planned", "skipped"])),
        st.tuples(st.just("move"), st.integers(0, 40), st.integers(0, 5)),
        st.tuples(st.just("date"), st.integers(0, 40), st.integers(-400, 30)),
        st.tuples(st.just("status"), st.integers(0, 40),
                  st.sampled_from(["done", "planned", "skipped"])),
        st.tuples(st.just("delete"), st.integers(0, 40)),
        st.tuples(st.just("drop"), st.integers(0, 5)),
    ),
    max_size=40,
)  # fmt: skip


_tiers = st.lists(st.sampled_from(["A", "B", "C", "D", None]), min_size=6, max_size=6)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=_ops, tiers=_tiers)
def test_any_writes_keep_the_date_and_the_agenda(db, ops, tiers):
    db.execute_sql("DELETE FROM contact")
    today = D(2026, 11, 26)
    ids = []
    for i, tier in enumerate(tiers):
        cid = _person(db, f"P{i}", tier)
        db.execute_sql(
            "UPDATE contact SET birthday = ? WHERE id = ?", (f"--{i + 10:02d}-{i + 1:02d}", cid)
        )
        ids.append(cid)
    for op, *args in ops:
        tps = [r[0] for r in db.execute_sql("SELECT id FROM touchpoint ORDER BY id")]
        if op == "log":
            day = (today + dt.timedelta(days=args[1])).isoformat()
            db.execute_sql(
                "INSERT INTO touchpoint (contact_id, date, kind, channel, note, status,"
                " created_at) SELECT id, ?, 'call', 'phone', '', ?, '' FROM contact WHERE id = ?",
                (day, args[2], ids[args[0]]),
            )
        elif op == "drop":
            db.execute_sql("DELETE FROM contact WHERE id = ?", (ids[args[0]],))
        elif tps:
            tp = tps[args[0] % len(tps)]
            if op == "move":
                if db.execute_sql("SELECT 1 FROM contact WHERE id = ?", (ids[args[1]],)).fetchone():
                    db.execute_sql(
                        "UPDATE touchpoint SET contact_id = ? WHERE id = ?", (ids[args[1]], tp)
                    )
            elif op == "date":
                day = (today + dt.timedelta(days=args[1])).isoformat()
                db.execute_sql("UPDATE touchpoint SET date = ? WHERE id = ?", (day, tp))
            elif op == "status":
                db.execute_sql("UPDATE touchpoint SET status = ? WHERE id = ?", (args[1], tp))
            else:
                db.execute_sql("DELETE FROM touchpoint WHERE id = ?", (tp,))
        assert_exact(db)
    for start, end in [(today, today + dt.timedelta(days=30)), (D(2026, 1, 1), D(2027, 12, 31))]:
        assert care.due_agenda(db, start, end, today) == _old_agenda(db, start, end, today)


def test_a_schema_7_database_gets_the_stored_dates(data_dir):
    db = open_database(data_dir)
    anna, beat, cleo = (_person(db, n) for n in ("Anna", "Beat", "Cleo"))
    db.close()
    path = data_dir / database.DB_FILENAME
    con = sqlite3.connect(path)
    for name in ("insert", "delete", "update"):
        con.execute(f"DROP TRIGGER touchpoint_last_done_{name}")
    con.execute("DROP TABLE contact_last_done")
    rows = [(anna, "2026-10-01", "done"), (anna, "2026-11-01", "done"),
            (anna, "2026-12-01", "planned"), (beat, "2026-09-09", "skipped"),
            (cleo, "2025-01-01", "done")]  # fmt: skip
    con.executemany(
        "INSERT INTO touchpoint (contact_id, date, kind, channel, note, status, created_at)"
        " VALUES (?, ?, 'call', 'phone', '', ?, '')",
        rows,
    )
    con.execute("PRAGMA user_version = 7")
    con.commit()
    con.close()

    db = open_database(data_dir)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
        assert stored(db) == {anna: "2026-11-01", cleo: "2025-01-01"}
        # the triggers came with it
        care.log_touchpoint(db, [beat], "call", D(2026, 11, 20))
        assert stored(db)[beat] == "2026-11-20"
        assert_exact(db)
    finally:
        db.close()
    assert list((data_dir / "backups").glob(f"*-before-v{database.SCHEMA_VERSION}-from-v7-*"))


def test_the_step_to_schema_8_can_run_twice(db):
    from netzwerk_app.core.migrations import MIGRATIONS

    anna = _person(db, "Anna")
    care.log_touchpoint(db, [anna], "call", D(2026, 10, 1))
    MIGRATIONS[7](db)
    MIGRATIONS[7](db)
    assert stored(db) == {anna: "2026-10-01"}
