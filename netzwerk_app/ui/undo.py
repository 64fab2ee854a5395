"""Archiving and deleting contacts from the window, and undoing the last of them.

`LastRemoval` remembers the last delete (snapshots to restore) or archive (the contacts) and
undoes it; `RemovalCommands` is mixed into the MainWindow: the commands with their
confirmation, the Undo action's text and the status bar messages.

The texts with a count come from `RemovalWording`, a QObject of its own: PySide's `tr` finds
plural forms only in the context of an object's own class, not in a mixin's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

# `core.contact_writes` and `core.snapshots` are imported when a contact is first archived,
# deleted or brought back: the first frame does not need them
from netzwerk_app.core.records import NetzwerkError

if TYPE_CHECKING:  # (Peewee is imported after the first frame: `core.window_database`)
    from peewee import SqliteDatabase


class LastRemoval:
    """The last delete or archive, until it is undone or another one replaces it."""

    def __init__(self) -> None:
        self.deleted: list = []  # snapshots of the last delete
        self.archived: list[int] = []  # the contacts of the last archive

    def deleted_now(self, snapshots: list) -> None:
        self.deleted, self.archived = snapshots, []

    def archived_now(self, ids: list[int]) -> None:
        self.deleted, self.archived = [], list(ids)

    def undo(self, db: SqliteDatabase) -> list[int] | None:
        """Bring the contacts back; their ids now, or None when there is nothing to undo."""
        if self.archived:
            ids, self.archived = self.archived, []
            from netzwerk_app.core import contact_writes

            contact_writes.archive_contacts(db, ids, archived=False)
        elif self.deleted:
            from netzwerk_app.core import snapshots

            ids = snapshots.restore_contacts(db, self.deleted)
        else:
            return None
        self.deleted = []
        return ids


class RemovalWording(QObject):
    """The status texts with a count of the removal commands."""

    def archived(self, n: int) -> str:
        return self.tr("%n contact(s) archived. Undo with Ctrl+Z.", "", n)

    def restored_from_archive(self, n: int) -> str:
        return self.tr("%n contact(s) restored from the archive.", "", n)

    def delete_question(self, n: int) -> str:
        return self.tr("Delete %n contacts for good?", "", n)

    def deleted(self, n: int) -> str:
        return self.tr("%n contact(s) deleted. Undo with Ctrl+Z.", "", n)

    def restored(self, n: int) -> str:
        return self.tr("%n contact(s) restored.", "", n)


class RemovalCommands:
    """Mixin for the MainWindow (its `last_removal` and `removal_wording`): archive, restore
    from the archive, delete, undo."""

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self.model.showing_archived():
            self.restore_archived(ids)
            return
        from netzwerk_app.core import contact_writes

        contact_writes.archive_contacts(self.db, ids)
        # Undo, or Show: Archived and Restore, bring them back.
        self.last_removal.archived_now(ids)
        self._removed(ids, self.tr("&Undo Archive"), self.removal_wording.archived(len(ids)))

    def restore_archived(self, ids: list[int]) -> None:
        """Bring archived contacts back into the lists and the care agenda."""
        from netzwerk_app.core import contact_writes

        contact_writes.archive_contacts(self.db, ids, archived=False)
        if self.card.contact_id in ids:
            self.card.clear()
        self.contacts_changed(ids)
        self.statusBar().showMessage(
            self.removal_wording.restored_from_archive(len(ids)),
            5000,
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
            question = self.removal_wording.delete_question(len(ids))
        from PySide6.QtWidgets import QMessageBox  # (its Python types: not before the first frame)

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
            from netzwerk_app.core import snapshots

            self.last_removal.deleted_now(snapshots.delete_contacts(self.db, ids))
        except NetzwerkError as exc:
            self._error(str(exc))
            return
        self._removed(ids, self.tr("&Undo Delete"), self.removal_wording.deleted(len(ids)))

    def _removed(self, ids: list[int], undo_text: str, message: str) -> None:
        """After an archive or a delete: the card lets go, Undo offers it, the lists follow."""
        if self.card.contact_id in ids:
            self.card.clear()
        self.undo_action.setText(undo_text)
        self.undo_action.setEnabled(True)
        self.contacts_changed(ids)
        self.statusBar().showMessage(message, 8000)

    def undo_delete(self) -> None:
        """Undo the last delete or archive."""
        new_ids = self.last_removal.undo(self.db)
        if new_ids is None:
            return
        self.undo_action.setEnabled(False)
        self.contacts_changed(new_ids)
        self._select_ids(new_ids)
        self.statusBar().showMessage(
            self.removal_wording.restored(len(new_ids)),
            5000,
        )
