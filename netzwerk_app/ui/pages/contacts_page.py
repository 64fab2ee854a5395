"""The contacts page: the list (tier filter, count, table) beside the contact's card, or the
welcome (`EmptyState`) while there is no contact yet.

The page keeps the list's selection and the card in step; the main window owns the model, the
search field and the actions, and follows the page's signals.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core.contacts import ALL_TIERS
from netzwerk_app.ui.i18n import tier_label
from netzwerk_app.ui.icons import app_icon, icon
from netzwerk_app.ui.layouts import column_widget
from netzwerk_app.ui.live_translation import LiveTranslation
from netzwerk_app.ui.models.contact_model import (
    ARCHIVED,
    AVATAR_SIZE,
    COL_LAST,
    COL_NAME,
    COL_NEXT_DUE,
    COL_ORGANIZATION,
    COL_TIER,
    COL_TITLE,
    ContactTableModel,
)
from netzwerk_app.ui.pages.card_slot import CardSlot
from netzwerk_app.ui.text import emphasized

if TYPE_CHECKING:
    from netzwerk_app.ui.card.card import ContactCard

PAGE_EMPTY, PAGE_LIST = range(2)


class EmptyState(QWidget):
    """What the contacts place shows before there is any contact: what to do next."""

    import_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(app_icon().pixmap(96, 96))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        title = QLabel(self.tr("Welcome to Netzwerk"))
        emphasized(title, 1.8)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        text = QLabel(
            self.tr(
                "Keep your valuable relationships alive on purpose. Start by importing the "
                "address book of your phone (a .vcf file), or add your first contact."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(520)
        text.setMinimumWidth(440)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = QPushButton(icon("import"), self.tr("Import from your phone…"))
        self.import_button.setIconSize(QSize(20, 20))
        self.import_button.setMinimumHeight(36)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_requested)
        self.new_button = QPushButton(icon("contact-new"), self.tr("Add a contact"))
        self.new_button.setIconSize(QSize(20, 20))
        self.new_button.setMinimumHeight(36)
        self.new_button.clicked.connect(self.new_requested)
        buttons.addWidget(self.import_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        hint = QLabel(
            self.tr(
                "Tip: export your contacts from your phone as a vCard file and drop it on "
                "this window."
            )
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)
        hint.setWordWrap(True)
        layout.addSpacing(16)
        layout.addWidget(hint)
        layout.addStretch(3)


NAME_LEAST = 130  # the name's column gives way down to this width (`ContactTable.fit_columns`)


class ContactTable(QTableView):
    """The contact list view: rows selected whole, sorted by clicking the header."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSortingEnabled(True)
        self.setIconSize(QSize(AVATAR_SIZE, AVATAR_SIZE))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(AVATAR_SIZE + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(self._user_resized)
        self._widths: dict[int, int] = {}  # the widths the columns get when there is room
        self._fitting = False
        self._chrome = 20  # the frame and the scroll bar beside the columns (as last fitted)

    def set_column_widths(self, widths: dict[int, int]) -> None:
        """The widths columns get when the list is wide enough (then fitted once)."""
        for column, width in widths.items():
            self._widths[column] = width
            self.horizontalHeader().resizeSection(column, width)
        self.fit_columns()

    def _user_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and new > 0 and column != COL_NEXT_DUE:
            self._widths[column] = new

    def fit_columns(self) -> None:
        """Show every column without scrolling sideways: when the list is narrow the job
        title, then the organization, then the last touchpoint step aside (the card shows
        them) and the name gives way, so that the tier and "Next due" stay in sight."""
        header = self.horizontalHeader()
        if not self._widths or self.model() is None:
            return
        # the header spans the viewport (QTableView lays it out so before this resizeEvent);
        # asking for `viewport()` here, before the first frame, would cost about 15 ms: PySide
        # resolves the type of a widget it has not wrapped yet by setting up the Python types
        # of every QtWidgets class that derives from QWidget
        available = header.width()
        self._chrome = max(self.width() - available, 0)
        widths = self._fitted_widths()
        name_min = min(widths[COL_NAME], NAME_LEAST)
        needed = sum(widths.values()) - widths[COL_NAME] + name_min
        self._fitting = True
        try:
            for column in (COL_TITLE, COL_ORGANIZATION, COL_LAST):
                hide = needed > available
                if hide:
                    needed -= widths[column]
                header.setSectionHidden(column, hide)
            shown = [c for c in widths if not header.isSectionHidden(c)]
            spare = available - sum(widths[c] for c in shown)
            header.resizeSection(COL_NAME, max(name_min, widths[COL_NAME] + min(spare, 0)))
        finally:
            self._fitting = False

    def _fitted_widths(self) -> dict[int, int]:
        header = self.horizontalHeader()
        widths = {c: self._widths.get(c, header.sectionSizeHint(c)) for c in range(header.count())}
        widths[COL_NEXT_DUE] = max(
            widths.get(COL_NEXT_DUE, 0), header.sectionSizeHint(COL_NEXT_DUE)
        )
        return widths

    def minimumSizeHint(self) -> QSize:
        """Room for the name (shortened), the tier and "Next due": the columns that never
        step aside (`fit_columns`)."""
        hint = super().minimumSizeHint()
        if not self._widths or self.model() is None:
            return hint
        widths = self._fitted_widths()
        least = min(widths[COL_NAME], NAME_LEAST) + widths[COL_TIER] + widths[COL_NEXT_DUE]
        return QSize(max(hint.width(), least + self._chrome), hint.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()


class ContactsPage(LiveTranslation, QStackedWidget):
    """The list with its filter and count beside the card; the welcome while there is none.

    `selection_changed` follows every change of the list's selection (the window's actions
    follow it); `filter_changed` follows a change of the tier filter.
    """

    selection_changed = Signal()
    filter_changed = Signal()

    def __init__(
        self,
        model: ContactTableModel,
        make_card: Callable[[], ContactCard],
        card_sizes: tuple[QSize, QSize] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`make_card` builds the card: at once, or, given the card's `card_sizes` (see
        `card_slot`), when it is first needed (`card`), a `CardSlot` holding its place."""
        super().__init__(parent)
        self.model = model
        self._make_card = make_card
        self.built_card: ContactCard | None = None  # None while the slot holds its place
        self._selecting = False

        self.table = ContactTable()
        self.table.setModel(model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        least = {COL_NAME: 160, COL_ORGANIZATION: 130, COL_TITLE: 100, COL_TIER: 72,
                 COL_LAST: 88, COL_NEXT_DUE: 88}  # fmt: skip
        self.table.set_column_widths(
            {col: max(width, header.sectionSizeHint(col)) for col, width in least.items()}
        )
        header.setStretchLastSection(True)

        self.tier_filter = QComboBox()
        self.tier_filter.addItem(self.tr("All tiers"), "all")
        self.count_label = QLabel()
        self.count_label.setEnabled(False)
        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(6, 6, 6, 0)
        filter_row.addWidget(QLabel(self.tr("Show:")))
        filter_row.addWidget(self.tier_filter)
        filter_row.addStretch(1)
        filter_row.addWidget(self.count_label)
        self.tier_filter.currentIndexChanged.connect(self._tier_filter_changed)

        list_side = column_widget(filter_row, self.table)

        self.list_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list_splitter.addWidget(list_side)
        if card_sizes is None:
            self.built_card = make_card()
            self.list_splitter.addWidget(self.built_card)
        else:
            self.list_splitter.addWidget(CardSlot(card_sizes))
        self.list_splitter.setStretchFactor(0, 3)
        self.list_splitter.setStretchFactor(1, 2)
        self.list_splitter.setChildrenCollapsible(False)
        self.list_splitter.setSizes([700, 460])

        self.empty_state = EmptyState()
        self.addWidget(self.empty_state)
        self.addWidget(self.list_splitter)

    @property
    def card(self) -> ContactCard:
        """The contact's card, built now if the slot still holds its place."""
        if self.built_card is None:
            card = self._make_card()
            sizes = self.list_splitter.sizes()
            slot = self.list_splitter.replaceWidget(1, card)
            self.list_splitter.setSizes(sizes)
            if slot is not None:
                slot.deleteLater()
            self.built_card = card
        return self.built_card

    # ------------------------------------------------------------ the list

    def show_list_or_welcome(self) -> None:
        self.setCurrentIndex(PAGE_LIST if self.model.has_any() else PAGE_EMPTY)

    def fill_tier_filter(self, settings: Mapping) -> None:
        """The filter's entries for the tiers as named now; the chosen entry stays."""
        current = self.tier_filter.currentData()
        self.tier_filter.blockSignals(True)
        self.tier_filter.clear()
        self.tier_filter.addItem(self.tr("All tiers"), "all")
        for tier, s in settings.items():
            self.tier_filter.addItem(
                self.tr("Tier %1").replace("%1", tier_label(tier, {tier: s.name})), tier
            )
        self.tier_filter.addItem(self.tr("Unsorted"), "unsorted")
        self.tier_filter.insertSeparator(self.tier_filter.count())
        self.tier_filter.addItem(self.tr("Archived"), ARCHIVED)
        self.tier_filter.setCurrentIndex(max(0, self.tier_filter.findData(current)))
        self.tier_filter.blockSignals(False)

    def showing_archived(self) -> bool:
        return self.tier_filter.currentData() == ARCHIVED

    def show_all(self) -> None:
        """Every tier again (the search is the window's)."""
        self.tier_filter.setCurrentIndex(0)

    def _tier_filter_changed(self) -> None:
        data = self.tier_filter.currentData()
        tier = ALL_TIERS if data == "all" else (None if data == "unsorted" else data)
        self.model.set_tier_filter(tier)
        self.filter_changed.emit()

    def update_count_label(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if self.model.showing_archived():
            self.count_label.setText(self.tr("%n archived contact(s)", "", shown))
        elif shown == total:
            self.count_label.setText(self.tr("%n contact(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )

    def after_filter(self) -> None:
        """The search or the filter changed: the card's contact stays selected, or goes."""
        current = self.built_card.contact_id if self.built_card is not None else None
        if current is not None and self.model.row_of(current) >= 0:
            self.select_ids([current])
        elif current is not None and not self.card.is_dirty():
            # the search or the filter hid the contact: the card no longer shows it
            self.card.clear()

    # ------------------------------------------------------------ selection

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.model.contact_id(i.row()) for i in sorted(rows, key=QModelIndex.row)]

    def selected_people(self) -> list[tuple[int, str, str | None]]:
        """(id, name, tier) of the selected rows, in the list's order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [(r.id, r.display_name, r.tier) for r in (self.model.row_data(row) for row in rows)]

    def select_ids(self, ids: list[int]) -> None:
        """Select these contacts' rows (the card is left as it is)."""
        self._selecting = True
        try:
            selection = self.table.selectionModel()
            wanted = set(ids)
            # One selection of row ranges, set at once: selecting row by row emits a change
            # per row and took minutes for a few thousand contacts.
            ranges = QItemSelection()
            first = None
            start = None
            rows = [row for row, cid in enumerate(self.model.visible_ids()) if cid in wanted]
            last_column = self.model.columnCount() - 1
            for i, row in enumerate(rows):
                if start is None:
                    start = row
                if i + 1 == len(rows) or rows[i + 1] != row + 1:
                    ranges.select(self.model.index(start, 0), self.model.index(row, last_column))
                    start = None
            if rows:
                first = self.model.index(rows[0], 0)
            selection.select(ranges, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if first is not None:
                selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(first)
        finally:
            self._selecting = False

    def clear_selection(self) -> None:
        """No row selected, the card left as it is (for a new contact)."""
        self._selecting = True
        self.table.clearSelection()
        self._selecting = False

    def _selection_changed(self, *_args) -> None:
        ids = self.selected_ids()
        self.selection_changed.emit()
        if self._selecting:
            return
        if len(ids) == 1 and ids[0] != self.card.contact_id:
            if self.card.is_dirty() and not self.card.leave():
                # the card stays (its message or conflict banner says why): so does the list
                if (current := self.card.contact_id) is not None:
                    QTimer.singleShot(0, lambda: self.select_ids([current]))
                return
            # Saving the edits re-read the list and selected the saved contact again: the row
            # the user clicked is the one the card, Delete and Log Touchpoint act on.
            self.select_ids([ids[0]])
            self.card.show_contact(ids[0])
        elif not ids and self.built_card is not None and not self.built_card.is_dirty():
            self.built_card.clear()

    def focus_card(self) -> None:
        if self.card.contact_id is not None:
            self.card.tabs.setCurrentIndex(0)
            self.card.given.setFocus()
