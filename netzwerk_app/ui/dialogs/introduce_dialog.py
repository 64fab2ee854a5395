"""Introducing two contacts (date, note, status) and the ranked introduction suggestions."""

from __future__ import annotations

from peewee import SqliteDatabase
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import clock, contacts, introductions
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.card.network_section import status_label
from netzwerk_app.ui.card.sections import section_list
from netzwerk_app.ui.contact_picker import ContactPicker
from netzwerk_app.ui.dates import date_edit, from_qdate
from netzwerk_app.ui.layouts import code_combo, dialog_buttons
from netzwerk_app.ui.text import plain_label, show_warning


class IntroduceDialog(QDialog):
    """Introduce A to B. With `a` given, A is fixed (the card's contact); B is picked."""

    def __init__(
        self,
        db: SqliteDatabase,
        a: int | None = None,
        b: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Introduce"))
        self.db = db
        self.result_row: introductions.IntroductionRow | None = None
        self.fixed_a, self.fixed_b = a, b
        form = QFormLayout(self)
        self.picker_a: ContactPicker | None = None
        self.picker_b: ContactPicker | None = None
        for fixed, label, attr in ((a, self.tr("Introduce:"), "picker_a"),
                                   (b, self.tr("To:"), "picker_b")):  # fmt: skip
            if fixed is not None:
                form.addRow(label, plain_label(contacts.load_contact(db, fixed).display_name))
            else:
                picker = ContactPicker(db, exclude=[x for x in (a, b) if x is not None])
                setattr(self, attr, picker)
                form.addRow(label, picker)
        self.date = date_edit(clock.today())
        self.status = code_combo(introductions.INTRODUCTION_STATUSES, status_label, "made")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why they should meet"))
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("What came of it (optional)"))
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        self.hint = QLabel(
            self.tr("Made: logs an introduction touchpoint with both and links them.")
        )
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        form.addRow(self.hint)
        buttons = dialog_buttons(self, ok_text=self.tr("Introduce"))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        self.resize(460, 520 if a is None and b is None else 340)

    def _chosen(self, fixed: int | None, picker: ContactPicker | None) -> int | None:
        return fixed if fixed is not None else picker.contact_id() if picker else None

    def accept(self) -> None:
        a = self._chosen(self.fixed_a, self.picker_a)
        b = self._chosen(self.fixed_b, self.picker_b)
        if a is None or b is None:
            show_warning(self, self.tr("Introduce"), self.tr("Choose both contacts."))
            return
        try:
            self.result_row = introductions.introduce(
                self.db, a, b, note=self.note.text(), date=from_qdate(self.date.date()),
                status=self.status.currentData(), outcome=self.outcome.text(),
            )  # fmt: skip
        except NetzwerkError as error:
            show_warning(self, self.tr("Introduce"), str(error))
            return
        super().accept()


class SuggestionsDialog(QDialog):
    """Ranked introduction suggestions with the reason; introduce or dismiss for good."""

    contacts_changed = Signal()

    def __init__(self, db: SqliteDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Introduction Suggestions"))
        self.db = db
        self.introduce_dialog: IntroduceDialog | None = None
        self.list = section_list([self.tr("Contact"), self.tr("Contact"), self.tr("Why")])
        self.list.setWordWrap(True)
        self.empty = QLabel(self.tr("No suggestions: add interests and offers to your contacts."))
        self.empty.setEnabled(False)
        self.introduce_button = QPushButton(self.tr("&Introduce…"))
        self.dismiss_button = QPushButton(self.tr("&Dismiss for Good"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.introduce_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.introduce_button.clicked.connect(self.introduce)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.list.itemSelectionChanged.connect(self._selection)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for s in introductions.suggest_introductions(self.db):
            item = QTreeWidgetItem([s.a.display_name, s.b.display_name, self.reason_text(s)])
            item.setData(0, Qt.ItemDataRole.UserRole, (s.a.contact_id, s.b.contact_id))
            item.setToolTip(2, "")
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        self.empty.setVisible(self.list.topLevelItemCount() == 0)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._selection()

    def reason_text(self, s: introductions.Suggestion) -> str:
        """Why the two should meet, in the user's language."""
        parts = []
        for giver, taker, terms in ((s.a, s.b, s.a_offers_b), (s.b, s.a, s.b_offers_a)):
            if terms:
                parts.append(
                    self.tr("%1 offers what %2 looks for: %3")
                    .replace("%1", giver.display_name)
                    .replace("%2", taker.display_name)
                    .replace("%3", ", ".join(terms))
                )
        if s.shared_interests:
            parts.append(
                self.tr("shared interests: %1").replace("%1", ", ".join(s.shared_interests))
            )
        return "; ".join(parts)

    def _pair(self) -> tuple[int, int] | None:
        item = self.list.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _selection(self) -> None:
        for button in (self.introduce_button, self.dismiss_button):
            button.setEnabled(self._pair() is not None)

    def introduce(self) -> None:
        pair = self._pair()
        if pair is None:
            return
        self.introduce_dialog = IntroduceDialog(self.db, *pair, parent=self)
        self.introduce_dialog.accepted.connect(self._changed)
        self.introduce_dialog.open()

    def dismiss(self) -> None:
        pair = self._pair()
        if pair is None:
            return
        introductions.dismiss_suggestion(self.db, *pair)
        self.refresh()

    def _changed(self) -> None:
        self.refresh()
        self.contacts_changed.emit()
