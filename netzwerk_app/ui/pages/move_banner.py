"""The banner over the tier board (and the triage) that says what the latest move did.

It offers Undo, and when contacts were filed into a birthday tier without a birthday (they would
never be due) it says so and offers to add a birthday or to pick another tier. Not modal.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core.records import TIERS
from netzwerk_app.ui.banner import Banner


class MoveBanner(Banner):
    """What the latest move did, with Undo; for a birthday tier without birthdays, what to do.

    Not modal: the board stays usable, and the next move replaces the banner.
    """

    undo_requested = Signal()
    add_birthday_requested = Signal()
    other_tier_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "moveBanner",
            "#banner { background: palette(alternate-base); border-radius: 4px; }"
            ' #banner[warning="true"] { background: #fff4d6; border: 1px solid #e0a100; }'
            ' #banner[warning="true"] QLabel { color: #3d2e00; }',
            parent,
        )
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.add_birthday_button = QPushButton(self.tr("Add birthday…"))
        self.add_birthday_button.setToolTip(self.tr("Open the contact to enter the birthday"))
        self.other_label = QLabel(self.tr("or file in:"))
        self.tier_buttons: dict[str, QPushButton] = {}
        self.undo_button = QPushButton(self.tr("Undo"))
        # what happened and Undo on the first line; what to do about it on the second
        first = QHBoxLayout()
        first.addWidget(self.text, 1)
        first.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        self.actions = QWidget()
        second = QHBoxLayout(self.actions)
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.add_birthday_button)
        second.addSpacing(8)
        second.addWidget(self.other_label)
        for tier in TIERS:
            button = QPushButton(tier)
            button.setFixedWidth(QFontMetrics(button.font()).horizontalAdvance("MM") + 16)
            button.setToolTip(self.tr("Move them to tier %1 instead").replace("%1", tier))
            button.clicked.connect(lambda _c=False, t=tier: self.other_tier_requested.emit(t))
            self.tier_buttons[tier] = button
            second.addWidget(button)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addWidget(self.actions)
        self.add_birthday_button.clicked.connect(self.add_birthday_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        self.show_message("")

    def show_message(
        self, text: str, can_undo: bool = False, warning: bool = False,
        other_tiers: Sequence[str] = (),
    ) -> None:  # fmt: skip
        """Replace what the banner says (an empty text hides it)."""
        self.text.setText(text)
        self.setProperty("warning", warning)
        self.style().unpolish(self)
        self.style().polish(self)
        self.undo_button.setVisible(can_undo)
        self.actions.setVisible(warning)
        self.add_birthday_button.setVisible(warning)
        self.other_label.setVisible(warning and bool(other_tiers))
        for tier, button in self.tier_buttons.items():
            button.setVisible(warning and tier in other_tiers)
        self.setVisible(bool(text))
