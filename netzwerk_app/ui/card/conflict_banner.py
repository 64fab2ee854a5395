"""The banner in the contact card that says the contact changed elsewhere while it was edited,
what changed, and offers: merge, keep theirs, keep mine. Non-modal: the edits stay visible."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from netzwerk_app.ui.banner import Banner
from netzwerk_app.ui.text import emphasized, plain_label


class ConflictBanner(Banner):
    """Shows a list of changes made elsewhere; emits the user's answer."""

    merge_chosen = Signal()
    theirs_chosen = Signal()
    mine_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "conflictBanner",
            "#banner { background: #fff4e5; border: 1px solid #ef6c00; border-radius: 6px; }"
            " #banner QLabel { color: #4e2600; }",
            parent,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.title = plain_label(self.tr("This contact was changed elsewhere while you edited it."))
        emphasized(self.title)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.details = plain_label()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.hint = plain_label()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setToolTip(
            self.tr("Keep the changes made elsewhere and save yours with them")
        )
        self.theirs_button = QPushButton(self.tr("Keep &theirs"))
        self.theirs_button.setToolTip(self.tr("Drop your edits and show the contact as stored"))
        self.mine_button = QPushButton(self.tr("Keep m&ine"))
        self.mine_button.setToolTip(
            self.tr("Save the card exactly as you see it, undoing the changes made elsewhere")
        )
        self.merge_button.clicked.connect(self.merge_chosen)
        self.theirs_button.clicked.connect(self.theirs_chosen)
        self.mine_button.clicked.connect(self.mine_chosen)
        row.addWidget(self.merge_button)
        row.addWidget(self.theirs_button)
        row.addWidget(self.mine_button)
        row.addStretch(1)
        layout.addLayout(row)

    def show_changes(self, lines: list[str], both_changed: bool) -> None:
        """Show the changes (one line each, plain text) and the choices."""
        self.details.setText("\n".join(lines))
        self.hint.setText(
            self.tr("Fields marked ⚠ were changed by you too; Merge keeps your value there.")
            if both_changed
            else self.tr("Merge keeps both: their changes and yours.")
        )
        self.show()

    def details_text(self) -> str:
        """What the banner says changed, as shown."""
        return self.details.text()
