"""Defects found by driving the app like a user (QA pass), each pinned by a test."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from netzwerk_app.core import contacts


def test_setting_the_tier_of_many_selected_contacts_reselects_them_at_once(
    window, add_contact, qtbot
):
    for i in range(60):
        add_contact(f"Person{i:02d}", "Muster")
    window.refresh_all()
    window.table.setFocus()
    QTest.keySequence(window.table, QKeySequence.StandardKey.SelectAll)
    assert len(window.selected_ids()) == 60
    changes = []
    window.table.selectionModel().selectionChanged.connect(lambda *_a: changes.append(1))
    QTest.keySequence(window, QKeySequence("Ctrl+Alt+3"))  # tier C
    assert window.model.row_data(0).tier == "C"
    assert len(window.selected_ids()) == 60
    # Row by row, this emitted a change per row (quadratic: minutes for 3,000 contacts).
    assert len(changes) <= 2
    assert all(r.tier == "C" for r in contacts.list_contacts(window.db))
    assert window.table.selectionModel().currentIndex().row() == 0
    assert window.table.selectionModel().isRowSelected(59)
