"""The main window, the app's shell: navigation between the pages (contacts, tier board,
calendar), the search field, refreshing after changes (made here or by another process), and
closing (to the tray, or for good).

Its rooms live apart: the actions, menus and toolbar in `actions.py`; the contacts page in
`pages/contacts_page.py`; the board and calendar, built when first shown, through
`pages/lazy.py`; log touchpoint and set tier in `commands.py`; archive/delete and undo in
`undo.py`; the dialogs it opens in `dialogs/openers.py`; dropped vCards in `drops.py`; the
state kept between runs in `window_state.py`; changes by other processes in
`outside_changes.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import care
from netzwerk_app.ui.actions import WindowActions
from netzwerk_app.ui.banner import MessageBanner
from netzwerk_app.ui.commands import CommandWording, SelectionCommands
from netzwerk_app.ui.context import AppContext
from netzwerk_app.ui.dialogs.openers import DialogOpeners
from netzwerk_app.ui.drops import VCardDrops
from netzwerk_app.ui.icons import app_icon
from netzwerk_app.ui.live_translation import LiveTranslation
from netzwerk_app.ui.models.contact_model import ARCHIVED, ContactTableModel
from netzwerk_app.ui.network_menu import NetworkMenu
from netzwerk_app.ui.outside_changes import OutsideChanges
from netzwerk_app.ui.pages import VIEW_BOARD, VIEW_CALENDAR, VIEW_CONTACTS
from netzwerk_app.ui.pages.card_slot import stored_card_sizes
from netzwerk_app.ui.pages.contacts_page import PAGE_LIST, ContactsPage
from netzwerk_app.ui.pages.lazy import LazyPage, board_page, calendar_page
from netzwerk_app.ui.undo import LastRemoval, RemovalCommands, RemovalWording
from netzwerk_app.ui.view_nav import ViewNav
from netzwerk_app.ui.window_state import restore_window_state, save_window_state
from netzwerk_app.ui.workers import daily_backup_in_a_worker

if TYPE_CHECKING:
    from netzwerk_app.ui.card.card import ContactCard
    from netzwerk_app.ui.sync import SyncController

__all__ = ["VIEW_BOARD", "VIEW_CALENDAR", "VIEW_CONTACTS", "MainWindow"]

# Below this width the views' list shows icons only: the contact list beside an open card
# keeps room for the name, the tier and "Next due" (at 800 px, "Next due" was pushed out of
# sight). The toolbar leaves its buttons' names out by what they need (`_fit_toolbar`).
COMPACT_BELOW = 900


class MainWindow(
    LiveTranslation,
    WindowActions,
    SelectionCommands,
    RemovalCommands,
    DialogOpeners,
    VCardDrops,
    QMainWindow,
):
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
        self, context: AppContext, parent: QWidget | None = None, first_rows: int = 0
    ) -> None:
        """With `first_rows` (the app's start), the list reads only that many rows at first;
        `complete_list()` (after the first paint, or whatever needs all rows) reads the rest.
        At the start the contact card, too, may wait for `build_card()` (see `card_slot`)."""
        super().__init__(parent)
        self.context = context  # handed on to the dialogs the window opens
        self.db = db = context.db
        self.data_dir = context.data_dir
        self.preferences = context.preferences
        self.last_removal = LastRemoval()  # for Edit ▸ Undo
        self.removal_wording = RemovalWording(self)
        self.command_wording = CommandWording(self)
        self.import_window = None  # the open import dialog, if any
        self.phone_window = None  # the last "From your phone…" dialog
        self.duplicates_window = None  # the open Possible Duplicates window, if any
        self.imports_window = None  # the open Recent Imports window, if any
        self._retranslating = False
        self._nav_width = 140  # the views' list's width with their names (as last dragged)
        self._toolbar_text_width: int | None = None  # the toolbar's with its buttons' names
        self.close_to_tray = False
        self.quitting = False
        self.setWindowTitle(self.tr("Netzwerk"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setUnifiedTitleAndToolBarOnMac(True)

        self.model = ContactTableModel(db, self)
        self._create_actions()
        self._create_widgets(stored_card_sizes(self.preferences) if first_rows else None)
        # The Sync menu is in the menu bar from the first frame; its entries, the status and
        # the runs come with the sync's controller (`build_sync`): at once, or at the app's
        # start right after the first frame (its module and making it: about 4 ms).
        self.sync_menu = QMenu(self)
        self.sync_menu.setTitle(QCoreApplication.translate("SyncController", "S&ync"))
        self._sync: SyncController | None = None
        if not first_rows:
            self.build_sync()
        self._create_menus()
        self.network_menu = NetworkMenu(self)  # review, events, introductions, overview
        self._create_toolbar()
        self._create_status_bar()
        self.model.completed.connect(self._list_completed)
        if first_rows:
            self._reload_list(first_rows)  # the card and the pages have nothing to refresh yet
        else:
            self.refresh_all()
        self.restore_state()
        # changes made by other processes: checked on activation and on a slow timer
        self.outside_changes = OutsideChanges(  # a window left open overnight: the day's backup
            db, lambda: daily_backup_in_a_worker(context.workers, self.data_dir), self
        )
        self.outside_changes.changed.connect(self.refresh_all)
        self.outside_timer = self.outside_changes.timer

    @property
    def sync(self) -> SyncController:
        """The CardDAV sync's controller: menu entries, status, runs (built now if the start
        left it for after the first frame)."""
        return self.build_sync()

    def build_sync(self) -> SyncController:
        """Build the sync's controller if it is not yet (it fills the Sync menu)."""
        if self._sync is None:
            from netzwerk_app.ui.sync import SyncController  # CardDAV sync: menu, status, runs

            self._sync = SyncController(self, menu=self.sync_menu)
        return self._sync

    # ------------------------------------------------------------ construction

    def _create_widgets(self, card_sizes) -> None:
        self.nav = ViewNav()
        for action in self.view_action_list:
            self.nav.add_view(action.icon(), action.text().replace("&", ""))
        self.nav.currentRowChanged.connect(self.show_view)

        # contacts place: the welcome, or the list and the card
        self.contacts_page = page = ContactsPage(self.model, self._make_card, card_sizes)
        page.selection_changed.connect(self._list_selection_changed)
        page.filter_changed.connect(self._filter_changed)
        page.empty_state.import_requested.connect(self.import_from_phone)
        page.empty_state.new_requested.connect(self.new_contact)
        # the page's parts, as the window's commands and its state use them
        self.contacts_stack, self.empty_state = page, page.empty_state
        self.table, self.tier_filter = page.table, page.tier_filter
        self.count_label, self.list_splitter = page.count_label, page.list_splitter
        self.table.addAction(self.open_action)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda _i: self._focus_card())

        # The board and the calendar are built when first shown (they read every contact).
        self.board = LazyPage(board_page, self.db)
        self.calendar = LazyPage(calendar_page, self.db)
        self.board.selection_changed.connect(self._sync_log_action)
        for lazy in (self.board, self.calendar):
            lazy.contact_open_requested.connect(self.open_contact)
            lazy.data_changed.connect(self._page_changed)

        self.pages = QStackedWidget()
        self.pages.addWidget(page)
        self.pages.addWidget(self.board)
        self.pages.addWidget(self.calendar)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.nav)
        self.main_splitter.addWidget(self.pages)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setSizes([self._nav_width, 1140])
        self.main_splitter.splitterMoved.connect(self._nav_moved)
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

    def _make_card(self) -> ContactCard:
        from netzwerk_app.ui.card.card import ContactCard

        card = ContactCard(self.db)
        card.contact_saved.connect(self._card_saved)
        card.data_changed.connect(self._card_data_changed)
        return card

    @property
    def card(self) -> ContactCard:
        """The contact's card (built now, if the start left it for after the first frame)."""
        return self.contacts_page.card

    def build_card(self) -> None:
        """Build the card if it is not yet (after the first frame)."""
        self.contacts_page.card  # noqa: B018 - the property builds it

    def _card_contact_id(self) -> int | None:
        card = self.contacts_page.built_card
        return card.contact_id if card is not None else None

    def _reload_card(self) -> None:
        if self.contacts_page.built_card is not None:
            self.contacts_page.built_card.reload()

    def _card_keeps_edits(self) -> bool:
        """The card has edits that could not be saved on leaving it (it said why)."""
        card = self.contacts_page.built_card
        return card is not None and card.is_dirty() and not card.leave()

    def _create_status_bar(self) -> None:
        self.status_contacts = QLabel()
        self.status_due = QLabel()
        self.status_overdue = QLabel()
        for label in (self.status_contacts, self.status_due, self.status_overdue):
            label.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(label)

    # ------------------------------------------------------------ refreshing

    def check_outside_changes(self) -> bool:
        """Refresh every view when another process changed the database; True if it did."""
        return self.outside_changes.check()

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
        self.contacts_page.retranslate_texts()
        self.nav.set_texts([action.text().replace("&", "") for action in self.view_action_list])
        self._toolbar_text_width = None
        self._fit_toolbar()
        last = self.model.columnCount() - 1
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        self.refresh_all()

    def refresh_all(self) -> None:
        """Read everything again after a change: list, card, counts, board, calendar."""
        self._reload_list()
        self._reload_card()
        for lazy in (self.board, self.calendar):
            lazy.refresh()

    def contacts_changed(self, ids: list[int]) -> None:
        """Some contacts changed here: re-read just them, then mark the other places stale."""
        selected = self.selected_ids()
        current = self._card_contact_id()
        self.model.refresh_contacts(ids)
        self.contacts_page.show_list_or_welcome()
        self._select_ids(selected or ([current] if current else []))
        self._update_counts()
        self._reload_card()
        for lazy in (self.board, self.calendar):
            lazy.refresh()

    def _page_changed(self) -> None:
        """The board or the calendar changed data: refresh the list, the card, the other page."""
        self._reload_list()
        self._reload_card()
        for lazy in (self.board, self.calendar):
            if lazy is not self.sender():
                lazy.refresh()

    def _reload_list(self, first_rows: int = 0) -> None:
        selected = self.selected_ids()
        current = self._card_contact_id()
        settings = care.tier_settings(self.db)
        self.model.set_tier_names(
            {t: s.name for t, s in settings.items()}, {t: s.colour for t, s in settings.items()}
        )
        self.contacts_page.fill_tier_filter(settings)
        if first_rows:
            self.model.reload_first(first_rows)
        else:
            self.model.reload()
        self.contacts_page.show_list_or_welcome()
        self._select_ids(selected or ([current] if current else []))
        if not self.model.partial:  # the counts come with all rows (`_list_completed`)
            self._update_counts()

    def complete_list(self) -> None:
        """Read the rest of the list when only its first screenful was read."""
        self.model.complete()

    def _list_completed(self) -> None:
        self.contacts_page.show_list_or_welcome()
        self._update_counts()

    def _update_counts(self) -> None:
        total, due_today, overdue = self.model.care_counts()
        self.status_contacts.setText(self.tr("%n contact(s)", "", total))
        self.status_due.setText(self.tr("%n due today", "", due_today))
        self.status_overdue.setText(self.tr("%n overdue", "", overdue))
        self.status_overdue.setStyleSheet("color:#c62828;" if overdue else "")
        self.counts_changed.emit()
        self.contacts_page.update_count_label()
        # nothing to export without contacts (archived ones are not exported either)
        self.export_action.setEnabled(self.model.total_count() > 0)
        self._list_selection_changed()

    # ------------------------------------------------------------ selection

    def selected_ids(self) -> list[int]:
        return self.contacts_page.selected_ids()

    def _select_ids(self, ids: list[int]) -> None:
        self.contacts_page.select_ids(ids)

    def _list_selection_changed(self) -> None:
        has_selection = bool(self.selected_ids())
        for action in self.selection_actions:
            action.setEnabled(has_selection)
        self._sync_log_action()

    def _select_all(self) -> None:
        if self.pages.currentIndex() == VIEW_CONTACTS:
            self.table.selectAll()

    def _focus_card(self) -> None:
        self.contacts_page.focus_card()

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
        page.set_range_mode("day")
        page.go_today()

    # ------------------------------------------------------------ views, search, filter

    def show_view(self, index: int) -> None:
        if not 0 <= index < self.pages.count():
            return
        if (
            index != VIEW_CONTACTS
            and self.pages.currentIndex() == VIEW_CONTACTS
            and self._card_keeps_edits()
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

    def _filter_changed(self) -> None:
        self.archive_action.setText(
            self.tr("&Restore from Archive")
            if self.tier_filter.currentData() == ARCHIVED
            else self.tr("&Archive")
        )
        self._after_filter()

    def _after_filter(self) -> None:
        self.contacts_page.after_filter()
        self._update_counts()

    # ------------------------------------------------------------ commands

    def new_contact(self) -> None:
        if self.card.is_dirty() and not self.card.leave():
            return
        self.show_view(VIEW_CONTACTS)
        self.contacts_page.setCurrentIndex(PAGE_LIST)
        self.contacts_page.clear_selection()
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

    def _error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # (its Python types: not before the first frame)

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Netzwerk"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # ------------------------------------------------------------ window state, closing

    def restore_state(self) -> None:
        restore_window_state(self, VIEW_CONTACTS)

    def save_state(self) -> None:
        save_window_state(self)

    def _fit_toolbar(self) -> None:
        """The toolbar's buttons without their names (each keeps it as its tip) where the
        names leave no room for the search field, which would go behind the overflow arrow."""
        if not self.isVisible():
            return  # a hidden toolbar's size hint lags behind its style: fitted when shown
        text = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if self._toolbar_text_width is None:  # measured with the names (again: a new language)
            style = self.toolbar.toolButtonStyle()
            self.toolbar.setToolButtonStyle(text)
            self._toolbar_text_width = self.toolbar.sizeHint().width()
            self.toolbar.setToolButtonStyle(style)
        fits = self.width() >= self._toolbar_text_width
        self.toolbar.setToolButtonStyle(text if fits else Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _nav_moved(self, position: int, _index: int) -> None:
        if not self.nav.compact:  # the width the user gave the views' list with their names
            self._nav_width = position

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_toolbar()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()
        compact = self.width() < COMPACT_BELOW
        if compact != self.nav.compact:
            sizes = self.main_splitter.sizes()
            self.nav.set_compact(compact)
            # the splitter keeps a size its widget no longer allows: give it the new one
            # (compact: the icons' width; else the width the views' list had before)
            nav = self.nav.maximumWidth() if compact else self._nav_width
            self.main_splitter.setSizes([nav, sum(sizes) - nav])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_to_tray and not self.quitting:
            # Into the tray: edits are saved as when leaving the card; edits that cannot be
            # saved keep the window open (the card said why), nothing is asked.
            event.ignore()
            if self._card_keeps_edits():
                return
            self.save_state()
            self.hide()
            self.closed_to_tray.emit()
            return
        if self._card_keeps_edits():
            from PySide6.QtWidgets import QMessageBox

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
