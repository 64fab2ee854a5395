"""The "From your phone…" dialog that receives a vCard file from a phone on the local network.

It runs the core's `PhoneHandover` server while it is open, shows a QR code of its address, the
address with Copy, short steps for iPhone and Android, the network to use and the time left.
When the phone's file arrives the server stops, the dialog closes and emits `received` with the
file's path: the owner opens the usual import preview (nothing is imported before that).
"""

from __future__ import annotations

import io
import ipaddress
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import handover
from netzwerk_app.ui.dialogs.phone_action import action_text
from netzwerk_app.ui.text import emphasized

__all__ = ["PhoneImportDialog", "action_text", "lan_addresses", "qr_pixmap"]

QR_SIZE = 232  # logical pixels of the QR code on screen

# Received files wait here for the import preview; the folders go when the app ends.
_RECEIVED_FOLDERS: list[tempfile.TemporaryDirectory] = []


def lan_addresses() -> list[tuple[str, str]]:
    """(interface name, IPv4 address) of every interface that is up, not loopback and not
    link-local, the default route's first."""
    found: list[tuple[str, str]] = []
    flags = QNetworkInterface.InterfaceFlag
    for interface in QNetworkInterface.allInterfaces():
        state = interface.flags()
        if not (state & flags.IsUp and state & flags.IsRunning) or state & flags.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            address = ip.toString()
            if ipaddress.ip_address(address).is_link_local:
                continue
            found.append((interface.humanReadableName(), address))
    default = handover.default_route_address()
    found.sort(key=lambda item: item[1] != default)
    return found


def qr_pixmap(text: str, size: int) -> QPixmap:
    """A QR code of `text` (drawn by segno) as a pixmap of about `size` pixels, crisp at any
    device pixel ratio (whole pixels per module)."""
    import segno  # only when the dialog is used

    code = segno.make(text, error="m")
    modules = code.symbol_size(scale=1, border=4)[0]
    scale = max(1, round(size / modules))
    png = io.BytesIO()
    code.save(png, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(png.getvalue(), "PNG")
    return pixmap


class _Bridge(QObject):
    """Carries the server thread's calls into the GUI thread (queued signals)."""

    uploaded = Signal(object)  # handover.ReceivedFile
    expired = Signal()


class PhoneImportDialog(QDialog):
    """Receive one vCard file from a phone; emits `received([path])` and closes when it came."""

    received = Signal(list)

    def __init__(
        self,
        parent: QWidget | None = None,
        port: int = 0,
        lifetime: float = handover.LIFETIME,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from your phone"))
        self.port = port
        self.lifetime = lifetime
        self.handover: handover.PhoneHandover | None = None
        self.received_path: Path | None = None
        self._bridge = _Bridge(self)
        self._bridge.uploaded.connect(self._uploaded)
        self._bridge.expired.connect(self._expired)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_time_left)
        self._build()
        self.addresses = lan_addresses()
        for name, address in self.addresses:
            self.interface.addItem(f"{name} – {address}", address)
        self.interface.currentIndexChanged.connect(lambda _i: self.start())
        self.start()

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        self.qr = QLabel()
        self.qr.setFixedSize(QR_SIZE + 16, QR_SIZE + 16)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setStyleSheet("background: white; border: 1px solid #c8ccd2;")
        self.address = QLineEdit()
        self.address.setReadOnly(True)
        self.address.setMinimumWidth(420)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self.copy_address)
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(1500)
        self._copied.timeout.connect(lambda: self.copy_button.setText(self.tr("Copy")))
        address_label = QLabel(self.tr("&Address:"))
        address_label.setBuddy(self.address)
        address_row = QHBoxLayout()
        address_row.addWidget(address_label)
        address_row.addWidget(self.address, 1)
        address_row.addWidget(self.copy_button)
        left = QVBoxLayout()
        left.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addStretch(1)

        title = QLabel(self.tr("Scan the code with your phone's camera"))
        emphasized(title, 1.25)
        title.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Your phone opens a page where you choose the contacts file and send it. Phone "
                "and computer must be on the same network. First save the contacts as a file:"
            )
        )
        intro.setWordWrap(True)
        steps = QGridLayout()
        steps.setHorizontalSpacing(12)
        steps.setVerticalSpacing(8)
        for row, (system, text) in enumerate(
            (
                (
                    self.tr("iPhone"),
                    self.tr("Contacts ▸ Lists ▸ long-press “All Contacts” ▸ Export"),
                ),
                (
                    self.tr("Android"),
                    self.tr("Contacts ▸ Fix & manage ▸ Export to file"),
                ),
            )
        ):
            name = QLabel(system)
            emphasized(name)
            step = QLabel(text)
            step.setWordWrap(True)
            steps.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            steps.addWidget(step, row, 1)
        steps.setColumnStretch(1, 1)
        self.interface = QComboBox()
        self.interface.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        interface_label = QLabel(self.tr("&Network:"))
        interface_label.setBuddy(self.interface)
        interface_row = QHBoxLayout()
        interface_row.addWidget(interface_label)
        interface_row.addWidget(self.interface, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.restart_button = QPushButton(self.tr("Start again"))
        self.restart_button.clicked.connect(self.start)
        self.restart_button.hide()
        note = QLabel(
            self.tr(
                "The transfer is plain, unencrypted HTTP on your local network: use it on a "
                "network you trust (at home, not in a café). It stops when you close this "
                "window, after one file, or after 10 minutes."
            )
        )
        note.setWordWrap(True)
        note.setFrameShape(QFrame.Shape.StyledPanel)
        note.setMargin(8)
        right = QVBoxLayout()
        right.addWidget(title)
        right.addWidget(intro)
        right.addLayout(steps)
        right.addSpacing(6)
        right.addLayout(interface_row)
        right.addWidget(self.status)
        right.addWidget(self.restart_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        body.addWidget(line)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addSpacing(6)
        layout.addLayout(address_row)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(760)

    # ------------------------------------------------------------ the server

    def start(self) -> None:
        """(Re)start the server on the chosen address with a new token."""
        self.stop()
        self.restart_button.hide()
        address = self.interface.currentData()
        if not address:
            self._show_unavailable(
                self.tr(
                    "This computer has no address on a local network. Connect it to the Wi-Fi "
                    "or network your phone uses, then open this window again."
                )
            )
            return
        self.handover = handover.PhoneHandover(
            address,
            self.port,
            on_upload=self._bridge.uploaded.emit,
            on_expired=self._bridge.expired.emit,
            lifetime=self.lifetime,
        )
        try:
            self.handover.start()
        except handover.HandoverError as exc:
            self.handover = None
            self._show_unavailable(self.tr("The transfer cannot start: %1").replace("%1", str(exc)))
            return
        url = self.handover.url
        self.qr.setPixmap(qr_pixmap(url, QR_SIZE))
        self.qr.setEnabled(True)
        self.address.setText(url)
        self.address.setCursorPosition(0)
        self.copy_button.setEnabled(True)
        self._show_time_left()
        self._tick.start()

    def stop(self) -> None:
        """Stop the server: the port is closed when this returns."""
        self._tick.stop()
        if self.handover is not None:
            self.handover.stop()

    def _show_unavailable(self, message: str) -> None:
        self.qr.clear()
        self.qr.setText("—")
        self.address.clear()
        self.copy_button.setEnabled(False)
        self.status.setText(message)

    def _show_time_left(self) -> None:
        if self.handover is None:
            return
        left = int(self.handover.seconds_left + 0.5)
        self.status.setText(
            self.tr("Waiting for your phone… (stops in %1)").replace(
                "%1", f"{left // 60}:{left % 60:02d}"
            )
        )

    def _expired(self) -> None:
        self._tick.stop()
        self.qr.setEnabled(False)
        self.status.setText(
            self.tr("Stopped after 10 minutes without a file. Start again to get a new code.")
        )
        self.restart_button.show()

    def _uploaded(self, upload: handover.ReceivedFile) -> None:
        self.stop()
        folder = tempfile.TemporaryDirectory(prefix="netzwerk-phone-")
        _RECEIVED_FOLDERS.append(folder)
        self.received_path = upload.save_to(folder.name)
        self.status.setText(self.tr("Received %1.").replace("%1", upload.name))
        self.accept()
        self.received.emit([str(self.received_path)])

    def copy_address(self) -> None:
        QGuiApplication.clipboard().setText(self.address.text())
        self.copy_button.setText(self.tr("Copied"))
        self._copied.start()

    # ------------------------------------------------------------ closing

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)
