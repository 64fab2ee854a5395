"""A command killed (SIGKILL) in the middle of a large import leaves the database as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from netzwerk_app.core import contacts
from netzwerk_app.core.contact_writes import add_contact
from netzwerk_app.core.database import open_database
from netzwerk_app.core.records import ContactRecord


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_a_large_import_leaves_the_old_state(data_dir, tmp_path):
    db = open_database(data_dir)
    add_contact(db, ContactRecord(given_name="Anna", family_name="Before"))
    db.close()
    cards = tmp_path / "many.vcf"
    cards.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nN:{i};Person;;;\r\n"
            f"EMAIL:p{i}@example.org\r\nEND:VCARD\r\n"
            for i in range(20000)
        )
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "netzwerk_app", "--data-dir", str(data_dir), "import", str(cards)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wal = data_dir / "netzwerk.sqlite3-wal"
    deadline = time.monotonic() + 60
    # kill it once it is writing: the WAL grows beyond the day's backup and start-up
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 256 * 1024:
            break
        time.sleep(0.005)
    if proc.poll() is not None:
        pytest.skip("the import finished before it could be killed")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    db = open_database(data_dir)
    try:
        assert [r.display_name for r in contacts.list_contacts(db)] == ["Anna Before"]
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
