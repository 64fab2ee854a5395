"""The schema steps: MIGRATIONS[n] brings a database from schema n to n + 1.

`core.database` runs them in order, each inside one transaction, after backing the file up
(and checking it). Every step only adds (tables, columns, a trigger) or rebuilds derived data
(the search index), so no child row can be lost; each can run twice without harm.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from netzwerk_app.core.agenda_index import AGENDA_INDEX_SQL
from netzwerk_app.core.models import (
    Announcement,
    ContactLink,
    ContactMerge,
    DismissedIntroduction,
    Event,
    EventAttendee,
    ImportChange,
    ImportRun,
    Introduction,
    NotDuplicate,
    PossibleDuplicate,
    ReviewFlag,
    SyncAccount,
    SyncAddressBook,
    SyncCard,
    SyncConflict,
)
from netzwerk_app.core.search import rebuild_search_index
from netzwerk_app.core.sort_keys import SORT_KEY_SQL, fill_sort_keys

SEARCH_TABLE_SQL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS contact_search USING fts5("
    "name, organization, title, methods, tags, notes, they_offer, i_offer, interests, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
# Every UPDATE of a contact row raises its revision (unless the statement raised it itself):
# the importer, the tier board and the card all write through it, so none can skip it.
REVISION_TRIGGER_SQL = (
    "CREATE TRIGGER IF NOT EXISTS contact_revision AFTER UPDATE ON contact"
    " WHEN NEW.revision <= OLD.revision"
    " BEGIN UPDATE contact SET revision = OLD.revision + 1 WHERE id = NEW.id; END"
)

# Each contact's last done touchpoint's date (schema 8), derived data kept exact by triggers on
# `touchpoint`, whoever writes it (the card, bulk log, sync, import, undo): the due list and the
# agenda read one row per contact instead of grouping every touchpoint. A table of its own, not
# a column of `contact`: keeping it never raises a contact's revision, never counts as an edit
# in an undo's state digest, and no contact row written back from memory can make it stale.
_DONE_MAX = (
    "(SELECT max(date) FROM touchpoint WHERE contact_id = {row}.contact_id AND +status = 'done')"
)
_RECOMPUTE = (
    # the contact `{row}` names: no done touchpoint left -> no row; else the latest one's date
    "DELETE FROM contact_last_done WHERE contact_id = {row}.contact_id AND NOT EXISTS"
    " (SELECT 1 FROM touchpoint WHERE contact_id = {row}.contact_id AND +status = 'done');"
    f" UPDATE contact_last_done SET date = {_DONE_MAX} WHERE contact_id = {{row}}.contact_id;"
)
_RAISE = (
    # a done touchpoint `{row}` is there: its date, when later than the stored one
    "INSERT INTO contact_last_done (contact_id, date) SELECT {row}.contact_id, {row}.date"
    " WHERE {row}.status = 'done' ON CONFLICT (contact_id) DO UPDATE SET date = excluded.date"
    " WHERE excluded.date > contact_last_done.date;"
)
LAST_DONE_SQL = (
    "CREATE TABLE IF NOT EXISTS contact_last_done (contact_id INTEGER NOT NULL PRIMARY KEY"
    " REFERENCES contact (id) ON DELETE CASCADE, date DATE NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS touchpoint_last_done_insert AFTER INSERT ON touchpoint"
    f" WHEN NEW.status = 'done' BEGIN {_RAISE.format(row='NEW')} END",
    # only the latest done touchpoint's deletion changes the date (cascades from a deleted
    # contact only ever remove rows: never an insert for a contact that is going)
    "CREATE TRIGGER IF NOT EXISTS touchpoint_last_done_delete AFTER DELETE ON touchpoint"
    " WHEN OLD.status = 'done' AND OLD.date >= (SELECT date FROM contact_last_done"
    f" WHERE contact_id = OLD.contact_id) BEGIN {_RECOMPUTE.format(row='OLD')} END",
    # a row moved to another contact, re-dated, done or undone: the old contact's date anew
    # (from the table as it is now), then the new row's date for its contact
    "CREATE TRIGGER IF NOT EXISTS touchpoint_last_done_update"
    " AFTER UPDATE OF contact_id, date, status ON touchpoint"
    " WHEN OLD.status = 'done' OR NEW.status = 'done'"
    f" BEGIN {_RECOMPUTE.format(row='OLD')} {_RAISE.format(row='NEW')} END",
)


def _migrate_1_to_2(db: SqliteDatabase) -> None:
    """Schema 2: import history (undo an import), possible duplicates, merges (undo a merge),
    and the search index rebuilt without invisible characters.

    Only new tables: no existing table is rebuilt, so no child row can be lost.
    """
    db.create_tables([ImportRun, ImportChange, PossibleDuplicate, NotDuplicate, ContactMerge])
    # The search index leaves invisible characters out since schema 2: index old rows anew
    # (in today's shape of the index: the give-and-get columns of schema 5 included).
    _recreate_search_table(db)


def _recreate_search_table(db: SqliteDatabase) -> None:
    """Give the search index its current columns (it holds no data of its own) and refill it."""
    db.execute_sql("DROP TABLE IF EXISTS contact_search")
    db.execute_sql(SEARCH_TABLE_SQL)
    rebuild_search_index(db)


def _migrate_2_to_3(db: SqliteDatabase) -> None:
    """Schema 3: contacts carry a revision, raised by a trigger on every update of the row."""
    columns = [row[1] for row in db.execute_sql("PRAGMA table_info(contact)").fetchall()]
    if "revision" not in columns:
        db.execute_sql("ALTER TABLE contact ADD COLUMN revision INTEGER NOT NULL DEFAULT 1")
    db.execute_sql(REVISION_TRIGGER_SQL)


def _migrate_3_to_4(db: SqliteDatabase) -> None:
    """Schema 4: the `announcement` table (which due items the reminder announced on which day)."""
    db.create_tables([Announcement], safe=True)


def _migrate_4_to_5(db: SqliteDatabase) -> None:
    """Schema 5: network care (review flags, who knows whom, introductions, events) and the
    give-and-get columns (they offer, I offer, interests) in the search index.

    Only new tables (the search index is derived data, rebuilt when it lacks the new columns);
    running the step twice changes nothing.
    """
    db.create_tables(
        [ReviewFlag, ContactLink, Introduction, DismissedIntroduction, Event, EventAttendee],
        safe=True,
    )
    columns = {row[1] for row in db.execute_sql("PRAGMA table_info(contact_search)")}
    if "they_offer" not in columns:
        _recreate_search_table(db)
    # Career changes recorded before schema 5 and not reviewed since ask for a review.
    db.execute_sql(
        "INSERT OR IGNORE INTO review_flag(contact_id, reason, raised_on)"
        " SELECT p.contact_id, 'career_changed', max(p.ended_on) FROM position p"
        " JOIN contact c ON c.id = p.contact_id WHERE p.ended_on IS NOT NULL"
        " GROUP BY p.contact_id HAVING c.last_reviewed IS NULL OR max(p.ended_on) > c.last_reviewed"
    )


def _migrate_5_to_6(db: SqliteDatabase) -> None:
    """Schema 6: CardDAV sync (accounts, address books, linked cards, conflicts). Only new
    tables; running the step twice changes nothing."""
    db.create_tables([SyncAccount, SyncAddressBook, SyncCard, SyncConflict], safe=True)


def _migrate_6_to_7(db: SqliteDatabase) -> None:
    """Schema 7: which address book receives new contacts (per account), and which address
    books sync at all. Only new columns; running the step twice changes nothing."""
    columns = {
        ("sync_account", "new_cards_book"): "VARCHAR(255) NOT NULL DEFAULT ''",
        ("sync_address_book", "enabled"): "INTEGER NOT NULL DEFAULT 1",
    }
    for (table, column), kind in columns.items():
        present = {c.name for c in db.get_columns(table)}
        if column not in present:
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def _migrate_7_to_8(db: SqliteDatabase) -> None:
    """Schema 8: each contact's last done touchpoint's date in `contact_last_done`, kept by
    triggers (`LAST_DONE_SQL`). Only a new table of derived data, filled from the touchpoints;
    running the step twice changes nothing."""
    for sql in LAST_DONE_SQL:
        db.execute_sql(sql)
    fill_last_done(db)


def fill_last_done(db: SqliteDatabase) -> None:
    """`contact_last_done` computed anew from the touchpoints (what the triggers keep)."""
    db.execute_sql("DELETE FROM contact_last_done")
    db.execute_sql(
        "INSERT INTO contact_last_done (contact_id, date) SELECT contact_id, max(date)"
        " FROM touchpoint WHERE status = 'done' AND contact_id IN (SELECT id FROM contact)"
        " GROUP BY contact_id"
    )


def _migrate_8_to_9(db: SqliteDatabase) -> None:
    """Schema 9: each contact's name key in `contact_sort_key`, for the window's first
    screenful (`sort_keys.SORT_KEY_SQL`). Only a new table of derived data, computed from the
    names; running the step twice changes nothing."""
    for sql in SORT_KEY_SQL:
        db.execute_sql(sql)
    fill_sort_keys(db)


def _migrate_9_to_10(db: SqliteDatabase) -> None:
    """Schema 10: the indexes the agenda reads the contacts that can have an item from, and
    finds the birthdays in other shapes by (`agenda_index.AGENDA_INDEX_SQL`). Only new
    indexes; running the step twice changes nothing."""
    for sql in AGENDA_INDEX_SQL:
        db.execute_sql(sql)


# Ordered migrations: MIGRATIONS[n] brings a database from schema n to n + 1.
# Each runs inside one transaction; the file is backed up before the first one.
MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
    4: _migrate_4_to_5,
    5: _migrate_5_to_6,
    6: _migrate_6_to_7,
    7: _migrate_7_to_8,
    8: _migrate_8_to_9,
    9: _migrate_9_to_10,
}
