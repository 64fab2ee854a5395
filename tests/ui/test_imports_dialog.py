"""Recent imports: the list (when, files, counts) and undoing one, naming contacts left as they
are because they were edited since."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from netzwerk_app import vcard
from netzwerk_app.core import contact_writes, contacts
from netzwerk_app.ui.dialogs.imports_dialog import RecentImportsDialog

DATA = Path(__file__).resolve().parent.parent / "data" / "ui"


def _cell(dialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def test_undoing_an_import_from_the_list(qtbot, db):
    vcard.import_vcard_files(db, [DATA / "three.vcf"])
    vcard.import_vcard_files(db, [DATA / "household.vcf"])
    assert len(contacts.list_contacts(db)) == 4 + 5
    # one contact of the second import is edited since: undo leaves it as it is
    peter = next(r for r in contacts.list_contacts(db) if r.display_name == "Peter Frei")
    [record] = contacts.load_contacts(db, [peter.id])
    record.notes = "met at the apéro"
    contact_writes.update_contact(db, peter.id, record)
    dialog = RecentImportsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 2
    assert _cell(dialog, 0, 0).startswith("2026-11-26")  # the app's one clock
    assert _cell(dialog, 0, 1) == "household.vcf" and _cell(dialog, 1, 1) == "three.vcf"
    assert [_cell(dialog, 0, c) for c in range(2, 7)] == ["5", "0", "0", "0", "1"]
    assert dialog.selected_import().files == ["household.vcf"]  # the newest is selected
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    # "contacts" with the English plural forms loaded (an earlier test may have), else the source
    assert re.match(r"Import undone: 4 contact(s|\(s\)) removed", dialog.result_label.text())
    assert dialog.kept_list.isVisible() and dialog.kept_names() == ["Peter Frei"]
    names = sorted(r.display_name for r in contacts.list_contacts(db))
    assert names == ["<b>x</b>", "Broken", "Chidi Okafor", "Martina Brunner", "Peter Frei"]
    assert _cell(dialog, 0, 7) == "undone"
    assert not dialog.undo_button.isEnabled()  # an import is undone once
    dialog.table.selectRow(1)
    assert dialog.undo_button.isEnabled()
    dialog.close()


def test_the_file_menu_opens_recent_imports_and_the_window_follows_an_undo(window, qtbot, db):
    vcard.import_vcard_files(db, [DATA / "three.vcf"])
    window.refresh_all()
    assert window.model.rowCount() == 4
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert window.imports_action in file_menu.actions()
    window.imports_action.trigger()
    dialog = window.imports_window
    assert dialog.isVisible() and not dialog.isModal()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 0
    dialog.close()
    qtbot.waitUntil(lambda: window.imports_window is None)
