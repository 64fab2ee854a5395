"""The contact list and its card, driven as the user does (issue 12's defects)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netzwerk_app.core import contacts
from netzwerk_app.ui.contact_model import COL_NAME


def _names(win) -> list[str]:
    return [win.model.row_data(r).display_name for r in range(win.model.rowCount())]


def _click_row(qtbot, win, name: str) -> int:
    row = _names(win).index(name)
    rect = win.table.visualRect(win.model.index(row, COL_NAME))
    qtbot.mouseClick(win.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return win.model.contact_id(row)


def test_after_an_edit_the_clicked_row_is_the_one_acted_on(window, qtbot, db, three):
    window.refresh_all()
    beat = _click_row(qtbot, window, "Beat Keller")
    assert window.card.contact_id == beat
    window.card.organization.selectAll()
    qtbot.keyClicks(window.card.organization, "Omega GmbH")
    assert window.card.is_dirty()

    anna = _click_row(qtbot, window, "Anna Müller")
    qtbot.wait(10)  # any deferred re-selection runs now

    assert contacts.load_contact(db, beat).organization == "Omega GmbH"  # the edit was saved
    assert window.card.contact_id == anna
    assert window.selected_ids() == [anna]  # Delete and Archive act on these
    assert [cid for cid, _, _ in window._selected_tuples()] == [anna]  # Ctrl+L acts on these
    assert window.model.contact_id(window.table.currentIndex().row()) == anna


def test_the_card_does_not_show_a_contact_the_search_filtered_out(window, qtbot, three):
    window.refresh_all()
    _click_row(qtbot, window, "Beat Keller")
    assert window.card.stack.currentIndex() == 1
    window.search.setFocus()
    qtbot.keyClicks(window.search, "Anna")
    assert _names(window) == ["Anna Müller"]
    assert window.card.contact_id is None
    assert window.card.stack.currentIndex() == 0
    assert window.selected_ids() == []


def test_export_is_disabled_without_contacts(window, qtbot, db, add_contact):
    assert not window.export_action.isEnabled()
    cid = add_contact("Anna", "Müller")
    window.refresh_all()
    assert window.export_action.isEnabled()
    window.delete_ids([cid])
    assert not window.export_action.isEnabled()
