"""The dialog that logs (or plans, or edits) a touchpoint with one or several contacts.

Date (today by default), kind and channel (both default from the contact's tier), note.
Usable with the keyboard alone: Tab moves through the fields, Ctrl+Return saves.
"""

from __future__ import annotations

from collections.abc import Sequence

from peewee import SqliteDatabase
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import care
from netzwerk_app.core.records import CHANNELS, TOUCHPOINT_KINDS, NetzwerkError
from netzwerk_app.ui.dates import date_edit, from_qdate, to_qdate
from netzwerk_app.ui.i18n import channel_label, kind_label
from netzwerk_app.ui.layouts import code_combo, dialog_buttons
from netzwerk_app.ui.text import emphasized, plain_label, plain_tooltip, show_warning

STATUS_DONE, STATUS_PLANNED = "done", "planned"


class TouchpointDialog(QDialog):
    """Log a done touchpoint, plan one, or edit an existing one (`touchpoint` given)."""

    def __init__(
        self,
        db: SqliteDatabase,
        contacts: Sequence[tuple[int, str, str | None]],
        parent: QWidget | None = None,
        touchpoint: object | None = None,
        planned: bool = False,
    ) -> None:
        """`contacts` holds (id, display name, tier) of the people involved."""
        super().__init__(parent)
        self.db = db
        self.contacts = list(contacts)
        self.touchpoint = touchpoint
        self.saved_ids: list[int] = []
        self._settings = care.tier_settings(db)
        self._channel_touched = False

        if touchpoint is not None:
            self.setWindowTitle(self.tr("Edit touchpoint"))
        elif planned:
            self.setWindowTitle(self.tr("Plan touchpoint"))
        else:
            self.setWindowTitle(self.tr("Log touchpoint"))

        names = ", ".join(name for _, name, _ in self.contacts[:5])
        if len(self.contacts) > 5:
            names += " " + self.tr("and %n more", "", len(self.contacts) - 5)
        self.who = plain_label(names)
        self.who.setToolTip(plain_tooltip("\n".join(name for _, name, _ in self.contacts)))
        emphasized(self.who)

        self.status = QComboBox()
        self.status.addItem(self.tr("Happened"), STATUS_DONE)
        self.status.addItem(self.tr("Planned"), STATUS_PLANNED)
        self.date = date_edit(QDate.currentDate())
        self.kind = code_combo(TOUCHPOINT_KINDS, kind_label)
        self.channel = code_combo(CHANNELS, channel_label)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What did you talk about? What comes next?"))
        self.note.setMinimumHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("With:"), self.who)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("C&hannel:"), self.channel)
        form.addRow(self.tr("&Note:"), self.note)

        self.buttons = dialog_buttons(
            self, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        self.note.installEventFilter(self)  # Ctrl+Return in the note saves too

        # defaults from the first contact's tier
        tier = self.contacts[0][2] if self.contacts else None
        default_kind = self._settings[tier].default_kind if tier in self._settings else "meeting"
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.channel.activated.connect(self._channel_chosen)
        self._select(self.kind, default_kind)
        self._kind_changed()
        if planned:
            self._select(self.status, STATUS_PLANNED)
            self.date.setDate(QDate.currentDate().addDays(7))
        if touchpoint is not None:
            self._select(self.status, touchpoint.status)
            self.date.setDate(to_qdate(touchpoint.date))
            self._select(self.kind, touchpoint.kind)
            self._select(self.channel, touchpoint.channel)
            self.note.setPlainText(touchpoint.note)
            self._channel_touched = True
        self.date.setFocus()
        self.setMinimumWidth(480)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.note
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _channel_chosen(self) -> None:
        self._channel_touched = True

    def _kind_changed(self) -> None:
        if self._channel_touched:
            return
        kind = self.kind.currentData()
        tier = self.contacts[0][2] if self.contacts else None
        setting = self._settings.get(tier) if tier else None
        if setting is not None and setting.default_kind == kind:
            channel = setting.default_channel
        else:
            channel = care.DEFAULT_CHANNEL_FOR_KIND.get(kind, "in_person")
        self._select(self.channel, channel)

    def values(self) -> dict:
        return {
            "status": self.status.currentData(),
            "date": from_qdate(self.date.date()),
            "kind": self.kind.currentData(),
            "channel": self.channel.currentData(),
            "note": self.note.toPlainText().strip(),
        }

    def accept(self) -> None:
        v = self.values()
        try:
            if self.touchpoint is not None:
                care.update_touchpoint(
                    self.db, self.touchpoint.id, date=v["date"], kind=v["kind"],
                    channel=v["channel"], note=v["note"], status=v["status"],
                )  # fmt: skip
                self.saved_ids = [self.touchpoint.id]
            elif v["status"] == STATUS_PLANNED:
                self.saved_ids = [
                    care.plan_touchpoint(
                        self.db, cid, v["date"], v["kind"], v["note"], v["channel"]
                    )
                    for cid, _, _ in self.contacts
                ]
            else:
                self.saved_ids = care.log_touchpoint(
                    self.db, [cid for cid, _, _ in self.contacts], v["kind"], v["date"],
                    v["channel"], v["note"],
                )  # fmt: skip
        except NetzwerkError as exc:
            show_warning(self, self.windowTitle(), str(exc))
            return
        super().accept()
