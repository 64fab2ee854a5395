"""Changes made by another process while the window is open: nothing is lost, the card says so.

The command line runs in a real subprocess on the same data folder, as a user's script would.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from netzwerk_app.core import contact_writes, contacts, history
from netzwerk_app.core.records import Birthday, ContactRecord


def cli(data_dir, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _edit_nickname_and_save(qtbot, win, text: str) -> None:
    card = win.card
    card.tabs.setCurrentIndex(0)
    card.nickname.setFocus()
    qtbot.keyClicks(card.nickname, text)
    qtbot.keyClick(card.nickname, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(card.nickname, Qt.Key.Key_Control)  # QTest leaves Ctrl held


def _changes_elsewhere(db, data_dir, tmp_path, cid: int) -> None:
    """`netzwerk tier ID B`, then an import that adds an email, a tag and a birthday."""
    uid = contacts.load_contact(db, cid).uid
    cli(data_dir, "tier", str(cid), "B")
    card = tmp_path / "dora.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"UID:{uid}\r\nFN:Dora Graf\r\nN:Graf;Dora;;;\r\n"
        "EMAIL;TYPE=WORK:dora@graf.example\r\nCATEGORIES:board\r\nBDAY:1980-03-14\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    cli(data_dir, "import", str(card))


def test_a_save_in_the_window_keeps_changes_made_elsewhere(qtbot, window, db, data_dir, tmp_path):
    cid = contact_writes.add_contact(db, ContactRecord(given_name="Dora", family_name="Graf"))
    window.refresh_all()
    window.open_contact(cid)
    assert window.card.contact_id == cid

    _changes_elsewhere(db, data_dir, tmp_path, cid)
    _edit_nickname_and_save(qtbot, window, "Do")

    # the window did not overwrite what it had not loaded: it shows what changed instead
    stored = contacts.load_contact(db, cid)
    assert stored.tier == "B"
    assert stored.emails() == ["dora@graf.example"]
    assert stored.tags == ["board"]
    assert stored.birthday == Birthday(3, 14, 1980)
    changes = [(c.from_tier, c.to_tier) for c in history.tier_history(cid)]
    assert changes == [(None, "B")]
    banner = window.card.conflict_banner
    assert banner.isVisible()
    shown = banner.details_text()
    for field in ("Tier", "Reach", "Tags", "Birthday"):
        assert field in shown
    assert window.card.is_dirty()  # the nickname is not thrown away either

    qtbot.mouseClick(banner.merge_button, Qt.MouseButton.LeftButton)
    stored = contacts.load_contact(db, cid)
    assert stored.nickname == "Do"
    assert (stored.tier, stored.emails(), stored.tags) == ("B", ["dora@graf.example"], ["board"])
    assert stored.birthday == Birthday(3, 14, 1980)
    assert not banner.isVisible()
    assert not window.card.is_dirty()
    assert window.card.nickname.text() == "Do"
    assert window.card.tier.currentData() == "B"


def test_keep_theirs_drops_my_edit_and_keep_mine_writes_it(qtbot, window, db, data_dir, tmp_path):
    cid = contact_writes.add_contact(db, ContactRecord(given_name="Dora", family_name="Graf"))
    window.refresh_all()
    window.open_contact(cid)
    cli(data_dir, "tier", str(cid), "B")
    _edit_nickname_and_save(qtbot, window, "Do")
    banner = window.card.conflict_banner
    assert banner.isVisible()
    qtbot.mouseClick(banner.theirs_button, Qt.MouseButton.LeftButton)
    assert contacts.load_contact(db, cid).nickname == ""
    assert window.card.nickname.text() == ""
    assert window.card.tier.currentData() == "B"
    assert not window.card.is_dirty()

    cli(data_dir, "tier", str(cid), "C")
    _edit_nickname_and_save(qtbot, window, "Dodo")
    qtbot.mouseClick(banner.mine_button, Qt.MouseButton.LeftButton)
    stored = contacts.load_contact(db, cid)
    assert (stored.nickname, stored.tier) == ("Dodo", "B")  # the card as the user saw it


def test_the_list_shows_contacts_added_by_the_command_line(qtbot, three, window, data_dir):
    assert window.model.rowCount() == 3
    cli(data_dir, "add", "--given", "Emil", "--family", "Zbinden", "--tier", "A")
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=10000)
    shown = [window.model.row_data(r).display_name for r in range(window.model.rowCount())]
    assert "Emil Zbinden" in shown
    assert window.status_contacts.text().startswith("4")


def test_while_editing_the_card_says_at_once_what_changed_elsewhere(qtbot, window, db, data_dir):
    cid = contact_writes.add_contact(db, ContactRecord(given_name="Dora", family_name="Graf"))
    window.refresh_all()
    window.open_contact(cid)
    window.card.nickname.setFocus()
    qtbot.keyClicks(window.card.nickname, "Do")
    cli(data_dir, "tier", str(cid), "B")
    banner = window.card.conflict_banner
    qtbot.waitUntil(banner.isVisible, timeout=10000)  # the window's slow check found it
    assert "Tier" in banner.details_text()
    assert window.card.nickname.text() == "Do" and window.card.is_dirty()
    assert contacts.load_contact(db, cid).tier == "B"
    qtbot.mouseClick(banner.merge_button, Qt.MouseButton.LeftButton)
    stored = contacts.load_contact(db, cid)
    assert (stored.nickname, stored.tier) == ("Do", "B")
    assert not window.card.is_dirty()


def test_a_window_left_open_overnight_makes_the_new_days_backup(qtbot, window, data_dir, today):
    import datetime as dt

    from netzwerk_app.core import clock

    def backups() -> list[str]:
        return sorted(p.name for p in (data_dir / "backups").glob("*-daily.sqlite3"))

    before = backups() if (data_dir / "backups").exists() else []
    with clock.fixed(today + dt.timedelta(days=1)):
        qtbot.waitUntil(lambda: len(backups()) == len(before) + 1, timeout=10000)
    assert backups()[-1].startswith("netzwerk-20261127")


def test_the_board_and_the_calendar_follow_changes_made_elsewhere(qtbot, window, db, data_dir):
    from netzwerk_app.ui.main_window import VIEW_BOARD, VIEW_CALENDAR

    cid = contact_writes.add_contact(db, ContactRecord(given_name="Dora", family_name="Graf"))
    window.refresh_all()
    window.show_view(VIEW_CALENDAR)  # built now: from here on it must follow the changes
    calendar = window.calendar.page
    assert calendar.items() == []
    window.show_view(VIEW_BOARD)
    board = window.board.page
    qtbot.waitUntil(lambda: board.model_of(None).rowCount() == 1)
    cli(data_dir, "tier", str(cid), "B")  # never touched: due from the day it is filed
    cli(data_dir, "add", "--given", "Emil", "--tier", "A")
    qtbot.waitUntil(lambda: board.model_of("B").rowCount() == 1, timeout=10000)
    assert board.model_of(None).rowCount() == 0 and board.model_of("A").rowCount() == 1
    window.show_view(VIEW_CALENDAR)
    qtbot.waitUntil(lambda: bool(calendar.items()), timeout=10000)
    assert sorted(i.display_name for i in calendar.items()) == ["Dora Graf", "Emil"]


def test_another_contact_waits_while_the_conflict_is_open(qtbot, three, window, db, data_dir):
    cid = contact_writes.add_contact(db, ContactRecord(given_name="Dora", family_name="Graf"))
    window.refresh_all()
    window.open_contact(cid)
    window.outside_timer.stop()  # only the save meets the change here
    window.card.nickname.setFocus()
    qtbot.keyClicks(window.card.nickname, "Do")
    cli(data_dir, "tier", str(cid), "B")
    names = [window.model.row_data(r).display_name for r in range(window.model.rowCount())]
    window.table.selectRow(names.index("Beat Keller"))
    banner = window.card.conflict_banner
    assert banner.isVisible() and window.card.contact_id == cid
    qtbot.waitUntil(lambda: window.selected_ids() == [cid])
    qtbot.mouseClick(banner.theirs_button, Qt.MouseButton.LeftButton)
    assert contacts.load_contact(db, cid).tier == "B"


def test_the_new_days_backup_of_a_window_left_open_runs_beside_the_window(
    qtbot, window, data_dir, today, monkeypatch
):
    """At 100k contacts the copy takes seconds: a window left open overnight makes it in a
    worker thread, not in its own (where it would freeze at the first check after midnight)."""
    import datetime as dt
    import threading

    from netzwerk_app.core import backups, clock

    threads = []
    real = backups.daily_backup

    def recorded(folder):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(folder)

    monkeypatch.setattr(backups, "daily_backup", recorded)
    with clock.fixed(today + dt.timedelta(days=1)):
        window.check_outside_changes()
        qtbot.waitUntil(lambda: bool(threads), timeout=10000)
    assert threads == [False]
    window.context.workers.stop_all()
