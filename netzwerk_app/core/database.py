"""The one place that finds, opens, checks, creates, migrates and backs up the Netzwerk database.

The database is ``netzwerk.sqlite3`` in the data folder: ``--data-dir``, else the environment
variable ``NETZWERK_DATA_DIR``, else the platform's user data folder; a relative folder is made
absolute once, here. It is opened with WAL, foreign keys on and a busy timeout. A file that is
not already a Netzwerk database (foreign, empty, corrupt, or written by a newer version) raises
`DatabaseError` and is never modified: a new database is built in a temporary file and put in
place only where no file exists. Files are created readable by the user only (0600 on POSIX;
SQLite gives the WAL and SHM files the database file's mode). Before an existing database is
migrated it is copied into ``backups/`` (once per attempt), and once a day a copy is kept there,
the last `DAILY_BACKUPS_KEPT` of them.

Peewee, the models and the migrations are imported only where a database is created, bound or
migrated: `open_plain_database` serves the read-only commands of the command line with a bare
`sqlite3` connection, and such a command never pays for importing the ORM.

Together with `core.backups` (copies of the file: daily, before a migration, and restoring one)
this is everything that touches the database file, so that no other code opens, copies or
replaces it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
from pathlib import Path

from netzwerk_app.core.connections import PlainDatabase, bound_database, is_sqlite_error
from netzwerk_app.core.errors import InvalidInput, NetzwerkError

TYPE_CHECKING = False  # typing is not imported at run time (the command line starts faster)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar

    from peewee import SqliteDatabase

    Plain = TypeVar("Plain")


def _warn(message: str, *args: object) -> None:
    """Log a warning of this module (logging is imported only when there is one)."""
    import logging

    logging.getLogger(__name__).warning(message, *args)


DB_FILENAME = "netzwerk.sqlite3"
BACKUP_FOLDER = "backups"
ENV_DATA_DIR = "NETZWERK_DATA_DIR"
# PRAGMA application_id marks a file as ours: "Netz" in ASCII.
APPLICATION_ID = 0x4E65747A
SCHEMA_VERSION = 10
SQLITE_HEADER = b"SQLite format 3\x00"
DAILY_BACKUPS_KEPT = 7
DAILY_LABEL = "daily"
SQLITE_FULL = 13
DISK_FULL = "the disk is full"

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


class DatabaseError(NetzwerkError):
    """The database file cannot be used; the message says why and what to do.

    `backup` is the newest backup that could replace an unusable file, if there is one.
    """

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer version: update Netzwerk (no backup is offered)."""


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Netzwerk", appauthor=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder, absolute: the explicit argument, else $NETZWERK_DATA_DIR, else the
    platform's. A relative folder is taken relative to the current directory, once."""
    if explicit:
        folder = Path(explicit).expanduser()
    elif env := os.environ.get(ENV_DATA_DIR):
        folder = Path(env).expanduser()
    else:
        folder = default_data_dir()
    return Path(os.path.abspath(folder))


def database_path(data_dir: Path) -> Path:
    return Path(os.path.abspath(data_dir)) / DB_FILENAME


def _ensure_private_dir(path: Path) -> None:
    """Create the folder readable by the user only; an existing folder is used as it is."""
    if path.is_dir():
        return
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        for created in missing:  # only the folders made here, never one that was there
            with contextlib.suppress(OSError):
                created.chmod(0o700)


def folder_warning(data_dir: str | os.PathLike[str]) -> str | None:
    """A warning when other users can read or enter the (existing) data folder, else None."""
    if os.name != "posix":
        return None
    try:
        mode = stat.S_IMODE(os.stat(data_dir).st_mode)
    except OSError:
        return None
    if mode & 0o077:
        return (
            f"other users on this computer can look into the data folder {data_dir} "
            f"(mode {mode:o}); make it private with: chmod 700 {data_dir}"
        )
    return None


def is_disk_full(exc: BaseException | None) -> bool:
    """True when the error, or one it arose from, is SQLite's SQLITE_FULL or ENOSPC."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF == SQLITE_FULL:
            return True
        if "database or disk is full" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _no_room(folder: Path) -> bool:
    """The file system of the folder has (next to) no space left."""
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024


def _room_for_a_copy(path: Path) -> bool:
    """Whether a backup of the database leaves room to work (else it is skipped, with a word)."""
    try:
        size = sum(
            p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists()
        )
        import shutil

        free = shutil.disk_usage(path.parent).free
    except OSError:
        return True
    if free >= 2 * size + 16 * 1024 * 1024:
        return True
    _warn("no daily backup of %s: not enough room on the disk", path)
    return False


def _uri(path: Path, mode: str = "ro") -> str:
    return f"{Path(os.path.abspath(path)).as_uri()}?mode={mode}"


def unclean_shutdown(path: Path) -> bool:
    """Whether the database was left by a process that did not close it: a WAL file with
    content outlives only a crash, a kill or a power cut (the last connection to close removes
    it), or another process holding the database open right now."""
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def _inspect_existing(path: Path, check_wanted: bool = False) -> int:
    """The schema version of an existing Netzwerk database; never modifies the file.

    Anything that is not already a Netzwerk database (an empty file, an SQLite file of another
    program or one with no tables) raises `DatabaseError`. The schema is always read; the whole
    file is checked (`PRAGMA quick_check`, 0.4-0.5 s at 100k contacts) only when wanted or
    before a migration.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"cannot read {path}: {exc.strerror or exc}; not touched.") from exc
    if not header:
        raise DatabaseError(f"{path} is an empty file, not a Netzwerk database; not touched.")
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path} is not a Netzwerk database (not an SQLite file); not touched.")
    try:
        con = sqlite3.connect(_uri(path), uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads the schema
            check = "ok"
            if (check_wanted or version < SCHEMA_VERSION) and app_id == APPLICATION_ID:
                check = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if is_disk_full(exc) or _no_room(path.parent):
            raise DatabaseError(
                f"{path} cannot be opened: {DISK_FULL}. Make room on the disk and try again; "
                "the file was not touched."
            ) from exc
        raise DatabaseError(
            f"{path} is damaged and cannot be opened ({' '.join(str(exc).split())}); not touched."
        ) from exc
    if check != "ok":
        check = " ".join(str(check).split())  # quick_check reports on several lines
        raise DatabaseError(f"{path} is damaged ({check}); not touched. Restore a backup.")
    if app_id != APPLICATION_ID:
        raise DatabaseError(f"{path} is an SQLite file of another program; not touched.")
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Netzwerk (schema {version}, this version "
            f"knows {SCHEMA_VERSION}); please update Netzwerk. The file was not touched."
        )
    return version


def check_database(data_dir: str | os.PathLike[str] | None = None) -> None:
    """Check the whole database file (`PRAGMA quick_check`), as the user can ask for it;
    raises `DatabaseError` (naming the newest backup) when it is damaged. Never modifies it."""
    folder = resolve_data_dir(data_dir)
    try:
        _inspect_existing(database_path(folder), check_wanted=True)
    except DatabaseError as exc:
        from netzwerk_app.core.backups import with_backup_hint

        raise with_backup_hint(exc, folder) from exc


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


def data_version(db: SqliteDatabase) -> int:
    """SQLite's data version: it changes when another connection (process) commits a change."""
    return db.execute_sql("PRAGMA data_version").fetchone()[0]


# ---------------------------------------------------------------- schema (steps: migrations.py)


def __getattr__(name: str) -> Any:
    """`MIGRATIONS` (the steps of `migrations`), imported when first asked for."""
    if name == "MIGRATIONS":
        from netzwerk_app.core.migrations import MIGRATIONS

        return MIGRATIONS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _create_schema(db: SqliteDatabase) -> None:
    from netzwerk_app.core.agenda_index import AGENDA_INDEX_SQL
    from netzwerk_app.core.migrations import LAST_DONE_SQL, REVISION_TRIGGER_SQL, SEARCH_TABLE_SQL
    from netzwerk_app.core.models import MODELS, TierSetting
    from netzwerk_app.core.sort_keys import SORT_KEY_SQL, fill_sort_keys

    db.create_tables(MODELS)
    db.execute_sql(SEARCH_TABLE_SQL)
    db.execute_sql(REVISION_TRIGGER_SQL)
    for sql in LAST_DONE_SQL:
        db.execute_sql(sql)
    for sql in SORT_KEY_SQL:
        db.execute_sql(sql)
    for sql in AGENDA_INDEX_SQL:
        db.execute_sql(sql)
    fill_sort_keys(db)  # no contacts yet: only the rules the keys are made by
    for row in DEFAULT_TIERS:
        TierSetting.insert(**row).on_conflict_ignore().execute()


def _create_database(path: Path) -> None:
    """Build a new database in a private temporary file and put it in place if none exists.

    A crash leaves at most a temporary file, never a half-made database at `path`; a file that
    appeared at `path` meanwhile is left alone (and then inspected like any existing one).
    """
    import tempfile

    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".new")
    os.close(fd)
    tmp = Path(tmp_name)
    from peewee import SqliteDatabase

    from netzwerk_app.core.models import MODELS

    try:
        db = SqliteDatabase(str(tmp), pragmas={"foreign_keys": 1})
        db.bind(MODELS, bind_refs=False, bind_backrefs=False)
        try:
            with db.atomic():
                _create_schema(db)
                db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        finally:
            db.close()
        try:
            os.link(tmp, path)  # fails if a file is there: never replaces one
        except FileExistsError:
            pass
        except OSError:  # no hard links on this file system (FAT, some network mounts)
            if not path.exists():
                os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _content_digest(path: Path) -> str:
    """A digest of every row of every table: equal when the content is, whatever the pages."""
    import hashlib

    digest = hashlib.sha256()
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for name in tables:
            digest.update(name.encode())
            quoted = name.replace('"', '""')
            for row in con.execute(f'SELECT * FROM "{quoted}"'):
                digest.update(repr(row).encode())
        for (version,) in con.execute("PRAGMA user_version"):
            digest.update(str(version).encode())
    finally:
        con.close()
    return digest.hexdigest()


def _migration_backup(path: Path, version: int) -> Path:
    """The copy from before migrating from `version`: the one made by an earlier attempt when
    the database holds the same content (a failed attempt rolls back), else a new one."""
    # the content's digest in the name tells an earlier attempt's copy of the same content
    label = f"before-v{SCHEMA_VERSION}-from-v{version}-{_content_digest(path)[:16]}"
    from netzwerk_app.core.backups import backup_database, backups_dir

    for earlier in backups_dir(path.parent).glob(f"{path.stem}-*-{label}.sqlite3"):
        return earlier
    return backup_database(path, label)


def _describe(exc: BaseException) -> str:
    """The reason of an error in a few words: never just a number or an empty text."""
    if is_disk_full(exc):
        return DISK_FULL
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _migrate(db: SqliteDatabase, path: Path, version: int) -> None:
    from netzwerk_app.core.migrations import MIGRATIONS

    missing = [v for v in range(version, SCHEMA_VERSION) if v not in MIGRATIONS]
    if missing:
        db.close()
        raise DatabaseError(
            f"{path} is at schema {version}, and this version of Netzwerk has no step from "
            f"schema {missing[0]} to {missing[0] + 1}; the file was not touched."
        )
    try:
        backup = _migration_backup(path, version)
    except (OSError, sqlite3.Error) as exc:
        db.close()
        raise DatabaseError(
            f"{path} needs an update to schema {SCHEMA_VERSION}, but the copy made before "
            f"updating could not be written ({_describe(exc)}); the file was not touched."
        ) from exc
    try:
        while version < SCHEMA_VERSION:
            with db.atomic():
                MIGRATIONS[version](db)
                db.execute_sql(f"PRAGMA user_version = {version + 1}")
            version += 1
    except Exception as exc:
        db.close()
        raise DatabaseError(
            f"updating {path} from schema {version} to {version + 1} failed: {_describe(exc)}. "
            f"It was left at schema {version}, and a copy from before the update is in {backup}."
        ) from exc


def open_database(
    data_dir: str | os.PathLike[str] | None = None, daily: bool = True
) -> SqliteDatabase:
    """Open (creating or migrating as needed) the database in the data folder.

    Binds all models to the returned database. Raises `DatabaseError` for files that are not
    usable; those files are never modified. With `daily`, an existing database is copied into
    ``backups/`` once a day.
    """
    import peewee

    folder, path, version, created = _prepare(data_dir)
    db = bound_database(path)
    try:
        db.connect(reuse_if_open=True)
    except (peewee.DatabaseError, sqlite3.Error) as exc:
        db.close()
        reason = DISK_FULL if is_disk_full(exc) else " ".join(str(exc).split())
        raise DatabaseError(f"cannot open {path}: {reason}") from exc
    if version < SCHEMA_VERSION:
        _migrate(db, path, version)
    if daily and not created:
        from netzwerk_app.core.backups import daily_backup_or_warn

        daily_backup_or_warn(folder)
    return db


def _prepare(data_dir: str | os.PathLike[str] | None) -> tuple[Path, Path, int, bool]:
    """The data folder (made), the database file (created if missing) and its schema version
    (inspected, never modified), and whether the file was created just now."""
    folder = resolve_data_dir(data_dir)
    try:
        _ensure_private_dir(folder)
    except OSError as exc:
        raise DatabaseError(f"cannot create the data folder {folder}: {_describe(exc)}") from exc
    path = database_path(folder)
    created = False
    if not os.path.lexists(path):
        try:
            _create_database(path)
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError(f"cannot create {path}: {_creation_failure(exc)}") from exc
        except Exception as exc:  # peewee's errors (imported by the creation)
            if not is_sqlite_error(exc):
                raise
            raise DatabaseError(f"cannot create {path}: {_creation_failure(exc)}") from exc
        created = True
    try:
        version = _inspect_existing(path, check_wanted=not created and unclean_shutdown(path))
    except DatabaseError as exc:
        from netzwerk_app.core.backups import with_backup_hint

        raise with_backup_hint(exc, folder) from exc
    return folder, path, version, created


def _creation_failure(exc: BaseException) -> object:
    return DISK_FULL if is_disk_full(exc) else (getattr(exc, "strerror", None) or exc)


def open_plain_database(
    data_dir: str | os.PathLike[str] | None = None,
    daily: bool = True,
    kind: Callable[[Path, bool], Plain] = PlainDatabase,  # type: ignore[assignment]
) -> Plain:
    """`open_database` for reading: the same checks, creation, migration and daily backup, but
    a bare `sqlite3` connection instead of Peewee's bound models: `kind(path, created)`, a
    `connections.PlainDatabase` unless told (the window's: `window_database`)."""
    folder, path, version, created = _prepare(data_dir)
    if version < SCHEMA_VERSION:  # rare: migrate through the ORM, then read plainly
        open_database(folder, daily=False).close()
    try:
        db = kind(path, created)
    except sqlite3.Error as exc:
        reason = DISK_FULL if is_disk_full(exc) else " ".join(str(exc).split())
        raise DatabaseError(f"cannot open {path}: {reason}") from exc
    if daily and not created:
        from netzwerk_app.core.backups import daily_backup_or_warn

        daily_backup_or_warn(folder)
    return db
