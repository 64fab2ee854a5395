"""Tier review: one contact at a time, the reasons and the evidence; keep, move or archive.

Keys: K keeps the tier, A–D move to that tier (with the reason typed, if any), X archives,
S skips to the next contact. Every action shows the next contact of the queue.
"""

from __future__ import annotations

import contextlib
import datetime as dt

from peewee import SqliteDatabase
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import history, review
from netzwerk_app.core.records import TIERS, NetzwerkError
from netzwerk_app.ui.card.sections import section_heading, section_list
from netzwerk_app.ui.i18n import channel_label, kind_label, tier_label
from netzwerk_app.ui.layouts import column_widget
from netzwerk_app.ui.models.contact_model import format_date
from netzwerk_app.ui.text import emphasized, plain_label


def _day(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


class ReviewDialog(QDialog):
    """The review queue, worked through one contact at a time."""

    contacts_changed = Signal()
    contact_open_requested = Signal(int)

    def __init__(
        self,
        db: SqliteDatabase,
        parent: QWidget | None = None,
        months: int = review.DEFAULT_REVIEW_MONTHS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tier Review"))
        self.db = db
        self.months = months  # "not reviewed for N months" (Settings ▸ General)
        self.queue: list[review.ReviewItem] = []
        self.skipped: set[int] = set()
        self.current: review.ReviewItem | None = None

        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        self.name_label = plain_label()
        emphasized(self.name_label, 1.5)
        self.tier_label = QLabel()
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.PlainText)

        self.touchpoints = self._tree(
            [self.tr("Date"), self.tr("Kind"), self.tr("Channel"), self.tr("Note")]
        )
        self.positions = self._tree([self.tr("Since"), self.tr("Until"), self.tr("Position")])
        self.tier_history = self._tree([self.tr("Date"), self.tr("Change"), self.tr("Reason")])

        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for a move (optional)"))
        self.keep_button = QPushButton(self.tr("&Keep Tier (K)"))
        self.tier_buttons: dict[str, QPushButton] = {}
        for tier in TIERS:
            button = QPushButton(self.tr("Move to %1").replace("%1", tier) + f" ({tier})")
            button.clicked.connect(lambda _c=False, t=tier: self.move_to(t))
            self.tier_buttons[tier] = button
        self.archive_button = QPushButton(self.tr("Archive (X)"))
        self.skip_button = QPushButton(self.tr("Skip (S)"))
        self.open_button = QPushButton(self.tr("Open Card"))
        self.done_label = QLabel(self.tr("Nothing to review: every tier is up to date."))
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_label.setEnabled(False)

        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.tier_label)
        evidence = QGridLayout()
        evidence.addWidget(section_heading(self.tr("Last touchpoints")), 0, 0, 1, 2)
        evidence.addWidget(self.touchpoints, 1, 0, 1, 2)
        evidence.addWidget(section_heading(self.tr("Career")), 2, 0)
        evidence.addWidget(section_heading(self.tr("Tier history")), 2, 1)
        evidence.addWidget(self.positions, 3, 0)
        evidence.addWidget(self.tier_history, 3, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.keep_button)
        for button in self.tier_buttons.values():
            actions.addWidget(button)
        actions.addWidget(self.archive_button)
        actions.addStretch(1)
        actions.addWidget(self.skip_button)
        self.body = column_widget(header, self.reasons_label, (evidence, 1), self.reason, actions)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.done_label, 1)

        self.keep_button.clicked.connect(self.keep)
        self.archive_button.clicked.connect(self.archive)
        self.skip_button.clicked.connect(self.skip)
        self.open_button.clicked.connect(self._open_card)
        self.resize(820, 600)
        self.refresh()

    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        return section_list(headers, focusable=False)  # the keys act on the review

    def reason_text(self, reason: review.ReviewReason) -> str:
        """A review reason in the user's language."""
        if reason.code == review.CAREER_CHANGED:
            return self.tr("Career changed since the last review")
        if reason.code == review.NEGLECTED:
            if reason.suggested_tier:
                return self.tr("Long neglected: consider tier %1").replace(
                    "%1", reason.suggested_tier
                )
            return self.tr("Long neglected: consider archiving")
        if reason.code == review.FREQUENT:
            return self.tr("Frequent recent touchpoints: consider tier %1").replace(
                "%1", reason.suggested_tier or ""
            )
        if reason.code == review.NOT_REVIEWED:
            return self.tr("Not reviewed for a long time")
        return reason.text

    # ------------------------------------------------------------ state

    def refresh(self) -> None:
        """Read the queue again and show its first contact not skipped."""
        self.queue = review.review_queue(self.db, self.months)
        waiting = [item for item in self.queue if item.contact_id not in self.skipped]
        if not waiting and self.skipped:  # went round once: start over
            self.skipped.clear()
            waiting = self.queue
        self.count_label.setText(
            self.tr("Waiting for review: %1").replace("%1", str(len(self.queue)))
        )
        self.current = waiting[0] if waiting else None
        self.body.setVisible(self.current is not None)
        self.done_label.setVisible(self.current is None)
        self.open_button.setEnabled(self.current is not None)
        if self.current is not None:
            self._show(self.current)

    def _show(self, item: review.ReviewItem) -> None:
        self.name_label.setText(item.display_name)
        self.tier_label.setText(self.tr("Tier %1").replace("%1", tier_label(item.tier)))
        self.reasons_label.setText("\n".join("• " + self.reason_text(r) for r in item.reasons))
        suggested = item.suggested_tier
        for tier, button in self.tier_buttons.items():
            button.setEnabled(tier != item.tier)
            font = button.font()
            font.setBold(tier == suggested)  # the tier a reason suggests stands out
            button.setFont(font)
        self.reason.clear()
        self.keep_button.setFocus()  # the action keys work at once, not typed into the reason
        evidence = review.review_evidence(self.db, item.contact_id)
        self.touchpoints.clear()
        for tp in evidence.touchpoints:
            self.touchpoints.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        format_date(tp.date),
                        kind_label(tp.kind),
                        channel_label(tp.channel),
                        tp.note.replace("\n", " "),
                    ]
                )
            )
        if not evidence.touchpoints:
            self.touchpoints.addTopLevelItem(QTreeWidgetItem(["", self.tr("No touchpoints yet")]))
        self.positions.clear()
        for p in evidence.positions:
            parts = [x for x in (p.title, p.organization) if x]
            self.positions.addTopLevelItem(
                QTreeWidgetItem(
                    [format_date(p.recorded_on), format_date(p.ended_on), ", ".join(parts)]
                )
            )
        self.tier_history.clear()
        core_reasons = {  # reasons the core writes itself, in the user's language
            history.REASON_NEW_CONTACT: self.tr("new contact"),
            history.REASON_IMPORTED: self.tr("imported from a vCard"),
            review.REASON_MOVE: self.tr("review"),
        }
        for change in evidence.tier_changes:
            text = f"{tier_label(change.from_tier)} → {tier_label(change.to_tier)}"
            reason = core_reasons.get(change.reason, change.reason)
            self.tier_history.addTopLevelItem(
                QTreeWidgetItem([format_date(_day(change.changed_at)), text, reason])
            )
        for tree in (self.touchpoints, self.positions, self.tier_history):
            tree.resizeColumnToContents(0)
            tree.resizeColumnToContents(1)

    # ------------------------------------------------------------ actions

    def _act(self, action) -> None:
        if self.current is None:
            return
        with contextlib.suppress(NetzwerkError):  # deleted elsewhere: no longer in the queue
            action(self.current.contact_id)
        self.refresh()
        self.contacts_changed.emit()

    def keep(self) -> None:
        self._act(lambda cid: review.keep_tier(self.db, cid))

    def move_to(self, tier: str) -> None:
        if self.current is None:
            return
        if tier == self.current.tier:
            self.keep()
            return
        reason = self.reason.text().strip()
        self._act(lambda cid: review.move_to_tier(self.db, cid, tier, reason))

    def archive(self) -> None:
        self._act(lambda cid: review.archive_after_review(self.db, cid))

    def skip(self) -> None:
        if self.current is not None:
            self.skipped.add(self.current.contact_id)
            self.refresh()

    def _open_card(self) -> None:
        if self.current is not None:
            self.contact_open_requested.emit(self.current.contact_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """K keeps, A–D move, X archives, S skips (while the reason field has no focus)."""
        text = event.text().upper()
        if event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier or not text:
            super().keyPressEvent(event)
            return
        if text == "K":
            self.keep()
        elif text in TIERS:
            self.move_to(text)
        elif text == "X":
            self.archive()
        elif text == "S":
            self.skip()
        else:
            super().keyPressEvent(event)
