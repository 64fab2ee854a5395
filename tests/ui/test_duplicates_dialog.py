"""Possible duplicates in the window: evidence side by side, merge choosing per field, undo,
not the same person, and the scan off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QRadioButton

from netzwerk_app.core import contact_writes, contacts, duplicates
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord
from netzwerk_app.ui.dialogs.duplicates_dialog import DIFFERS_STYLE, DuplicatesDialog


def add(db, given, family, org="", emails=(), phones=(), **kw) -> int:
    methods = [ContactMethodRecord("email", e) for e in emails]
    methods += [ContactMethodRecord("phone", p) for p in phones]
    record = ContactRecord(
        given_name=given, family_name=family, organization=org, methods=methods, **kw
    )
    return contact_writes.add_contact(db, record)


def _pair(db) -> tuple[int, int]:
    a = add(db, "Eva", "Roth", "Alpenbank", emails=["eva@roth.ch"])
    b = add(db, "Eva", "Roth", "Zeta AG", phones=["079 000 00 00"], birthday=Birthday(3, 14))
    assert duplicates.find_duplicates(db) == 1
    return a, b


def _open(qtbot, db) -> DuplicatesDialog:
    dialog = DuplicatesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _texts(dialog) -> list[str]:
    return [w.text() for w in dialog.detail.findChildren(QLabel) if w.isVisible()]


def test_a_pair_shows_side_by_side_with_differences_highlighted(qtbot, db):
    _pair(db)
    dialog = _open(qtbot, db)
    assert dialog.count_label.text().startswith("1 possible duplicate")
    assert "same name" in dialog.evidence_label.text()
    texts = _texts(dialog)
    assert "Alpenbank" in texts and "Zeta AG" in texts
    assert "eva@roth.ch" in texts and "079 000 00 00" in texts
    highlighted = [
        w.text() for w in dialog.detail.findChildren(QLabel) if w.styleSheet() == DIFFERS_STYLE
    ]
    assert "Alpenbank" in highlighted and "Zeta AG" in highlighted
    assert "Roth" not in highlighted  # the same family name is not highlighted
    assert set(dialog.choices) == {"organization"}  # a radio pair only where both have a value
    dialog.close()


def test_merging_keeps_the_chosen_values_and_undo_brings_both_back(qtbot, db):
    a, b = _pair(db)
    dialog = _open(qtbot, db)
    take_b = dialog.detail.findChild(QRadioButton, "organization:b")
    qtbot.mouseClick(take_b, Qt.MouseButton.LeftButton)
    assert take_b.isChecked() and dialog.taken_fields() == ["organization"]
    changed: list[int] = []
    dialog.contacts_changed.connect(lambda: changed.append(1))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    [kept] = contacts.list_contacts(db)
    assert kept.id == a and kept.organization == "Zeta AG"
    [merged] = contacts.load_contacts(db, [a])
    assert {m.value for m in merged.methods} == {"eva@roth.ch", "079 000 00 00"}
    assert "Undo with Ctrl+Z" in dialog.status.text()
    assert dialog.model.rowCount() == 0 and changed == [1]
    assert dialog.undo_button.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keySequence(dialog, QKeySequence(QKeySequence.StandardKey.Undo))
    rows = contacts.list_contacts(db)
    assert sorted(r.organization for r in rows) == ["Alpenbank", "Zeta AG"]
    assert "two contacts again" in dialog.status.text()
    assert dialog.model.rowCount() == 1  # the pair is proposed again
    assert not dialog.undo_button.isEnabled()
    dialog.close()


def test_not_the_same_person_is_remembered(qtbot, db):
    _pair(db)
    dialog = _open(qtbot, db)
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    assert len(contacts.list_contacts(db)) == 2
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_scanning(), timeout=5000)
    assert dialog.model.rowCount() == 0  # never proposed again
    assert "found 0 new possible duplicate" in dialog.status.text()
    dialog.close()


def test_the_scan_finds_pairs_among_existing_contacts(qtbot, db):
    add(db, "Anna", "Keller", emails=["anna@x.ch"])
    add(db, "", "", display_name="Keller, Anna", emails=["ANNA@x.ch"])
    dialog = _open(qtbot, db)
    assert dialog.model.rowCount() == 0 and not dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    assert not dialog.scan_button.isEnabled()  # running off the GUI thread
    qtbot.waitUntil(lambda: not dialog.is_scanning(), timeout=5000)
    assert dialog.model.rowCount() == 1
    assert dialog.status.text().startswith("The scan found 1 new possible duplicate")
    assert dialog.merge_button.isEnabled()
    dialog.close()


def test_the_main_window_menu_shows_the_count_and_opens_the_view(window, qtbot, db):
    _pair(db)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Contact")
    menu.aboutToShow.emit()
    assert window.duplicates_action.text() == "Possible &Duplicates… (1)"
    window.duplicates_action.trigger()
    dialog = window.duplicates_window
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 1  # the window's list followed the merge
    dialog.close()
    qtbot.waitUntil(lambda: window.duplicates_window is None)


def test_the_pair_list_model_passes_qt_model_tester(qtbot, db, qtmodeltester):
    _pair(db)
    dialog = _open(qtbot, db)
    qtmodeltester.check(dialog.model)
    dialog.close()
