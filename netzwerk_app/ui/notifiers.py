"""Showing a reminder to the user: a chain of notifiers, the first that works shows it.

Each notifier refuses in its constructor (raises `NotifierUnavailable`) when it cannot work
here; `NotifierChain` builds them in order and keeps the first that accepts:

1. `TrayNotifier`: the tray icon's own message balloon.
2. `DBusNotifier` (Linux): a desktop notification over D-Bus (``org.freedesktop.Notifications``),
   for desktops without a tray that have a notification server (GNOME without extension), and
   for StatusNotifier trays (KDE, GNOME with AppIndicator): there Qt sends the tray's message
   as a desktop notification without a default action, so a click on it would do nothing.
3. `TrayNotifier` again, accepting a StatusNotifier tray (when D-Bus refused).
4. `BannerNotifier`: a banner in the main window, always possible.

When showing fails later (the notification server went away), the chain moves on to the next.
Every notifier emits `clicked` when the user clicks the notification.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from netzwerk_app.ui.text import escape_html

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

    def __init__(
        self,
        tray: QSystemTrayIcon | None,
        parent: QObject | None = None,
        *,
        clickable_only: bool = False,
    ) -> None:
        super().__init__(parent)
        if tray is None or not QSystemTrayIcon.isSystemTrayAvailable():
            raise NotifierUnavailable("no system tray")
        if not tray.supportsMessages():
            raise NotifierUnavailable("the tray cannot show messages")
        if not tray.isVisible():
            raise NotifierUnavailable("the tray icon is not shown")
        if clickable_only and status_notifier_tray():
            raise NotifierUnavailable("a StatusNotifier tray's messages cannot be clicked")
        self.tray = tray
        tray.messageClicked.connect(self.clicked)

    def show(self, title: str, text: str) -> None:
        self.tray.showMessage(title, text, self.tray.icon(), 15000)


def notification_body(text: str, capabilities: Sequence[str]) -> str:
    """The body as the server shows it: plain text, escaped where the server reads markup."""
    return escape_html(text, quote=False) if "body-markup" in capabilities else text


def status_notifier_tray() -> bool:
    """Whether Qt's tray is a StatusNotifier item on D-Bus (a watcher runs on the session bus)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered("org.kde.StatusNotifierWatcher")
    return bool(reply.isValid() and reply.value())


class DBusNotifier(Notifier):
    """A desktop notification over D-Bus, with a default action (a click) that opens the agenda.

    It talks to the server over its own session-bus connection (`jeepney`, pure Python): Qt's
    D-Bus binding cannot send from PySide6 the ``uint32`` that ``Notify`` takes (Python ints
    become int16/int32), and servers such as dunst and GNOME Shell send ``ActionInvoked`` only
    to the connection that sent the notification, so that connection must stay open. Qt only
    watches its socket (`QSocketNotifier`) to receive the click.
    """

    name = "dbus"

    def __init__(self, parent: QObject | None = None, timeout: float = 3.0) -> None:
        super().__init__(parent)
        if not sys.platform.startswith("linux"):
            raise NotifierUnavailable("D-Bus notifications are used on Linux only")
        try:
            from jeepney import DBusAddress, MatchRule, message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError as exc:
            raise NotifierUnavailable(f"no D-Bus library: {exc}") from exc
        try:
            self.connection = open_dbus_connection(bus="SESSION")
        except Exception as exc:  # no address (KeyError), no socket (OSError), refused …
            raise NotifierUnavailable(f"no D-Bus session bus: {exc}") from exc
        self.timeout = timeout
        self.server = DBusAddress(
            NOTIFICATIONS_PATH, bus_name=NOTIFICATIONS_SERVICE, interface=NOTIFICATIONS_SERVICE
        )
        try:
            reply = self.connection.send_and_get_reply(
                message_bus.NameHasOwner(NOTIFICATIONS_SERVICE), timeout=timeout
            )
            if not reply.body[0]:
                raise NotifierUnavailable("no notification server on the session bus")
            self.capabilities: list[str] = list(self._call("GetCapabilities")[0])
            # Servers that broadcast ActionInvoked need a match rule; unicast ones need none.
            rule = MatchRule(
                type="signal", interface=NOTIFICATIONS_SERVICE, member="ActionInvoked",
                path=NOTIFICATIONS_PATH,
            )  # fmt: skip
            self.connection.send_and_get_reply(message_bus.AddMatch(rule), timeout=timeout)
        except NotifierUnavailable:
            self.connection.close()
            raise
        except Exception as exc:
            self.connection.close()
            raise NotifierUnavailable(f"the notification server does not answer: {exc}") from exc
        self.actions: deque = deque(maxlen=50)
        self._filter = self.connection.filter(rule, queue=self.actions)
        self.sent_ids: set[int] = set()
        self.watcher = QSocketNotifier(
            self.connection.sock.fileno(), QSocketNotifier.Type.Read, self
        )
        self.watcher.activated.connect(self._drain)
        self.destroyed.connect(self.connection.close)

    def _call(self, method: str, signature: str | None = None, body: tuple = ()) -> tuple:
        from jeepney import new_method_call
        from jeepney.wrappers import unwrap_msg

        message = new_method_call(self.server, method, signature, body)
        return unwrap_msg(self.connection.send_and_get_reply(message, timeout=self.timeout))

    def show(self, title: str, text: str) -> None:
        actions = ["default", "Open"] if "actions" in self.capabilities else []
        hints = {"desktop-entry": ("s", "netzwerk")}
        body = notification_body(text, self.capabilities)
        try:
            (notification_id,) = self._call(
                "Notify", "susssasa{sv}i",
                ("Netzwerk", 0, "netzwerk", title, body, actions, hints, -1),
            )  # fmt: skip
        except Exception as exc:  # the server went away, an error reply, a timeout
            raise NotifierUnavailable(f"the notification was not sent: {exc}") from exc
        self.sent_ids.add(int(notification_id))
        QTimer.singleShot(0, self, self._drain)  # a click may have come in with the reply

    def _drain(self, *_args) -> None:
        """Read what the server sent; a click on one of ours is `clicked`."""
        while True:
            try:
                self.connection.recv_messages(timeout=0)
            except TimeoutError:
                break
            except Exception:  # the bus went away
                log.warning("the D-Bus connection closed", exc_info=True)
                self.watcher.setEnabled(False)
                break
        while self.actions:
            message = self.actions.popleft()
            notification_id, action = message.body[:2]
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
