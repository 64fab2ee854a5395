"""Sync ▸ Conflicts…: what a sync could not decide alone, each field mine against theirs, and
the answer (Mine, Theirs, Both) through the engine's `resolve_conflict` (as `netzwerk sync
resolve` does)."""

from __future__ import annotations

from peewee import SqliteDatabase
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.sync import accounts
from netzwerk_app.sync.accounts import BOTH, MINE, THEIRS, ConflictView


def field_label(name: str) -> str:
    labels = {
        "prefix": QCoreApplication.translate("SyncFields", "Prefix"),
        "given_name": QCoreApplication.translate("SyncFields", "First name"),
        "additional_names": QCoreApplication.translate("SyncFields", "Middle name"),
        "family_name": QCoreApplication.translate("SyncFields", "Last name"),
        "suffix": QCoreApplication.translate("SyncFields", "Suffix"),
        "display_name": QCoreApplication.translate("SyncFields", "Display name"),
        "nickname": QCoreApplication.translate("SyncFields", "Nickname"),
        "organization": QCoreApplication.translate("SyncFields", "Organization"),
        "department": QCoreApplication.translate("SyncFields", "Department"),
        "title": QCoreApplication.translate("SyncFields", "Title"),
        "birthday": QCoreApplication.translate("SyncFields", "Birthday"),
        "met_where": QCoreApplication.translate("SyncFields", "Met where"),
        "met_on": QCoreApplication.translate("SyncFields", "Met on"),
        "notes": QCoreApplication.translate("SyncFields", "Notes"),
        "tier": QCoreApplication.translate("SyncFields", "Tier"),
        "they_offer": QCoreApplication.translate("SyncFields", "They offer"),
        "i_offer": QCoreApplication.translate("SyncFields", "I can offer"),
        "interests": QCoreApplication.translate("SyncFields", "Interests"),
        "photo": QCoreApplication.translate("SyncFields", "Photo"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def shown_value(name: str, value: object) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("SyncFields", "(empty)")
    if name in ("photo", "photo_mime", "photo_url"):
        return QCoreApplication.translate("SyncFields", "(a photo)")
    return str(value)


class ConflictResolver(QDialog):
    """Open conflicts on the left; the chosen one's fields, mine and theirs, on the right."""

    resolved = Signal(int)  # the conflict's id

    def __init__(self, db: SqliteDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.views: list[ConflictView] = []
        self.setWindowTitle(self.tr("Sync Conflicts"))
        self.setModal(False)
        self.list = QListWidget()
        self.list.setMinimumWidth(200)
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self._show_current)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Mine (this computer)"), self.tr("Theirs (the server)")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mine_button = QPushButton(self.tr("&Mine"))
        self.mine_button.setToolTip(self.tr("Keep the values of this computer"))
        self.theirs_button = QPushButton(self.tr("&Theirs"))
        self.theirs_button.setToolTip(self.tr("Keep the server's values"))
        self.both_button = QPushButton(self.tr("&Both"))
        self.both_button.setToolTip(
            self.tr("Keep the server's values and add this computer's to the notes")
        )
        self.mine_button.clicked.connect(lambda: self.resolve(MINE))
        self.theirs_button.clicked.connect(lambda: self.resolve(THEIRS))
        self.both_button.clicked.connect(lambda: self.resolve(BOTH))
        choice_row = QHBoxLayout()
        choice_row.addStretch(1)
        choice_row.addWidget(QLabel(self.tr("Keep:")))
        for button in (self.mine_button, self.theirs_button, self.both_button):
            choice_row.addWidget(button)
        self.empty = QLabel(self.tr("No open conflicts: everything is in sync."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.explanation)
        detail_layout.addWidget(self.table, 1)
        self.filler = QWidget()  # keeps the text at the top when there is no table
        detail_layout.addWidget(self.filler, 1)
        detail_layout.addLayout(choice_row)
        self.detail = detail
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 560])
        self.splitter = splitter
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(buttons)
        self.resize(820, 440)
        self.reload()

    def reload(self) -> None:
        row = max(0, self.list.currentRow())
        self.views = accounts.open_conflicts(self.db)
        self.list.blockSignals(True)
        self.list.clear()
        for view in self.views:
            name = view.display_name or self.tr("(a deleted contact)")
            if view.kind == "deleted":
                what = self.tr("deleted on the server")
            else:
                what = ", ".join(field_label(f) for f in view.fields)
            item = QListWidgetItem(f"{name}\n{what}")
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        has_any = bool(self.views)
        self.splitter.setVisible(has_any)
        self.empty.setVisible(not has_any)
        if has_any:
            self.list.setCurrentRow(min(row, len(self.views) - 1))
            self._show_current(self.list.currentRow())

    def current(self) -> ConflictView | None:
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _show_current(self, _row: int) -> None:
        view = self.current()
        if view is None:
            return
        self.heading.setText(view.display_name or self.tr("(a deleted contact)"))
        deleted = view.kind == "deleted"
        if deleted:
            self.explanation.setText(
                self.tr(
                    "The card was deleted on the server while you edited the contact here. "
                    "It was kept and uploaded again. Mine or Both keep it; Theirs archives it "
                    "here and deletes it on the server."
                )
            )
        else:
            self.explanation.setText(
                self.tr(
                    "Changed on both sides since the last sync. The server's values are in "
                    "the contact now; yours are kept here until you choose."
                )
            )
        self.table.setVisible(not deleted)
        self.filler.setVisible(deleted)
        self.table.setRowCount(0)
        for name, sides in view.fields.items():
            row = self.table.rowCount()
            self.table.insertRow(row)
            label = QTableWidgetItem(field_label(name))
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, QTableWidgetItem(shown_value(name, sides.get("mine"))))
            self.table.setItem(row, 2, QTableWidgetItem(shown_value(name, sides.get("theirs"))))
        self.table.resizeRowsToContents()

    def resolve(self, choice: str) -> bool:
        view = self.current()
        if view is None:
            return False
        try:
            accounts.resolve_conflict(self.db, view.id, choice)
        except NetzwerkError as exc:
            self.explanation.setText(str(exc))
            self.reload()
            return False
        self.reload()
        self.resolved.emit(view.id)
        return True
