"""Asking for an account's password again (refused by the server, or no keyring to keep it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core.models import SyncAccount
from netzwerk_app.ui.sync import session
from netzwerk_app.ui.sync.password_field import password_field


class PasswordDialog(QDialog):
    """Non-modal: the window goes on working while it is open."""

    def __init__(self, account: SyncAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setWindowTitle(self.tr("Sync Password"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            self.tr("The server needs the (app) password of %1 to sync.").replace(
                "%1", f"{account.username} — {account.url}"
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.password, note = password_field()
        self.password.setMinimumWidth(280)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.password.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t)))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        session.remember(self.account.url, self.account.username, self.password.text())
        super().accept()
