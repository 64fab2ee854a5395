"""Showing a reminder to the user: a chain of notifiers, the first that works shows it.

Each notifier refuses in its constructor (raises `NotifierUnavailable`) when it cannot work
here; `NotifierChain` builds them in order and keeps the first that accepts:

1. `TrayNotifier`: the tray icon's own message (on Linux desktops with a StatusNotifier tray,
   Qt sends it as a desktop notification itself).
2. `DBusNotifier` (Linux): a desktop notification over D-Bus (``org.freedesktop.Notifications``),
   for desktops without a tray that have a notification server (GNOME without extension).
3. `BannerNotifier`: a banner in the main window, always possible.

When showing fails later (the notification server went away), the chain moves on to the next.
Every notifier emits `clicked` when the user clicks the notification.
"""

from __future__ import annotations

import html
import logging
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"


class NotifierUnavailable(Exception):
    """This way of notifying does not work here (the message says why)."""


class Notifier(QObject):
    """Shows one message; emits `clicked` when the user clicks it."""

    clicked = Signal()
    name = "notifier"

    def show(self, title: str, text: str) -> None:
        raise NotImplementedError


class TrayNotifier(Notifier):
    """The tray icon's message balloon (or the desktop's notification, where Qt uses D-Bus)."""

    name = "tray"

    def __init__(self, tray: QSystemTrayIcon | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if tray is None or not QSystemTrayIcon.isSystemTrayAvailable():
            raise NotifierUnavailable("no system tray")
        if not tray.supportsMessages():
            raise NotifierUnavailable("the tray cannot show messages")
        if not tray.isVisible():
            raise NotifierUnavailable("the tray icon is not shown")
        self.tray = tray
        tray.messageClicked.connect(self.clicked)

    def show(self, title: str, text: str) -> None:
        self.tray.showMessage(title, text, self.tray.icon(), 15000)


class DBusNotifier(Notifier):
    """A desktop notification over D-Bus, with a default action (a click) that opens the agenda.

    PySide6 cannot send the ``uint32`` Notify needs (it marshals Python ints as int16/int32),
    so the call itself goes through ``gdbus``; Qt's D-Bus binding checks that a server is
    there, reads its capabilities and receives the click (``ActionInvoked``).
    """

    name = "dbus"

    def __init__(self, parent: QObject | None = None, timeout: float = 5.0) -> None:
        super().__init__(parent)
        if not sys.platform.startswith("linux"):
            raise NotifierUnavailable("D-Bus notifications are used on Linux only")
        self.gdbus = shutil.which("gdbus")
        if self.gdbus is None:
            raise NotifierUnavailable("gdbus is not installed")
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError as exc:
            raise NotifierUnavailable(f"Qt has no D-Bus support: {exc}") from exc
        self.bus = QDBusConnection.sessionBus()
        if not self.bus.isConnected():
            raise NotifierUnavailable("no D-Bus session bus")
        registered = self.bus.interface().isServiceRegistered(NOTIFICATIONS_SERVICE)
        if not registered.isValid() or not registered.value():
            raise NotifierUnavailable("no notification server on the session bus")
        server = QDBusInterface(
            NOTIFICATIONS_SERVICE, NOTIFICATIONS_PATH, NOTIFICATIONS_SERVICE, self.bus
        )
        reply = server.call("GetCapabilities")
        arguments = reply.arguments()
        self.capabilities: list[str] = list(arguments[0]) if arguments else []
        self.timeout = timeout
        self.sent_ids: set[int] = set()
        self.bus.connect(
            NOTIFICATIONS_SERVICE, NOTIFICATIONS_PATH, NOTIFICATIONS_SERVICE, "ActionInvoked",
            self, SLOT("_action_invoked(uint,QString)"),
        )  # fmt: skip

    def _body(self, text: str) -> str:
        """The body as the server reads it: escaped where it would read markup."""
        return html.escape(text, quote=False) if "body-markup" in self.capabilities else text

    def show(self, title: str, text: str) -> None:
        actions = "['default', 'Open']" if "actions" in self.capabilities else "@as []"
        command = [
            self.gdbus, "call", "--session", "--dest", NOTIFICATIONS_SERVICE,
            "--object-path", NOTIFICATIONS_PATH, "--method", f"{NOTIFICATIONS_SERVICE}.Notify",
            "--", "Netzwerk", "0", "netzwerk", title, self._body(text), actions,
            "{'desktop-entry': <'netzwerk'>}", "-1",
        ]  # fmt: skip
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=self.timeout, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise NotifierUnavailable(f"the notification was not sent: {exc}") from exc
        if done.returncode != 0:
            raise NotifierUnavailable(f"the notification was not sent: {done.stderr.strip()}")
        # gdbus prints "(uint32 7,)"
        digits = "".join(c for c in done.stdout.split()[-1] if c.isdigit())
        if digits:
            self.sent_ids.add(int(digits))

    @Slot("uint", str)
    def _action_invoked(self, notification_id: int, action: str) -> None:
        if notification_id in self.sent_ids and action == "default":
            self.clicked.emit()


class BannerNotifier(Notifier):
    """A banner in the main window: the way when the desktop shows no notifications."""

    name = "banner"

    def __init__(self, banner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if banner is None:
            raise NotifierUnavailable("no window to show a banner in")
        self.banner = banner
        banner.action_clicked.connect(self.clicked)

    def show(self, title: str, text: str) -> None:
        self.banner.show_message(f"{title}: {text}" if text else title)


NotifierFactory = Callable[[], Notifier]


class NotifierChain(QObject):
    """Tries notifier factories in order and uses the first that works; falls back on failure."""

    clicked = Signal()

    def __init__(self, factories: Sequence[NotifierFactory], parent: QObject | None = None):
        super().__init__(parent)
        self.factories = list(factories)
        self.notifier: Notifier | None = None
        self.refused: list[str] = []

    def _next(self) -> Notifier | None:
        while self.factories:
            factory = self.factories.pop(0)
            try:
                notifier = factory()
            except NotifierUnavailable as exc:
                self.refused.append(str(exc))
                log.info("notifier refused: %s", exc)
                continue
            notifier.setParent(self)
            notifier.clicked.connect(self.clicked)
            return notifier
        return None

    @property
    def chosen(self) -> str | None:
        """The name of the notifier in use (choosing it now when none is yet)."""
        if self.notifier is None:
            self.notifier = self._next()
        return self.notifier.name if self.notifier else None

    def show(self, title: str, text: str) -> str | None:
        """Show the message; returns the name of the notifier that showed it."""
        while self.chosen is not None:
            assert self.notifier is not None
            try:
                self.notifier.show(title, text)
                return self.notifier.name
            except NotifierUnavailable as exc:
                log.warning("%s notification failed: %s", self.notifier.name, exc)
                self.refused.append(str(exc))
                self.notifier.deleteLater()
                self.notifier = None
        return None
