"""The tier board driven through real widgets: drops, keys, sorting, filters, plain text."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from netzwerk_app.core import clock, contact_writes, contacts, history
from netzwerk_app.core.models import Contact
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.ui.pages.board import TierBoardPage
from netzwerk_app.ui.pages.board_columns import ids_from_mime
from netzwerk_app.ui.pages.card_delegate import CARD_ROLE


def _add(db, given, family="", tier=None, since=None, org="", tags=(), photo=None):
    record = ContactRecord(
        given_name=given, family_name=family, tier=tier, organization=org, tags=list(tags),
        photo=photo, photo_mime="image/png" if photo else "",
    )  # fmt: skip
    return contact_writes.add_contact(db, record, today=since or clock.today())


def _tier(cid):
    return Contact.get_by_id(cid).tier


def _history(cid):
    return [(h.from_tier, h.to_tier, h.reason) for h in history.tier_history(cid)]


@pytest.fixture
def page(db, qtbot):
    widget = TierBoardPage(db)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return widget


def _select(page, tier, ids):
    view = page.view_of(tier)
    model = page.model_of(tier)
    view.clearSelection()
    for cid in ids:
        index = model.index(model.row_of(cid))
        view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)
        view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    view.setFocus()


def test_columns_and_headers(db, page):
    _add(db, "Anna", "Amsel", "A")
    _add(db, "Uli", "Ungeordnet")
    page.refresh()
    assert page.model_of("A").rowCount() == 1
    assert page.model_of(None).rowCount() == 1
    assert page.columns["A"].count.text() == "1"
    assert page.columns["A"].cadence.text() in ("every 2 months", "alle 2 Monate")
    assert page.columns["D"].cadence.text() in ("on the birthday", "zum Geburtstag")
    assert page.triage_button.isEnabled()


def test_drop_from_c_to_a_changes_tier_and_writes_history(db, page, qtbot):
    cid = _add(db, "Carla", "Cedar", "C")
    page.refresh()
    _select(page, "C", [cid])
    source = page.view_of("C")
    mime = page.model_of("C").mimeData(source.selectionModel().selectedIndexes())
    assert ids_from_mime(mime) == [cid]
    target = page.model_of("A")
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target.index(-1))
    with qtbot.waitSignal(page.data_changed, timeout=1000):
        assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target.index(-1))
    assert _tier(cid) == "A"
    assert _history(cid)[0] == ("C", "A", "")
    assert [c.id for c in page.model_of("A").cards()] == [cid]
    assert page.model_of("C").rowCount() == 0
    assert page.view_of("A").selected_ids() == [cid]


def test_drop_event_on_the_view(db, page):
    cid = _add(db, "Carla", "Cedar", "C")
    page.refresh()
    mime = page.model_of("C").mimeData([page.model_of("C").index(0)])
    view = page.view_of("B")
    event = QDropEvent(
        QPoint(20, 20).toPointF(),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    assert _tier(cid) == "B"


def test_drop_into_same_column_is_refused(db, page):
    cid = _add(db, "Carla", "Cedar", "C")
    page.refresh()
    model = page.model_of("C")
    mime = model.mimeData([model.index(0)])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(-1))
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(-1))
    assert _history(cid) == [(None, "C", "new contact")]


def test_foreign_drop_is_ignored(page):
    from PySide6.QtCore import QMimeData

    data = QMimeData()
    data.setText("1")
    model = page.model_of("A")
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(-1))
    assert ids_from_mime(data) == []


def test_drop_asks_for_reason_when_wanted(db, page, monkeypatch):
    cid = _add(db, "Carla", "Cedar", "C")
    page.refresh()
    page.reason_check.setChecked(True)
    monkeypatch.setattr(page, "_ask_reason", lambda count, tier: "promoted to CFO")
    model = page.model_of("A")
    mime = page.model_of("C").mimeData([page.model_of("C").index(0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(-1))
    assert _history(cid)[0] == ("C", "A", "promoted to CFO")


def test_cancelled_reason_moves_nothing(db, page, monkeypatch):
    cid = _add(db, "Carla", "Cedar", "C")
    page.refresh()
    page.reason_check.setChecked(True)
    monkeypatch.setattr(page, "_ask_reason", lambda count, tier: None)
    assert not page.move_to_tier([cid], "A")
    assert _tier(cid) == "C"


def test_keys_move_selected_cards(db, page, qtbot):
    a = _add(db, "Ada", "Ast", "C")
    b = _add(db, "Bob", "Birke", "C")
    c = _add(db, "Cem", "Chili", "C")
    page.refresh()
    _select(page, "C", [a, b])
    qtbot.keyClick(page.view_of("C"), Qt.Key.Key_B)
    assert (_tier(a), _tier(b), _tier(c)) == ("B", "B", "C")
    assert sorted(page.view_of("B").selected_ids()) == sorted([a, b])
    # the moved cards stay selected in their new column: 0 makes them unsorted
    qtbot.keyClick(page.view_of("B"), Qt.Key.Key_0)
    assert (_tier(a), _tier(b)) == (None, None)
    assert page.model_of(None).rowCount() == 2
    assert _history(a)[:2] == [("B", None, ""), ("C", "B", "")]


def test_ctrl_a_selects_all_instead_of_moving(db, page, qtbot):
    ids = [_add(db, f"P{i}", tier="C") for i in range(3)]
    page.refresh()
    view = page.view_of("C")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(view.selected_ids()) == sorted(ids)
    assert all(_tier(i) == "C" for i in ids)


def test_undo_last_move(db, page, qtbot):
    a = _add(db, "Ada", "Ast", "C")
    u = _add(db, "Uwe", "Ur")
    page.refresh()
    page.move_to_tier([a, u], "A")
    assert page.undo_button.isVisibleTo(page)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert (_tier(a), _tier(u)) == ("C", None)
    assert not page.undo_button.isVisibleTo(page)


def test_sort_by_overdue_or_name(db, page):
    today = clock.today()
    late = _add(db, "Zora", "Zeder", "B", since=today - dt.timedelta(days=30))
    fresh = _add(db, "Adam", "Ahorn", "B")
    page.refresh()
    assert [c.id for c in page.model_of("B").cards()] == [late, fresh]
    assert page.model_of("B").cards()[0].state == "overdue"
    page.set_sort_order("name")
    assert [c.id for c in page.model_of("B").cards()] == [fresh, late]


def test_search_and_tag_filter(db, page, qtbot):
    a = _add(db, "Anna", "Müller", "A", tags=["Golf"])
    _add(db, "Ben", "Birke", "A")
    page.refresh()
    page.search_edit.setText("mull")
    qtbot.waitUntil(lambda: page.model_of("A").rowCount() == 1, timeout=2000)
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model_of("A").rowCount() == 2, timeout=2000)
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("Golf"))
    assert [c.id for c in page.model_of("A").cards()] == [a]
    page.set_filter("", "")
    assert page.model_of("A").rowCount() == 2


def test_names_are_plain_text_and_cards_paint(db, page, qtbot):
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    cid = _add(db, "<b>x</b>", tier="A", org="<i>Org</i>", photo=bytes(buffer.data()))
    _add(db, "Plain", tier="A", since=clock.today() - dt.timedelta(days=90))
    page.refresh()
    model = page.model_of("A")
    row = model.row_of(cid)
    assert model.index(row).data(Qt.ItemDataRole.DisplayRole) == "<b>x</b>"
    assert model.index(row).data(CARD_ROLE).subtitle == "<i>Org</i>"
    assert "&lt;b&gt;x&lt;/b&gt;" in model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    pixmap = page.grab()  # paints every card through the delegate
    assert not pixmap.isNull()


def test_double_click_and_enter_open_contact(db, page, qtbot):
    cid = _add(db, "Ada", "Ast", "A")
    page.refresh()
    _select(page, "A", [cid])
    with qtbot.waitSignal(page.contact_open_requested, timeout=1000) as blocker:
        qtbot.keyClick(page.view_of("A"), Qt.Key.Key_Return)
    assert blocker.args == [cid]


def test_archived_contacts_leave_the_board(db, page):
    cid = _add(db, "Ada", "Ast", "A")
    contact_writes.archive_contacts(db, [cid])
    page.refresh()
    assert page.model_of("A").rowCount() == 0


def test_triage_button_opens_triage(db, page, qtbot):
    _add(db, "Uwe", "Ur")
    page.refresh()
    qtbot.mouseClick(page.triage_button, Qt.MouseButton.LeftButton)
    dialog = page._triage
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_A)
    dialog.close()
    QApplication.processEvents()
    assert page._triage is None
    assert page.model_of("A").rowCount() == 1
    assert page.model_of(None).rowCount() == 0


def test_card_model_passes_qt_model_tester(db, page, qtmodeltester):
    for i in range(5):
        _add(db, f"P{i}", tier="B")
    page.refresh()
    qtmodeltester.check(page.model_of("B"))


# ---------------------------------------------------------------- defects a user found (issue 12)


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    """The board's and the window's translations for one language (removed afterwards)."""
    from PySide6.QtCore import QLocale

    from netzwerk_app.ui.i18n import install_translators, remove_translators

    previous = QLocale()
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)
    QLocale.setDefault(previous)


def _window(qtbot, db, data_dir, prefs):
    from netzwerk_app.ui.context import AppContext
    from netzwerk_app.ui.main_window import MainWindow

    win = MainWindow(AppContext(db, data_dir, prefs))
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def _inside(widget, window) -> bool:
    """Whether the widget is shown whole inside the window (not cut at an edge)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (
        top_left.x() >= 0
        and top_left.y() >= 0
        and top_left.x() + widget.width() <= window.width()
        and top_left.y() + widget.height() <= window.height()
    )


def test_board_fits_a_1024_window(db, data_dir, prefs, qtbot, language):
    for i in range(3):
        _add(db, f"Person{i}", "Longfamilyname", tier="ABCD"[i], org="Helvetia Versicherungen")
    win = _window(qtbot, db, data_dir, prefs)
    win.show_view(1)  # the board
    win.resize(1024, 768)
    QApplication.processEvents()
    assert win.width() == 1024 and win.minimumSizeHint().width() <= 1024
    page = win.board.page
    for tier, column in page.columns.items():
        assert _inside(column, win), f"column {tier} is cut"
        # the count stands beside the tier's name, never on it
        title = column.title.geometry()
        assert title.right() < column.count.geometry().left(), f"{tier}: count on the title"
    for widget in (page.search_edit, page.tag_combo, page.sort_combo, page.triage_button):
        assert _inside(widget, win)
        assert widget.width() >= min(widget.sizeHint().width(), 110)
    assert page.reason_check.width() >= page.reason_check.sizeHint().width()


def test_board_without_birthday_in_d_says_so(db, page, qtbot):
    cid = _add(db, "Uwe", "Ur")
    page.refresh()
    _select(page, None, [cid])
    qtbot.keyClick(page.view_of(None), Qt.Key.Key_D)
    assert _tier(cid) == "D"
    banner = page.banner
    assert banner.isVisibleTo(page)
    assert "Uwe Ur" in banner.text.text() and "birthday" in banner.text.text()
    assert banner.add_birthday_button.isVisibleTo(page)
    # the card says it too
    assert "no birthday" in page.model_of("D").index(0).data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(page.contact_open_requested, timeout=1000) as opened:
        qtbot.mouseClick(banner.add_birthday_button, Qt.MouseButton.LeftButton)
    assert opened.args == [cid]
    # or another tier, with one click
    assert not banner.tier_buttons["D"].isVisibleTo(page)
    qtbot.mouseClick(banner.tier_buttons["C"], Qt.MouseButton.LeftButton)
    assert _tier(cid) == "C"
    assert not banner.add_birthday_button.isVisibleTo(page)


def test_d_with_a_birthday_gives_no_warning(db, page, qtbot):
    from netzwerk_app.core.records import Birthday

    cid = contact_writes.add_contact(db, ContactRecord(given_name="Bea", birthday=Birthday(5, 1)))
    page.refresh()
    _select(page, None, [cid])
    qtbot.keyClick(page.view_of(None), Qt.Key.Key_D)
    assert page.banner.isVisibleTo(page)
    assert not page.banner.add_birthday_button.isVisibleTo(page)


def test_each_move_replaces_the_banner_and_undo_undoes_the_latest(db, page, qtbot):
    a = _add(db, "Ada", "Ast", "C")
    b = _add(db, "Bob", "Birke", "C")
    page.refresh()
    _select(page, "C", [a])
    qtbot.keyClick(page.view_of("C"), Qt.Key.Key_A)
    assert page.message.text().endswith("A")
    _select(page, "C", [b])
    qtbot.keyClick(page.view_of("C"), Qt.Key.Key_B)
    assert page.message.text().endswith("B")
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert (_tier(a), _tier(b)) == ("A", "C")
    assert not page.undo_button.isVisibleTo(page)


def test_a_move_elsewhere_takes_the_banner_away(db, page, qtbot):
    a = _add(db, "Ada", "Ast", "C")
    page.refresh()
    _select(page, "C", [a])
    qtbot.keyClick(page.view_of("C"), Qt.Key.Key_A)
    assert page.undo_button.isVisibleTo(page)
    history.set_tier(db, [a], "B")  # the contact card or the Contact menu
    page.refresh()  # as the main window does after a change
    assert not page.undo_button.isVisibleTo(page)
    assert not page.banner.isVisibleTo(page)
    assert _tier(a) == "B"


def test_filing_in_the_triage_takes_the_banner_away(db, page, qtbot):
    a = _add(db, "Ada", "Ast", "C")
    u = _add(db, "Uwe", "Ur")
    page.refresh()
    _select(page, "C", [a])
    qtbot.keyClick(page.view_of("C"), Qt.Key.Key_A)
    assert page.undo_button.isVisibleTo(page)
    qtbot.mouseClick(page.triage_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page._triage, Qt.Key.Key_B)  # the latest move is the triage's now
    qtbot.waitUntil(lambda: not page.banner.isVisibleTo(page), timeout=2000)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)  # hidden: does nothing
    assert (_tier(a), _tier(u)) == ("A", "B")
    page._triage.close()


def test_a_long_tier_name_is_cut_with_a_tooltip_not_over_the_count(db, page, qtbot):
    import dataclasses

    from netzwerk_app.core import care

    setting = care.tier_settings(db)["A"]
    long_name = "Strategische Partnerinnen und Partner"
    care.update_tier_settings(db, dataclasses.replace(setting, name=long_name))
    for i in range(12):
        _add(db, f"P{i}", tier="A")
    page.resize(760, 600)
    page.refresh()
    QApplication.processEvents()
    column = page.columns["A"]
    assert column.title.text() == f"A · {long_name}"
    assert column.title.geometry().right() < column.count.geometry().left()
    assert column.count.text() == "12" and column.count.width() >= column.count.sizeHint().width()
    assert long_name in column.title.toolTip()


def test_an_unsaved_card_does_not_undo_a_tier_change_made_on_the_board(window, qtbot, db, three):
    from PySide6.QtTest import QTest

    from netzwerk_app.ui.main_window import VIEW_BOARD, VIEW_CONTACTS

    _anna, beat, _chidi = three
    window.refresh_all()
    window.open_contact(beat)
    window.card.tabs.setCurrentIndex(0)
    window.card.notes.setFocus()
    QTest.keyClicks(window.card.notes, "Met at the fair")
    assert window.card.is_dirty()
    window.show_view(VIEW_BOARD)  # the user goes to the board with the card unsaved
    board = window.board.page
    view, model = board.view_of("B"), board.model_of("B")
    index = model.index(model.row_of(beat))
    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert contacts.load_contact(db, beat).tier == "A"
    window.show_view(VIEW_CONTACTS)
    qtbot.keyClick(window.card, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = contacts.load_contact(db, beat)
    # The card kept tier B in its editor and wrote it back over the board's move.
    assert record.tier == "A"
    assert record.notes == "Met at the fair"
    assert window.card.tier.currentData() == "A"
