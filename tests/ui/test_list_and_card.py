"""The contact list and its card, driven as the user does (issue 12's defects)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from netzwerk_app.core import contact_writes, contacts
from netzwerk_app.ui.dialogs.import_dialog import PAGE_PREVIEW, PAGE_REPORT
from netzwerk_app.ui.main_window import VIEW_BOARD, VIEW_CONTACTS
from netzwerk_app.ui.models.contact_model import COL_NAME

THREE = Path(__file__).resolve().parent.parent / "data" / "ui" / "three.vcf"


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


def _open_wide_card_at(window, qtbot, db, add_contact, width: int) -> None:
    from netzwerk_app.core.records import ContactMethodRecord, ContactRecord

    for i in range(5):
        add_contact(f"Person{i}", "Longfamilyname", "Helvetia Versicherungen", "Head of Sales", "A")
    cid = contact_writes.add_contact(
        db,
        ContactRecord(
            given_name="Beat", family_name="Lehmann",
            methods=[ContactMethodRecord("email", "beat.lehmann@example.ch")],
        ),
    )  # fmt: skip
    window.refresh_all()
    window.resize(width, 650)
    window.open_contact(cid)
    qtbot.waitUntil(lambda: window.width() == width)
    qtbot.wait(20)


def _next_due_in_sight(window) -> bool:
    from netzwerk_app.ui.models.contact_model import COL_NEXT_DUE

    table = window.table
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(COL_NEXT_DUE) + header.sectionSize(COL_NEXT_DUE)
    return (
        not header.isSectionHidden(COL_NEXT_DUE)
        and right <= table.viewport().width()
        and header.sectionSize(COL_NEXT_DUE) >= header.sectionSizeHint(COL_NEXT_DUE)
        and not table.horizontalScrollBar().isVisible()
    )


def test_next_due_and_the_card_s_reach_fit_at_1024_px(window, qtbot, db, add_contact):
    _open_wide_card_at(window, qtbot, db, add_contact, 1024)
    assert _next_due_in_sight(window)
    # the email's column shows about 20 characters, not 4
    methods = window.card.methods
    chars = methods.fontMetrics().horizontalAdvance("x" * 20)
    assert methods.columnWidth(2) >= chars


def test_next_due_stays_in_sight_in_a_small_window(window, qtbot, db, add_contact):
    """At 800 px with the card open, "Next due" was pushed out of the list (a sideways
    scroll bar): now the views' list shows icons only and the last touchpoint steps aside
    (the card shows both), the name keeps a readable width."""
    from netzwerk_app.ui.models.contact_model import COL_LAST, COL_NAME, COL_TIER

    _open_wide_card_at(window, qtbot, db, add_contact, 800)
    assert _next_due_in_sight(window)
    header = window.table.horizontalHeader()
    assert not header.isSectionHidden(COL_TIER)
    assert header.sectionSize(COL_NAME) >= 120
    assert header.isSectionHidden(COL_LAST)
    assert window.nav.compact
    # the toolbar's buttons show their icons only, and the search field stays in sight
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert window.search.isVisible()
    # the views keep their names where the text is left out: as the tip and for screen readers
    for i, action in enumerate(window.view_action_list):
        item = window.nav.item(i)
        assert item.text() == ""
        assert item.toolTip() == action.text().replace("&", "")
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.toolTip()
    # the narrow list still switches views when an icon is clicked
    rect = window.nav.visualItemRect(window.nav.item(VIEW_BOARD))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentIndex() == VIEW_BOARD


def test_a_window_made_wide_again_shows_the_views_names_and_every_column(
    window, qtbot, db, add_contact
):
    from netzwerk_app.ui.models.contact_model import COL_LAST

    _open_wide_card_at(window, qtbot, db, add_contact, 800)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    qtbot.wait(20)
    assert not window.nav.compact
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.search.isVisible()
    assert window.nav.item(VIEW_CONTACTS).text() == window.view_action_list[0].text().replace(
        "&", ""
    )
    assert not window.table.horizontalHeader().isSectionHidden(COL_LAST)
    assert _next_due_in_sight(window)


def test_a_wide_list_shows_every_column(window, qtbot, three):
    from netzwerk_app.ui.models.contact_model import COL_ORGANIZATION, COL_TITLE

    window.refresh_all()
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.width() == 1600)
    qtbot.wait(20)
    header = window.table.horizontalHeader()
    assert not header.isSectionHidden(COL_TITLE)
    assert not header.isSectionHidden(COL_ORGANIZATION)


def test_the_birthday_field_accepts_the_date_as_the_list_shows_it(window, qtbot, db, three):
    from PySide6.QtCore import QLocale

    from netzwerk_app.core.records import Birthday

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        window.refresh_all()
        beat = _click_row(qtbot, window, "Beat Keller")
        card = window.card
        card.birthday.selectAll()
        qtbot.keyClicks(card.birthday, "27/11/1980")
        assert card.birthday_hint.text() != card.tr("not a date")
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
        assert contacts.load_contact(db, beat).birthday == Birthday(11, 27, 1980)
        assert card.birthday.text() == "27/11/1980"  # shown as typed, in the list's format
    finally:
        QLocale.setDefault(QLocale.system())


def test_the_card_says_a_d_contact_without_birthday_is_never_due(window, qtbot, db, three):
    window.refresh_all()
    _click_row(qtbot, window, "Beat Keller")  # tier B, no birthday
    card = window.card
    card.tabs.setCurrentIndex(2)
    assert not card.no_birthday_box.isVisible()
    card.tier.setCurrentIndex(card.tier.findData("D"))
    assert card.no_birthday_box.isVisible()
    assert "never" in card.no_birthday_hint.text()
    qtbot.mouseClick(card.add_birthday_button, Qt.MouseButton.LeftButton)
    assert card.tabs.currentIndex() == 0
    assert card.birthday.hasFocus()
    qtbot.keyClicks(card.birthday, "27.11.")
    assert not card.no_birthday_box.isVisible()
    card.birthday.clear()
    card.tier.setCurrentIndex(card.tier.findData("A"))
    assert not card.no_birthday_box.isVisible()


def test_a_language_change_translates_the_window_at_once(window, qtbot, qapp, three):
    from PySide6.QtCore import QLocale

    from netzwerk_app.ui.live_translation import switch_language
    from netzwerk_app.ui.models.contact_model import COL_ORGANIZATION

    window.refresh_all()
    _click_row(qtbot, window, "Beat Keller")
    card = window.card
    menus = lambda: [a.text() for a in window.menuBar().actions()]  # noqa: E731
    header = lambda: window.model.headerData(COL_ORGANIZATION, Qt.Orientation.Horizontal)  # noqa: E731
    assert "&File" in menus()
    try:
        switch_language(qapp, "de")
        qtbot.waitUntil(lambda: "&Datei" in menus())
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "Kontakte")
        assert header() == "Organisation"
        assert window.search.placeholderText().startswith("Kontakte suchen")
        assert window.new_action.text() != "&New Contact"
        assert card.tabs.tabText(0) == "&Details"
        assert card.tabs.tabText(2) != "&Relationship"
        assert card.save_button.text() == "Speichern"
        assert card.contact_id is not None and card.given.text() == "Beat"
    finally:
        switch_language(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qtbot.waitUntil(lambda: "&File" in menus())
    assert card.save_button.text() == "Save"


def test_a_language_change_names_the_views_of_a_narrow_window(window, qtbot, qapp, three):
    """With icons only, the views' names are their tips: a new language renames those, and
    the toolbar is fitted again to its buttons' names in that language."""
    from PySide6.QtCore import QLocale

    from netzwerk_app.ui.live_translation import switch_language

    window.resize(800, 650)
    qtbot.waitUntil(lambda: window.width() == 800)
    assert window.nav.compact
    try:
        switch_language(qapp, "de")
        qtbot.waitUntil(lambda: window.nav.item(0).toolTip() == "Kontakte")
        assert window.nav.item(0).text() == ""
        assert window.nav.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == "Kontakte"
        assert window.search.isVisible()
        window.resize(1600, 900)
        qtbot.waitUntil(lambda: window.width() == 1600)
        assert window.nav.item(0).text() == "Kontakte"
        assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        assert window.search.isVisible()
    finally:
        switch_language(qapp, "en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Contacts")


def _click_nav(qtbot, win, index: int) -> None:
    rect = win.nav.visualItemRect(win.nav.item(index))
    qtbot.mouseClick(win.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


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


def test_after_an_import_the_selected_row_has_its_card_open(window, qtbot, ui):
    ui.drop_files(window, [THREE])
    qtbot.waitUntil(lambda: window.import_window is not None, timeout=5000)
    dialog = window.import_window
    ui.wait_for_page(qtbot, dialog, PAGE_PREVIEW)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    ui.wait_for_page(qtbot, dialog, PAGE_REPORT)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.import_window is None)
    selected = window.selected_ids()
    assert len(selected) == 1
    # The row was highlighted while the card said "Select a contact to see the card".
    assert window.card.contact_id == selected[0]
    assert window.card.stack.currentIndex() == 1


def test_leaving_the_list_with_an_invalid_card_stays_and_says_why(
    window, qtbot, three, message_boxes
):
    window.refresh_all()
    _click_row(qtbot, window, "Anna Müller")
    qtbot.keyClicks(window.card.birthday, "31.02.")
    _click_nav(qtbot, window, VIEW_BOARD)
    assert message_boxes.said and "31.02." in message_boxes.said[0]
    assert window.pages.currentIndex() == VIEW_CONTACTS
    assert window.nav.currentRow() == VIEW_CONTACTS
    assert window.view_action_list[VIEW_CONTACTS].isChecked()
    qtbot.mouseClick(window.card.revert_button, Qt.MouseButton.LeftButton)
    assert not window.card.is_dirty()


def test_an_untouched_new_contact_does_not_trap_the_user(window, qtbot, db, three, message_boxes):
    window.refresh_all()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.card.contact_id is None and window.card.is_dirty()
    # Changing one's mind: click another contact. This said "a contact needs a name" and
    # kept the empty card, with Revert disabled: no way out but typing a name.
    beat = _click_row(qtbot, window, "Beat Keller")
    assert message_boxes.said == []
    assert window.card.contact_id == beat
    assert window.selected_ids() == [beat]
    assert len(contacts.list_contacts(db)) == 3


def test_a_new_contact_with_only_a_note_can_be_discarded(window, qtbot, db, three, message_boxes):
    window.refresh_all()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    window.card.notes.setFocus()
    qtbot.keyClicks(window.card.notes, "someone from the fair")
    assert window.card.revert_button.isEnabled()
    qtbot.mouseClick(window.card.revert_button, Qt.MouseButton.LeftButton)
    assert not window.card.is_dirty()
    beat = _click_row(qtbot, window, "Beat Keller")
    assert window.card.contact_id == beat
    assert message_boxes.said == []
    assert len(contacts.list_contacts(db)) == 3


def test_the_list_s_header_spans_its_viewport(window, qtbot, db, add_contact):
    """`fit_columns` measures the room by the header's width: it is the viewport's, with and
    without a vertical scroll bar, at every width the window takes."""
    for i in range(3):
        add_contact(f"Person{i}", "Longfamilyname", "Helvetia Versicherungen", "Head of Sales", "A")
    window.refresh_all()
    table = window.table
    for width, height in ((1600, 900), (1024, 768), (800, 600), (1200, 300)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        qtbot.wait(20)
        assert table.horizontalHeader().width() == table.viewport().width()
    for i in range(40):  # now the list scrolls
        add_contact(f"More{i}", "Namesake", "Org", "Title", "B")
    window.refresh_all()
    qtbot.wait(20)
    assert table.verticalScrollBar().isVisible()
    window.resize(1000, 500)
    qtbot.waitUntil(lambda: window.width() == 1000)
    qtbot.wait(20)
    assert table.horizontalHeader().width() == table.viewport().width()


def test_the_import_menu_asks_for_files_and_a_cancel_imports_nothing(window, qtbot, monkeypatch):
    """The file dialog's module is imported when the dialog opens (not for the first frame)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    seen = []
    monkeypatch.setattr(window, "open_import", lambda files: seen.append(files))

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, cancel)
            return
        seen.append(type(dialog))
        dialog.reject()

    QTimer.singleShot(50, cancel)
    window.import_dialog()
    assert seen == [QFileDialog]
