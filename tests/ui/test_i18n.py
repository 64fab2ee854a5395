"""German and English through Qt translations; the .qm files are shipped in the package."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from netzwerk_app.core import contact_writes, history
from netzwerk_app.ui.context import AppContext
from netzwerk_app.ui.i18n import (
    I18N_DIR,
    effective_language,
    install_translators,
    remove_translators,
)
from netzwerk_app.ui.main_window import MainWindow


@pytest.fixture
def german(qapp):
    old_locale = QLocale()
    translators = install_translators(qapp, "de")
    yield translators
    remove_translators(qapp, translators)
    QLocale.setDefault(old_locale)


@pytest.fixture
def english(qapp):
    old_locale = QLocale()
    translators = install_translators(qapp, "en")
    yield translators
    remove_translators(qapp, translators)
    QLocale.setDefault(old_locale)


def test_compiled_translations_are_in_the_package():
    for language in ("de", "en"):
        assert (I18N_DIR / f"netzwerk_main_{language}.qm").is_file()


def test_language_setting():
    assert effective_language("de") == "de"
    assert effective_language("en") == "en"
    assert effective_language("system") in ("de", "en")


def test_switching_to_german_shows_german_strings(german, qtbot, db, data_dir, prefs, three):
    assert german, "no translator was loaded"
    window = MainWindow(AppContext(db, data_dir, prefs))
    qtbot.addWidget(window)
    assert window.new_action.text() == "&Neuer Kontakt"
    assert window.import_action.text() == "vCard &importieren …"
    assert window.search.placeholderText() == "Kontakte suchen (Strg+F)"
    assert window.model.headerData(3, Qt.Orientation.Horizontal) == "Stufe"
    assert window.status_contacts.text() == "3 Kontakte"
    assert window.tier_filter.itemText(0) == "Alle Stufen"
    row = [window.model.row_data(r).display_name for r in range(3)].index("Chidi Okafor")
    assert window.model.index(row, 3).data() == "Unsortiert"
    window.close()


def test_german_plurals_and_labels(german, qapp):
    translate = QCoreApplication.translate
    assert translate("MainWindow", "%n contact(s)", "", 1) == "1 Kontakt"
    assert translate("MainWindow", "%n contact(s)", "", 2) == "2 Kontakte"
    assert translate("Labels", "In person") == "Persönlich"


def test_english_plurals(english, qapp):
    translate = QCoreApplication.translate
    assert translate("MainWindow", "%n contact(s)", "", 1) == "1 contact"
    assert translate("MainWindow", "%n contact(s)", "", 5) == "5 contacts"


def test_first_start_in_german(german, qtbot, db, data_dir, prefs):
    window = MainWindow(AppContext(db, data_dir, prefs))
    qtbot.addWidget(window)
    assert window.empty_state.import_button.text() == "Vom Telefon importieren …"
    window.close()


def test_reasons_written_by_the_core_are_shown_in_german(german, qtbot, db):
    from netzwerk_app.core.records import ContactRecord
    from netzwerk_app.ui.card.card import ContactCard

    cid = contact_writes.add_contact(db, ContactRecord(given_name="Vera", tier="B"))
    card = ContactCard(db)
    qtbot.addWidget(card)
    card.show_contact(cid)
    item = card.tier_history.topLevelItem(0)
    assert (item.text(1), item.text(2)) == ("Unsortiert → B", "neuer Kontakt")


def test_a_new_contact_without_a_name_is_refused_in_german(german, qtbot, db, message_boxes):
    from netzwerk_app.ui.card.card import ContactCard

    card = ContactCard(db)
    qtbot.addWidget(card)
    card.show()
    card.new_contact()
    qtbot.keyClicks(card.nickname, " ")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    said = message_boxes.said
    assert any(text.startswith("Ein Kontakt braucht einen Namen") for text in said), said


def test_changes_made_elsewhere_are_shown_in_german(german, qtbot, db):
    from netzwerk_app.core.records import ContactRecord
    from netzwerk_app.ui.card.card import ContactCard

    cid = contact_writes.add_contact(db, ContactRecord(given_name="Vera"))
    card = ContactCard(db)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(cid)
    qtbot.keyClicks(card.nickname, "Vee")
    history.set_tier(db, [cid], "B")  # as another program would
    assert card.save() is False
    banner = card.conflict_banner
    assert banner.isVisible() and banner.merge_button.text() == "&Zusammenführen"
    assert "Stufe: Unsortiert → B" in banner.details_text()
    banner.merge_button.click()
    assert not banner.isVisible()


def test_the_import_review_windows_speak_german(german, qtbot, db):
    from netzwerk_app.ui.dialogs.duplicates_dialog import DuplicatesDialog
    from netzwerk_app.ui.dialogs.import_phrases import phrases
    from netzwerk_app.ui.dialogs.imports_dialog import RecentImportsDialog

    assert phrases(["same name", "same email a@b.ch", "phone +41 79 1", "2 address(es)"]) == (
        "gleicher Name, gleiche E-Mail a@b.ch, Telefon +41 79 1, Adressen (2)"
    )
    assert phrases(["something new"]) == "something new"  # unknown phrases pass unchanged
    duplicates = DuplicatesDialog(db)
    qtbot.addWidget(duplicates)
    assert duplicates.windowTitle() == "Mögliche Duplikate"
    assert duplicates.merge_button.text() == "&Zusammenführen"
    recent = RecentImportsDialog(db)
    qtbot.addWidget(recent)
    assert recent.windowTitle() == "Letzte Importe"
    assert recent.undo_button.text() == "Diesen Import &rückgängig machen"


def test_english_plurals_of_the_import_review(english, qtbot, db):
    from netzwerk_app.ui.dialogs.duplicates_dialog import DuplicatesDialog

    dialog = DuplicatesDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.tr("%n possible duplicate(s)", "", 1) == "1 possible duplicate"
    assert dialog.tr("%n possible duplicate(s)", "", 2) == "2 possible duplicates"


def test_undo_after_archive_in_german(german, window, three):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    window.refresh_all()
    window.table.selectRow(0)
    window.table.setFocus()
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+A"))
    assert window.undo_action.text() == "Archivieren &rückgängig"
    assert "Rückgängig mit Strg+Z" in window.statusBar().currentMessage()


def test_in_german_the_search_field_stays_in_the_toolbar(german, qtbot, db, data_dir, prefs):
    """The German buttons' names are longer: where they leave no room for the search field
    (it went behind the toolbar's overflow arrow at 900 px), the buttons show icons only."""
    window = MainWindow(AppContext(db, data_dir, prefs))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for width, names in ((900, False), (1280, True), (800, False)):
        window.resize(width, 700)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        qtbot.wait(20)
        assert window.search.isVisible(), width
        style = window.toolbar.toolButtonStyle()
        assert (style == Qt.ToolButtonStyle.ToolButtonTextBesideIcon) == names, width
        button = window.toolbar.widgetForAction(window.new_action)
        assert button.toolTip().replace("&", "") == "Neuer Kontakt"
    window.close()
