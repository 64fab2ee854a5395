"""The tier board: columns Unsorted, A, B, C, D of contact cards, filed by drag and drop or keys.

The columns live in ``board_columns.py``, the banner in ``move_banner.py``. A drop (or a key
A/B/C/D/0 on selected cards) does not move rows itself: it runs the core's
``board.move_to_tier`` (which writes the tier history) and then the models are rebuilt from the
core. A banner says what the latest move did and offers to undo exactly that move; it also says
when contacts were filed into a birthday tier without a birthday (they would never be due).

Columns shrink to fit a 1,024 px window: headers elide, cards paint a smaller avatar.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import board, care, contacts
from netzwerk_app.core.board import COLUMNS, TierMove
from netzwerk_app.core.records import TIERS
from netzwerk_app.ui.care_colors import cadence_text
from netzwerk_app.ui.pages.board_columns import BoardColumn, CardListModel, CardListView
from netzwerk_app.ui.pages.card_delegate import CardDelegate
from netzwerk_app.ui.pages.move_banner import MoveBanner


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
        from netzwerk_app.ui.pages.triage import TriageDialog

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
