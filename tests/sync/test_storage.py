"""Schema 6: the sync's tables come with a migration that only adds tables; schema 7 adds the
address book for new contacts and which address books sync."""

from __future__ import annotations

import sqlite3

from netzwerk_app.core import database
from netzwerk_app.core.database import open_database

SYNC_TABLES = {"sync_account", "sync_address_book", "sync_card", "sync_conflict"}


def _tables(path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def test_a_schema_5_database_gets_the_sync_tables(data_dir, old_schema):
    db = open_database(data_dir)
    db.close()
    path = data_dir / database.DB_FILENAME
    old_schema(data_dir, 5, *(f"DROP TABLE {table}" for table in SYNC_TABLES))

    db = open_database(data_dir)
    version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    db.close()

    assert version == database.SCHEMA_VERSION
    assert _tables(path) >= SYNC_TABLES


def test_a_schema_6_database_gets_the_new_sync_columns(data_dir, old_schema):
    db = open_database(data_dir)
    db.close()
    old_schema(
        data_dir, 6,
        "INSERT INTO sync_account(url, username, password_env, principal_url, home_url,"
        " created_at, last_error) VALUES ('https://x/', 'a', '', '', '', '2026-01-01', '')",
        "ALTER TABLE sync_account DROP COLUMN new_cards_book",
        "ALTER TABLE sync_address_book DROP COLUMN enabled",
    )  # fmt: skip

    db = open_database(data_dir)
    try:
        assert db.execute_sql("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION
        row = db.execute_sql("SELECT url, new_cards_book FROM sync_account").fetchall()
        assert row == [("https://x/", "")]
        assert "enabled" in {c.name for c in db.get_columns("sync_address_book")}
    finally:
        db.close()
