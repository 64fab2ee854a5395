"""The main window's actions, and the menus, toolbar and list context menu that show them.

`WindowActions` is mixed into the MainWindow: it creates the QActions as the window's own
attributes (`new_action`, `log_action`, …), connected to the window's commands. The texts are
translated through the window, so a language change translates them again.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolBar, QWidget

from netzwerk_app.core.records import TIERS
from netzwerk_app.ui.dialogs.phone_action import action_text as phone_action_text
from netzwerk_app.ui.i18n import tier_label
from netzwerk_app.ui.icons import icon


class WindowActions:
    """Mixin for the MainWindow: its actions, menus, toolbar and the list's context menu."""

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
        self.phone_action = self._action(
            phone_action_text(), self.import_from_phone, None, "import"
        )
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
        bar.addMenu(self.sync_menu)  # Sync Now (Ctrl+Shift+S), Sync Conflicts…, Accounts…
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

    def _context_menu(self, pos) -> None:
        """The list's context menu: what acts on the selection (the row clicked joins it)."""
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
