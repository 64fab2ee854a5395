"""Opening the dialogs and tool windows from the main window: import (file, phone, drop),
export, settings, possible duplicates, recent imports, the database check and About.

`DialogOpeners` is mixed into the MainWindow. The dialogs' modules are imported when first
opened (plain imports inside the methods keep the start-up short).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from netzwerk_app import __version__
from netzwerk_app.core.database import DatabaseError, check_database
from netzwerk_app.ui.i18n import effective_language
from netzwerk_app.ui.live_translation import switch_language
from netzwerk_app.ui.text import show_warning


class DialogOpeners:
    """Mixin for the MainWindow (its `context`, `card`, `model`, lists and refreshing)."""

    # ------------------------------------------------------------ importing

    def import_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # not before the first frame: its Python types

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
        from netzwerk_app.ui.dialogs.phone_import_dialog import PhoneImportDialog

        dialog = PhoneImportDialog(self)
        self.phone_window = dialog
        dialog.received.connect(self.open_import)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_import(self, files: list[str]) -> None:
        """Show the import (preview first) for vCard files."""
        from netzwerk_app.ui.dialogs.import_dialog import ImportDialog

        if self.card.is_dirty() and not self.card.leave():
            return
        if self.import_window is not None:  # one import at a time
            self.import_window.raise_()
            self.import_window.activateWindow()
            return
        dialog = ImportDialog(self.context, files, self)
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

    # ------------------------------------------------------------ tool windows

    def _count_duplicates(self) -> None:
        from netzwerk_app.core.duplicates import count_duplicates

        count = count_duplicates(self.db)
        text = self.tr("Possible &Duplicates…")
        self.duplicates_action.setText(f"{text} ({count})" if count else text)

    def _open_tool(self, attribute: str, make) -> QWidget:
        """Show a non-modal tool window (duplicates, recent imports), one of each."""
        dialog = getattr(self, attribute, None)
        if dialog is None:
            dialog = make()
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
        from netzwerk_app.ui.dialogs.duplicates_dialog import DuplicatesDialog

        return self._open_tool("duplicates_window", lambda: DuplicatesDialog(self.db, self))

    def open_recent_imports(self) -> QWidget:
        """File ▸ Recent Imports…: the imports, and undoing one."""
        from netzwerk_app.ui.dialogs.imports_dialog import RecentImportsDialog

        return self._open_tool("imports_window", lambda: RecentImportsDialog(self.db, self))

    # ------------------------------------------------------------ export, settings

    def export_dialog(self, selection_only: bool = False) -> None:
        from netzwerk_app.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.context, self.model.visible_ids(), self.selected_ids(),
            filtered=self.model.rowCount() != self.model.total_count(), parent=self,
        )  # fmt: skip
        if selection_only:
            dialog.select_scope("selection")
        dialog.exec()

    def export_selection(self) -> None:
        self.export_dialog(selection_only=True)

    def settings_dialog(self) -> None:
        from netzwerk_app.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.refresh_all()
            self.preferences_changed.emit()
            if dialog.language_changed:  # the window speaks the new language at once
                app = QApplication.instance()
                if app is not None:
                    switch_language(app, effective_language(self.preferences.language))

    # ------------------------------------------------------------ help

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
        from PySide6.QtWidgets import QMessageBox  # (its Python types: not before the first frame)

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
