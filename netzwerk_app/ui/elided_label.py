"""A one-line label that shrinks with "…" instead of forcing its width on the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from netzwerk_app.ui.text import plain_tooltip


class ElidedLabel(QLabel):
    """A one-line plain-text label that shrinks with "…" instead of forcing its width.

    The full text is its tooltip when it is cut.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(16)
        self.setText(text)

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        hint.setWidth(16)
        return hint

    def is_elided(self) -> bool:
        width = QFontMetrics(self.font()).horizontalAdvance(self.text())
        return width > self.contentsRect().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setToolTip(plain_tooltip(self.text()) if self.is_elided() else "")

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(plain_tooltip(text) if self.is_elided() else "")

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        metrics = QFontMetrics(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            rect,
            int(self.alignment()) | Qt.TextFlag.TextSingleLine,
            metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width()),
        )
