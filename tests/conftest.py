"""Shared fixtures: every test gets a fresh database in its own temp folder."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from netzwerk_app.core import clock

# The one day every test runs on, whatever the machine's clock says (see core/clock.py).
TODAY = dt.date(2026, 11, 26)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("NETZWERK_REGION", "CH")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the user's data: data and config folders are temp folders."""
    monkeypatch.setenv("NETZWERK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NETZWERK_REGION", "CH")
    # "Start at login" writes into the config folder: a temp one, never the user's
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))
    # the window's start keeps compiled code in the cache folder (`ui/qt_start.py`)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "localappdata"))
    # sync passwords: never the user's keyring (tests set an in-memory one where they need it)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture(autouse=True)
def _fixed_clock(monkeypatch):
    """Every test, and every process it starts, sees the same day: no result depends on the date."""
    monkeypatch.setenv("NETZWERK_TODAY", TODAY.isoformat())
    clock.set_today(TODAY)
    yield TODAY
    clock.set_today(None)


@pytest.fixture
def today() -> dt.date:
    """The fixed day of the test run."""
    return TODAY


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def db(data_dir):
    from netzwerk_app.core.database import open_database

    database = open_database(data_dir)
    yield database
    database.close()


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MB tmpfs, where this machine lets the test mount one (root on Linux)."""
    mount = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    mount.mkdir()
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    proc = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
        capture_output=True, text=True,
    )  # fmt: skip
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def fill_disk():
    """fill_disk(folder): write into the folder until its file system is full."""
    return _fill


def _fill(folder: Path) -> None:
    try:
        with open(folder / "filler", "wb") as fh:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
    except OSError:  # ENOSPC: full (closing the file may raise it too)
        pass


@pytest.fixture
def old_schema():
    """old_schema(data_dir, version, *statements): the database in `data_dir` made to look as
    schema `version` left it (the statements undo what came later), for migration tests."""
    import sqlite3

    from netzwerk_app.core import database

    def make(data_dir: Path, version: int, *statements: str) -> None:
        con = sqlite3.connect(data_dir / database.DB_FILENAME)
        for sql in statements:
            con.execute(sql)
        con.execute(f"PRAGMA user_version = {int(version)}")
        con.commit()
        con.close()

    return make


@pytest.fixture
def first_version_digest():
    """A contact's digest as Netzwerk made it before the digests' second version (for undo
    records made then): the `repr` of its row and of each of its rows (by table, then by id),
    joined by line breaks, SHA-256; written out here, not taken from the code under test."""
    import hashlib

    from netzwerk_app.core.snapshots import CONTACT_TABLES

    def digest(db, cid: int) -> str:
        lines = [repr(db.execute_sql("SELECT * FROM contact WHERE id = ?", [cid]).fetchone())]
        for table in CONTACT_TABLES:
            sql = f"SELECT * FROM {table} WHERE contact_id = ? ORDER BY id"
            lines += [f"{table}:{row!r}" for row in db.execute_sql(sql, [cid])]
        return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()

    return digest
