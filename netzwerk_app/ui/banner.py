"""Banners: framed strips that stay hidden until they have something to say.

`Banner` is what every banner shares (the frame, its colours, hidden at first); the contact
card's conflict banner and the board's move banner build on it. `MessageBanner` runs across the
top of the main window with due touchpoints and notices, where the desktop shows no tray or no
notifications. Its text is plain text (it names contacts), its action button opens the agenda,
and the close button hides it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from netzwerk_app.ui.text import plain_label


class Banner(QFrame):
    """A framed strip, hidden until a subclass shows it.

    `style` is its style sheet, with ``#banner`` standing for the banner's `name` (its object
    name), so the colours apply to this banner and its labels only.
    """

    def __init__(self, name: str, style: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(style.replace("#banner", f"#{name}"))
        self.hide()


class MessageBanner(Banner):
    """A hidden-until-needed strip with a message, an action button and a close button."""

    action_clicked = Signal()
    closed = Signal()  # the user hid it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "messageBanner",
            "#banner { background: #fff8e1; border: 1px solid #ffcc80; border-radius: 4px; }"
            " #banner QLabel { color: #4e342e; }",
            parent,
        )
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.action_button = QPushButton(self.tr("Open agenda"))
        self.action_button.clicked.connect(self._act)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide"))
        self.close_button.clicked.connect(self._close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)

    def show_message(self, text: str, with_action: bool = True) -> None:
        """Show `text` (plain text) with or without the action button."""
        self.label.setText(text)
        self.action_button.setVisible(with_action)
        self.show()

    def text(self) -> str:
        return self.label.text()

    def _close(self) -> None:
        self.hide()
        self.closed.emit()

    def _act(self) -> None:
        self.action_clicked.emit()
