"""The main window driven like a user: search, sort, edit, log, tier, delete and undo, state."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox

from netzwerk_app.core import care, clock, contact_writes, contacts, history
from netzwerk_app.core.records import Birthday, ContactMethodRecord, ContactRecord
from netzwerk_app.ui.context import AppContext
from netzwerk_app.ui.dialogs.touchpoint_dialog import TouchpointDialog
from netzwerk_app.ui.main_window import VIEW_BOARD, VIEW_CONTACTS, MainWindow
from netzwerk_app.ui.models.contact_model import COL_NAME, COL_NEXT_DUE, COL_ORGANIZATION


def names(win) -> list[str]:
    return [win.model.row_data(r).display_name for r in range(win.model.rowCount())]


def select(win, name: str) -> int:
    row = names(win).index(name)
    win.table.selectRow(row)
    return win.model.contact_id(row)


@pytest.fixture
def no_dialogs(monkeypatch):
    """Fail instead of hanging when a message box would open; record what it said."""
    said: list[str] = []

    def record(*args, **_kwargs):
        said.append(" ".join(str(a) for a in args[1:3]))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))

    def record_box(box):
        assert box.textFormat() == Qt.TextFormat.PlainText
        said.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record_box)
    return said


def test_first_start_shows_what_to_do_next(window):
    assert window.contacts_stack.currentWidget() is window.empty_state
    assert window.empty_state.import_button.isVisible()
    assert window.empty_state.new_button.isVisible()
    assert window.windowTitle() == "Netzwerk"
    assert not window.windowIcon().isNull()


def test_add_a_contact_from_the_empty_state(window, qtbot, db):
    qtbot.mouseClick(window.empty_state.new_button, Qt.MouseButton.LeftButton)
    card = window.card
    qtbot.keyClicks(card.given, "Ada")
    qtbot.keyClicks(card.family, "Lovelace")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert [r.display_name for r in contacts.list_contacts(db)] == ["Ada Lovelace"]
    assert window.contacts_stack.currentWidget() is window.list_splitter
    assert names(window) == ["Ada Lovelace"]
    assert window.selected_ids() == [card.contact_id]


def test_typing_in_search_filters_the_list(window, qtbot, three):
    window.refresh_all()
    assert len(names(window)) == 3
    window.search.setFocus()
    qtbot.keyClicks(window.search, "mull")
    assert names(window) == ["Anna Müller"]
    assert "1" in window.count_label.text() and "3" in window.count_label.text()
    window.search.clear()
    assert len(names(window)) == 3


def test_ctrl_f_focuses_the_search(window, qtbot):
    window.show_view(VIEW_BOARD)
    window.find_action.trigger()
    assert window.pages.currentIndex() == VIEW_CONTACTS
    assert window.search.hasFocus() or window.focusWidget() is window.search


def test_clicking_a_header_sorts(window, qtbot, three):
    window.refresh_all()
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_ORGANIZATION) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    orgs = [window.model.row_data(r).organization for r in range(3)]
    assert orgs == sorted(orgs) or orgs == sorted(orgs, reverse=True)
    first = orgs
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [window.model.row_data(r).organization for r in range(3)] == first[::-1]


def test_tier_filter(window, three):
    window.refresh_all()
    window.tier_filter.setCurrentIndex(window.tier_filter.findData("A"))
    assert names(window) == ["Anna Müller"]
    window.tier_filter.setCurrentIndex(window.tier_filter.findData("unsorted"))
    assert names(window) == ["Chidi Okafor"]


def test_editing_a_contact_in_the_card_persists(window, qtbot, db, three):
    window.refresh_all()
    cid = select(window, "Beat Keller")
    card = window.card
    assert card.contact_id == cid
    card.organization.selectAll()
    qtbot.keyClicks(card.organization, "Omega GmbH")
    card.birthday.clear()
    qtbot.keyClicks(card.birthday, "--03-14")
    card.add_method()
    card.methods.item(0, 2).setText("beat@example.org")
    card.tags.setText("alumni, sailing")
    assert card.save_button.isEnabled()
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    record = contacts.load_contact(db, cid)
    assert record.organization == "Omega GmbH"
    assert record.birthday == Birthday(3, 14)
    assert record.emails() == ["beat@example.org"]
    assert record.tags == ["alumni", "sailing"]
    assert "Omega GmbH" in [window.model.row_data(r).organization for r in range(3)]
    assert not card.save_button.isEnabled()


def test_an_odd_email_is_kept_as_typed_and_marked(window, qtbot, db, three, no_dialogs):
    window.refresh_all()
    cid = select(window, "Beat Keller")
    window.card.add_method()
    window.card.methods.item(0, 2).setText("not-an-address")
    assert window.card.methods_hint.isVisible()
    assert "not-an-address" in window.card.methods_hint.text()
    assert window.card.save() is True
    assert no_dialogs == []
    assert contacts.load_contact(db, cid).emails() == ["not-an-address"]
    assert "not-an-address" in window.card.methods_hint.text()  # still marked when shown again
    window.card.methods.setCurrentCell(0, 2)
    qtbot.mouseClick(window.card.remove_method_button, Qt.MouseButton.LeftButton)
    assert not window.card.methods_hint.isVisible()


def test_a_phone_that_does_not_parse_never_blocks_a_save(window, qtbot, db, no_dialogs):
    # as imported from a phone: 11 digits do not make a Swiss number
    record = ContactRecord(
        given_name="Ines", family_name="Roth",
        methods=[ContactMethodRecord("phone", "079 1057 8513")],
    )  # fmt: skip
    cid = contact_writes.add_contact(db, record)
    window.refresh_all()
    window.open_contact(cid)
    card = window.card
    assert "079 1057 8513" in card.methods_hint.text()  # marked, not refused
    card.nickname.setFocus()
    qtbot.keyClicks(card.nickname, "Ini")
    qtbot.keyClick(card.nickname, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(card.nickname, Qt.Key.Key_Control)  # QTest leaves Ctrl held
    stored = contacts.load_contact(db, cid)
    assert (stored.nickname, stored.phones()) == ("Ini", ["079 1057 8513"])
    assert no_dialogs == []
    assert not card.is_dirty()
    # an edited number that does not parse is kept as typed, too
    card.methods.item(0, 2).setText("12")
    assert card.save() is True
    assert contacts.load_contact(db, cid).phones() == ["12"]
    assert no_dialogs == []


def test_phone_is_normalised(window, db, three):
    window.refresh_all()
    cid = select(window, "Beat Keller")
    window.card.add_method()
    window.card.methods.cellWidget(0, 1).setCurrentIndex(
        window.card.methods.cellWidget(0, 1).findData("phone")
    )
    window.card.methods.item(0, 2).setText("079 123 45 67")
    assert window.card.save()
    assert contacts.load_contact(db, cid).phones() == ["+41791234567"]


def test_logging_a_touchpoint_updates_next_due_in_the_list(window, db, three, monkeypatch):
    window.refresh_all()
    cid = select(window, "Anna Müller")
    row = names(window).index("Anna Müller")
    before = window.model.index(row, COL_NEXT_DUE).data()

    def fill_and_save(dialog):
        dialog.note.setPlainText("Lunch at the lake")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TouchpointDialog, "exec", fill_and_save)
    window.log_action.trigger()
    row = names(window).index("Anna Müller")
    after = window.model.index(row, COL_NEXT_DUE).data()
    assert after != before
    expected = clock.today() + dt.timedelta(days=61)  # tier A: two months, roughly
    assert window.model.row_data(row).next_due > clock.today() + dt.timedelta(days=55)
    assert window.model.row_data(row).next_due < expected + dt.timedelta(days=5)
    [tp] = care.touchpoints_of(cid)
    assert (tp.kind, tp.channel, tp.note) == ("lunch", "in_person", "Lunch at the lake")
    assert window.card.history_list.topLevelItemCount() == 1


def test_set_tier_archive_delete_and_undo(window, db, three):
    window.refresh_all()
    cid = select(window, "Chidi Okafor")
    window.tier_actions["C"].trigger()
    assert contacts.load_contact(db, cid).tier == "C"
    window.table.selectAll()
    ids = window.selected_ids()
    assert len(ids) == 3
    window.delete_ids(ids)
    assert contacts.list_contacts(db) == []
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert sorted(r.display_name for r in contacts.list_contacts(db)) == [
        "Anna Müller", "Beat Keller", "Chidi Okafor",
    ]  # fmt: skip
    select(window, "Beat Keller")
    window.archive_action.trigger()
    assert "Beat Keller" not in names(window)


def test_delete_asks_first(window, db, three, monkeypatch):
    window.refresh_all()
    select(window, "Beat Keller")
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or 0)
    window.delete_action.trigger()
    assert asked and "Beat Keller" in asked[0]
    assert len(contacts.list_contacts(db)) == 3  # not confirmed: nothing deleted


def test_markup_in_a_name_is_shown_literally(window, db, add_contact):
    cid = add_contact("<b>x</b>", org="<i>Org</i>")
    care.log_touchpoint(db, [cid], "call", note="<u>note</u>")
    window.refresh_all()
    select(window, "<b>x</b>")
    card = window.card
    assert card.name_label.text() == "<b>x</b>"
    assert card.name_label.textFormat() == Qt.TextFormat.PlainText
    assert card.subtitle_label.textFormat() == Qt.TextFormat.PlainText
    assert window.model.index(0, COL_NAME).data() == "<b>x</b>"
    assert card.history_list.topLevelItem(0).text(3) == "<u>note</u>"


def test_window_state_is_restored(qtbot, db, data_dir, prefs, three):
    first = MainWindow(AppContext(db, data_dir, prefs))
    qtbot.addWidget(first)
    first.show()
    first.resize(1000, 700)
    first.show_view(VIEW_BOARD)
    first.table.sortByColumn(COL_ORGANIZATION, Qt.SortOrder.DescendingOrder)
    first.close()
    second = MainWindow(AppContext(db, data_dir, prefs))
    qtbot.addWidget(second)
    assert second.pages.currentIndex() == VIEW_BOARD
    assert second.table.horizontalHeader().sortIndicatorSection() == COL_ORGANIZATION
    assert second.model.row_data(0).organization == "Zeta AG"
    second.close()


def test_touchpoint_dialog_with_the_keyboard(qtbot, db, three):
    from netzwerk_app.ui.dialogs.touchpoint_dialog import TouchpointDialog

    dialog = TouchpointDialog(db, [(three[1], "Beat Keller", "B"), (three[2], "Chidi", None)])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.currentData() == "call"  # tier B's default kind
    assert dialog.channel.currentData() == "phone"
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Quick catch-up")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(care.touchpoints_of(three[1])) == 1
    assert len(care.touchpoints_of(three[2])) == 1


def test_settings_dialog_saves_tiers_and_preferences(qtbot, db, data_dir, prefs, context):
    from netzwerk_app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    row = dialog.tier_rows[0]
    row.name.setText("Key people")
    row.count.setValue(6)
    row.unit.setCurrentIndex(row.unit.findData("weeks"))
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    dialog.reminders.setChecked(False)
    dialog.accept()
    settings = care.tier_settings(db)["A"]
    assert (settings.name, settings.cadence_count, settings.cadence_unit) == (
        "Key people", 6, "weeks",
    )  # fmt: skip
    assert prefs.language == "de" and dialog.language_changed
    assert prefs.reminders_enabled is False
    assert dialog.folder_label.text() == str(data_dir)


def test_board_and_calendar_are_built_when_first_shown(window, db, three):
    window.refresh_all()
    assert window.board.page is None and window.calendar.page is None
    window.show_view(VIEW_BOARD)
    page = window.board.page
    assert page is not None and page.isVisible()
    assert window.calendar.page is None
    # the board asks to open a contact: the list shows it with its card
    page.contact_open_requested.emit(three[1])
    assert window.pages.currentIndex() == VIEW_CONTACTS
    assert window.card.contact_id == three[1]
    assert window.selected_ids() == [three[1]]
    # the board changed data: the list follows
    history.set_tier(db, [three[2]], "D")
    page.data_changed.emit()
    row = names(window).index("Chidi Okafor")
    assert window.model.row_data(row).tier == "D"


def test_status_bar_counts(window, db, add_contact, qapp):
    from netzwerk_app.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    today = clock.today()
    add_contact("Late", tier="A", since=today - dt.timedelta(days=400))
    add_contact("Fresh", tier="A")
    window.refresh_all()
    assert window.status_contacts.text().startswith("2 contact")
    assert window.status_overdue.text() == "1 overdue"
    remove_translators(qapp, translators)


def test_context_menu_offers_the_commands_for_the_selection(window, three):
    window.refresh_all()
    window.table.selectAll()
    rect = window.table.visualRect(window.model.index(1, COL_NAME))
    window._context_menu(rect.center())
    menu = window._context
    texts = [a.text() for a in menu.actions()]
    assert window.log_action in menu.actions() and window.delete_action in menu.actions()
    assert any("Tier" in t for t in texts)
    assert len(window.selected_ids()) == 3  # a right-click inside the selection keeps it
    menu.close()


def test_archived_contacts_are_shown_apart_and_can_be_restored(window, db, three):
    window.refresh_all()
    beat = select(window, "Beat Keller")
    window.archive_action.trigger()
    assert "Beat Keller" not in names(window)
    assert window.status_contacts.text().startswith("2 contact")
    window.tier_filter.setCurrentIndex(window.tier_filter.findData("archived"))
    assert names(window) == ["Beat Keller"]
    assert window.count_label.text().startswith("1 archived contact")
    assert window.archive_action.text() == "&Restore from Archive"
    select(window, "Beat Keller")
    window.archive_action.trigger()
    assert names(window) == []
    assert contacts.load_contact(db, beat) and beat in [r.id for r in contacts.list_contacts(db)]
    window.tier_filter.setCurrentIndex(window.tier_filter.findData("all"))
    assert "Beat Keller" in names(window)
    assert window.archive_action.text() == "&Archive"
    assert window.status_contacts.text().startswith("3 ")


def test_log_touchpoint_acts_on_the_cards_selected_on_the_board(window, db, three, monkeypatch):
    window.refresh_all()
    window.show_view(1)  # the tier board
    board = window.board.ensure_page()
    assert not window.log_action.isEnabled()  # nothing selected on the board yet
    column = board.columns["B"]
    column.view.setCurrentIndex(column.model.index(0))
    assert window.log_action.isEnabled()
    seen = []

    def save(dialog):
        seen.append([name for _, name, _ in dialog.contacts])
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TouchpointDialog, "exec", save)
    window.log_action.trigger()
    assert seen == [["Beat Keller"]]
    assert len(care.touchpoints_of(three[1])) == 1
    window.show_view(2)  # the calendar has its own Log button
    assert not window.log_action.isEnabled()


def test_help_check_the_database_says_it_is_intact(window, three):
    """Help ▸ Check the Database runs the full check an ordinary open skips."""
    window.check_action.trigger()
    assert window.statusBar().currentMessage() == "The database is intact."


def test_check_the_database_reports_damage_with_the_backup(window, data_dir, monkeypatch):
    from netzwerk_app.core.database import DatabaseError
    from netzwerk_app.ui.dialogs import openers as module

    def damaged(_folder):
        raise DatabaseError("netzwerk.sqlite3 is damaged; the newest backup is x.sqlite3")

    shown = []
    monkeypatch.setattr(module, "check_database", damaged)
    monkeypatch.setattr(module, "show_warning", lambda _p, _t, text: shown.append(text))
    assert window.check_database() is False
    assert shown == ["netzwerk.sqlite3 is damaged; the newest backup is x.sqlite3"]


def test_archiving_by_mistake_can_be_undone(window, qtbot, db, three):
    window.refresh_all()
    archived = [select(window, "Anna Müller")]
    window.table.setFocus()
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+A"))
    assert window.model.rowCount() == 2
    # Archived contacts are not listed anywhere in the window: undo must bring them back.
    assert window.undo_action.isEnabled()
    assert "Archive" in window.undo_action.text()
    QTest.keySequence(window, QKeySequence.StandardKey.Undo)
    assert window.model.rowCount() == 3
    assert window.selected_ids() == archived
    assert not any(r.archived for r in contacts.list_contacts(db, include_archived=True))
    assert not window.undo_action.isEnabled()


def test_at_the_apps_start_the_list_reads_its_first_rows_then_the_rest(qtbot, context, three):
    """The app's window paints the first screenful; the rest of the list and the counts come
    right after (`complete_list`, called after the first paint)."""
    window = MainWindow(context, first_rows=2)
    qtbot.addWidget(window)
    window.show()
    assert window.model.partial and window.model.rowCount() == 2
    assert window.status_contacts.text() == ""  # the counts come with all rows
    window.complete_list()
    assert not window.model.partial and window.model.rowCount() == 3
    full = MainWindow(context)
    qtbot.addWidget(full)
    assert full.model.visible_ids() == window.model.visible_ids()
    assert window.status_contacts.text().startswith("3 ")
    for label in ("status_contacts", "status_due", "status_overdue", "count_label"):
        assert getattr(window, label).text() == getattr(full, label).text(), label
    window.close()
    full.close()
