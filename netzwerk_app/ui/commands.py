"""The main window's commands on the selected contacts (in the list, or the cards selected on
the tier board): log a touchpoint, set the tier. Archive, delete and undo are in `undo.py`.

`SelectionCommands` is mixed into the MainWindow; the texts with a count come from
`CommandWording`, a QObject of its own (PySide's `tr` finds plural forms only in the context of
an object's own class, not in a mixin's).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.pages import VIEW_BOARD, VIEW_CONTACTS


class CommandWording(QObject):
    """The status texts with a count of the selection commands."""

    def touchpoint_logged(self, n: int) -> str:
        return self.tr("Touchpoint logged with %n contact(s).", "", n)

    def tier_changed(self, n: int) -> str:
        return self.tr("Tier changed for %n contact(s).", "", n)


class SelectionCommands:
    """Mixin for the MainWindow (its `command_wording`, pages, card and list)."""

    def _board_selection(self) -> list[tuple[int, str, str | None]]:
        """The cards selected on the tier board while it is the current view."""
        page = self.board.page
        if self.pages.currentIndex() != VIEW_BOARD or page is None:
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
        return self.contacts_page.selected_people()

    def log_touchpoint(self) -> None:
        people = self._selected_tuples()
        if not people:
            return
        if self.card.is_dirty() and not self.card.leave():
            return
        # imported when first used: the first frame needs neither the dialog nor the history
        from netzwerk_app.ui.dialogs.touchpoint_dialog import TouchpointDialog

        dialog = TouchpointDialog(self.db, people, self)
        if dialog.exec() == TouchpointDialog.DialogCode.Accepted:
            self.contacts_changed([cid for cid, _, _ in people])
            self.statusBar().showMessage(self.command_wording.touchpoint_logged(len(people)), 5000)

    def set_tier_selected(self, tier: str | None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        from netzwerk_app.core import history

        try:
            changed = history.set_tier(self.db, ids, tier)
        except NetzwerkError as exc:
            self._error(str(exc))
            return
        self.contacts_changed(ids)
        self.statusBar().showMessage(self.command_wording.tier_changed(changed), 5000)
