"""A small contact picker: type a few letters, choose one of the matching contacts."""

from __future__ import annotations

from collections.abc import Iterable

from peewee import SqliteDatabase
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from netzwerk_app.core import contacts

MAX_MATCHES = 50


class ContactPicker(QWidget):
    """A search field over a short list of matches; `contact_id()` is the chosen one."""

    chosen = Signal(int)  # a match was activated (double click, Return)

    def __init__(
        self, db: SqliteDatabase, exclude: Iterable[int] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.exclude = set(exclude)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name…"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._activate_current)
        self.matches.itemActivated.connect(
            lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.refresh()

    def refresh(self) -> None:
        rows = contacts.list_contacts(self.db, search=self.search.text() or None)
        self.matches.clear()
        for row in rows:
            if row.id in self.exclude:
                continue
            label = row.display_name + (f" · {row.organization}" if row.organization else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.matches.addItem(item)
            if self.matches.count() >= MAX_MATCHES:
                break
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def contact_id(self) -> int | None:
        item = self.matches.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _activate_current(self) -> None:
        contact_id = self.contact_id()
        if contact_id is not None:
            self.chosen.emit(contact_id)
