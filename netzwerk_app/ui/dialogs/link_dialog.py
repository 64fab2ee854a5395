"""Adding a link between two contacts: whom this one knows, and how."""

from __future__ import annotations

from peewee import SqliteDatabase
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from netzwerk_app.core import network
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.contact_picker import ContactPicker
from netzwerk_app.ui.layouts import dialog_buttons
from netzwerk_app.ui.text import show_warning


class LinkDialog(QDialog):
    """Pick a contact this one knows, with a note on how they know each other."""

    def __init__(self, db: SqliteDatabase, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Link"))
        self.db, self.contact_id = db, contact_id
        self.picker = ContactPicker(db, exclude=[contact_id])
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. studied together"))
        form = QFormLayout(self)
        form.addRow(self.tr("Knows:"), self.picker)
        form.addRow(self.tr("How:"), self.note)
        form.addRow(dialog_buttons(self, ok_text=self.tr("Add Link")))
        self.picker.chosen.connect(lambda _id: self.note.setFocus())
        self.resize(420, 320)

    def accept(self) -> None:
        other = self.picker.contact_id()
        if other is None:
            return
        try:
            network.link(self.db, self.contact_id, other, self.note.text())
        except NetzwerkError as error:
            show_warning(self, self.tr("Add Link"), str(error))
        else:
            super().accept()
