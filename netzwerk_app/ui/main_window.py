"""The main window: navigation (contacts, tier board, calendar), the contact list with its card,
search, menus and toolbar, status bar, drag-and-drop import, and restoring the window's state.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import peewee
from peewee import SqliteDatabase
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app import __version__
from netzwerk_app.core import care, clock, contacts
from netzwerk_app.core.contacts import ALL_TIERS
from netzwerk_app.core.database import (
    DatabaseError,
    check_database,
    daily_backup_or_warn,
    data_version,
)
from netzwerk_app.core.records import TIERS, NetzwerkError
from netzwerk_app.ui.banner import MessageBanner
from netzwerk_app.ui.contact_card import ContactCard
from netzwerk_app.ui.contact_model import (
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
from netzwerk_app.ui.i18n import effective_language, tier_label
from netzwerk_app.ui.icons import app_icon, icon
from netzwerk_app.ui.live_translation import LiveTranslation, switch_language
from netzwerk_app.ui.network_menu import NetworkMenu
from netzwerk_app.ui.preferences import (
    KEY_GEOMETRY,
    KEY_HEADER,
    KEY_LAST_VIEW,
    KEY_SPLITTER,
    KEY_STATE,
    KEY_TIER_FILTER,
    Preferences,
)
from netzwerk_app.ui.text import show_warning
from netzwerk_app.ui.touchpoint_dialog import TouchpointDialog

log = logging.getLogger(__name__)

VIEW_CONTACTS, VIEW_BOARD, VIEW_CALENDAR = range(3)
VCARD_SUFFIXES = (".vcf", ".vcard")


def vcard_paths(urls) -> list[str]:
    """Local .vcf files among dropped URLs."""
    return [
        u.toLocalFile()
        for u in urls
        if u.isLocalFile() and u.toLocalFile().lower().endswith(VCARD_SUFFIXES)
    ]


def _load_page(module: str, name: str):
    """A page class of another part of the GUI, or None while it does not exist (yet)."""
    try:
        mod = __import__(f"netzwerk_app.ui.{module}", fromlist=[name])
        return getattr(mod, name)
    except Exception:  # a missing or broken page must not stop the app
        log.warning("page %s.%s not available", module, name, exc_info=True)
        return None


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
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
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


class LazyPage(QWidget):
    """A place for another part's page (board, calendar), built when first shown.

    Until then (or when the page does not exist yet) nothing is computed. `refresh()` on a
    hidden page only marks it stale; it refreshes when shown again.
    """

    contact_open_requested = Signal(int)
    data_changed = Signal()
    selection_changed = Signal()

    def __init__(
        self, module: str, class_name: str, db: SqliteDatabase, missing_text: str,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.module, self.class_name, self.db = module, class_name, db
        self.missing_text = missing_text
        self.page: QWidget | None = None
        self._stale = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_page(self) -> QWidget:
        if self.page is None:
            page_class = _load_page(self.module, self.class_name)
            if page_class is None:
                page = QLabel(self.missing_text)
                page.setAlignment(Qt.AlignmentFlag.AlignCenter)
                page.setEnabled(False)
            else:
                page = page_class(self.db, self)
                page.contact_open_requested.connect(self.contact_open_requested)
                page.data_changed.connect(self.data_changed)
                if hasattr(page, "selection_changed"):
                    page.selection_changed.connect(self.selection_changed)
            self.page = page
            self._layout.addWidget(page)
            page.show()
            self._stale = False
        return self.page

    def refresh(self) -> None:
        if self.page is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if hasattr(self.page, "refresh"):
            try:
                self.page.refresh()
            except Exception:  # another part's page must not take the window down
                log.exception("refreshing %s failed", self.class_name)

    def showEvent(self, event) -> None:
        first = self.page is None
        self.ensure_page()
        super().showEvent(event)
        if self._stale and not first:
            self.refresh()


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

    def set_column_width(self, column: int, width: int) -> None:
        """The width a column gets when the list is wide enough."""
        self._widths[column] = width
        self.horizontalHeader().resizeSection(column, width)
        self.fit_columns()

    def _user_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and new > 0 and column != COL_NEXT_DUE:
            self._widths[column] = new

    def fit_columns(self) -> None:
        """Show every column without scrolling sideways: when the list is narrow the job
        title and then the organization step aside (the card shows them) and the name gives
        way, so that the tier, the last touchpoint and "Next due" stay in sight."""
        header = self.horizontalHeader()
        if not self._widths or self.model() is None:
            return
        available = self.viewport().width()
        widths = {c: self._widths.get(c, header.sectionSizeHint(c)) for c in range(header.count())}
        widths[COL_NEXT_DUE] = max(
            widths.get(COL_NEXT_DUE, 0), header.sectionSizeHint(COL_NEXT_DUE)
        )
        name_min = min(widths[COL_NAME], 130)
        needed = sum(widths.values()) - widths[COL_NAME] + name_min
        self._fitting = True
        try:
            for column in (COL_TITLE, COL_ORGANIZATION):
                hide = needed > available
                if hide:
                    needed -= widths[column]
                header.setSectionHidden(column, hide)
            shown = [c for c in widths if not header.isSectionHidden(c)]
            spare = available - sum(widths[c] for c in shown)
            header.resizeSection(COL_NAME, max(name_min, widths[COL_NAME] + min(spare, 0)))
        finally:
            self._fitting = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()


OUTSIDE_CHECK_MS = 3000  # how often to look for changes made by other processes


class MainWindow(LiveTranslation, QMainWindow):
    """The app's home. Call `open_import(files)` to import vCard files.

    With `close_to_tray` set (by the tray), closing the window hides it and emits
    `closed_to_tray`; `quit()` (File ▸ Quit, the tray's Quit) closes it for good and emits
    `quit_requested`. `counts_changed` follows every change of the care counts.
    """

    counts_changed = Signal()
    closed_to_tray = Signal()
    quit_requested = Signal()
    preferences_changed = Signal()

    def __init__(
        self,
        db: SqliteDatabase,
        data_dir: Path,
        preferences: Preferences | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir = Path(data_dir)
        self.preferences = preferences or Preferences()
        self._deleted: list = []  # snapshots of the last delete, for undo
        self._archived: list[int] = []  # the contacts of the last archive, for undo
        self.import_window = None  # the open import dialog, if any
        self.phone_window = None  # the last "From your phone…" dialog
        self.duplicates_window = None  # the open Possible Duplicates window, if any
        self.imports_window = None  # the open Recent Imports window, if any
        self._selecting = False
        self._retranslating = False
        self.close_to_tray = False
        self.quitting = False
        self.setWindowTitle(self.tr("Netzwerk"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setUnifiedTitleAndToolBarOnMac(True)

        self.model = ContactTableModel(db, self)
        self._create_actions()
        self._create_widgets()
        from netzwerk_app.ui.sync import SyncController  # CardDAV sync: menu, status, runs

        self.sync = SyncController(self)
        self._create_menus()
        self.network_menu = NetworkMenu(self)  # review, events, introductions, overview
        self._create_toolbar()
        self._create_status_bar()
        self.refresh_all()
        self.restore_state()
        # Changes made by other processes (the command line, a second window): SQLite's data
        # version moves when another connection commits. Checked when the window is activated
        # and on a slow timer; a check costs one PRAGMA.
        self._data_version = data_version(db)
        self._backup_day = clock.today()  # opening the database made the day's backup
        self.outside_timer = QTimer(self)
        self.outside_timer.setInterval(OUTSIDE_CHECK_MS)
        self.outside_timer.timeout.connect(self.check_outside_changes)
        self.outside_timer.start()

    # ------------------------------------------------------------ construction

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _create_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New Contact"), self.new_contact, QKeySequence.StandardKey.New, "contact-new"
        )
        self.import_action = self._action(
            self.tr("&Import vCard…"), self.import_dialog, "Ctrl+I", "import"
        )
        self.export_action = self._action(
            self.tr("&Export…"), self.export_dialog, "Ctrl+E", "export"
        )
        from netzwerk_app.ui.phone_import_dialog import action_text

        self.phone_action = self._action(action_text(), self.import_from_phone, None, "import")
        self.log_action = self._action(
            self.tr("&Log Touchpoint…"), self.log_touchpoint, "Ctrl+L", "touchpoint"
        )
        self.settings_action = self._action(
            self.tr("&Settings…"),
            self.settings_dialog,
            QKeySequence.StandardKey.Preferences,
            "settings",
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.tr("&Quit"), self.quit, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(
            self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find
        )
        self.undo_action = self._action(
            self.tr("&Undo Delete"), self.undo_delete, QKeySequence.StandardKey.Undo
        )
        self.undo_action.setEnabled(False)
        self.select_all_action = self._action(
            self.tr("Select &All"), self._select_all, QKeySequence.StandardKey.SelectAll
        )
        self.archive_action = self._action(
            self.tr("&Archive"), self.archive_selected, "Ctrl+Shift+A"
        )
        self.delete_action = self._action(
            self.tr("&Delete…"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.export_selection_action = self._action(
            self.tr("Export &Selection…"), self.export_selection
        )
        self.imports_action = self._action(self.tr("&Recent Imports…"), self.open_recent_imports)
        self.duplicates_action = self._action(
            self.tr("Possible &Duplicates…"), self.open_duplicates
        )
        self.open_action = self._action(self.tr("&Open Card"), self._focus_card, "Return")
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tier_actions: dict[object, QAction] = {}
        for i, tier in enumerate((*TIERS, None), start=1):
            action = self._action(
                tier_label(tier), lambda t=tier: self.set_tier_selected(t),
                f"Ctrl+Alt+{i if tier else 0}",
            )  # fmt: skip
            self.tier_actions[tier] = action
        self.view_actions = QActionGroup(self)
        self.view_actions.setExclusive(True)
        views = (
            (self.tr("&Contacts"), "contacts"),
            (self.tr("&Tier Board"), "board"),
            (self.tr("C&alendar"), "calendar"),
        )
        self.view_action_list = []
        for index, (text, icon_name) in enumerate(views):
            action = self._action(
                text, lambda i=index: self.show_view(i), f"Ctrl+{index + 1}", icon_name
            )
            action.setCheckable(True)
            self.view_actions.addAction(action)
            self.view_action_list.append(action)
        self.check_action = self._action(self.tr("&Check the Database"), self.check_database)
        self.about_action = self._action(self.tr("&About Netzwerk"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.selection_actions = [
            self.log_action, self.archive_action, self.delete_action,
            self.export_selection_action, *self.tier_actions.values(),
        ]  # fmt: skip

    def _create_widgets(self) -> None:
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setSpacing(2)
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(120)
        for action in self.view_action_list:
            item = QListWidgetItem(action.icon(), action.text().replace("&", ""))
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.show_view)

        # contacts place: empty state or list + card
        self.table = ContactTable()
        self.table.setModel(self.model)
        self.table.addAction(self.open_action)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self._focus_card())
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        for col, width in ((COL_NAME, 160), (COL_ORGANIZATION, 130), (COL_TITLE, 100),
                           (COL_TIER, 72), (COL_LAST, 88), (COL_NEXT_DUE, 88)):  # fmt: skip
            self.table.set_column_width(col, max(width, header.sectionSizeHint(col)))
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

        list_side = QWidget()
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filter_row)
        list_layout.addWidget(self.table)

        self.card = ContactCard(self.db)
        self.card.contact_saved.connect(self._card_saved)
        self.card.data_changed.connect(self._card_data_changed)

        self.list_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list_splitter.addWidget(list_side)
        self.list_splitter.addWidget(self.card)
        self.list_splitter.setStretchFactor(0, 3)
        self.list_splitter.setStretchFactor(1, 2)
        self.list_splitter.setChildrenCollapsible(False)
        self.list_splitter.setSizes([700, 460])

        self.empty_state = EmptyState()
        self.empty_state.import_requested.connect(self.import_from_phone)
        self.empty_state.new_requested.connect(self.new_contact)
        self.contacts_stack = QStackedWidget()
        self.contacts_stack.addWidget(self.empty_state)
        self.contacts_stack.addWidget(self.list_splitter)

        # The board and the calendar are built when first shown (they read every contact).
        self.board = LazyPage(
            "board", "TierBoardPage", self.db, self.tr("The tier board is coming soon.")
        )
        self.calendar = LazyPage(
            "calendar_view", "CalendarPage", self.db, self.tr("The calendar is coming soon.")
        )
        self.board.selection_changed.connect(self._sync_log_action)
        for page in (self.board, self.calendar):
            page.contact_open_requested.connect(self.open_contact)
            page.data_changed.connect(self._page_changed)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.contacts_stack)
        self.pages.addWidget(self.board)
        self.pages.addWidget(self.calendar)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.nav)
        self.main_splitter.addWidget(self.pages)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setSizes([140, 1140])
        # due touchpoints and notices where the desktop shows no tray or notifications
        self.banner = MessageBanner()
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(8, 6, 8, 0)
        banner_row.addWidget(self.banner)
        central_layout.addLayout(banner_row)
        central_layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search contacts (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_return)
        self.nav.setCurrentRow(VIEW_CONTACTS)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for a in (
            self.new_action,
            None,
            self.import_action,
            self.phone_action,
            self.imports_action,
            self.export_action,
            None,
            self.settings_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.select_all_action)
        edit_menu.addAction(self.find_action)
        contact_menu = bar.addMenu(self.tr("&Contact"))
        contact_menu.addAction(self.log_action)
        self.tier_menu = contact_menu.addMenu(self.tr("Set &Tier"))
        self.tier_menu.addActions(list(self.tier_actions.values()))
        contact_menu.addSeparator()
        contact_menu.addAction(self.export_selection_action)
        contact_menu.addAction(self.archive_action)
        contact_menu.addAction(self.delete_action)
        contact_menu.addSeparator()
        contact_menu.addAction(self.duplicates_action)
        contact_menu.aboutToShow.connect(self._count_duplicates)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(self.view_action_list)
        bar.addMenu(self.sync.menu)  # Sync Now (Ctrl+Shift+S), Sync Conflicts…, Accounts…
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.check_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(22, 22))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (
            self.new_action,
            self.import_action,
            self.export_action,
            None,
            self.log_action,
            None,
            self.settings_action,
        ):
            toolbar.addSeparator() if a is None else toolbar.addAction(a)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _create_status_bar(self) -> None:
        self.status_contacts = QLabel()
        self.status_due = QLabel()
        self.status_overdue = QLabel()
        for label in (self.status_contacts, self.status_due, self.status_overdue):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    # ------------------------------------------------------------ refreshing

    def check_outside_changes(self) -> bool:
        """Refresh every view when another process changed the database; True if it did.

        A window left open over midnight also makes the new day's backup here.
        """
        if clock.today() != self._backup_day:
            self._backup_day = clock.today()
            daily_backup_or_warn(self.data_dir)
        try:
            version = data_version(self.db)
        except (peewee.DatabaseError, sqlite3.Error):
            return False
        if version == self._data_version:
            return False
        self._data_version = version
        self.refresh_all()
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_outside_changes()
        elif event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            # one event comes per translator swapped: translate once they are all in place
            self._retranslating = True
            QTimer.singleShot(0, self, self.retranslate)  # not after the window is gone

    def retranslate(self) -> None:
        """Show the window in the language just installed: menus, actions, the list's headers
        and filter, the counts; the card and the pages translate themselves."""
        self._retranslating = False
        self.retranslate_texts()
        for i, action in enumerate(self.view_action_list):
            if (item := self.nav.item(i)) is not None:
                item.setText(action.text().replace("&", ""))
        last = self.model.columnCount() - 1
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        self.refresh_all()

    def refresh_all(self) -> None:
        """Read everything again after a change: list, card, counts, board, calendar."""
        self._reload_list()
        self.card.reload()
        for page in (self.board, self.calendar):
            page.refresh()

    def contacts_changed(self, ids: list[int]) -> None:
        """Some contacts changed here: re-read just them, then mark the other places stale."""
        selected = self.selected_ids()
        current = self.card.contact_id
        self.model.refresh_contacts(ids)
        self.contacts_stack.setCurrentIndex(1 if self.model.has_any() else 0)
        self._select_ids(selected or ([current] if current else []))
        self._update_counts()
        self.card.reload()
        for page in (self.board, self.calendar):
            page.refresh()

    def _page_changed(self) -> None:
        """The board or the calendar changed data: refresh the list, the card, the other page."""
        self._reload_list()
        self.card.reload()
        for page in (self.board, self.calendar):
            if page is not self.sender():
                page.refresh()

    def _reload_list(self) -> None:
        selected = self.selected_ids()
        current = self.card.contact_id
        settings = care.tier_settings(self.db)
        self.model.set_tier_names(
            {t: s.name for t, s in settings.items()}, {t: s.colour for t, s in settings.items()}
        )
        self._fill_tier_filter(settings)
        self.model.reload()
        self.contacts_stack.setCurrentIndex(1 if self.model.has_any() else 0)
        self._select_ids(selected or ([current] if current else []))
        self._update_counts()

    def _fill_tier_filter(self, settings) -> None:
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

    def _update_counts(self) -> None:
        total, due_today, overdue = self.model.care_counts()
        self.status_contacts.setText(self.tr("%n contact(s)", "", total))
        self.status_due.setText(self.tr("%n due today", "", due_today))
        self.status_overdue.setText(self.tr("%n overdue", "", overdue))
        self.status_overdue.setStyleSheet("color:#c62828;" if overdue else "")
        self.counts_changed.emit()
        shown, total = self.model.rowCount(), self.model.total_count()
        if self.model.showing_archived():
            self.count_label.setText(self.tr("%n archived contact(s)", "", shown))
        elif shown == total:
            self.count_label.setText(self.tr("%n contact(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )
        # nothing to export without contacts (archived ones are not exported either)
        self.export_action.setEnabled(self.model.total_count() > 0)
        has_selection = bool(self.selected_ids())
        for action in self.selection_actions:
            action.setEnabled(has_selection)
        self._sync_log_action()

    # ------------------------------------------------------------ selection

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.model.contact_id(i.row()) for i in sorted(rows, key=QModelIndex.row)]

    def _select_ids(self, ids: list[int]) -> None:
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

    def _selection_changed(self, *_args) -> None:
        ids = self.selected_ids()
        for action in self.selection_actions:
            action.setEnabled(bool(ids))
        self._sync_log_action()
        if self._selecting:
            return
        if len(ids) == 1 and ids[0] != self.card.contact_id:
            if self.card.is_dirty() and not self.card.leave():
                # the card stays (its message or conflict banner says why): so does the list
                if (current := self.card.contact_id) is not None:
                    QTimer.singleShot(0, lambda: self._select_ids([current]))
                return
            # Saving the edits re-read the list and selected the saved contact again: the row
            # the user clicked is the one the card, Delete and Log Touchpoint act on.
            self._select_ids([ids[0]])
            self.card.show_contact(ids[0])
        elif not ids and not self.card.is_dirty():
            self.card.clear()

    def _select_all(self) -> None:
        if self.pages.currentIndex() == VIEW_CONTACTS:
            self.table.selectAll()

    def _focus_card(self) -> None:
        if self.card.contact_id is not None:
            self.card.tabs.setCurrentIndex(0)
            self.card.given.setFocus()

    def open_contact(self, contact_id: int) -> None:
        """Show a contact's card (from the board or the calendar)."""
        self.show_view(VIEW_CONTACTS)
        if self.model.row_of(contact_id) < 0:
            self.search.clear()
            self.tier_filter.setCurrentIndex(0)
        self._select_ids([contact_id])
        self.card.show_contact(contact_id)

    def show_agenda(self) -> None:
        """The calendar with today's agenda (a click on a reminder leads here)."""
        self.show_view(VIEW_CALENDAR)
        if self.pages.currentIndex() != VIEW_CALENDAR:
            return  # the card has unsaved changes that cannot be saved
        page = self.calendar.ensure_page()
        if hasattr(page, "go_today"):
            if hasattr(page, "set_range_mode"):
                page.set_range_mode("day")
            page.go_today()

    # ------------------------------------------------------------ views, search, filter

    def show_view(self, index: int) -> None:
        if not 0 <= index < self.pages.count():
            return
        if (
            index != VIEW_CONTACTS
            and self.pages.currentIndex() == VIEW_CONTACTS
            and self.card.is_dirty()
            and not self.card.leave()
        ):
            # Unsaved edits would later be written over changes made on the board or in the
            # calendar (a tier set there went back); stay while they cannot be saved.
            index = VIEW_CONTACTS
        self.pages.setCurrentIndex(index)
        self.view_action_list[index].setChecked(True)
        if self.nav.currentRow() != index:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(index)
            self.nav.blockSignals(False)
        self.search.setEnabled(index == VIEW_CONTACTS)
        self._sync_log_action()

    def focus_search(self) -> None:
        self.show_view(VIEW_CONTACTS)
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._after_filter()

    def _search_return(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.selected_ids():
                self.table.selectRow(0)

    def _tier_filter_changed(self) -> None:
        data = self.tier_filter.currentData()
        tier = ALL_TIERS if data == "all" else (None if data == "unsorted" else data)
        self.model.set_tier_filter(tier)
        self.archive_action.setText(
            self.tr("&Restore from Archive") if data == ARCHIVED else self.tr("&Archive")
        )
        self._after_filter()

    def _after_filter(self) -> None:
        current = self.card.contact_id
        if current is not None and self.model.row_of(current) >= 0:
            self._select_ids([current])
        elif current is not None and not self.card.is_dirty():
            # the search or the filter hid the contact: the card no longer shows it
            self.card.clear()
        self._update_counts()

    # ------------------------------------------------------------ commands

    def new_contact(self) -> None:
        if self.card.is_dirty() and not self.card.leave():
            return
        self.show_view(VIEW_CONTACTS)
        self.contacts_stack.setCurrentIndex(1)
        self._selecting = True
        self.table.clearSelection()
        self._selecting = False
        self.card.new_contact()

    def _card_data_changed(self) -> None:
        if self.card.contact_id is not None:
            self.contacts_changed([self.card.contact_id])
        else:
            self.refresh_all()

    def _card_saved(self, contact_id: int) -> None:
        self.contacts_changed([contact_id])
        if self.model.row_of(contact_id) < 0:
            self.search.clear()
            self.tier_filter.setCurrentIndex(0)
        self._select_ids([contact_id])

    def _board_selection(self) -> list[tuple[int, str, str | None]]:
        """The cards selected on the tier board while it is the current view."""
        page = self.board.page
        if self.pages.currentIndex() != VIEW_BOARD or not hasattr(page, "selected_contacts"):
            return []
        return page.selected_contacts()

    def _sync_log_action(self) -> None:
        """Log Touchpoint acts on the list's selection, or on the board's cards there."""
        view = self.pages.currentIndex()
        if view == VIEW_BOARD:
            self.log_action.setEnabled(bool(self._board_selection()))
        else:
            self.log_action.setEnabled(view == VIEW_CONTACTS and bool(self.selected_ids()))

    def _selected_tuples(self) -> list[tuple[int, str, str | None]]:
        if self.pages.currentIndex() == VIEW_BOARD:
            return self._board_selection()
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [(r.id, r.display_name, r.tier) for r in (self.model.row_data(row) for row in rows)]

    def log_touchpoint(self) -> None:
        people = self._selected_tuples()
        if not people:
            return
        if self.card.is_dirty() and not self.card.leave():
            return
        dialog = TouchpointDialog(self.db, people, self)
        if dialog.exec() == TouchpointDialog.DialogCode.Accepted:
            self.contacts_changed([cid for cid, _, _ in people])
            self.statusBar().showMessage(
                self.tr("Touchpoint logged with %n contact(s).", "", len(people)), 5000
            )

    def set_tier_selected(self, tier: str | None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            changed = contacts.set_tier(self.db, ids, tier)
        except NetzwerkError as exc:
            self._error(str(exc))
            return
        self.contacts_changed(ids)
        self.statusBar().showMessage(self.tr("Tier changed for %n contact(s).", "", changed), 5000)

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self.model.showing_archived():
            self.restore_archived(ids)
            return
        contacts.archive_contacts(self.db, ids)
        if self.card.contact_id in ids:
            self.card.clear()
        # Undo, or Show: Archived and Restore, bring them back.
        self._deleted, self._archived = [], list(ids)
        self.undo_action.setText(self.tr("&Undo Archive"))
        self.undo_action.setEnabled(True)
        self.contacts_changed(ids)
        self.statusBar().showMessage(
            self.tr("%n contact(s) archived. Undo with Ctrl+Z.", "", len(ids)), 8000
        )

    def restore_archived(self, ids: list[int]) -> None:
        """Bring archived contacts back into the lists and the care agenda."""
        contacts.archive_contacts(self.db, ids, archived=False)
        if self.card.contact_id in ids:
            self.card.clear()
        self.contacts_changed(ids)
        self.statusBar().showMessage(
            self.tr("%n contact(s) restored from the archive.", "", len(ids)), 5000
        )

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            question = self.tr("Delete “%1” for good?").replace(
                "%1", self.model.row_data(self.model.row_of(ids[0])).display_name
            )
        else:
            question = self.tr("Delete %n contacts for good?", "", len(ids))
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete contacts"), question,
            QMessageBox.StandardButton.Cancel, self,
        )  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("You can undo this with Edit ▸ Undo Delete until you quit."))
        delete_button = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete_button:
            return
        self.delete_ids(ids)

    def delete_ids(self, ids: list[int]) -> None:
        """Delete without asking (after the confirmation); undo stays possible."""
        try:
            self._deleted = contacts.delete_contacts(self.db, ids)
            self._archived = []
        except NetzwerkError as exc:
            self._error(str(exc))
            return
        if self.card.contact_id in ids:
            self.card.clear()
        self.undo_action.setText(self.tr("&Undo Delete"))
        self.undo_action.setEnabled(True)
        self.contacts_changed(ids)
        self.statusBar().showMessage(
            self.tr("%n contact(s) deleted. Undo with Ctrl+Z.", "", len(ids)), 8000
        )

    def undo_delete(self) -> None:
        """Undo the last delete or archive."""
        if self._archived:
            new_ids, self._archived = self._archived, []
            contacts.archive_contacts(self.db, new_ids, archived=False)
        elif self._deleted:
            new_ids = contacts.restore_contacts(self.db, self._deleted)
        else:
            return
        self._deleted = []
        self.undo_action.setEnabled(False)
        self.contacts_changed(new_ids)
        self._select_ids(new_ids)
        self.statusBar().showMessage(self.tr("%n contact(s) restored.", "", len(new_ids)), 5000)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and index.row() not in {
            i.row() for i in self.table.selectionModel().selectedRows()
        }:
            self.table.selectRow(index.row())
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction(self.log_action)
        tier_menu = menu.addMenu(self.tr("Set &Tier"))
        tier_menu.addActions(list(self.tier_actions.values()))
        menu.addSeparator()
        menu.addAction(self.export_selection_action)
        menu.addAction(self.archive_action)
        menu.addAction(self.delete_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self._context = menu

    # ------------------------------------------------------------ dialogs

    def import_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.preferences.value("paths/lastImportDir", str(Path.home())))
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import vCard"),
            start,
            self.tr("vCard files (*.vcf *.vcard);;All files (*)"),
        )
        if files:
            self.preferences.set_value("paths/lastImportDir", str(Path(files[0]).parent))
            self.open_import(files)

    def import_from_phone(self) -> None:
        """Receive a vCard file from the phone, then show the usual import preview."""
        from netzwerk_app.ui.phone_import_dialog import PhoneImportDialog

        dialog = PhoneImportDialog(self)
        self.phone_window = dialog
        dialog.received.connect(self.open_import)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_import(self, files: list[str]) -> None:
        """Show the import (preview first) for vCard files."""
        from netzwerk_app.ui.import_dialog import ImportDialog

        if self.card.is_dirty() and not self.card.leave():
            return
        if self.import_window is not None:  # one import at a time
            self.import_window.raise_()
            self.import_window.activateWindow()
            return
        dialog = ImportDialog(self.db, files, self)
        self.import_window = dialog
        dialog.finished.connect(lambda _r: self._import_finished(dialog))
        dialog.review_duplicates_requested.connect(self.open_duplicates)
        dialog.show()  # not modal: the window stays usable while the import works
        dialog.start_preview()

    def _import_finished(self, dialog) -> None:
        if dialog.imported:
            self.refresh_all()
            ids = dialog.imported_ids()
            # the window stayed usable: a card edited meanwhile is saved before it is left
            if ids and (not self.card.is_dirty() or self.card.leave()):
                self.search.clear()
                self.tier_filter.setCurrentIndex(0)
                self._select_ids(ids[:1])
                self.card.show_contact(ids[0])  # the card of the row shown selected
        self.import_window = None
        dialog.deleteLater()

    def _count_duplicates(self) -> None:
        from netzwerk_app.core.duplicates import count_duplicates

        count = count_duplicates(self.db)
        text = self.tr("Possible &Duplicates…")
        self.duplicates_action.setText(f"{text} ({count})" if count else text)

    def _open_tool(self, attribute: str, module: str, name: str) -> QWidget:
        """Show a non-modal tool window (duplicates, recent imports), one of each."""
        dialog = getattr(self, attribute, None)
        if dialog is None:
            cls = getattr(__import__(f"netzwerk_app.ui.{module}", fromlist=[name]), name)
            dialog = cls(self.db, self)
            dialog.contacts_changed.connect(self.refresh_all)
            dialog.finished.connect(lambda _r: setattr(self, attribute, None))
            dialog.finished.connect(dialog.deleteLater)
            setattr(self, attribute, dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_duplicates(self) -> QWidget:
        """Contact ▸ Possible Duplicates…: review pairs, merge, dismiss, scan, undo."""
        return self._open_tool("duplicates_window", "duplicates_dialog", "DuplicatesDialog")

    def open_recent_imports(self) -> QWidget:
        """File ▸ Recent Imports…: the imports, and undoing one."""
        return self._open_tool("imports_window", "imports_dialog", "RecentImportsDialog")

    def export_dialog(self, selection_only: bool = False) -> None:
        from netzwerk_app.ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.db, self.preferences, self.model.visible_ids(), self.selected_ids(),
            filtered=self.model.rowCount() != self.model.total_count(), parent=self,
        )  # fmt: skip
        if selection_only:
            dialog.select_scope("selection")
        dialog.exec()

    def export_selection(self) -> None:
        self.export_dialog(selection_only=True)

    def settings_dialog(self) -> None:
        from netzwerk_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.preferences, self.data_dir, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.refresh_all()
            self.preferences_changed.emit()
            if dialog.language_changed:  # the window speaks the new language at once
                app = QApplication.instance()
                if app is not None:
                    switch_language(app, effective_language(self.preferences.language))

    def check_database(self) -> bool:
        """Check the whole database file (read-only; an ordinary open skips this check).

        Intact: said in the status bar. Damaged: a warning naming the newest backup, which
        `netzwerk restore` or the start-up message puts in place. Returns whether it is intact.
        """
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            check_database(self.data_dir)
        except DatabaseError as exc:
            QApplication.restoreOverrideCursor()
            show_warning(self, self.tr("Check the Database"), str(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(self.tr("The database is intact."), 10000)
        return True

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Netzwerk"),
            self.tr(
                "<h3>Netzwerk %1</h3><p>Keep your valuable relationships alive on purpose: "
                "contacts in tiers, care cadences, what is due.</p>"
                "<p>Your data stays on this computer.</p>"
                "<p>Licence: GNU General Public License, version 3 or later.</p>"
            ).replace("%1", __version__),
        )

    def _error(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Netzwerk"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # ------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and vcard_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls() and vcard_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = vcard_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.open_import(files))

    # ------------------------------------------------------------ window state

    def restore_state(self) -> None:
        p = self.preferences
        geometry = p.value(KEY_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
        state = p.value(KEY_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = p.value(KEY_SPLITTER)
        if splitter is not None:
            self.list_splitter.restoreState(splitter)
        header = p.value(KEY_HEADER)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self.table.fit_columns()
            h = self.table.horizontalHeader()
            self.model.sort(h.sortIndicatorSection(), h.sortIndicatorOrder())
        tier = p.value(KEY_TIER_FILTER)
        if tier is not None:
            self.tier_filter.setCurrentIndex(max(0, self.tier_filter.findData(tier)))
        try:
            view = int(p.value(KEY_LAST_VIEW, VIEW_CONTACTS))
        except (TypeError, ValueError):
            view = VIEW_CONTACTS
        self.show_view(view)

    def save_state(self) -> None:
        p = self.preferences
        p.set_value(KEY_GEOMETRY, self.saveGeometry())
        p.set_value(KEY_STATE, self.saveState())
        p.set_value(KEY_SPLITTER, self.list_splitter.saveState())
        p.set_value(KEY_HEADER, self.table.horizontalHeader().saveState())
        p.set_value(KEY_LAST_VIEW, self.pages.currentIndex())
        p.set_value(KEY_TIER_FILTER, self.tier_filter.currentData())
        p.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_to_tray and not self.quitting:
            # Into the tray: edits are saved as when leaving the card; edits that cannot be
            # saved keep the window open (the card said why), nothing is asked.
            event.ignore()
            if self.card.is_dirty() and not self.card.leave():
                return
            self.save_state()
            self.hide()
            self.closed_to_tray.emit()
            return
        if self.card.is_dirty() and not self.card.leave():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The contact has changes that cannot be saved. Quit anyway?"),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_state()
        event.accept()

    def quit(self) -> None:
        """Quit Netzwerk (the tray too): close the window for good, then ask the app to end."""
        self.quitting = True
        if not self.close():
            self.quitting = False  # the user chose to stay (unsaved changes)
            return
        self.quit_requested.emit()
