"""Pages built when first shown (the tier board and the calendar read every contact).

A page is any widget with the `Page` protocol's signals and `refresh()`. `LazyPage` holds the
place in the window and calls its factory the first time it is shown. The factory imports the
page's module itself, so starting the app does not load it. An error while building a page is
a defect: it propagates (and is logged by the app's exception hook) instead of being hidden.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:  # (Peewee is imported after the first frame: `core.window_database`)
    from peewee import SqliteDatabase

log = logging.getLogger(__name__)


class Page(Protocol):
    """What the window needs of a page: it asks to open a contact, it says it changed data,
    and it reads everything again on `refresh()`. (A page is a QWidget as well.)"""

    contact_open_requested: SignalInstance  # (contact id)
    data_changed: SignalInstance

    def refresh(self) -> None: ...


PageFactory = Callable[["SqliteDatabase", QWidget], Page]


class LazyPage(QWidget):
    """A place for a page, built by `factory(db, self)` when first shown.

    Until then nothing is computed. `refresh()` on a hidden page only marks it stale; it
    refreshes when shown again.
    """

    contact_open_requested = Signal(int)
    data_changed = Signal()
    selection_changed = Signal()

    def __init__(
        self, factory: PageFactory, db: SqliteDatabase, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.factory, self.db = factory, db
        self.page: Page | None = None
        self._stale = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure_page(self) -> Page:
        """The page, built now if it was not yet (errors while building it propagate)."""
        if self.page is None:
            page = self.factory(self.db, self)
            page.contact_open_requested.connect(self.contact_open_requested)
            page.data_changed.connect(self.data_changed)
            selection_changed = getattr(page, "selection_changed", None)  # the board's
            if selection_changed is not None:
                selection_changed.connect(self.selection_changed)
            self.page = page
            assert isinstance(page, QWidget)
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
        try:
            self.page.refresh()
        except Exception:  # the other places still refresh; the log keeps the defect
            log.exception("refreshing %s failed", type(self.page).__name__)

    def showEvent(self, event) -> None:
        first = self.page is None
        self.ensure_page()
        super().showEvent(event)
        if self._stale and not first:
            self.refresh()


# The window's two lazy pages: their modules are imported when they are first built.


def board_page(db: SqliteDatabase, parent: QWidget) -> Page:
    from netzwerk_app.ui.pages.board import TierBoardPage

    return TierBoardPage(db, parent)


def calendar_page(db: SqliteDatabase, parent: QWidget) -> Page:
    from netzwerk_app.ui.pages.calendar_view import CalendarPage

    return CalendarPage(db, parent)
