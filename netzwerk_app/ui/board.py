"""The tier board: columns Unsorted, A, B, C, D of contact cards, filed by drag and drop or keys.

Each column is one ``QListView`` over a lean ``CardListModel`` painted by ``CardDelegate``.
A drop (or a key A/B/C/D/0 on selected cards) does not move rows itself: it runs the core's
``board.move_to_tier`` (which writes the tier history) and then the models are rebuilt from the
core. A banner says what the latest move did and offers to undo exactly that move; it also says
when contacts were filed into a birthday tier without a birthday (they would never be due).

Columns shrink to fit a 1,024 px window: headers elide, cards paint a smaller avatar.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import board, care, contacts
from netzwerk_app.core.board import COLUMNS, BoardCard, TierMove
from netzwerk_app.core.records import TIERS
from netzwerk_app.ui.card_delegate import CARD_ROLE, CardDelegate
from netzwerk_app.ui.care_colors import cadence_text, no_birthday_text, state_label
from netzwerk_app.ui.text import plain_tooltip

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


class CardListModel(QAbstractListModel):
    """The cards of one board column. Drops call `drop_handler(ids, tier)`."""

    def __init__(self, tier: str | None, parent=None) -> None:
        super().__init__(parent)
        self.tier = tier
        self._cards: list[BoardCard] = []
        self._ids: set[int] = set()
        self.drop_handler: Callable[[list[int], str | None], bool] | None = None

    def set_cards(self, cards: Sequence[BoardCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self._ids = {c.id for c in self._cards}
        self.endResetModel()

    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def card(self, row: int) -> BoardCard:
        return self._cards[row]

    def row_of(self, contact_id: int) -> int:
        for row, card in enumerate(self._cards):
            if card.id == contact_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [card.name]
            if card.subtitle:
                lines.append(card.subtitle)
            lines.append(no_birthday_text() if card.needs_birthday else state_label(card.state))
            return "<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>"
        return None

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
        payload = json.dumps([self._cards[r].id for r in rows]).encode("utf-8")
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
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
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


class MoveBanner(QFrame):
    """What the latest move did, with Undo; for a birthday tier without birthdays, what to do.

    Not modal: the board stays usable, and the next move replaces the banner.
    """

    undo_requested = Signal()
    add_birthday_requested = Signal()
    other_tier_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#moveBanner { background: palette(alternate-base); border-radius: 4px; }"
            ' #moveBanner[warning="true"] { background: #fff4d6; border: 1px solid #e0a100; }'
            ' #moveBanner[warning="true"] QLabel { color: #3d2e00; }'
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


class TierBoardPage(QWidget):
    """The tier board page. Emits `data_changed` after it changed contacts."""

    contact_open_requested = Signal(int)
    data_changed = Signal()
    selection_changed = Signal()

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self._search = ""
        self._tag = ""
        self._last_move: TierMove | None = None
        self._no_birthday: list[int] = []
        self._triage = None
        self.delegate = CardDelegate(self._load_photo, self)

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Filter by name, organization, tag…"))
        self.search_edit.setMinimumWidth(110)
        self.tag_combo = QComboBox()
        self.tag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag_combo.setMinimumContentsLength(7)
        self.sort_combo = QComboBox()
        self.sort_combo.addItem(self.tr("Most overdue first"), "due")
        self.sort_combo.addItem(self.tr("Name"), "name")
        self.sort_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reason_check = QCheckBox(self.tr("Ask for a reason"))
        self.reason_check.setToolTip(self.tr("Ask why, each time cards are moved to a tier"))
        self.triage_button = QPushButton(self.tr("Triage"))
        self.triage_button.setToolTip(self.tr("File the unsorted contacts one at a time"))

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        tag_label = QLabel(self.tr("Tag:"))
        tag_label.setBuddy(self.tag_combo)
        bar.addWidget(tag_label)
        bar.addWidget(self.tag_combo, 1)
        sort_label = QLabel(self.tr("Sort:"))
        sort_label.setBuddy(self.sort_combo)
        bar.addWidget(sort_label)
        bar.addWidget(self.sort_combo)
        bar.addWidget(self.reason_check)
        bar.addWidget(self.triage_button)

        self.banner = MoveBanner(self)
        self.banner.undo_requested.connect(self.undo_last_move)
        self.banner.add_birthday_requested.connect(self._add_birthday)
        self.banner.other_tier_requested.connect(self._file_elsewhere)
        # kept as names the main window and tests know
        self.message = self.banner.text
        self.undo_button = self.banner.undo_button
        self.hint = QLabel(
            self.tr("Drag cards to another column, or select them and press A, B, C, D or 0.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")

        self.columns: dict[str | None, BoardColumn] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for tier in COLUMNS:
            column = BoardColumn(tier, self.delegate, self)
            column.model.drop_handler = self.move_to_tier
            column.view.tier_key_pressed.connect(
                lambda target, view=column.view: self._on_tier_key(view, target)
            )
            column.view.open_requested.connect(self.contact_open_requested)
            column.view.selectionModel().selectionChanged.connect(self.selection_changed)
            self.columns[tier] = column
            row.addWidget(column, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addLayout(row, 1)
        layout.addWidget(self.hint)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.tag_combo.currentIndexChanged.connect(self._on_tag_changed)
        self.sort_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.triage_button.clicked.connect(self.open_triage)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ data

    def _load_photo(self, contact_id: int) -> bytes | None:
        found = contacts.photo_of(contact_id)
        return found[0] if found else None

    def model_of(self, tier: str | None) -> CardListModel:
        return self.columns[tier].model

    def view_of(self, tier: str | None) -> CardListView:
        return self.columns[tier].view

    @property
    def sort_order(self) -> str:
        return self.sort_combo.currentData() or "due"

    def set_sort_order(self, order: str) -> None:
        self.sort_combo.setCurrentIndex(max(0, self.sort_combo.findData(order)))

    def set_filter(self, search: str = "", tag: str = "") -> None:
        """Apply the main window's search and tag filter."""
        self._search = search or ""
        self._tag = tag or ""
        self.search_edit.blockSignals(True)
        self.search_edit.setText(self._search)
        self.search_edit.blockSignals(False)
        self._fill_tags()
        self.refresh()

    def _apply_search(self) -> None:
        self._search = self.search_edit.text().strip()
        self.refresh()

    def _on_tag_changed(self, _index: int) -> None:
        tag = self.tag_combo.currentData() or ""
        if tag != self._tag:
            self._tag = tag
            self.refresh()

    def _fill_tags(self) -> None:
        tags = contacts.all_tags(self.db)
        if self._tag and self._tag not in tags:
            tags.append(self._tag)
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All"), "")
        for tag in tags:
            self.tag_combo.addItem(tag, tag)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(self._tag)))
        self.tag_combo.blockSignals(False)

    def selected_contacts(self) -> list[tuple[int, str, str | None]]:
        """(id, name, tier) of the selected cards in every column (for logging a touchpoint)."""
        chosen = []
        for column in self.columns.values():
            rows = sorted(i.row() for i in column.view.selectionModel().selectedRows())
            chosen += [(c.id, c.name, c.tier) for c in (column.model.card(r) for r in rows)]
        return chosen

    def refresh(self) -> None:
        """Rebuild every column from the core (after any change, here or elsewhere)."""
        self._refresh_timer.stop()
        self._fill_tags()
        settings = care.tier_settings(self.db)
        columns = board.board_columns(
            self.db, search=self._search or None, tag=self._tag or None, order=self.sort_order
        )
        for tier, column in self.columns.items():
            if tier is None:
                column.set_header(self.tr("Unsorted"), self.tr("not filed yet"), "#9e9e9e")
            else:
                s = settings[tier]
                title = tier if s.name in ("", tier) else f"{tier} · {s.name}"
                words = cadence_text(s.cadence_count, s.cadence_unit, s.anchor)
                column.set_header(title, words, s.colour)
            column.set_cards(columns.get(tier, []))
        unsorted = len(columns.get(None, []))
        self.triage_button.setText(self.tr("Triage (%n)", "", unsorted))
        self.triage_button.setEnabled(unsorted > 0 or self._triage is not None)
        if self._last_move is not None and not board.is_latest(self.db, self._last_move):
            # someone moved contacts since (the card, the triage, a menu): that is the latest
            # move now, and undoing ours would undo an older one over it
            self._last_move = None
            self._no_birthday = []
            self.banner.show_message("")

    # ------------------------------------------------------------ moving cards

    def _ask_reason(self, count: int, tier: str | None) -> str | None:
        """The reason for a move, or None when the user cancelled (the move is not made)."""
        target = tier or self.tr("Unsorted")
        text, ok = QInputDialog.getText(
            self,
            self.tr("Reason"),
            self.tr("Why move %n contact(s) to %1? (optional)", "", count).replace("%1", target),
        )
        return text.strip() if ok else None

    def move_to_tier(self, ids: Sequence[int], tier: str | None, reason: str | None = None) -> bool:
        """File contacts into a tier through the core; returns whether anything was done."""
        ids = list(ids)
        if not ids:
            return False
        if reason is None:
            if self.reason_check.isChecked():
                reason = self._ask_reason(len(ids), tier)
                if reason is None:
                    return False
            else:
                reason = ""
        move = board.move_to_tier(self.db, ids, tier, reason)
        self._last_move = move if move.previous else None
        self._no_birthday = board.never_due_in(self.db, ids, tier)
        self.refresh()
        self._select(tier, ids)
        self._show_move(len(move.previous), tier)
        if move.previous:
            self.data_changed.emit()
        return True

    def _show_move(self, changed: int, tier: str | None) -> None:
        """Say what the latest move did (replacing what the banner said before)."""
        target = tier or self.tr("Unsorted")
        text = self.tr("%n contact(s) moved to %1", "", changed).replace("%1", target)
        can_undo = self._last_move is not None
        if not self._no_birthday:
            self.banner.show_message(text, can_undo)
            return
        names = {c.id: c.name for c in self.model_of(tier).cards()}
        missing = [names.get(cid, "?") for cid in self._no_birthday]
        who = ", ".join(missing[:3]) + (" …" if len(missing) > 3 else "")
        warning = self.tr(
            "%1 has no birthday: tier %2 is due on the birthday, so nothing will ever be due.",
            "",
            len(missing),
        )
        text += ". " + warning.replace("%1", who).replace("%2", str(tier))
        others = [t for t in TIERS if t not in board.birthday_tiers(self.db)]
        self.banner.show_message(text, can_undo, warning=True, other_tiers=others)

    def no_birthday_ids(self) -> list[int]:
        """The contacts the banner warns about (filed into a birthday tier without a birthday)."""
        return list(self._no_birthday)

    def _add_birthday(self) -> None:
        if self._no_birthday:
            self.contact_open_requested.emit(self._no_birthday[0])

    def _file_elsewhere(self, tier: str) -> None:
        ids = list(self._no_birthday)
        if ids:
            self.move_to_tier(ids, tier, reason="")

    def undo_last_move(self) -> None:
        """Put the contacts of the latest move back into their former tiers."""
        move = self._last_move
        if move is None:
            return
        self._last_move = None
        self._no_birthday = []
        undone = board.undo_move(self.db, move, self.tr("undo"))
        self.banner.show_message(self.tr("Move undone") if undone else "")
        self.refresh()
        if undone:
            self._select(None if not move.previous else move.previous[0][1],
                         [cid for cid, _ in move.previous])  # fmt: skip
            self.data_changed.emit()

    def _models(self) -> list[CardListModel]:
        return [c.model for c in self.columns.values()]

    def _on_tier_key(self, view: CardListView, tier: str | None) -> None:
        self.move_to_tier(view.selected_ids(), tier)

    def _select(self, tier: str | None, ids: Sequence[int]) -> None:
        column = self.columns[tier]
        selection = QItemSelection()
        first = None
        for cid in ids:
            row = column.model.row_of(cid)
            if row >= 0:
                index = column.model.index(row)
                selection.select(index, index)
                first = first or index
        if first is not None:
            column.view.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            column.view.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )
            column.view.scrollTo(first)
            column.view.setFocus()

    # ------------------------------------------------------------ triage

    def open_triage(self):
        """Open the triage of the Unsorted column (one window, not modal)."""
        from netzwerk_app.ui.triage import TriageDialog

        if self._triage is not None:
            self._triage.raise_()
            self._triage.activateWindow()
            return self._triage
        dialog = TriageDialog(self.db, self)
        dialog.data_changed.connect(self._refresh_timer.start)
        dialog.data_changed.connect(self.data_changed)
        dialog.contact_open_requested.connect(self.contact_open_requested)
        dialog.finished.connect(self._triage_closed)
        self._triage = dialog
        dialog.show()
        return dialog

    def _triage_closed(self, _result: int = 0) -> None:
        if self._triage is not None:
            self._triage.deleteLater()
        self._triage = None
        self.refresh()
