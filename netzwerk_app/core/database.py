"""The one place that finds, opens, checks, creates and migrates the Netzwerk database.

The database is ``netzwerk.sqlite3`` in the data folder: ``--data-dir``, else the environment
variable ``NETZWERK_DATA_DIR``, else the platform's user data folder. It is opened with WAL,
foreign keys on and a busy timeout. A file that is not a Netzwerk database, is corrupt, or was
written by a newer version raises `DatabaseError` and is never modified. Before an existing
database is migrated, it is copied into ``backups/``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee
import platformdirs
from peewee import SqliteDatabase

from netzwerk_app.core import clock
from netzwerk_app.core.models import (
    MODELS,
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
    TierSetting,
)
from netzwerk_app.core.records import InvalidInput, NetzwerkError
from netzwerk_app.core.search import rebuild_search_index

DB_FILENAME = "netzwerk.sqlite3"
ENV_DATA_DIR = "NETZWERK_DATA_DIR"
# PRAGMA application_id marks a file as ours: "Netz" in ASCII.
APPLICATION_ID = 0x4E65747A
SCHEMA_VERSION = 5
SQLITE_HEADER = b"SQLite format 3\x00"

DEFAULT_TIERS: list[dict[str, object]] = [
    dict(tier="A", name="A", cadence_count=2, cadence_unit="months", anchor="touchpoint",
         default_kind="lunch", default_channel="in_person", colour="#2e7d32"),
    dict(tier="B", name="B", cadence_count=3, cadence_unit="months", anchor="touchpoint",
         default_kind="call", default_channel="phone", colour="#1565c0"),
    dict(tier="C", name="C", cadence_count=6, cadence_unit="months", anchor="touchpoint",
         default_kind="message", default_channel="written", colour="#ef6c00"),
    dict(tier="D", name="D", cadence_count=1, cadence_unit="years", anchor="birthday",
         default_kind="greeting", default_channel="written", colour="#6a1b9a"),
]  # fmt: skip

SEARCH_TABLE_SQL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS contact_search USING fts5("
    "name, organization, title, methods, tags, notes, they_offer, i_offer, interests, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)


class DatabaseError(NetzwerkError):
    """The database file cannot be used; the message says why and what to do."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Netzwerk", appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the explicit argument, else $NETZWERK_DATA_DIR, else the platform's."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME


def _ensure_private_dir(path: Path) -> None:
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        try:
            path.chmod(0o700)
        except PermissionError:
            if not existed:
                raise
            # An existing folder we may not chmod (another owner, a FAT or network mount):
            # use it as it is rather than refuse to open the data in it.


def _inspect_existing(path: Path) -> tuple[int, bool]:
    """Read (schema version, is empty) of an existing file without modifying it."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror or exc}; not touched.") from exc
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a Netzwerk database (not an SQLite file); not touched.")
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            check = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            f"{path} is damaged and cannot be opened ({exc}); not touched."
        ) from exc
    if check != "ok":
        check = " ".join(str(check).split())  # quick_check reports on several lines
        raise DatabaseError(f"{path} is damaged ({check}); not touched. Restore a backup.")
    if tables == 0 and app_id == 0:
        return 0, True
    if app_id != APPLICATION_ID:
        raise DatabaseError(f"{path} is an SQLite file of another program; not touched.")
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"{path} was written by a newer version of Netzwerk (schema {version}, this version "
            f"knows {SCHEMA_VERSION}); please update Netzwerk. The file was not touched."
        )
    return version, False


def refuse_database_target(db: SqliteDatabase, target: str | os.PathLike[str]) -> None:
    """Raise `InvalidInput` when an export would overwrite the database (or its WAL files)."""
    main = Path(db.database)
    for own in (main, *(main.with_name(main.name + s) for s in ("-wal", "-shm", "-journal"))):
        try:
            same = os.path.samefile(target, own)
        except OSError:  # one of them does not exist
            same = Path(os.path.abspath(target)) == Path(os.path.abspath(own))
        if same:
            raise InvalidInput(
                f"{target} is the Netzwerk database itself; choose another file to write"
            )


def backup_database(db_file: Path, label: str) -> Path:
    """Copy the database (consistently, WAL included) into ``backups/`` next to it."""
    backups = db_file.parent / "backups"
    _ensure_private_dir(backups)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"{db_file.stem}-{stamp}-{label}.sqlite3"
    src = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _create_schema(db: SqliteDatabase) -> None:
    db.create_tables(MODELS)
    db.execute_sql(SEARCH_TABLE_SQL)
    for row in DEFAULT_TIERS:
        TierSetting.insert(**row).on_conflict_ignore().execute()


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


# Ordered migrations: MIGRATIONS[n] brings a database from schema n to n + 1.
# Each runs inside one transaction; the file is backed up before the first one.


def _placeholder_step(db: SqliteDatabase) -> None:
    """Stands in for schema steps 1->2 and 2->3 written on other branches (replaced on merge)."""


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


MIGRATIONS: dict[int, Callable[[SqliteDatabase], None]] = {
    1: _migrate_1_to_2,
    2: _placeholder_step,
    3: _migrate_3_to_4,
    4: _migrate_4_to_5,
}


def open_database(data_dir: str | os.PathLike[str] | None = None) -> SqliteDatabase:
    """Open (creating or migrating as needed) the database in the data folder.

    Binds all models to the returned database. Raises `DatabaseError` for files that are not
    usable; those files are never modified.
    """
    folder = resolve_data_dir(data_dir)
    try:
        _ensure_private_dir(folder)
    except OSError as exc:
        raise DatabaseError(f"cannot create the data folder {folder}: {exc.strerror}") from exc
    path = database_path(folder)
    version, empty = (0, True)
    if path.exists() and path.stat().st_size > 0:
        version, empty = _inspect_existing(path)
    db = SqliteDatabase(
        str(path),
        timeout=10,
        pragmas={"journal_mode": "wal", "foreign_keys": 1, "synchronous": "normal"},
    )
    db.bind(MODELS, bind_refs=False, bind_backrefs=False)
    try:
        db.connect(reuse_if_open=True)
        if empty:
            with db.atomic():
                _create_schema(db)
                db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except (peewee.DatabaseError, sqlite3.Error) as exc:
        db.close()
        raise DatabaseError(f"cannot open {path}: {' '.join(str(exc).split())}") from exc
    if not empty and version < SCHEMA_VERSION:
        backup = backup_database(path, f"before-v{SCHEMA_VERSION}")
        try:
            while version < SCHEMA_VERSION:
                with db.atomic():
                    MIGRATIONS[version](db)
                    version += 1
                    db.execute_sql(f"PRAGMA user_version = {version}")
        except Exception as exc:
            db.close()
            raise DatabaseError(
                f"updating {path} from schema {version} failed ({exc}); it was left at schema "
                f"{version}, and a copy from before the update is in {backup}."
            ) from exc
    return db
