"""The password field of an account and the note that says where its password is kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from netzwerk_app.sync import secrets


def password_field() -> tuple[QLineEdit, QLabel]:
    """A masked password field, and a note: in the keyring (`kept`), or for this session only."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    if secrets.keyring_available():
        text = QCoreApplication.translate(
            "PasswordField", "The password is kept in the system's keyring, never in a file."
        )
    else:
        text = QCoreApplication.translate(
            "PasswordField",
            "No keyring is available on this system: the password is kept until "
            "Netzwerk quits, and asked for again next time.",
        )
    note = QLabel(text)
    note.setWordWrap(True)
    note.setEnabled(False)
    return field, note
