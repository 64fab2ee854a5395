"""The tier board's columns: a header (tier, cadence, count) over a list of cards.

Each column is one ``QListView`` over a lean ``CardListModel`` painted by ``CardDelegate``; a
drop or a key A/B/C/D/0 does not move rows itself but asks the page (``drop_handler``,
``tier_key_pressed``), which runs the core and rebuilds the models. Columns shrink to fit a
1,024 px window: their headers elide, their cards paint a smaller avatar.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
)

from netzwerk_app.core.board import BoardCard
from netzwerk_app.ui.care_colors import no_birthday_text, state_label
from netzwerk_app.ui.elided_label import ElidedLabel
from netzwerk_app.ui.models.item_list_model import ItemListModel, row_of_id
from netzwerk_app.ui.pages.card_delegate import CARD_ROLE, CardDelegate
from netzwerk_app.ui.text import emphasized

COLUMN_MIN_WIDTH = 118

MIME_TYPE = "application/x-netzwerk-contact-ids"
TIER_KEYS = {
    Qt.Key.Key_A: "A",
    Qt.Key.Key_B: "B",
    Qt.Key.Key_C: "C",
    Qt.Key.Key_D: "D",
    Qt.Key.Key_0: None,
}


def ids_from_mime(data: QMimeData) -> list[int]:
    """The contact ids carried by a drag, or [] when it carries none."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(i) for i in ids if isinstance(i, int)]


class CardListModel(ItemListModel):
    """The cards of one board column. Drops call `drop_handler(ids, tier)`."""

    item_role = CARD_ROLE

    def __init__(self, tier: str | None, parent=None) -> None:
        super().__init__(parent)
        self.tier = tier
        self.items: list[BoardCard] = []
        self._ids: set[int] = set()
        self.drop_handler: Callable[[list[int], str | None], bool] | None = None

    def set_cards(self, cards: Sequence[BoardCard]) -> None:
        self.beginResetModel()
        self.items = list(cards)
        self._ids = {c.id for c in self.items}
        self.endResetModel()

    def cards(self) -> list[BoardCard]:
        return list(self.items)

    def card(self, row: int) -> BoardCard:
        return self.items[row]

    def row_of(self, contact_id: int) -> int:
        return row_of_id(self.items, contact_id)

    def item_name(self, card: BoardCard) -> str:
        return card.name

    def item_tooltip(self, card: BoardCard) -> str:
        lines = [card.name]
        if card.subtitle:
            lines.append(card.subtitle)
        lines.append(no_birthday_text() if card.needs_birthday else state_label(card.state))
        return "<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>"

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        payload = json.dumps([self.items[r].id for r in rows]).encode("utf-8")
        data.setData(MIME_TYPE, QByteArray(payload))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        ids = ids_from_mime(data)
        return bool(ids) and not set(ids) <= self._ids

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = [i for i in ids_from_mime(data) if i not in self._ids]
        if not ids or self.drop_handler is None:
            return False
        return self.drop_handler(ids, self.tier)


class CardListView(QListView):
    """A column's list: multi-select, drag and drop, keys A/B/C/D/0 and Enter."""

    tier_key_pressed = Signal(object)  # "A".."D" or None
    open_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.doubleClicked.connect(self._open_index)

    def selected_ids(self) -> list[int]:
        model = self.model()
        if model is None or self.selectionModel() is None:
            return []
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [model.card(r).id for r in rows]

    def _open_index(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if card is not None:
            self.open_requested.emit(card.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        blocking = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        key = Qt.Key(event.key())
        if key in TIER_KEYS and not event.modifiers() & blocking and self.selected_ids():
            self.tier_key_pressed.emit(TIER_KEYS[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class BoardColumn(QFrame):
    """One column: a header (tier, cadence in words, count) over its card list."""

    def __init__(self, tier: str | None, delegate: CardDelegate, parent=None) -> None:
        super().__init__(parent)
        self.tier = tier
        self.setObjectName(f"boardColumn{tier or 'Unsorted'}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.title = ElidedLabel()
        emphasized(self.title, 1.15)
        self.count = QLabel("0")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.cadence = ElidedLabel()
        self.cadence.setStyleSheet("color: palette(placeholder-text);")
        self.stripe = QFrame()
        self.stripe.setFixedHeight(4)
        self.model = CardListModel(tier, self)
        self.view = CardListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        self.view.setAccessibleName(tier or "Unsorted")

        head = QHBoxLayout()
        head.setContentsMargins(8, 6, 8, 0)
        head.setSpacing(6)
        head.addWidget(self.title, 1)
        head.addWidget(self.count, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.stripe)
        layout.addLayout(head)
        self.cadence.setContentsMargins(8, 0, 8, 4)
        layout.addWidget(self.cadence)
        layout.addWidget(self.view, 1)

    def set_header(self, title: str, cadence: str, colour: str) -> None:
        self.title.setText(title)
        self.cadence.setText(cadence)
        self.stripe.setStyleSheet(f"background: {colour}; border: none;")

    def set_cards(self, cards: Sequence[BoardCard]) -> None:
        self.model.set_cards(cards)
        self.count.setText(str(len(cards)))
