"""The files Netzwerk writes: private modes, folders used as they are, no adopted strangers,
exports that no planted link can redirect, daily backups and their restore, a full disk."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from netzwerk_app.cli import main
from netzwerk_app.core import backups, clock, database
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.database import DatabaseError, folder_warning, open_database
from netzwerk_app.core.files import FileWriteError, write_file_atomically
from netzwerk_app.core.records import ContactRecord

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def run(data_dir, capsys):
    """`netzwerk --data-dir <temp> ARGS...` in this process: (exit code, stdout, stderr)."""

    def _run(*args: str, folder: Path | None = None) -> tuple[int, str, str]:
        code = main(["--data-dir", str(folder or data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_database_wal_shm_and_backups_are_private_under_umask_022(data_dir):
    old = os.umask(0o022)
    try:
        db = open_database(data_dir)
        add_contact(db, ContactRecord(given_name="Anna"))
        path = data_dir / "netzwerk.sqlite3"
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            assert p.exists() and mode(p) == 0o600, p
        backup = backups.backup_database(path, "test")
        assert mode(backup) == 0o600
        assert mode(data_dir) == 0o700 and mode(backup.parent) == 0o700
        db.close()
    finally:
        os.umask(old)


@posix_only
def test_an_existing_folder_is_used_as_it_is_with_a_warning(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o755)
    assert "chmod 700" in folder_warning(folder)
    open_database(folder).close()
    assert mode(folder) == 0o755  # not chmodded behind the user's back
    folder.chmod(0o700)
    assert folder_warning(folder) is None


@posix_only
def test_a_write_protected_folder_stays_write_protected(tmp_path):
    folder = tmp_path / "protected"
    open_database(folder).close()
    folder.chmod(0o500)
    try:
        open_database(folder).close()
        assert mode(folder) == 0o500
    finally:
        folder.chmod(0o700)


def test_an_empty_file_is_not_adopted(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "netzwerk.sqlite3"
    path.touch()
    with pytest.raises(DatabaseError, match="empty file"):
        open_database(data_dir)
    assert path.stat().st_size == 0


def test_an_sqlite_file_with_only_a_user_version_is_not_adopted(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "netzwerk.sqlite3"
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(data_dir)
    assert path.read_bytes() == before


def test_a_relative_data_folder_works_every_time(tmp_path):
    """`netzwerk --data-dir rel add …` twice (the second run crashed on path.as_uri())."""
    env = {k: v for k, v in os.environ.items() if k != "NETZWERK_DATA_DIR"}
    for given in ("Anna", "Beat"):
        proc = subprocess.run(
            [sys.executable, "-m", "netzwerk_app", "--data-dir", "rel", "add", "--given", given],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "rel" / "netzwerk.sqlite3").exists()
    assert database.resolve_data_dir("rel").is_absolute()


def test_a_planted_link_cannot_redirect_an_export(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "out.vcf"
    # the temporary file's old, predictable name, and the target itself as links to the victim
    (tmp_path / f".out.vcf.{os.getpid()}.tmp").symlink_to(victim)
    write_file_atomically(target, b"BEGIN:VCARD\r\n")
    assert victim.read_text() == "precious"
    assert target.read_bytes() == b"BEGIN:VCARD\r\n"
    link = tmp_path / "link.vcf"
    link.symlink_to(victim)
    write_file_atomically(link, b"new")
    assert victim.read_text() == "precious"
    assert not link.is_symlink() and link.read_bytes() == b"new"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == [f".out.vcf.{os.getpid()}.tmp"]  # only the planted one


def test_daily_backups_keep_the_last_seven(data_dir):
    open_database(data_dir).close()
    for day in range(1, 11):
        with clock.fixed(clock.today().replace(day=day)):
            open_database(data_dir).close()
            open_database(data_dir).close()  # once a day only
    daily = sorted(p.name for p in (data_dir / "backups").glob("*-daily.sqlite3"))
    assert len(daily) == 7
    assert daily[0].startswith("netzwerk-20261104") and daily[-1].startswith("netzwerk-20261110")


def test_a_damaged_database_names_the_newest_backup_and_restore_brings_it_back(data_dir, run):
    db = open_database(data_dir)
    add_contact(db, ContactRecord(given_name="Anna"))
    db.close()
    open_database(data_dir).close()  # the day's backup, with Anna
    path = data_dir / "netzwerk.sqlite3"
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseError) as caught:
        open_database(data_dir)
    backup = caught.value.backup
    assert backup is not None and f"netzwerk restore {backup}" in str(caught.value)
    code, _out, err = run("contacts")
    assert code == 1 and "netzwerk restore" in err
    code, _out, err = run("restore", str(backup))
    assert code == 0, err
    assert "kept as" in err
    code, out, _err = run("contacts")
    assert code == 0 and "Anna" in out
    kept = [
        p for p in data_dir.iterdir()
        if ".replaced-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]  # fmt: skip
    assert kept and kept[0].read_bytes()[:16] == b"SQLite format 3\x00"


def test_restore_refuses_a_file_that_is_not_a_netzwerk_database(data_dir, run, tmp_path):
    open_database(data_dir).close()
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("no")
    code, _out, err = run("restore", str(junk))
    assert code == 1 and "not a Netzwerk database" in err
    assert open_database(data_dir) is not None


def test_a_full_disk_is_called_a_full_disk(tiny_disk, fill_disk, run):
    data = tiny_disk / "data"
    db = open_database(data)
    add_contact(db, ContactRecord(given_name="Anna"))
    db.close()
    fill_disk(tiny_disk)
    with pytest.raises(FileWriteError, match="the disk is full"):
        write_file_atomically(tiny_disk / "out.vcf", b"x" * 200_000)
    code, _out, err = run("add", "--given", "Beat", "--note", "n" * 300_000, folder=data)
    assert code == 1
    assert "the disk is full" in err and "damaged" not in err, err
    cards = tiny_disk.parent / "many.vcf"
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nNOTE:{'x' * 100}\r\nEND:VCARD\r\n"
            for i in range(5000)
        )
    )
    code, _out, err = run("import", str(cards), folder=data)
    assert code == 1 and "the disk is full" in err and "rollback" not in err, err
    code, out, err = run("contacts", folder=data)  # the intact database is still readable
    assert "damaged" not in err, err
    if code == 0:
        assert "Anna" in out
    else:
        assert "the disk is full" in err


def test_a_streamed_write_that_fails_midway_leaves_the_old_file_and_no_litter(tmp_path):
    target = tmp_path / "out.vcf"
    target.write_bytes(b"old")

    def pieces():
        yield b"BEGIN:VCARD\r\n"
        raise ValueError("a card could not be written")

    with pytest.raises(ValueError):
        write_file_atomically(target, pieces())
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["out.vcf"]
    write_file_atomically(target, iter([b"a", b"b"]))
    assert target.read_bytes() == b"ab"
