"""The calendar page driven through real widgets: marks, agenda, Done, Plan, Snooze, export."""

from __future__ import annotations

import datetime as dt

import pytest
import vobject
from PySide6.QtCore import QDate, Qt

from netzwerk_app.core import care, contact_writes, contacts
from netzwerk_app.core.models import Touchpoint
from netzwerk_app.core.records import Birthday, ContactRecord
from netzwerk_app.ui.pages.calendar_view import CalendarPage
from netzwerk_app.ui.pages.month_view import marks_by_day, week_of

TODAY = dt.date(2026, 3, 10)  # a Tuesday


def _add(db, given, tier=None, since=TODAY, birthday=None):
    record = ContactRecord(given_name=given, family_name="Test", tier=tier, birthday=birthday)
    return contact_writes.add_contact(db, record, today=since)


@pytest.fixture
def make_page(db, qtbot):
    def make():
        page = CalendarPage(db, today=lambda: TODAY)
        qtbot.addWidget(page)
        page.resize(1100, 650)
        page.show()
        return page

    return make


def _next_due(db, cid):
    return next(r.next_due for r in contacts.list_contacts(db, today=TODAY) if r.id == cid)


def test_today_selected_and_marked(db, make_page):
    _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    page = make_page()
    assert page.selected_date() == TODAY
    assert page.calendar.today == TODAY
    assert page.calendar.kinds_on(TODAY) == ["overdue"]
    assert page.title.text().startswith(("Today", "Heute"))


def test_overdue_items_show_on_today_not_in_the_past(db, make_page):
    cid = _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    page = make_page()
    assert [i.contact_id for i in page.items()] == [cid]
    assert page.items()[0].overdue_days == 90
    assert page.calendar.kinds_on(TODAY - dt.timedelta(days=90)) == []
    page.select_date(TODAY - dt.timedelta(days=1))
    assert page.items() == []
    assert page.empty_label.isVisible()
    assert not page.done_button.isEnabled()


def test_birthdays_on_the_right_day(db, make_page):
    _add(db, "Noyear", "A", birthday=Birthday(4, 2))
    _add(db, "Leap", "B", birthday=Birthday(2, 29, 1992))
    _add(db, "Dora", "D", birthday=Birthday(3, 20, 1980))
    page = make_page()
    assert "birthday" in page.calendar.kinds_on(dt.date(2026, 3, 20))  # D: the cadence item
    page.select_date(dt.date(2026, 4, 2))
    assert "birthday" in page.calendar.kinds_on(dt.date(2026, 4, 2))
    assert [(i.display_name, i.reason) for i in page.items()] == [("Noyear Test", "birthday")]
    # 29 February in a common year: on 28 February; in a leap year on the 29th
    page.calendar.setCurrentPage(2027, 2)
    assert page.calendar.kinds_on(dt.date(2027, 2, 28)) == ["birthday"]
    assert page.calendar.kinds_on(dt.date(2027, 3, 1)) == []
    page.calendar.setCurrentPage(2028, 2)
    assert page.calendar.kinds_on(dt.date(2028, 2, 29)) == ["birthday"]
    assert page.calendar.kinds_on(dt.date(2028, 2, 28)) == []
    page.select_date(dt.date(2027, 2, 28))
    assert [i.display_name for i in page.items()] == ["Leap Test"]


def test_kinds_are_told_apart():
    from netzwerk_app.core.due import DueItem

    items = [
        DueItem(1, "A", "A", "cadence", TODAY - dt.timedelta(days=3), TODAY, 3),
        DueItem(2, "B", "D", "birthday", TODAY + dt.timedelta(days=1), TODAY, 0),
        DueItem(3, "C", "B", "planned", TODAY + dt.timedelta(days=1), TODAY, 0, 7),
        DueItem(4, "D", "B", "cadence", TODAY + dt.timedelta(days=2), TODAY, 0),
    ]
    marks = marks_by_day(items, TODAY)
    assert marks[TODAY] == {"overdue": 1}
    assert marks[TODAY + dt.timedelta(days=1)] == {"birthday": 1, "planned": 1}
    assert marks[TODAY + dt.timedelta(days=2)] == {"cadence": 1}
    # a past birthday listed for information is not overdue: it stays on its day
    past = DueItem(5, "E", "A", "birthday", TODAY - dt.timedelta(days=2), TODAY, 0)
    assert marks_by_day([past], TODAY) == {TODAY - dt.timedelta(days=2): {"birthday": 1}}
    assert week_of(TODAY) == (dt.date(2026, 3, 9), dt.date(2026, 3, 15))


def test_done_logs_touchpoint_and_moves_next_due(db, make_page, qtbot):
    cid = _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    page = make_page()
    page.select_item(cid)
    with qtbot.waitSignal(page.data_changed, timeout=1000):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    tp = Touchpoint.get(Touchpoint.contact == cid)
    assert (tp.kind, tp.channel, tp.status, tp.date) == ("lunch", "in_person", "done", TODAY)
    assert _next_due(db, cid) == dt.date(2026, 5, 10)
    assert page.items() == []
    assert page.calendar.kinds_on(TODAY) == []


def test_done_on_planned_item_marks_the_plan_done(db, make_page):
    cid = _add(db, "Paul", "B")
    care.log_touchpoint(db, [cid], "call", TODAY - dt.timedelta(days=5))
    tp = care.plan_touchpoint(db, cid, TODAY, "lunch", "Zürich")
    page = make_page()
    item = page.select_item(cid, "planned")
    assert item.note == "Zürich"
    assert page.mark_done() == 1
    assert Touchpoint.get_by_id(tp).status == "done"
    assert page.items() == []


def test_done_on_birthday_logs_greeting(db, make_page):
    cid = _add(db, "Dora", "D", birthday=Birthday(3, 10, 1980))
    page = make_page()
    page.select_item(cid, "birthday")
    page.mark_done()
    tp = Touchpoint.get(Touchpoint.contact == cid)
    assert (tp.kind, tp.channel) == ("greeting", "written")
    assert _next_due(db, cid) == dt.date(2027, 3, 10)


def test_shift_done_opens_the_log_dialog(db, make_page, qtbot):
    cid = _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    page = make_page()
    page.select_item(cid)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier)
    dialog = page._dialog
    assert dialog is not None and dialog.isVisible()
    assert Touchpoint.select().count() == 0
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
    dialog.date.setDate(QDate(2026, 3, 9))
    with qtbot.waitSignal(page.data_changed, timeout=1000):
        dialog.accept()
    tp = Touchpoint.get(Touchpoint.contact == cid)
    assert (tp.kind, tp.channel, tp.date) == ("call", "phone", dt.date(2026, 3, 9))
    assert _next_due(db, cid) == dt.date(2026, 5, 9)


def test_plan_for_a_date(db, make_page, qtbot):
    cid = _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    page = make_page()
    page.select_item(cid)
    dialog = page.open_plan_dialog()
    dialog.date.setDate(QDate(2026, 3, 20))
    dialog.accept()
    assert page._dialog is None or not page._dialog.isVisible()
    tp = Touchpoint.get(Touchpoint.contact == cid)
    assert (tp.status, tp.date) == ("planned", dt.date(2026, 3, 20))
    assert "planned" in page.calendar.kinds_on(dt.date(2026, 3, 20))
    assert page.items() == []  # the plan replaces the overdue cadence item
    page.select_date(dt.date(2026, 3, 20))
    assert [(i.contact_id, i.reason) for i in page.items()] == [(cid, "planned")]


def test_plan_for_several_selected_items(db, make_page, qtbot):
    olga = _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    otto = _add(db, "Otto", "B", since=TODAY - dt.timedelta(days=30))
    page = make_page()
    page.view.selectAll()
    dialog = page.open_plan_dialog()
    dialog.date.setDate(QDate(2026, 3, 20))
    dialog.accept()
    planned = Touchpoint.select().where(Touchpoint.status == "planned")
    assert sorted(t.contact_id for t in planned) == sorted([olga, otto])


def test_snooze_hides_the_item_until_its_date(db, make_page, qtbot):
    cid = _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    other = _add(db, "Otto", "A", since=TODAY - dt.timedelta(days=30))
    page = make_page()
    page.select_item(cid)
    qtbot.mouseClick(page.snooze_week_button, Qt.MouseButton.LeftButton)
    assert [i.contact_id for i in page.items()] == [other]
    week_later = TODAY + dt.timedelta(days=7)
    assert "cadence" in page.calendar.kinds_on(week_later)
    for day in range(1, 7):
        page.select_date(TODAY + dt.timedelta(days=day))
        assert cid not in [i.contact_id for i in page.items()]
    page.select_date(week_later)
    assert [i.contact_id for i in page.items()] == [cid]
    assert page.items()[0].snoozed
    page.go_today()
    page.select_item(other)
    qtbot.mouseClick(page.snooze_day_button, Qt.MouseButton.LeftButton)
    assert page.items() == []
    page.select_date(TODAY + dt.timedelta(days=1))
    assert [i.contact_id for i in page.items()] == [other]


def test_week_agenda(db, make_page):
    a = _add(db, "Anna", "A", since=TODAY - dt.timedelta(days=1))
    b = _add(db, "Bert", "B", since=dt.date(2026, 3, 15))
    _add(db, "Cora", "B", since=dt.date(2026, 3, 16))
    page = make_page()
    page.set_range_mode("week")
    assert page.agenda_range() == (dt.date(2026, 3, 9), dt.date(2026, 3, 15))
    assert {i.contact_id for i in page.items()} == {a, b}
    assert "11" in page.title.text()
    page.grab()


def test_month_navigation_and_today_button(db, make_page, qtbot):
    page = make_page()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.calendar.monthShown() == 4
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.calendar.monthShown() == 2
    page.select_date(dt.date(2026, 7, 1))
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.selected_date() == TODAY
    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (2026, 3)


def test_open_contact(db, make_page, qtbot):
    cid = _add(db, "<b>x</b>", "A")
    page = make_page()
    assert page.model.index(0).data(Qt.ItemDataRole.DisplayRole) == "<b>x</b> Test"
    page.grab()
    with qtbot.waitSignal(page.contact_open_requested, timeout=1000) as blocker:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [cid]


def test_export_ics(db, make_page, tmp_path, monkeypatch):
    _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    _add(db, "Dora", "D", birthday=Birthday(3, 20))
    page = make_page()
    target = tmp_path / "agenda"
    monkeypatch.setattr(page, "_ask_export_path", lambda: str(target))
    page.days_spin.setValue(14)
    assert page.export_ics() == 2
    cal = vobject.readOne((tmp_path / "agenda.ics").read_text("utf-8"))
    dates = sorted(ev.dtstart.value for ev in cal.vevent_list)
    assert dates == [TODAY, dt.date(2026, 3, 20)]
    assert "agenda.ics" in page.message.text()
    monkeypatch.setattr(page, "_ask_export_path", lambda: "")
    assert page.export_ics() is None


def test_agenda_model_passes_qt_model_tester(db, make_page, qtmodeltester):
    _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    _add(db, "Otto", "B")
    page = make_page()
    qtmodeltester.check(page.model)


def test_a_birthday_shown_for_information_can_be_snoozed_and_done(db, make_page):
    cid = _add(db, "Anna", "A", birthday=Birthday(3, 10))
    care.log_touchpoint(db, [cid], "lunch", TODAY - dt.timedelta(days=1))
    page = make_page()
    page.select_item(cid, "birthday")
    assert page.snooze_day_button.isEnabled()
    assert page.snooze_selected(1) == 1
    assert page.items() == []
    page.calendar.setSelectedDate(QDate(2026, 3, 11))
    page.select_item(cid, "birthday")
    assert page.mark_done() == 1
    tp = Touchpoint.select().where(Touchpoint.kind == "greeting").get()
    assert tp.contact_id == cid
    assert page.items() == []


# ---------------------------------------------------------------- defects a user found (issue 12)


def _png(colour) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(colour)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def _luminance(colour) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _contrast(one, other) -> float:
    a, b = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _tooltip_at(qtbot, widget, pos) -> str:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_the_agenda_shows_the_photo(db, make_page):
    from PySide6.QtGui import QColor

    cid = _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    contact_writes.set_photo(cid, _png(QColor(255, 0, 0)), "image/png")
    page = make_page()
    page.view.clearSelection()
    image = page.view.grab().toImage()
    rect = page.view.visualRect(page.model.index(0))
    # the avatar's middle: photo red, not the initials on their colour
    pixel = image.pixelColor(rect.left() + 2 + 14 + 16, rect.center().y())
    assert (pixel.red(), pixel.green(), pixel.blue()) == (255, 0, 0)


def test_month_days_have_tooltips_naming_who_is_due(db, make_page, qtbot):
    _add(db, "Dora", "D", birthday=Birthday(3, 20, 1980))
    _add(db, "Olga", "A", since=TODAY - dt.timedelta(days=90))
    page = make_page()
    grid = page.calendar.grid
    birthday = page.calendar.cell_rect(dt.date(2026, 3, 20))
    text = _tooltip_at(qtbot, grid.viewport(), birthday.center())
    assert "Dora Test" in text and "20" in text
    today = _tooltip_at(qtbot, grid.viewport(), page.calendar.cell_rect(TODAY).center())
    assert "Olga Test" in today
    quiet = _tooltip_at(
        qtbot, grid.viewport(), page.calendar.cell_rect(dt.date(2026, 3, 11)).center()
    )
    assert "Olga" not in quiet and "Dora" not in quiet and quiet


def test_the_day_under_the_mouse_is_the_day_painted_there(db, make_page):
    page = make_page()
    for year, month in ((2026, 3), (2026, 6), (2027, 2)):  # June 2026 starts on a Monday
        page.calendar.setCurrentPage(year, month)
        grid = page.calendar.grid
        for row in range(1, 7):
            for column in range(1, 8):
                index = grid.model().index(row, column)
                day = page.calendar.date_at(grid.visualRect(index).center())
                assert day.day == int(index.data(Qt.ItemDataRole.DisplayRole))
        start, end = page.visible_range()
        first = page.calendar.date_at(grid.visualRect(grid.model().index(1, 1)).center())
        assert start == first and (end - start).days == 41


def test_cut_agenda_names_have_tooltips(db, make_page, qtbot):
    long_name = "Maximiliane Alexandra von Hohenberg-Wolkenstein zu Liechtenegg"
    cid = contact_writes.add_contact(
        db, ContactRecord(given_name=long_name, tier="A"), today=TODAY - dt.timedelta(days=90)
    )
    page = make_page()
    page.resize(700, 650)
    index = page.model.index(0)
    assert page.model.items[0].contact_id == cid
    rect = page.view.visualRect(index)
    text = _tooltip_at(qtbot, page.view.viewport(), rect.center())
    assert long_name in text and "90" in text


def test_the_dot_on_the_selected_day_stands_out(db, make_page):
    from PySide6.QtGui import QPalette

    day = TODAY + dt.timedelta(days=3)
    _add(db, "Bea", "A", birthday=Birthday(day.month, day.day))
    page = make_page()
    page.select_date(day)
    image = page.calendar.grid.grab().toImage()
    cell = page.calendar.cell_rect(day)
    highlight = page.calendar.palette().color(QPalette.ColorRole.Highlight)
    line = page.calendar.fontMetrics().height()
    # the band under the day's number, where the dots are
    band = [
        image.pixelColor(x, y)
        for y in range(cell.center().y() + line // 2 + 2, cell.bottom() - 2)
        for x in range(cell.left() + 5, cell.right() - 5)
    ]
    marks = [c for c in band if _contrast(c, highlight) > 1.2]
    assert marks, "no dot painted"
    assert max(_contrast(c, highlight) for c in marks) >= 3.0


def test_birthday_and_overdue_are_told_apart_by_hue_and_lightness(db, make_page):
    from netzwerk_app.ui.care_colors import kind_colour

    birthday, overdue = kind_colour("birthday"), kind_colour("overdue")
    hue = abs(birthday.hslHue() - overdue.hslHue()) % 360
    assert min(hue, 360 - hue) >= 40
    # lightness apart too, for colour-blind eyes that lose the hue
    assert _contrast(birthday, overdue) >= 2.5


def test_calendar_fits_a_1024_window_in_german(db, data_dir, prefs, qtbot):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QPushButton

    from netzwerk_app.ui.context import AppContext
    from netzwerk_app.ui.i18n import install_translators, remove_translators
    from netzwerk_app.ui.main_window import MainWindow

    previous = QLocale()
    translators = install_translators(QApplication.instance(), "de")
    try:
        win = MainWindow(AppContext(db, data_dir, prefs))
        qtbot.addWidget(win)
        win.resize(1024, 768)
        win.show()
        win.show_view(2)  # the calendar
        win.resize(1024, 768)
        QApplication.processEvents()
        assert win.width() == 1024
        page = win.calendar.page
        assert page.done_button.text() == "Erledigt"
        for button in page.findChildren(QPushButton):
            if not button.isVisibleTo(win):
                continue
            corner = button.mapTo(win, button.rect().bottomRight())
            assert corner.x() <= win.width(), f"{button.text()} is cut at the edge"
            text = button.fontMetrics().horizontalAdvance(button.text())
            assert button.width() >= text + 12, f"{button.text()} is clipped"
    finally:
        remove_translators(QApplication.instance(), translators)
        QLocale.setDefault(previous)


def test_the_month_and_agenda_read_lazily_show_what_a_list_shows(db, make_page, monkeypatch):
    """The page keeps the agenda read from the database as it is (`agenda_items.Agenda`: items made
    when read); its marks, day tooltips and agenda lines are those of the same items as a
    plain list (the reading before the lazy agenda)."""
    from netzwerk_app.core import agenda_items

    for n in range(12):
        _add(db, f"Name{n % 4}", "ABCD"[n % 4], since=TODAY - dt.timedelta(days=10 * n),
             birthday=Birthday(3, 1 + n * 2))  # fmt: skip
    plan = _add(db, "Planned", None)
    care.plan_touchpoint(db, plan, TODAY - dt.timedelta(days=3), "call")
    care.snooze(db, 1, "cadence", TODAY, TODAY + dt.timedelta(days=2))
    lazy = make_page()
    assert isinstance(lazy.model.items, agenda_items.Agenda)
    monkeypatch.setattr(care, "due_agenda", lambda *a, **k: list(_due_agenda(*a, **k)))
    plain = make_page()
    assert not isinstance(plain.model.items, agenda_items.Agenda)
    assert lazy.calendar.marks == plain.calendar.marks and lazy.calendar.marks
    start, end = lazy.visible_range()
    for offset in range((end - start).days + 1):
        day = start + dt.timedelta(days=offset)
        assert lazy.calendar.day_tooltip(day) == plain.calendar.day_tooltip(day)
    for mode in ("day", "week"):
        lazy.set_range_mode(mode)
        plain.set_range_mode(mode)
        assert lazy.items() == plain.items() and lazy.items()
        rows = lazy.model.rowCount()
        assert [lazy.model.index(r).data() for r in range(rows)] == [
            plain.model.index(r).data() for r in range(rows)
        ]
        assert [lazy.model.index(r).data(Qt.ItemDataRole.ToolTipRole) for r in range(rows)] == [
            plain.model.index(r).data(Qt.ItemDataRole.ToolTipRole) for r in range(rows)
        ]


_due_agenda = care.due_agenda
