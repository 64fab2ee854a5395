"""Scenarios on a real desktop, run by tests/ui/test_real_desktop.py inside Xvfb.

Not a test module: each scenario starts the desktop pieces it needs (the `trayer` tray host,
the `dunst` notification server), runs Netzwerk's window and tray in this process on the xcb
platform, acts as the user would (X input with `xdotool`), and prints one JSON line of
findings. Screenshots go to the folder given on the command line.

    python desktop_scenarios.py tray OUT_DIR
    python desktop_scenarios.py dbus OUT_DIR      (inside dbus-run-session)
    python desktop_scenarios.py sni OUT_DIR       (inside dbus-run-session)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"
os.environ.setdefault("NETZWERK_TODAY", "2026-11-26")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from netzwerk_app.core import contact_writes
from netzwerk_app.core.database import open_database
from netzwerk_app.core.records import ContactRecord


def wait_until(condition: Callable[[], object], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


def pause(seconds: float) -> None:
    wait_until(lambda: False, seconds)


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def app_and_window(folder: Path):
    """A data folder with two contacts due today, and the window and reminder on it."""
    app = QApplication.instance() or QApplication([])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("NetzwerkTests")
    QCoreApplication.setApplicationName("NetzwerkTests")
    from netzwerk_app.ui.context import AppContext
    from netzwerk_app.ui.i18n import install_translators
    from netzwerk_app.ui.main_window import MainWindow
    from netzwerk_app.ui.preferences import Preferences
    from netzwerk_app.ui.tray import TrayReminders

    translators = install_translators(app, "en")
    db = open_database(folder / "data")
    since = dt.date(2024, 1, 1)
    contact_writes.add_contact(
        db, ContactRecord(given_name="Anna", family_name="Schär", tier="A"), since
    )
    contact_writes.add_contact(
        db, ContactRecord(given_name="Beat", family_name="Keller", tier="B"), dt.date(2026, 11, 26)
    )
    contact_writes.add_contact(
        db, ContactRecord(given_name="Carla", family_name="Frei", tier="A"), since
    )
    prefs = Preferences(QSettings(str(folder / "prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(db, folder / "data", prefs))
    reminder = TrayReminders(db, window, prefs)
    window.quit_requested.connect(app.quit)
    return app, window, reminder, translators


def grab_screen(path: Path) -> None:
    QApplication.primaryScreen().grabWindow(0).save(str(path))


# ---------------------------------------------------------------- the tray


def scenario_tray(out: Path) -> dict:
    found: dict = {}
    host = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
         "--height", "32", "--SetDockType", "false", "--tint", "0xdddddd",
         "--transparent", "false", "--expand", "true"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        with tempfile.TemporaryDirectory() as tmp:
            QApplication.instance() or QApplication([])
            found["tray_available"] = wait_until(QSystemTrayIcon.isSystemTrayAvailable, 15)
            app, window, reminder, _tr = app_and_window(Path(tmp))
            found["has_tray"] = reminder.tray is not None
            if reminder.tray is None:
                return found
            reminder.start(minimized=True, announce_after_ms=-1)
            tray = reminder.tray
            found["window_hidden"] = not window.isVisible()
            # shown, then embedded by the host (it moves from 0,0 into the tray's window)
            found["icon_shown"] = wait_until(
                lambda: tray.isVisible() and not tray.geometry().topLeft().isNull(), 15
            )
            pause(0.5)
            geometry = tray.geometry()
            found["icon_geometry"] = [geometry.x(), geometry.y(), geometry.width(),
                                      geometry.height()]  # fmt: skip
            found["badge_count"] = tray.count
            found["tooltip"] = tray.toolTip()
            pause(0.5)
            grab_screen(out / "tray-icon.png")
            # the user right-clicks the icon: the menu opens, rebuilt
            centre = geometry.center()
            xdotool("mousemove", str(centre.x()), str(centre.y()))
            xdotool("click", "3")
            found["menu_opened"] = wait_until(tray.menu.isVisible, 10)
            found["menu"] = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
            # hover Anna's item: its submenu opens beside the menu
            anna = next(a for a in tray.menu.actions() if a.text().startswith("Anna"))
            rect = tray.menu.actionGeometry(anna)
            point = tray.menu.mapToGlobal(rect.center())
            xdotool("mousemove", str(point.x()), str(point.y()))
            found["submenu_opened"] = wait_until(lambda: anna.menu().isVisible(), 10)
            pause(0.5)
            grab_screen(out / "tray-menu.png")
            # and clicks "Snooze All until Tomorrow"
            snooze_all = tray.action("Snooze All until Tomorrow")
            xdotool("mousemove", str(point.x()), str(point.y() + 200))  # off the submenu
            pause(0.3)
            rect = tray.menu.actionGeometry(snooze_all)
            point = tray.menu.mapToGlobal(rect.center())
            xdotool("mousemove", str(point.x()), str(point.y()))
            pause(0.3)
            xdotool("click", "1")
            found["snoozed"] = wait_until(lambda: tray.count == 0, 10)
            found["menu_closed"] = not tray.menu.isVisible()
            # a left click on the icon opens the window
            xdotool("mousemove", str(centre.x()), str(centre.y()))
            xdotool("click", "1")
            found["window_opened"] = wait_until(window.isVisible, 10)
            reminder.stop()
            window.quitting = True
            window.close()
            app.processEvents()
    finally:
        host.terminate()
        host.wait(timeout=10)
    return found


# ---------------------------------------------------------------- notifications over D-Bus


NOTIFICATIONS = "org.freedesktop.Notifications"


def dunst_history() -> list[dict]:
    done = subprocess.run(
        ["dunstctl", "history"], capture_output=True, text=True, timeout=10, check=True
    )
    data = json.loads(done.stdout)["data"]
    return [
        {k: v.get("data") for k, v in entry.items() if isinstance(v, dict)}
        for group in data
        for entry in group
    ]


def scenario_dbus(out: Path) -> dict:
    found: dict = {}
    server = subprocess.Popen(
        ["dunst", "-config", "/dev/null"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        with tempfile.TemporaryDirectory() as tmp:
            app, window, reminder, _tr = app_and_window(Path(tmp))
            from PySide6.QtDBus import QDBusConnection

            bus = QDBusConnection.sessionBus()
            found["server_up"] = wait_until(
                lambda: bus.interface().isServiceRegistered(NOTIFICATIONS).value(),
                15,
            )
            found["has_tray"] = reminder.tray is not None
            reminder.start(announce_after_ms=-1)
            found["chosen"] = reminder.announce()
            found["summary"] = list(reminder.last_summary or ())
            pause(0.5)
            grab_screen(out / "dbus-notification.png")
            # the user clicks the notification: its default action opens today's agenda
            window.show_view(0)
            subprocess.run(["dunstctl", "action", "0"], timeout=10, check=False)
            from netzwerk_app.ui.main_window import VIEW_CALENDAR

            found["agenda_opened"] = wait_until(
                lambda: window.pages.currentIndex() == VIEW_CALENDAR, 10
            )
            subprocess.run(["dunstctl", "close-all"], timeout=10, check=False)
            found["history"] = wait_until(lambda: bool(dunst_history()), 5) and dunst_history()
            reminder.stop()
            window.quitting = True
            window.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return found


# ---------------------------------------------------------------- a tray over D-Bus


def scenario_sni(out: Path) -> dict:
    """The tray as KDE (or GNOME with AppIndicator) offers it: a StatusNotifierWatcher on the
    session bus, no XEmbed tray host. The tray's own message is then a desktop notification."""
    found: dict = {}
    items_file = out / "sni-items.txt"
    watcher = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("sni_watcher.py")), str(items_file)]
    )
    server = subprocess.Popen(
        ["dunst", "-config", "/dev/null"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        with tempfile.TemporaryDirectory() as tmp:
            QApplication.instance() or QApplication([])
            from PySide6.QtDBus import QDBusConnection

            bus = QDBusConnection.sessionBus()
            found["services_up"] = wait_until(
                lambda: all(
                    bus.interface().isServiceRegistered(name).value()
                    for name in (NOTIFICATIONS, "org.kde.StatusNotifierWatcher")
                ),
                15,
            )
            found["tray_available"] = QSystemTrayIcon.isSystemTrayAvailable()
            app, window, reminder, _tr = app_and_window(Path(tmp))
            found["has_tray"] = reminder.tray is not None
            if reminder.tray is None:
                return found
            reminder.start(minimized=True, announce_after_ms=-1)
            found["item_registered"] = wait_until(
                lambda: items_file.exists() and items_file.read_text().strip(), 10
            )
            found["chosen"] = reminder.announce()
            found["summary"] = list(reminder.last_summary or ())
            pause(0.5)
            grab_screen(out / "sni-notification.png")
            subprocess.run(["dunstctl", "action", "0"], timeout=10, check=False)
            from netzwerk_app.ui.main_window import VIEW_CALENDAR

            found["agenda_opened"] = wait_until(
                lambda: window.isVisible() and window.pages.currentIndex() == VIEW_CALENDAR, 10
            )
            subprocess.run(["dunstctl", "close-all"], timeout=10, check=False)
            found["history"] = wait_until(lambda: bool(dunst_history()), 5) and dunst_history()
            reminder.stop()
            window.quitting = True
            window.close()
    finally:
        for process in (server, watcher):
            process.terminate()
            process.wait(timeout=10)
    return found


SCENARIOS = {"tray": scenario_tray, "dbus": scenario_dbus, "sni": scenario_sni}

if __name__ == "__main__":
    name, out_dir = sys.argv[1], Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    result = SCENARIOS[name](out_dir)
    print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
