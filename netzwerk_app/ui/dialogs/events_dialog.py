"""Events: create one, add the people met there fast ("Met at this event"), attach contacts."""

from __future__ import annotations

from peewee import SqliteDatabase
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import clock, events
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.card.sections import section_list
from netzwerk_app.ui.contact_picker import ContactPicker
from netzwerk_app.ui.dates import date_edit, from_qdate
from netzwerk_app.ui.i18n import tier_label
from netzwerk_app.ui.layouts import column_widget
from netzwerk_app.ui.models.contact_model import format_date
from netzwerk_app.ui.text import emphasized, show_warning


def _form_box(title: str, *rows: tuple[str, QWidget]) -> QGroupBox:
    """A titled group holding a form of (label, field) rows."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    for label, field in rows:
        form.addRow(label, field)
    return box


class EventsDialog(QDialog):
    """The events (newest first), a new event, and who was met at the selected one."""

    contacts_changed = Signal()
    contact_open_requested = Signal(int)

    def __init__(self, db: SqliteDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Events"))
        self.db = db

        # the events and a new one
        self.events = section_list(
            [self.tr("Date"), self.tr("Event"), self.tr("Place"), self.tr("People")]
        )
        self.event_name = QLineEdit()
        self.event_name.setPlaceholderText(self.tr("e.g. Apéro of the trade association"))
        self.event_date = date_edit(clock.today())
        self.event_place = QLineEdit()
        self.add_event_button = QPushButton(self.tr("Add &Event"))
        new_box = _form_box(
            self.tr("New event"),
            (self.tr("&Name:"), self.event_name),
            (self.tr("&Date:"), self.event_date),
            (self.tr("&Place:"), self.event_place),
            ("", self.add_event_button),
        )
        left = column_widget((self.events, 1), new_box)

        # who was met at the selected event
        self.title = QLabel()
        emphasized(self.title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.attendees = section_list([self.tr("Name"), self.tr("Tier")])
        self.met_name = QLineEdit()
        self.met_name.setPlaceholderText(self.tr("First and last name"))
        self.met_org = QLineEdit()
        self.met_line = QLineEdit()
        self.met_line.setPlaceholderText(self.tr("One line to remember them by"))
        self.met_button = QPushButton(self.tr("Add &Person"))
        met_box = _form_box(
            self.tr("Met at this event"),
            (self.tr("Na&me:"), self.met_name),
            (self.tr("&Organization:"), self.met_org),
            (self.tr("No&te:"), self.met_line),
            ("", self.met_button),
        )
        self.picker = ContactPicker(db)
        self.attach_button = QPushButton(self.tr("&Attach Contact"))
        attach_box = QGroupBox(self.tr("Attach an existing contact"))
        attach_layout = QVBoxLayout(attach_box)
        attach_layout.addWidget(self.picker)
        attach_layout.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.right = column_widget(self.title, (self.attendees, 1), met_box, attach_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([420, 480])
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        for button in (self.add_event_button, self.met_button, self.attach_button):
            button.setAutoDefault(False)
        self.add_event_button.clicked.connect(self.add_event)
        self.event_name.returnPressed.connect(self.add_event)
        self.met_button.clicked.connect(self.meet)
        for edit in (self.met_name, self.met_org, self.met_line):
            edit.returnPressed.connect(self.meet)
        self.attach_button.clicked.connect(self.attach)
        self.picker.chosen.connect(lambda _id: self.attach())
        self.events.itemSelectionChanged.connect(self._show_attendees)
        self.attendees.itemActivated.connect(
            lambda item: self.contact_open_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.resize(960, 620)
        self.refresh()

    def event_id(self) -> int | None:
        item = self.events.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def refresh(self, select: int | None = None) -> None:
        select = select if select is not None else self.event_id()
        self.events.blockSignals(True)
        self.events.clear()
        for row in events.list_events(self.db):
            item = QTreeWidgetItem([format_date(row.date), row.name, row.place, str(row.attendees)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight)
            self.events.addTopLevelItem(item)
            if row.id == select or (select is None and self.events.topLevelItemCount() == 1):
                self.events.setCurrentItem(item)
        for col in range(3):
            self.events.resizeColumnToContents(col)
        self.events.blockSignals(False)
        self._show_attendees()

    def _show_attendees(self) -> None:
        event_id = self.event_id()
        self.right.setEnabled(event_id is not None)
        self.attendees.clear()
        if event_id is None:
            self.title.setText(self.tr("Choose or add an event."))
            return
        item = self.events.currentItem()
        self.title.setText(f"{item.text(1)} · {item.text(0)}")
        for person in events.attendees_of(self.db, event_id):
            row = QTreeWidgetItem([person.display_name, tier_label(person.tier)])
            row.setData(0, Qt.ItemDataRole.UserRole, person.contact_id)
            self.attendees.addTopLevelItem(row)
        self.attendees.resizeColumnToContents(0)
        self.picker.exclude = {
            self.attendees.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.attendees.topLevelItemCount())
        }
        self.picker.refresh()

    def add_event(self) -> None:
        try:
            event_id = events.add_event(
                self.db, self.event_name.text(), from_qdate(self.event_date.date()),
                self.event_place.text(),
            )  # fmt: skip
        except NetzwerkError as error:
            show_warning(self, self.tr("Events"), str(error))
            return
        self.event_name.clear()
        self.event_place.clear()
        self.refresh(select=event_id)
        self.met_name.setFocus()

    def meet(self) -> None:
        event_id = self.event_id()
        if event_id is None or not self.met_name.text().strip():
            return
        try:
            events.meet_at_event(
                self.db, event_id, self.met_name.text(), self.met_org.text(), self.met_line.text()
            )
        except NetzwerkError as error:
            show_warning(self, self.tr("Met at this event"), str(error))
            return
        for edit in (self.met_name, self.met_org, self.met_line):
            edit.clear()
        self.met_name.setFocus()
        self._changed(event_id)

    def attach(self) -> None:
        event_id, contact_id = self.event_id(), self.picker.contact_id()
        if event_id is None or contact_id is None:
            return
        try:
            events.attend(self.db, event_id, contact_id)
        except NetzwerkError as error:
            show_warning(self, self.tr("Attach an existing contact"), str(error))
            return
        self._changed(event_id)

    def _changed(self, event_id: int) -> None:
        self.refresh(select=event_id)
        self.contacts_changed.emit()
