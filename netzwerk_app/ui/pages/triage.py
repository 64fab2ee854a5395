"""Triage of the Unsorted column: one contact at a time, large, filed with a single key.

Keys: A, B, C, D file the contact into that tier; S skips it; X archives it; Backspace or
Ctrl+Z undoes the last step. Progress shows as "37 of 412". Filing into a birthday tier a
contact without a birthday is said in a banner that offers to add one or to pick another tier.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import board, care, contact_writes, contacts, history
from netzwerk_app.core.records import TIERS, ContactNotFound, ContactRecord
from netzwerk_app.ui.card import avatars
from netzwerk_app.ui.care_colors import cadence_text
from netzwerk_app.ui.dates import birthday_text
from netzwerk_app.ui.pages.move_banner import MoveBanner
from netzwerk_app.ui.text import emphasized

AVATAR_SIZE = 112
NOTES_LIMIT = 400


@dataclass(frozen=True)
class TriageStep:
    position: int  # index in the queue
    contact_id: int
    action: str  # "A".."D", "skip", "archive"


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TriageDialog(QDialog):
    """Files the unsorted contacts one by one. Not modal: the board stays usable."""

    data_changed = Signal()
    contact_open_requested = Signal(int)

    def __init__(self, db, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Triage: file the unsorted contacts"))
        self.setModal(False)
        self.resize(720, 480)
        self.queue: list[int] = board.unsorted_queue(db)
        self.position = 0
        self.steps: list[TriageStep] = []
        self.current: ContactRecord | None = None
        settings = care.tier_settings(db)

        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        emphasized(self.progress_label)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)

        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self.name_label = _plain()
        emphasized(self.name_label, 1.9)
        self.position_label = _plain()
        emphasized(self.position_label, 1.2, bold=False)

        self.details = QFormLayout()
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.details.setHorizontalSpacing(14)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("emails", self.tr("Email")),
            ("phones", self.tr("Phone")),
            ("birthday", self.tr("Birthday")),
            ("address", self.tr("Address")),
            ("tags", self.tr("Tags")),
            ("met", self.tr("Met")),
            ("notes", self.tr("Notes")),
        ):
            value = _plain()
            self.fields[key] = value
            self.details.addRow(label, value)
        self.empty_hint = _plain(self.tr("Nothing more is known of this contact."))
        self.empty_hint.setStyleSheet("color: palette(placeholder-text);")

        head = QHBoxLayout()
        head.setSpacing(18)
        head.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.addWidget(self.name_label)
        names.addWidget(self.position_label)
        names.addSpacing(10)
        names.addLayout(self.details)
        names.addWidget(self.empty_hint)
        names.addStretch(1)
        head.addLayout(names, 1)
        self.card = QFrame()
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setBackgroundRole(QPalette.ColorRole.Base)
        self.card.setAutoFillBackground(True)
        self.card.setLayout(head)
        self.card.layout().setContentsMargins(20, 20, 20, 20)

        self.done_label = _plain()
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        emphasized(self.done_label, 1.4, bold=False)

        self.tier_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        for tier in TIERS:
            s = settings[tier]
            words = cadence_text(s.cadence_count, s.cadence_unit, s.anchor)
            button = QPushButton(f"{tier}\n{words}")
            button.setToolTip(self.tr("File into tier %1 (key %1)").replace("%1", tier))
            button.setMinimumHeight(56)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(
                "QPushButton { border: 1px solid palette(mid); border-radius: 5px;"
                f" border-top: 5px solid {s.colour}; background: palette(button);"
                " font-weight: bold; padding: 4px; }"
                " QPushButton:hover { background: palette(midlight); }"
                " QPushButton:pressed { background: palette(mid); }"
                " QPushButton:disabled { color: palette(placeholder-text); }"
            )
            button.clicked.connect(lambda _c=False, t=tier: self.file_into(t))
            self.tier_buttons[tier] = button
            buttons.addWidget(button)
        self.skip_button = QPushButton(self.tr("Skip\n(S)"))
        self.skip_button.clicked.connect(self.skip)
        self.archive_button = QPushButton(self.tr("Archive\n(X)"))
        self.archive_button.clicked.connect(self.archive)
        for button in (self.skip_button, self.archive_button):
            button.setMinimumHeight(56)
            buttons.addWidget(button)
        self.undo_button = QPushButton(self.tr("Undo last step"))
        self.undo_button.setToolTip(self.tr("Backspace or Ctrl+Z"))
        self.undo_button.clicked.connect(self.undo)
        self.open_button = QPushButton(self.tr("Open contact"))
        self.open_button.clicked.connect(self._open_current)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (
            *self.tier_buttons.values(),
            self.skip_button,
            self.archive_button,
            self.undo_button,
            self.open_button,
            self.close_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        foot = QHBoxLayout()
        hint = QLabel(self.tr("Keys: A B C D file · S skip · X archive · Backspace undo"))
        hint.setStyleSheet("color: palette(placeholder-text);")
        foot.addWidget(hint, 1)
        foot.addWidget(self.undo_button)
        foot.addWidget(self.open_button)
        foot.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addWidget(self.progress_bar, 1)
        layout.addLayout(top)
        # says when the contact just filed will never be due (a birthday tier, no birthday)
        self.banner = MoveBanner(self)
        for button in self.banner.findChildren(QPushButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the triage's
        self.banner.undo_requested.connect(self.undo)
        self.banner.add_birthday_requested.connect(self._add_birthday)
        self.banner.other_tier_requested.connect(self._file_elsewhere)
        self._no_birthday: int | None = None
        layout.addWidget(self.banner)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.done_label, 1)
        layout.addLayout(buttons)
        layout.addLayout(foot)
        self._show_current()

    # ------------------------------------------------------------ state

    @property
    def total(self) -> int:
        return len(self.queue)

    @property
    def finished_all(self) -> bool:
        return self.position >= len(self.queue)

    def progress_text(self) -> str:
        shown = min(self.position + 1, self.total)
        return self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(self.total))

    def current_id(self) -> int | None:
        return None if self.finished_all else self.queue[self.position]

    def _show_current(self) -> None:
        # Contacts deleted meanwhile are passed over.
        while not self.finished_all:
            try:
                self.current = contacts.load_contact(self.db, self.queue[self.position])
                break
            except ContactNotFound:
                self.queue.pop(self.position)
        done = self.finished_all
        self.card.setVisible(not done)
        self.done_label.setVisible(done)
        for button in (*self.tier_buttons.values(), self.skip_button, self.archive_button):
            button.setEnabled(not done)
        self.open_button.setEnabled(not done)
        self.undo_button.setEnabled(bool(self.steps))
        self.progress_bar.setMaximum(max(1, self.total))
        self.progress_bar.setValue(self.position)
        self.progress_label.setText(self.progress_text())
        if done:
            self.current = None
            filed = sum(1 for s in self.steps if s.action in TIERS)
            archived = sum(1 for s in self.steps if s.action == "archive")
            skipped = sum(1 for s in self.steps if s.action == "skip")
            if not self.queue:
                self.done_label.setText(self.tr("No unsorted contacts. Everyone is filed."))
            else:
                self.done_label.setText(
                    self.tr("Done: %1 filed, %2 archived, %3 skipped.")
                    .replace("%1", str(filed))
                    .replace("%2", str(archived))
                    .replace("%3", str(skipped))
                )
            return
        self._fill(self.current)

    def _fill(self, record: ContactRecord) -> None:
        name = record.computed_display_name()
        self.name_label.setText(name)
        position = " · ".join(
            p for p in (record.title, record.organization, record.department) if p.strip()
        )
        self.position_label.setText(position)
        self.position_label.setVisible(bool(position))
        address = next((a for a in record.addresses if not a.is_empty()), None)
        met = " · ".join(
            p for p in (record.met_where, record.met_on.isoformat() if record.met_on else "") if p
        )
        notes = record.notes.strip()
        if len(notes) > NOTES_LIMIT:
            notes = notes[:NOTES_LIMIT].rstrip() + "…"
        values = {
            "emails": ", ".join(record.emails()),
            "phones": ", ".join(record.phones()),
            "birthday": birthday_text(record.birthday),
            "address": ", ".join(
                p for p in (address.street, address.postal_code, address.locality) if p
            )
            if address
            else "",
            "tags": ", ".join(record.tags),
            "met": met,
            "notes": notes,
        }
        for key, value in values.items():
            self.fields[key].setText(value)
            self.details.setRowVisible(self.fields[key], bool(value))
        self.empty_hint.setVisible(not any(values.values()))
        self.avatar.setPixmap(avatars.avatar(name, record.photo, AVATAR_SIZE, 2.0))

    # ------------------------------------------------------------ steps

    def file_into(self, tier: str) -> None:
        cid = self.current_id()
        if cid is None:
            return
        history.set_tier(self.db, [cid], tier, self.tr("triage"))
        name = self.current.computed_display_name() if self.current else ""
        self._advance(TriageStep(self.position, cid, tier))
        self._warn_if_never_due(cid, name, tier)

    def _warn_if_never_due(self, cid: int, name: str, tier: str) -> None:
        """Say (in the banner, not modal) when the contact just filed will never be due."""
        if not board.never_due_in(self.db, [cid], tier):
            self._no_birthday = None
            self.banner.show_message("")
            return
        self._no_birthday = cid
        text = self.tr(
            "%1 has no birthday: tier %2 is due on the birthday, so nothing will ever be due."
        )
        others = [t for t in TIERS if t not in board.birthday_tiers(self.db)]
        self.banner.show_message(
            text.replace("%1", name).replace("%2", tier), True, warning=True, other_tiers=others
        )

    def no_birthday_id(self) -> int | None:
        """The contact the banner warns about, if any."""
        return self._no_birthday

    def _add_birthday(self) -> None:
        if self._no_birthday is not None:
            self.contact_open_requested.emit(self._no_birthday)

    def _file_elsewhere(self, tier: str) -> None:
        """File the contact the banner warns about into another tier (its step changes too)."""
        cid = self._no_birthday
        if cid is None:
            return
        history.set_tier(self.db, [cid], tier, self.tr("triage"))
        self.steps = [
            TriageStep(s.position, s.contact_id, tier) if s.contact_id == cid else s
            for s in self.steps
        ]
        self._no_birthday = None
        self.banner.show_message("")
        self.data_changed.emit()

    def skip(self) -> None:
        cid = self.current_id()
        if cid is not None:
            self._advance(TriageStep(self.position, cid, "skip"), changed=False)

    def archive(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        contact_writes.archive_contacts(self.db, [cid])
        self._advance(TriageStep(self.position, cid, "archive"))

    def _advance(self, step: TriageStep, changed: bool = True) -> None:
        self._no_birthday = None
        self.banner.show_message("")
        self.steps.append(step)
        self.position += 1
        self._show_current()
        if changed:
            self.data_changed.emit()

    def undo(self) -> None:
        """Take back the last step and show that contact again."""
        if not self.steps:
            return
        step = self.steps.pop()
        self._no_birthday = None
        self.banner.show_message("")
        try:
            if step.action in TIERS:
                history.set_tier(self.db, [step.contact_id], None, self.tr("triage undone"))
            elif step.action == "archive":
                contact_writes.archive_contacts(self.db, [step.contact_id], archived=False)
        except ContactNotFound:
            pass
        self.position = step.position
        self._show_current()
        if step.action != "skip":
            self.data_changed.emit()

    def _open_current(self) -> None:
        cid = self.current_id()
        if cid is not None:
            self.contact_open_requested.emit(cid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo) or (
            event.key() == Qt.Key.Key_Backspace and not event.modifiers()
        ):
            self.undo()
            return
        blocking = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if not event.modifiers() & blocking:
            key = event.key()
            actions = {
                Qt.Key.Key_A: lambda: self.file_into("A"),
                Qt.Key.Key_B: lambda: self.file_into("B"),
                Qt.Key.Key_C: lambda: self.file_into("C"),
                Qt.Key.Key_D: lambda: self.file_into("D"),
                Qt.Key.Key_S: self.skip,
                Qt.Key.Key_X: self.archive,
            }
            if key in actions:
                actions[key]()
                event.accept()
                return
        super().keyPressEvent(event)
