"""A flat list model over a Python list, the base of the board's columns and the agenda.

One row an item: `item_role` answers the item itself (for the delegates that paint it), the
display and accessible-text roles its name, the tooltip role its tooltip; the subclasses say
what name and tooltip an item has.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


def row_of_id(rows: Sequence[Any], contact_id: int) -> int:
    """The row whose `id` is `contact_id`, or -1."""
    return next((row for row, item in enumerate(rows) if item.id == contact_id), -1)


class ItemListModel(QAbstractListModel):
    """`items`, one a row; subclasses give `item_role`, `item_name` and `item_tooltip`."""

    item_role = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def item_name(self, item: Any) -> str:
        raise NotImplementedError

    def item_tooltip(self, item: Any) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == self.item_role:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.item_name(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.item_tooltip(item)
        return None
