"""Copies of the database file: the daily backup (the last `DAILY_BACKUPS_KEPT`), the copy
before a migration, listing them, and restoring one in place of the database.

The other half of what touches the database file (`core.database` finds, checks, creates,
migrates and opens it); a copy is made with SQLite's backup API, never by copying bytes of a
file in use.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from netzwerk_app.core import clock
from netzwerk_app.core.database import (
    BACKUP_FOLDER,
    DAILY_BACKUPS_KEPT,
    DAILY_LABEL,
    DB_FILENAME,
    DatabaseError,
    NewerDatabaseError,
    _describe,
    _ensure_private_dir,
    _inspect_existing,
    _room_for_a_copy,
    _uri,
    _warn,
    database_path,
    resolve_data_dir,
)


def backups_dir(data_dir: Path) -> Path:
    return Path(os.path.abspath(data_dir)) / BACKUP_FOLDER


def _copy_database(source: Path, target: Path) -> None:
    """Copy a database consistently (WAL included) with SQLite's backup API into a new 0600 file.

    The copy is written beside the target and moved into place when complete.
    """
    import tempfile

    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(_uri(source), uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def backup_database(db_file: Path, label: str) -> Path:
    """Copy the database into ``backups/`` next to it; returns the copy's path."""
    backups = backups_dir(db_file.parent)
    _ensure_private_dir(backups)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = backups / f"{db_file.stem}-{stamp}-{label}.sqlite3"
    _copy_database(db_file, target)
    return target


def list_backups(data_dir: Path) -> list[Path]:
    """The backups in the data folder, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{Path(DB_FILENAME).stem}-*.sqlite3") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def newest_backup(data_dir: Path) -> Path | None:
    """The newest backup that is a usable Netzwerk database, or None."""
    for candidate in list_backups(data_dir):
        try:
            _inspect_existing(candidate)
        except DatabaseError:
            continue
        return candidate
    return None


def daily_backup_needed(data_dir: Path) -> bool:
    """Whether `daily_backup` would copy the database today (no copy of today's yet)."""
    day = clock.today().strftime("%Y%m%d")
    stem = Path(DB_FILENAME).stem
    return not any(backups_dir(data_dir).glob(f"{stem}-{day}-*-{DAILY_LABEL}.sqlite3"))


def daily_backup(data_dir: Path) -> Path | None:
    """Copy the database into ``backups/`` once a day; keep the last `DAILY_BACKUPS_KEPT`.

    Returns the new copy, or None when today's exists already or the disk has no room for it.
    """
    db_file = database_path(data_dir)
    backups = backups_dir(data_dir)
    if not daily_backup_needed(data_dir):
        return None
    if not _room_for_a_copy(db_file):
        return None
    made = backup_database(db_file, DAILY_LABEL)
    dailies = sorted(backups.glob(f"{db_file.stem}-*-{DAILY_LABEL}.sqlite3"), reverse=True)
    for old in dailies[DAILY_BACKUPS_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


def restore_backup(data_dir: str | os.PathLike[str] | None, backup: str | os.PathLike[str]) -> Path:
    """Put a backup in place of the database; the file it replaces is kept beside it.

    The backup must be a Netzwerk database this version can open. Returns where the replaced
    database was moved (or the database path when there was none).
    """
    folder = resolve_data_dir(data_dir)
    source = Path(os.path.abspath(backup))
    if not source.is_file():
        raise DatabaseError(f"{source} is not a file")
    _inspect_existing(source, check_wanted=True)  # refuses anything not a usable database
    _ensure_private_dir(folder)
    path = database_path(folder)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.replaced-{stamp}")
    staged = path.with_name(f".{path.name}.restoring")
    staged.unlink(missing_ok=True)
    _copy_database(source, staged)
    if path.exists():
        os.replace(path, kept)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    os.replace(staged, path)
    return kept if kept.exists() else path


def with_backup_hint(exc: DatabaseError, folder: Path) -> DatabaseError:
    if isinstance(exc, NewerDatabaseError):  # nothing is wrong with it: update Netzwerk instead
        return exc
    backup = newest_backup(folder)
    if backup is None:
        return exc
    return DatabaseError(
        f"{exc} The newest backup is {backup}; to use it: netzwerk restore {backup}", backup
    )


def daily_backup_or_warn(data_dir: Path) -> Path | None:
    """`daily_backup`, logging a failure as a warning: a backup must never lock the user out."""
    try:
        return daily_backup(data_dir)
    except (OSError, sqlite3.Error) as exc:
        _warn("the daily backup of %s failed: %s", database_path(data_dir), _describe(exc))
        return None
