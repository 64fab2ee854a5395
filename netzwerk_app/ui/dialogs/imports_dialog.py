"""Recent imports: when, which files, what each did; "Undo this import" takes one back as a whole.

Thin over `core.import_history`: `list_imports` and `undo_import`. Contacts edited since the
import are left as they are; the dialog lists them by name. The window is not modal.
"""

from __future__ import annotations

from peewee import SqliteDatabase
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import import_history
from netzwerk_app.core.import_history import ImportSummary
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.models.text_rows_model import TextRowsModel
from netzwerk_app.ui.text import plain_label

COUNT_KEYS = ("new", "updated", "unchanged", "possible_duplicates", "skipped")


class RecentImportsDialog(QDialog):
    """The list of recorded imports, newest first, and undoing one."""

    contacts_changed = Signal()  # an undo removed or restored contacts

    def __init__(self, db: SqliteDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.imports: list[ImportSummary] = []
        self.setWindowTitle(self.tr("Recent Imports"))
        self.setModal(False)
        self.setMinimumSize(640, 380)
        self.resize(820, 460)

        self.model = TextRowsModel(
            [self.tr("When"), self.tr("Files"), self.tr("New"), self.tr("Updated"),
             self.tr("Unchanged"), self.tr("Possible duplicates"), self.tr("Skipped"),
             self.tr("Status")],
            self,
        )  # fmt: skip
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._sync_buttons())

        self.undo_button = QPushButton(self.tr("&Undo This Import"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.result_label = plain_label()
        self.result_label.setWordWrap(True)
        self.kept_label = QLabel(self.tr("Left as they are, because they were edited since:"))
        self.kept_label.setWordWrap(True)
        self.kept_list = QListWidget()
        self.kept_list.setMaximumHeight(110)
        self.kept_label.hide()
        self.kept_list.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Undoing an import removes the contacts it added and puts back the contacts it "
                "changed, as they were before it."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.kept_label)
        layout.addWidget(self.kept_list)
        layout.addWidget(buttons)
        self.refresh()

    def _status(self, summary: ImportSummary) -> str:
        if summary.undone_at is not None:
            return self.tr("undone")
        return ""

    def refresh(self, select: int = 0) -> None:
        self.imports = import_history.list_imports(self.db)
        rows = [
            (
                s.imported_at.strftime("%Y-%m-%d %H:%M"),
                ", ".join(s.files),
                *(str(s.counts.get(k, 0)) for k in COUNT_KEYS),
                self._status(s),
            )
            for s in self.imports
        ]
        self.model.set_rows(rows)
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 12, 240))
        if rows:
            self.table.selectRow(min(select, len(rows) - 1))
        self._sync_buttons()

    def selected_import(self) -> ImportSummary | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.imports):
            return None
        return self.imports[index.row()]

    def _sync_buttons(self) -> None:
        chosen = self.selected_import()
        self.undo_button.setEnabled(chosen is not None and chosen.undone_at is None)

    def undo_selected(self) -> None:
        chosen = self.selected_import()
        if chosen is None:
            return
        row = self.table.currentIndex().row()
        try:
            outcome = import_history.undo_import(self.db, chosen.id)
        except NetzwerkError as exc:
            self.result_label.setText(str(exc))
            return
        text = (
            self.tr("Import undone: %n contact(s) removed", "", len(outcome.removed))
            + ", "
            + self.tr("%n contact(s) restored", "", len(outcome.restored))
            + "."
        )
        if outcome.missing:
            text += " " + self.tr("%n contact(s) no longer there.", "", len(outcome.missing))
        self.result_label.setText(text)
        self.kept_list.clear()
        for _cid, name in outcome.kept:
            self.kept_list.addItem(name)
        self.kept_label.setVisible(bool(outcome.kept))
        self.kept_list.setVisible(bool(outcome.kept))
        self.refresh(row)
        self.contacts_changed.emit()

    def kept_names(self) -> list[str]:
        """The contacts the last undo left as they were (edited since the import)."""
        return [self.kept_list.item(i).text() for i in range(self.kept_list.count())]
