"""The words of the menu entry that opens the phone import: the menus and the tray show it at
start-up, without loading the dialog and its server (those come when it is opened)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def action_text() -> str:
    """The menu entry that opens the phone import (translated in its dialog's context)."""
    return QCoreApplication.translate("PhoneImportDialog", "From your &phone…")
