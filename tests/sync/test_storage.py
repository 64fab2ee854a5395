"""Schema 6: the sync's tables come with a migration that only adds tables."""

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


def test_a_schema_5_database_gets_the_sync_tables(data_dir):
    db = open_database(data_dir)
    db.close()
    path = data_dir / database.DB_FILENAME
    con = sqlite3.connect(path)
    for table in SYNC_TABLES:
        con.execute(f"DROP TABLE {table}")
    con.execute("PRAGMA user_version = 5")
    con.commit()
    con.close()

    db = open_database(data_dir)
    version = db.execute_sql("PRAGMA user_version").fetchone()[0]
    db.close()

    assert version == 6 == database.SCHEMA_VERSION
    assert _tables(path) >= SYNC_TABLES
