"""Each contact's name key is stored (`contact_sort_key`, schema 9) so that the window's first
screenful is read through an index: whoever writes the contacts (the card, the import, raw SQL,
undo), `first_listed` gives the first contacts of the list ordered by name, exactly as keying
every name would; keeping the keys never raises a contact's revision."""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netzwerk_app.core import contact_writes, database, sort_keys
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.database import open_database
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.core.snapshots import delete_contacts, restore_contacts, snapshot_contact
from netzwerk_app.core.sort_keys import first_listed, list_order


def by_every_name(db, count: int) -> list[tuple[int, str]] | None:
    """The list's first `count` live contacts, from every name keyed anew."""
    live = db.execute_sql("SELECT id, display_name FROM contact WHERE archived = 0").fetchall()
    if len(live) <= count:
        return None
    return sorted(live, key=list_order)[:count]


def stored(db) -> dict[int, str | None]:
    return dict(db.execute_sql("SELECT contact_id, key FROM contact_sort_key").fetchall())


def _person(db, given: str, family: str = "Test") -> int:
    return add_contact(db, ContactRecord(given_name=given, family_name=family))


def _rename(db, cid: int, name: str) -> None:
    db.execute_sql("UPDATE contact SET display_name = ? WHERE id = ?", (name, cid))


def _named(db, name: str) -> int:
    """A contact shown as `name`, even an empty one (as another program could write it)."""
    cid = _person(db, "Someone")
    _rename(db, cid, name)
    return cid


def test_the_first_screenful_is_the_list_s_first_rows(db):
    names = ["anna Weber", "Anna Weber", "Zoë Ost", "Åsa Berg", "Łukas Nowak", "Мария Петрова",
             "佐藤 太郎", "", "beat", "Beat", "Anna weber", "Émile Zola", "ZZ Top"]  # fmt: skip
    ids = [_named(db, n) for n in names]
    contact_writes.archive_contacts(db, ids[1:2])
    for count in range(1, len(names)):
        assert first_listed(db, count) == by_every_name(db, count), count
    assert first_listed(db, len(names) - 1) is None  # one is archived: no more than that many


def test_renames_deletes_new_and_restored_contacts_keep_the_keys_right(db):
    anna, beat, cleo = (_person(db, n) for n in ("Anna", "Beat", "Cleo"))
    assert first_listed(db, 2) == by_every_name(db, 2)
    _rename(db, anna, "Zora Test")  # raw SQL: the trigger marks the key stale
    assert stored(db)[anna] is None
    assert first_listed(db, 2) == by_every_name(db, 2) == [(beat, "Beat Test"), (cleo, "Cleo Test")]
    assert stored(db)[anna] == "zora test"  # made anew on the way
    dora = _person(db, "Aaron")  # a new contact has no key yet
    assert dora not in stored(db)
    assert (
        first_listed(db, 2) == by_every_name(db, 2) == [(dora, "Aaron Test"), (beat, "Beat Test")]
    )
    snapshot = snapshot_contact(db, dora)
    delete_contacts(db, [dora])
    assert dora not in stored(db)
    assert first_listed(db, 2) == by_every_name(db, 2)
    restore_contacts(db, [snapshot])  # the same id again
    assert (
        first_listed(db, 2) == by_every_name(db, 2) == [(dora, "Aaron Test"), (beat, "Beat Test")]
    )
    contact_writes.archive_contacts(db, [dora, beat])
    assert first_listed(db, 1) == by_every_name(db, 1) == [(cleo, "Cleo Test")]


def test_keeping_the_keys_is_no_edit_of_the_contact(db):
    anna = _person(db, "Anna")
    _person(db, "Beat")
    _rename(db, anna, "Anna B. Test")
    revision = db.execute_sql("SELECT revision FROM contact WHERE id = ?", (anna,)).fetchone()
    first_listed(db, 1)
    assert stored(db)[anna] == "anna b. test"
    assert (
        db.execute_sql("SELECT revision FROM contact WHERE id = ?", (anna,)).fetchone() == revision
    )


def test_keys_made_by_other_rules_are_all_made_anew(db):
    anna, beat = _person(db, "Anna"), _person(db, "Beat")
    db.execute_sql("UPDATE contact_sort_key SET key = 'zzz' WHERE contact_id = ?", (anna,))
    db.execute_sql("UPDATE contact_sort_key_version SET version = 'name_key 0'")
    assert first_listed(db, 1) == [(anna, "Anna Test")]
    assert stored(db) == {anna: "anna test", beat: "beat test"}


def test_a_database_that_cannot_be_written_now_is_read_the_long_way(db, data_dir):
    anna, beat = _person(db, "Anna"), _person(db, "Beat")
    _rename(db, beat, "Aaron Test")
    other = sqlite3.connect(data_dir / database.DB_FILENAME)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        assert first_listed(db, 1) == [(beat, "Aaron Test")]
        assert stored(db).get(beat) is None  # nothing written, nothing waited for
    finally:
        other.rollback()
        other.close()
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 10_000  # as it was
    assert first_listed(db, 1) == [(beat, "Aaron Test")]
    assert stored(db)[beat] == "aaron test"
    assert anna in stored(db)


NAMES = st.text(alphabet="aAbBäÄzZ ł-.佐", max_size=4)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    ops=st.lists(
        st.tuples(
            st.sampled_from(["add", "rename", "archive", "delete", "look"]),
            NAMES,
            st.integers(0, 30),
        ),
        max_size=25,
    ),
    count=st.integers(1, 6),
)
def test_any_writes_keep_the_first_screenful_right(db, ops, count):
    db.execute_sql("DELETE FROM contact")
    ids: list[int] = []
    for op, name, pick in ops:
        target = ids[pick % len(ids)] if ids else None
        if op == "add" or target is None:
            ids.append(_named(db, name))
        elif op == "rename":
            _rename(db, target, name)
        elif op == "archive":
            db.execute_sql("UPDATE contact SET archived = 1 - archived WHERE id = ?", (target,))
        elif op == "delete":
            db.execute_sql("DELETE FROM contact WHERE id = ?", (target,))
            ids.remove(target)
        else:
            assert first_listed(db, count) == by_every_name(db, count)
    assert first_listed(db, count) == by_every_name(db, count)


def test_a_schema_8_database_gets_the_stored_keys(data_dir, old_schema):
    db = open_database(data_dir)
    anna, beat = _person(db, "Anna"), _person(db, "Åsa")
    db.close()
    old_schema(
        data_dir, 8, "DROP TRIGGER contact_sort_key_delete", "DROP TRIGGER contact_sort_key_rename",
        "DROP TABLE contact_sort_key", "DROP TABLE contact_sort_key_version",
    )  # fmt: skip

    db = open_database(data_dir)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
        assert stored(db) == {anna: "anna test", beat: "asa test"}
        _rename(db, anna, "Zora Test")  # the triggers came with it
        assert stored(db)[anna] is None
        assert first_listed(db, 1) == [(beat, "Åsa Test")]
    finally:
        db.close()
    assert list((data_dir / "backups").glob(f"*-before-v{database.SCHEMA_VERSION}-from-v8-*"))


def test_the_step_to_schema_9_can_run_twice(db):
    from netzwerk_app.core.migrations import MIGRATIONS

    anna = _person(db, "Anna")
    MIGRATIONS[8](db)
    MIGRATIONS[8](db)
    assert stored(db) == {anna: "anna test"}
    assert db.execute_sql("SELECT version FROM contact_sort_key_version").fetchall() == [
        (sort_keys.KEY_VERSION,)
    ]
