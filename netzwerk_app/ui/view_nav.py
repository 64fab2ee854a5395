"""The list of the window's views (Contacts, Tier Board, Calendar) at its left edge.

In a narrow window it shows the views' icons only (`set_compact`), so that the contact list
beside it keeps room for its columns; each view's name stays its tip and what a screen reader
says.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

_ICON = 22
_MOST = 220  # the most the list takes with the views' names
_ROW_HEIGHT = 36


class ViewNav(QListWidget):
    """The views' list; `set_texts` names them, `set_compact` leaves the names out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(_ICON, _ICON))
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setSpacing(2)
        self._texts: list[str] = []
        self.compact = False
        self._apply_width()

    def add_view(self, icon, text: str) -> None:
        item = QListWidgetItem(icon, "")
        item.setSizeHint(QSize(0, _ROW_HEIGHT))
        self.addItem(item)
        self._texts.append(text)
        self._show_text(self.count() - 1)

    def set_texts(self, texts: list[str]) -> None:
        """The views' names (after a change of language)."""
        self._texts = list(texts)
        for row in range(min(self.count(), len(self._texts))):
            self._show_text(row)

    def set_compact(self, compact: bool) -> None:
        """Icons only (True), or icons with the views' names."""
        if compact == self.compact:
            return
        self.compact = compact
        for row in range(self.count()):
            self._show_text(row)
        self._apply_width()

    def _show_text(self, row: int) -> None:
        item = self.item(row)
        text = self._texts[row] if row < len(self._texts) else ""
        item.setText("" if self.compact else text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def icons_width(self) -> int:
        """The width of the list with icons only: the icon, the item's margins and the
        spacing on both sides."""
        return _ICON + 2 * (self.spacing() + 10) + 2 * self.frameWidth()

    def _apply_width(self) -> None:
        # With the names it may still be made as narrow as the icons: the window's least
        # width is the one it has with icons only (`MainWindow` goes compact below a width).
        self.setMinimumWidth(self.icons_width())
        self.setMaximumWidth(self.icons_width() if self.compact else _MOST)
