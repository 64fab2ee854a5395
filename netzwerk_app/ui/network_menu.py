"""The main window's Network menu: tier review (with the queue count), events, introduction
suggestions, introduce, overview. Each opens one non-modal window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

# `core.review` (with the contact writes and edits it uses) is imported when the menu is
# first looked at or a tool opened: the first frame does not need it


def _review_months(window: QMainWindow) -> int:
    preferences = getattr(window, "preferences", None)
    if preferences is not None:
        return preferences.review_months
    from netzwerk_app.core import review

    return review.DEFAULT_REVIEW_MONTHS


def _make_tool(tool: str, window: QMainWindow) -> QWidget:
    """The window of a tool. Its module is imported when it is first opened, not when the
    window starts (plain imports: an error while building one is not hidden)."""
    if tool == "review":
        from netzwerk_app.ui.dialogs.review_dialog import ReviewDialog

        return ReviewDialog(window.db, window, months=_review_months(window))
    if tool == "events":
        from netzwerk_app.ui.dialogs.events_dialog import EventsDialog

        return EventsDialog(window.db, window)
    if tool == "suggestions":
        from netzwerk_app.ui.dialogs.introduce_dialog import SuggestionsDialog

        return SuggestionsDialog(window.db, window)
    if tool == "overview":
        from netzwerk_app.ui.dialogs.overview_dialog import OverviewDialog

        return OverviewDialog(window.db, window)
    raise KeyError(tool)


class NetworkMenu(QObject):
    """Adds the Network menu to `window` (a MainWindow: db, refresh_all, open_contact)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.windows: dict[str, QWidget] = {}
        self.menu = QMenu(self.tr("&Network"), window)
        self.review_action = self._add(self.tr("Tier &Review…"), "review", "Ctrl+R")
        self.events_action = self._add(self.tr("&Events…"), "events")
        self.suggestions_action = self._add(self.tr("Introduction &Suggestions…"), "suggestions")
        self.introduce_action = QAction(self.tr("&Introduce…"), window)
        self.introduce_action.triggered.connect(self.introduce)
        self.menu.addAction(self.introduce_action)
        self.menu.addSeparator()
        self.overview_action = self._add(self.tr("Network &Overview…"), "overview")
        bar = window.menuBar()
        help_menu = bar.actions()[-1] if bar.actions() else None
        bar.insertMenu(help_menu, self.menu)
        self.menu.aboutToShow.connect(self.update_count)  # counted when looked at, not at start

    def _add(self, text: str, tool: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(shortcut)
        action.setData(text)
        action.triggered.connect(lambda _c=False, t=tool: self.open(t))
        self.menu.addAction(action)
        return action

    def update_count(self) -> int:
        """Show how many contacts wait for review in the menu entry; returns the count."""
        from netzwerk_app.core import review

        count = len(review.review_queue(self.window.db, _review_months(self.window)))
        text = self.review_action.data()
        self.review_action.setText(f"{text} ({count})" if count else text)
        return count

    def open(self, tool: str) -> QWidget:
        """Show a tool window (one of each kind), creating it when needed."""
        dialog = self.windows.get(tool)
        if dialog is None:
            dialog = _make_tool(tool, self.window)
            dialog.contacts_changed.connect(self.window.refresh_all)
            if hasattr(dialog, "contact_open_requested"):
                dialog.contact_open_requested.connect(self.window.open_contact)
            dialog.finished.connect(lambda _r, t=tool: self.windows.pop(t, None))
            dialog.finished.connect(dialog.deleteLater)
            self.windows[tool] = dialog
        elif hasattr(dialog, "refresh"):
            dialog.refresh()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def introduce(self) -> QWidget:
        """Introduce the contact on the card (if any) to someone."""
        from netzwerk_app.ui.dialogs.introduce_dialog import IntroduceDialog

        card = getattr(self.window, "card", None)
        current = getattr(card, "contact_id", None)
        dialog = IntroduceDialog(self.window.db, current, parent=self.window)
        dialog.accepted.connect(self.window.refresh_all)
        dialog.finished.connect(dialog.deleteLater)
        self.windows["introduce"] = dialog
        dialog.open()
        return dialog
