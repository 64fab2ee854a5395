"""Triage of the Unsorted column: single keys, progress, undo, plain text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from netzwerk_app.core import contact_writes, history, snapshots
from netzwerk_app.core.models import Contact
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord
from netzwerk_app.ui.pages.triage import TriageDialog


def _add(db, given, family="", tier=None, **extra):
    record = ContactRecord(given_name=given, family_name=family, tier=tier, **extra)
    return contact_writes.add_contact(db, record, today=dt.date(2026, 3, 1))


def _state(cid):
    c = Contact.get_by_id(cid)
    return c.tier, c.archived


@pytest.fixture
def five(db):
    return [_add(db, name, "Test") for name in ("Anna", "Bert", "Cora", "Dirk", "Emil")]


@pytest.fixture
def dialog(db, qtbot, five):
    widget = TriageDialog(db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_triage_five_contacts_with_undo(db, dialog, five, qtbot):
    anna, bert, _cora, dirk, emil = five
    assert dialog.progress_text() == "1 of 5"
    assert dialog.name_label.text() == "Anna Test"
    with qtbot.waitSignal(dialog.data_changed, timeout=1000):
        qtbot.keyClick(dialog, Qt.Key.Key_A)
    assert _state(anna) == ("A", False)
    assert dialog.progress_text() == "2 of 5"
    qtbot.keyClick(dialog, Qt.Key.Key_S)  # skip Bert
    qtbot.keyClick(dialog, Qt.Key.Key_C)  # Cora
    qtbot.keyClick(dialog, Qt.Key.Key_X)  # archive Dirk
    assert _state(dirk) == (None, True)
    assert dialog.name_label.text() == "Emil Test"
    # undo the archive: Dirk is back and shown again
    qtbot.keyClick(dialog, Qt.Key.Key_Backspace)
    assert _state(dirk) == (None, False)
    assert dialog.name_label.text() == "Dirk Test"
    assert dialog.progress_text() == "4 of 5"
    qtbot.keyClick(dialog, Qt.Key.Key_D)
    # undo a filing with Ctrl+Z, then file again
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _state(dirk) == (None, False)
    qtbot.keyClick(dialog, Qt.Key.Key_B)
    qtbot.keyClick(dialog, Qt.Key.Key_D)
    assert dialog.finished_all
    assert dialog.progress_text() == "5 of 5"
    assert not dialog.tier_buttons["A"].isEnabled()
    assert dialog.done_label.isVisible()
    assert "4 filed" in dialog.done_label.text() or "4" in dialog.done_label.text()
    assert [_state(i) for i in five] == [
        ("A", False), (None, False), ("C", False), ("B", False), ("D", False),
    ]  # fmt: skip
    changes = [(h.from_tier, h.to_tier) for h in history.tier_history(dirk)]
    assert changes == [(None, "B"), ("D", None), (None, "D")]
    # undo works after the end, too
    qtbot.keyClick(dialog, Qt.Key.Key_Backspace)
    assert _state(emil) == (None, False)
    assert dialog.name_label.text() == "Emil Test"
    assert bert


def test_buttons_file_too(db, dialog, five, qtbot):
    qtbot.mouseClick(dialog.tier_buttons["B"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert _state(five[0]) == ("B", False)
    assert _state(five[2]) == (None, False)
    assert dialog.progress_text() == "3 of 5"


def test_what_is_known_is_shown_as_plain_text(db, qtbot):
    _add(
        db, "<b>x</b>", "", organization="Acme <i>AG</i>", title="CEO",
        birthday=Birthday(11, 27), notes="Met at <script>", tags=["Golf"],
        methods=[ContactMethodRecord("email", "x@example.com")],
    )  # fmt: skip
    dialog = TriageDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.name_label.text() == "<b>x</b>"
    assert dialog.name_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.position_label.text() == "CEO · Acme <i>AG</i>"
    assert dialog.fields["birthday"].text() in ("27 Nov", "27 Nov.", "27. Nov.")
    assert "2000" not in dialog.fields["birthday"].text()
    assert dialog.fields["emails"].text() == "x@example.com"
    assert dialog.fields["notes"].text() == "Met at <script>"
    assert dialog.progress_text() == "1 of 1"


def test_only_unsorted_contacts_are_triaged(db, qtbot):
    _add(db, "Filed", tier="A")
    dialog = TriageDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.total == 0 and dialog.finished_all
    assert dialog.progress_text() == "0 of 0"


def test_deleted_contact_is_passed_over(db, qtbot, five):
    dialog = TriageDialog(db)
    qtbot.addWidget(dialog)
    snapshots.delete_contacts(db, [five[1]])
    qtbot.keyClick(dialog, Qt.Key.Key_A)
    assert dialog.name_label.text() == "Cora Test"
    assert dialog.progress_text() == "2 of 4"


def test_open_contact(db, dialog, five, qtbot):
    with qtbot.waitSignal(dialog.contact_open_requested, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [five[0]]


def test_filing_into_d_without_a_birthday_says_so(db, dialog, five, qtbot):
    anna = five[0]
    assert not dialog.banner.isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_D)
    assert _state(anna) == ("D", False)
    banner = dialog.banner
    assert banner.isVisibleTo(dialog)
    assert "Anna Test" in banner.text.text() and "birthday" in banner.text.text()
    # the next contact is shown meanwhile: triage goes on
    assert dialog.name_label.text() == "Bert Test"
    with qtbot.waitSignal(dialog.contact_open_requested, timeout=1000) as opened:
        qtbot.mouseClick(banner.add_birthday_button, Qt.MouseButton.LeftButton)
    assert opened.args == [anna]
    # another tier instead, and Undo then takes that filing back
    qtbot.mouseClick(banner.tier_buttons["B"], Qt.MouseButton.LeftButton)
    assert _state(anna) == ("B", False)
    assert not banner.isVisibleTo(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Backspace)
    assert _state(anna) == (None, False)
    assert dialog.name_label.text() == "Anna Test"


def test_filing_with_a_birthday_into_d_is_quiet(db, qtbot):
    _add(db, "Dora", "Test", birthday=Birthday(3, 20))
    dialog = TriageDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_D)
    assert not dialog.banner.isVisibleTo(dialog)
