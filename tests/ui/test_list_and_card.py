"""The contact list and its card, driven as the user does (issue 12's defects)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netzwerk_app.core import contacts
from netzwerk_app.ui.models.contact_model import COL_NAME


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


def test_next_due_and_the_card_s_reach_fit_at_1024_px(window, qtbot, db, add_contact):
    from netzwerk_app.core.records import ContactMethodRecord, ContactRecord
    from netzwerk_app.ui.models.contact_model import COL_NEXT_DUE

    for i in range(5):
        add_contact(f"Person{i}", "Longfamilyname", "Helvetia Versicherungen", "Head of Sales", "A")
    cid = contacts.add_contact(
        db,
        ContactRecord(
            given_name="Beat", family_name="Lehmann",
            methods=[ContactMethodRecord("email", "beat.lehmann@example.ch")],
        ),
    )  # fmt: skip
    window.refresh_all()
    window.resize(1024, 768)
    window.open_contact(cid)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(20)
    table = window.table
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    right = header.sectionViewportPosition(COL_NEXT_DUE) + header.sectionSize(COL_NEXT_DUE)
    assert right <= table.viewport().width()
    assert header.sectionSize(COL_NEXT_DUE) >= header.sectionSizeHint(COL_NEXT_DUE)
    # the email's column shows about 20 characters, not 4
    methods = window.card.methods
    chars = methods.fontMetrics().horizontalAdvance("x" * 20)
    assert methods.columnWidth(2) >= chars


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
