"""A read-only table of plain-text rows that hands its rows to the view in batches.

Used for lists that may hold thousands of entries (an import's new contacts, merges, skipped
cards): the rows are ready-made tuples of strings, the view asks for more as it scrolls
(`canFetchMore`/`fetchMore`), and the full count is always known (`total`). Text is shown as
plain text; tooltips are escaped (`ui.text.plain_tooltip`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from netzwerk_app.ui.text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


class TextRowsModel(QAbstractTableModel):
    """Rows of strings under fixed headers; `set_rows` replaces them all."""

    BATCH = 500

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._shown = 0

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = min(self.BATCH, len(rows))
        self.endResetModel()

    def total(self) -> int:
        """All rows, also those not yet handed to the view."""
        return len(self._rows)

    def row_texts(self, row: int) -> tuple[str, ...]:
        return self._rows[row]

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._shown:
            return None
        row = self._rows[index.row()]
        text = row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        end = min(self._shown + self.BATCH, len(self._rows))
        if end <= self._shown:
            return
        self.beginInsertRows(QModelIndex(), self._shown, end - 1)
        self._shown = end
        self.endInsertRows()
