"""The tray: badge, tooltip, the menu's content and actions, the reminder, close-to-tray,
and the window as the way in where the desktop has no tray."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor

from netzwerk_app.core import care, contacts, reminders
from netzwerk_app.ui import main_window as main_window_module
from netzwerk_app.ui.context import AppContext
from netzwerk_app.ui.icons import app_icon
from netzwerk_app.ui.notifiers import Notifier, NotifierUnavailable
from netzwerk_app.ui.tray import KEY_CLOSE_HINT_SHOWN, TrayReminders
from netzwerk_app.ui.tray_icon import CareTray, badge_icon, badge_pixmap


class RecordingNotifier(Notifier):
    """Stands in for the desktop: remembers what it was asked to show."""

    name = "recording"

    def __init__(self, shown: list) -> None:
        super().__init__()
        self.shown = shown

    def show(self, title: str, text: str) -> None:
        self.shown.append((title, text))


@pytest.fixture(autouse=True)
def english(qapp):
    """The English translation: plural forms as the user reads them ("2 touchpoints due")."""
    from netzwerk_app.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "en")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def shown():
    return []


@pytest.fixture
def reminder(window, db, prefs, shown, today):
    """The reminder of a window on a desktop with a tray, notifying into `shown`."""
    made = []

    def make(tray_available=True, now=None, notifiers=None):
        window.refresh_all()  # the window has read the contacts the test added
        service = TrayReminders(
            db, window, prefs, tray_available=tray_available,
            notifiers=notifiers or [lambda: RecordingNotifier(shown)],
            now=now or (lambda: dt.datetime.combine(today, dt.time(8, 0))),
        )  # fmt: skip
        made.append(service)
        return service

    yield make
    for service in made:
        service.stop()
        window.close_to_tray = False


def menu_texts(tray: CareTray) -> list[str]:
    return [a.text() for a in tray.menu.actions() if not a.isSeparator()]


def item_menu(tray: CareTray, name: str):
    [menu] = [m for m in tray.item_menus() if m.title().startswith(name)]
    return {a.text(): a for a in menu.actions()}


# ---------------------------------------------------------------- icon and menu


def test_the_badge_shows_the_count_in_red(qapp):
    plain = badge_pixmap(app_icon(), 0, 64).toImage()
    badged = badge_pixmap(app_icon(), 3, 64).toImage()
    corner = QColor(badged.pixel(40, 55))
    assert corner.red() > 180 and corner.green() < 90, corner.name()
    assert plain.pixel(40, 55) != badged.pixel(40, 55)
    assert not badge_icon(app_icon(), 120).isNull()


def test_the_menu_lists_todays_items_with_open_done_and_snooze(qtbot, db, three):
    anna, beat, _chidi = three
    tray = CareTray(db)
    tray.menu.aboutToShow.emit()
    texts = menu_texts(tray)
    assert texts[0] == "Open Netzwerk"
    assert texts[1] == "Due today and overdue"
    assert texts[2].startswith("Anna Müller (A, lunch) · overdue")
    assert texts[3] == "Beat Keller (B, call)"
    assert texts[-4:] == [
        "Open the Agenda", "Snooze All until Tomorrow", "From your &phone…", "Quit"
    ]  # fmt: skip
    assert "Chidi" not in " ".join(texts)  # due tomorrow
    assert list(item_menu(tray, "Anna")) == ["Open Card", "Done", "Snooze until Tomorrow"]
    tray.set_items(tray.items)
    assert tray.toolTip() == "<qt>Netzwerk: 1 due today, 1 overdue<br>Anna Müller, Beat Keller</qt>"


def test_the_menu_is_rebuilt_when_it_opens(qtbot, db, three, add_contact, today):
    tray = CareTray(db)
    tray.menu.aboutToShow.emit()
    assert len(tray.item_menus()) == 2
    add_contact("Dora", "Ott", tier="C", since=today)
    tray.menu.aboutToShow.emit()
    assert len(tray.item_menus()) == 3
    assert "Dora Ott (C, message)" in menu_texts(tray)


def test_done_in_the_menu_logs_the_touchpoint(qtbot, db, three, today):
    anna = three[0]
    tray = CareTray(db)
    tray.menu.aboutToShow.emit()
    with qtbot.waitSignal(tray.data_changed, timeout=2000):
        item_menu(tray, "Anna")["Done"].trigger()
    [touchpoint] = care.touchpoints_of(anna)
    assert (touchpoint.kind, touchpoint.date) == ("lunch", today)
    tray.menu.aboutToShow.emit()
    assert [m.title() for m in tray.item_menus()] == ["Beat Keller (B, call)"]


def test_snooze_in_the_menu_hides_until_tomorrow(qtbot, db, three, today):
    tray = CareTray(db)
    tray.menu.aboutToShow.emit()
    item_menu(tray, "Beat")["Snooze until Tomorrow"].trigger()
    tray.menu.aboutToShow.emit()
    assert [m.title()[:11] for m in tray.item_menus()] == ["Anna Müller"]
    tray.action("Snooze All until Tomorrow").trigger()
    tray.menu.aboutToShow.emit()
    assert tray.item_menus() == [] and "Nothing due today" in menu_texts(tray)
    assert not tray.action("Snooze All until Tomorrow").isEnabled()
    tomorrow = today + dt.timedelta(days=1)
    assert len(reminders.due_today(db, tomorrow)) == 2  # both back the next day


def test_open_card_asks_for_the_contact(qtbot, db, three):
    tray = CareTray(db)
    tray.menu.aboutToShow.emit()
    with qtbot.waitSignal(tray.contact_requested, timeout=2000) as signal:
        item_menu(tray, "Beat")["Open Card"].trigger()
    assert signal.args == [three[1]]


def test_an_ampersand_in_a_name_is_shown_not_taken_as_a_shortcut(qtbot, db, add_contact, today):
    add_contact("Ann & Bob", "Meier", tier="B", since=today)
    tray = CareTray(db)
    tray.menu.aboutToShow.emit()
    [menu] = tray.item_menus()
    assert menu.title() == "Ann && Bob Meier (B, call)"


# ---------------------------------------------------------------- reminder and window


def test_at_start_the_due_items_are_announced_once(qtbot, window, three, reminder, shown):
    service = reminder()
    service.start(announce_after_ms=-1)
    assert service.tray is not None and service.tray.count == 2
    assert service.tray.toolTip() == (
        "<qt>Netzwerk: 1 due today, 1 overdue<br>Anna Müller, Beat Keller</qt>"
    )
    assert service.announce() == "recording"
    assert shown == [("2 touchpoints due", "Anna Müller (A, lunch), Beat Keller (B, call)")]
    assert service.announce() is None  # the reminder time later that day: nothing new
    assert len(shown) == 1


def test_clicking_the_notification_opens_todays_agenda(qtbot, window, three, reminder, today):
    service = reminder()
    service.start(announce_after_ms=-1)
    window.hide()
    assert service.chain.chosen == "recording"
    service.chain.notifier.clicked.emit()
    assert window.isVisible()
    assert window.pages.currentIndex() == main_window_module.VIEW_CALENDAR
    assert window.calendar.page.selected_date() == today


def test_no_announcement_when_reminders_are_off(qtbot, window, three, reminder, prefs, shown):
    prefs.reminders_enabled = False
    service = reminder()
    assert service.announce() is None and shown == []


def test_the_reminder_timer_is_set_to_the_reminder_time(qtbot, window, reminder, prefs, today):
    from PySide6.QtCore import QTime

    prefs.reminder_time = QTime(9, 30)
    service = reminder(now=lambda: dt.datetime.combine(today, dt.time(9, 0)))
    service.schedule()
    assert 30 * 60_000 <= service.reminder_timer.remainingTime() <= 31 * 60_000
    assert 15 * 3_600_000 <= service.midnight_timer.remainingTime() <= 15 * 3_600_000 + 2000


def test_after_waking_past_the_reminder_time_the_items_are_announced(
    qtbot, window, three, reminder, shown, today
):
    clock_now = [dt.datetime.combine(today, dt.time(8, 0))]
    service = reminder(now=lambda: clock_now[0])
    service.start(announce_after_ms=-1)
    clock_now[0] = dt.datetime.combine(today, dt.time(11, 0))  # the lid was shut for 3 hours
    service._heartbeat()
    assert len(shown) == 1


def test_the_badge_follows_changes_made_in_the_window(qtbot, window, three, reminder):
    service = reminder()
    service.start(announce_after_ms=-1)
    assert service.tray.count == 2
    window.show_agenda()
    page = window.calendar.page
    page.go_today()
    page.mark_done([i for i in page.items() if i.contact_id == three[0]])
    qtbot.waitUntil(lambda: service.tray.count == 1, timeout=3000)


def test_done_in_the_tray_refreshes_the_window(qtbot, window, three, reminder):
    service = reminder()
    service.start(announce_after_ms=-1)
    service.tray.menu.aboutToShow.emit()
    item_menu(service.tray, "Anna")["Done"].trigger()
    anna_row = window.model.row_of(three[0])
    assert window.model.row_data(anna_row).last_touchpoint is not None
    assert service.tray.count == 1


def test_closing_the_window_keeps_the_app_in_the_tray_with_a_hint_once(
    qtbot, window, reminder, prefs
):
    service = reminder()
    service.start(announce_after_ms=-1)
    with qtbot.waitSignal(window.closed_to_tray, timeout=2000):
        window.close()
    assert not window.isVisible()
    assert prefs.value(KEY_CLOSE_HINT_SHOWN) in (True, "true")
    assert service.tray.isVisible() or service.tray.icon() is not None
    service.bring_to_front()
    assert window.isVisible()


def test_quit_from_the_tray_ends_the_app(qtbot, window, reminder):
    service = reminder()
    service.start(announce_after_ms=-1)
    service.tray.menu.aboutToShow.emit()
    with qtbot.waitSignal(window.quit_requested, timeout=2000):
        service.tray.action("Quit").trigger()
    assert not window.isVisible()


def test_from_your_phone_in_the_tray_opens_the_phone_dialog(qtbot, window, reminder):
    service = reminder()
    service.start(announce_after_ms=-1)
    service.tray.menu.aboutToShow.emit()
    service.tray.action("From your &phone…").trigger()
    qtbot.waitUntil(lambda: window.phone_window is not None and window.phone_window.isVisible())
    assert window.isVisible()
    window.phone_window.reject()


def test_minimized_starts_in_the_tray_only(qtbot, window, reminder):
    window.hide()
    reminder().start(minimized=True, announce_after_ms=-1)
    assert not window.isVisible()


def test_without_a_tray_the_window_stays_and_a_banner_shows_the_due_items(
    qtbot, window, three, reminder
):
    window.hide()
    service = reminder(tray_available=False)
    service.start(minimized=True, announce_after_ms=-1)
    assert service.tray is None and window.isVisible()  # --minimized cannot hide it
    text = window.banner.text()
    assert "no system tray" in text and "2 touchpoints due: Anna Müller (A, lunch)" in text
    with qtbot.assertNotEmitted(window.closed_to_tray):
        window.close()


def test_without_a_tray_the_notice_is_given_once(qtbot, window, reminder, three):
    reminder(tray_available=False).start(announce_after_ms=-1)
    window.banner.hide()
    reminder(tray_available=False).start(announce_after_ms=-1)
    assert "no system tray" not in window.banner.text()
    assert window.banner.text().startswith("2 touchpoints due")


def test_at_the_apps_start_the_due_items_are_read_after_the_first_frame(
    qtbot, window, reminder, three
):
    """The list is painted first; the banner of due items follows right after."""
    from PySide6.QtWidgets import QApplication

    reminder(tray_available=False).start(announce_after_ms=-1)  # the no-tray notice, once
    window.hide()
    window.banner.hide()
    reminder(tray_available=False).start(announce_after_ms=-1, after_paint=True)
    assert window.isVisible()
    assert not window.banner.text().startswith("2 touchpoints due")  # not before the frame
    window.repaint()
    QApplication.processEvents()
    # after the frame, or at the latest AFTER_PAINT_AT_MOST_MS later; the no-tray notice may
    # still lead the text when it was said on this start
    qtbot.waitUntil(lambda: "2 touchpoints due" in window.banner.text(), timeout=6000)


def test_without_a_tray_nothing_due_means_no_banner_after_the_notice(qtbot, window, reminder):
    reminder(tray_available=False).start(announce_after_ms=-1)
    assert window.banner.text().startswith("Your desktop shows no system tray")
    window.banner.hide()
    reminder(tray_available=False).refresh()
    assert not window.banner.isVisible()


# ---------------------------------------------------------------- the notifier chain


def test_the_chain_uses_the_tray_first(qtbot, window, reminder, three, shown):
    service = reminder(notifiers=None)
    service.chain.factories = [*service.default_notifiers()[:1], lambda: RecordingNotifier(shown)]
    service.start(announce_after_ms=-1)
    # offscreen has no tray: the tray notifier refuses and the next one shows the summary
    assert service.announce() == "recording"
    assert service.chain.refused == ["no system tray"]


def test_the_chain_falls_back_to_the_banner(qtbot, window, reminder, three, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)  # no session bus
    service = reminder(tray_available=False, notifiers=None)
    service.chain.factories = service.default_notifiers()
    assert service.announce() == "banner"
    assert service.chain.refused[0] == "no system tray"
    assert service.chain.refused[1].startswith("no D-Bus session bus")
    assert window.banner.text().startswith("2 touchpoints due: Anna Müller")
    window.banner.action_button.click()
    assert window.pages.currentIndex() == main_window_module.VIEW_CALENDAR


def test_a_notifier_that_fails_to_show_hands_over_to_the_next(qtbot, window, reminder, shown):
    class Broken(Notifier):
        name = "broken"

        def show(self, title, text):
            raise NotifierUnavailable("the server went away")

    def refusing():
        raise NotifierUnavailable("not here")

    service = reminder(notifiers=[refusing, Broken, lambda: RecordingNotifier(shown)])
    assert service.chain.show("Title", "Text") == "recording"
    assert service.chain.refused == ["not here", "the server went away"]
    assert shown == [("Title", "Text")]


# ---------------------------------------------------------------- settings, start-up


def test_start_at_login_creates_and_removes_the_autostart_entry(qtbot, db, prefs, tmp_path):
    from netzwerk_app.ui.dialogs.settings_dialog import SettingsDialog

    entry = tmp_path / "config" / "autostart" / "netzwerk.desktop"  # XDG_CONFIG_HOME: conftest
    folder = tmp_path / "own data"
    dialog = SettingsDialog(AppContext(db, folder, prefs))
    qtbot.addWidget(dialog)
    assert not dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(True)
    dialog.accept()
    text = entry.read_text(encoding="utf-8")
    assert "--minimized" in text and '--data-dir "' in text and "own data" in text
    dialog = SettingsDialog(AppContext(db, folder, prefs))
    qtbot.addWidget(dialog)
    assert dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(False)
    dialog.accept()
    assert not entry.exists()


def test_the_summary_speaks_german(qtbot, db, three, qapp):
    from netzwerk_app.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "de")
    try:
        tray = CareTray(db)
        summary = reminders.summary_of(db, reminders.due_today(db))
        assert tray.wording.summary_texts(summary) == (
            "2 Touchpoints fällig",
            "Anna Müller (A, Mittagessen), Beat Keller (B, Anruf)",
        )
        tray.menu.aboutToShow.emit()
        assert "Netzwerk öffnen" in menu_texts(tray)
    finally:
        remove_translators(qapp, translators)


def test_names_reach_a_markup_reading_server_as_plain_text():
    from netzwerk_app.ui.notifiers import notification_body

    text = "Eve <b>Bold</b> & Co (A, lunch)"
    assert notification_body(text, ["body", "body-markup"]) == (
        "Eve &lt;b&gt;Bold&lt;/b&gt; &amp; Co (A, lunch)"
    )
    assert notification_body(text, ["body"]) == text


def test_without_a_tray_a_closed_banner_stays_closed_that_day(
    qtbot, window, reminder, three, today
):
    clock_now = [dt.datetime.combine(today, dt.time(8, 0))]
    service = reminder(tray_available=False, now=lambda: clock_now[0])
    service.start(announce_after_ms=-1)
    assert window.banner.isVisible()
    window.banner.close_button.click()
    service.refresh()
    assert not window.banner.isVisible()
    clock_now[0] = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(0, 0, 1))
    service._new_day()
    assert window.banner.isVisible()
    assert window.banner.text().startswith("2 touchpoints due: Anna Müller")


def test_a_name_in_the_tooltip_is_plain_text(qtbot, db):
    tray = CareTray(db)
    tray.set_due(1, 0, ["<b>Eve</b> & Co"])
    assert tray.toolTip() == "<qt>Netzwerk: 1 due today<br>&lt;b&gt;Eve&lt;/b&gt; &amp; Co</qt>"


def test_closing_into_the_tray_saves_the_card(qtbot, window, reminder, three):
    service = reminder()
    service.start(announce_after_ms=-1)
    window.open_contact(three[1])
    window.card.given.selectAll()
    qtbot.keyClicks(window.card.given, "Beatrice")
    assert window.card.is_dirty()
    window.close()
    assert not window.isVisible()
    assert contacts.load_contact(window.db, three[1]).given_name == "Beatrice"


def test_turning_reminders_off_stops_the_reminder_timer(qtbot, window, reminder, prefs):
    service = reminder()
    service.schedule()
    assert service.reminder_timer.isActive()
    prefs.reminders_enabled = False
    window.preferences_changed.connect(service.preferences_changed)
    window.preferences_changed.emit()
    assert not service.reminder_timer.isActive() and service.midnight_timer.isActive()


def test_a_second_start_brings_the_window_from_the_tray_and_opens_its_files(
    qtbot, window, reminder, monkeypatch
):
    opened = []
    monkeypatch.setattr(window, "open_import", opened.append)
    service = reminder()
    service.start(minimized=True, announce_after_ms=-1)
    assert not window.isVisible()
    service.bring_to_front(["/tmp/friends.vcf"])
    assert window.isVisible()
    assert opened == [["/tmp/friends.vcf"]]


def test_a_failed_read_of_the_due_items_is_tried_again_soon(
    qtbot, window, reminder, three, monkeypatch
):
    """A database busy for a moment at start must not leave the banner empty until midnight."""
    service = reminder(tray_available=False)
    real = service.due_items
    calls = []

    def busy_once():
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database is locked")
        return real()

    monkeypatch.setattr(service, "due_items", busy_once)
    monkeypatch.setattr("netzwerk_app.ui.tray.RETRY_AFTER_MS", 50)
    service.refresh()
    assert "2 touchpoints due" not in window.banner.text()
    qtbot.waitUntil(lambda: "2 touchpoints due" in window.banner.text(), timeout=3000)
    assert len(calls) == 2
