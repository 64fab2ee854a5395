"""Possible duplicates: each pair's evidence side by side, Merge (choosing per field), Not the
same person, a scan over all contacts, and Undo of the last merge.

Thin over `core.duplicates`: the core lists, merges (keeping all methods, tags, touchpoints and
history of both), dismisses (remembered), scans and undoes. The scan runs in a worker thread
with its own database connection. The window is not modal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from peewee import SqliteDatabase
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import duplicates
from netzwerk_app.core.duplicates import DuplicatePair, DuplicateSide
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.dialogs.import_phrases import phrases
from netzwerk_app.ui.i18n import tier_label
from netzwerk_app.ui.layouts import column_widget, left_row, scrolled
from netzwerk_app.ui.text import plain_label

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

# Side fields shown, in order; those a merge chooses one value of get radio buttons.
CHOSEN_FIELDS = ("display_name", "given_name", "family_name", "organization", "title",
                 "birthday", "tier")  # fmt: skip
UNITED_FIELDS = ("emails", "phones")
# The highlight of a field the two contacts disagree on.
EMPTY = "—"  # a value one contact lacks
TOP = Qt.AlignmentFlag.AlignTop  # each value as tall as its text, the width filled
TOP_RIGHT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
DIFFERS_STYLE = "background-color: rgba(255, 196, 0, 70); border-radius: 3px; padding: 1px 3px;"
SAME_STYLE = "padding: 1px 3px;"


class ScanWorker(QThread):
    """Runs `duplicates.find_duplicates` off the GUI thread."""

    succeeded = Signal(int)
    failed = Signal(str)

    def __init__(self, db: SqliteDatabase, parent=None) -> None:
        super().__init__(parent)
        self.db = db

    def run(self) -> None:
        try:
            found = duplicates.find_duplicates(self.db)
        except Exception as exc:  # the log keeps the traceback
            log.exception("duplicate scan failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(found)
        finally:
            if not self.db.is_closed():
                self.db.close()  # this thread's connection only


class PairListModel(QAbstractListModel):
    """The pairs waiting for a decision, one line each ("Anna Keller ↔ Keller, Anna")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pairs: list[DuplicatePair] = []

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self.pairs = pairs
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.pairs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.pairs):
            return None
        pair = self.pairs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{pair.a.display_name} ↔ {pair.b.display_name}"
        return None


def _value(side: DuplicateSide, name: str) -> str:
    value = getattr(side, name)
    if name in UNITED_FIELDS:
        return "\n".join(value)
    if name == "tier":
        return tier_label(value)
    return value or ""


class DuplicatesDialog(QDialog):
    """Review possible duplicates pair by pair."""

    contacts_changed = Signal()  # a merge, an undo or a dismissal changed contacts

    def __init__(self, db: SqliteDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.scan_worker: ScanWorker | None = None
        self.choices: dict[str, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Possible Duplicates"))
        self.setModal(False)
        self.setMinimumSize(720, 460)
        self.resize(900, 560)

        self.model = PairListModel(self)
        self.pair_list = QListView()
        self.pair_list.setModel(self.model)
        self.pair_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pair_list.setUniformItemSizes(True)
        self.pair_list.selectionModel().currentChanged.connect(lambda *_a: self._show_pair())

        self.count_label = QLabel()
        self.scan_button = QPushButton(self.tr("&Scan for Duplicates"))
        self.scan_button.clicked.connect(self.scan)
        left = column_widget(self.count_label, (self.pair_list, 1), self.scan_button)

        self.detail = QWidget()
        self.grid = QGridLayout(self.detail)
        self.grid.setHorizontalSpacing(12)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = scrolled(self.detail)
        self.evidence_label = plain_label()
        self.evidence_label.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Choose which value to keep where the two differ (highlighted). All email "
                "addresses, phone numbers, tags, touchpoints and history of both are kept."
            )
        )
        self.hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.clicked.connect(self.merge)
        self.dismiss_button = QPushButton(self.tr("&Not the Same Person"))
        self.dismiss_button.clicked.connect(self.dismiss)
        actions = left_row(self.merge_button, self.dismiss_button)
        right = column_widget(self.evidence_label, (scroll, 1), self.hint, actions)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 640])
        splitter.setChildrenCollapsible(False)

        self.status = plain_label()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton(self.tr("&Undo Last Merge"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z"))
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.undo_last_merge)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        undo.activated.connect(self.undo_last_merge)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    # ------------------------------------------------------------ showing

    def refresh(self, select: int = 0) -> None:
        """Reload the pairs from the database and show the pair at row ``select``."""
        pairs = duplicates.list_duplicates(self.db)
        self.model.set_pairs(pairs)
        self.count_label.setText(
            self.tr("%n possible duplicate(s)", "", len(pairs)) if pairs else self.tr(
                "No possible duplicates. Scan to look for some among all contacts."
            )
        )  # fmt: skip
        self.count_label.setWordWrap(True)
        if pairs:
            row = min(select, len(pairs) - 1)
            self.pair_list.setCurrentIndex(self.model.index(row, 0))
        self._show_pair()
        self.undo_button.setEnabled(self._last_merge() is not None)

    def current_pair(self) -> DuplicatePair | None:
        index = self.pair_list.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.pairs):
            return None
        return self.model.pairs[index.row()]

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone now, not only once the event loop runs
                widget.deleteLater()
        for group in self.choices.values():
            group.deleteLater()
        self.choices = {}
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)

    def _show_pair(self) -> None:
        self._clear_grid()
        pair = self.current_pair()
        for w in (self.merge_button, self.dismiss_button):
            w.setEnabled(pair is not None)
        self.hint.setVisible(pair is not None)
        if pair is None:
            self.evidence_label.setText("")
            return
        self.evidence_label.setText(
            self.tr("Why they may be one person: %1").replace("%1", phrases(pair.evidence))
        )
        bold = self.font()
        bold.setBold(True)
        for column, side in ((1, pair.a), (2, pair.b)):
            head = plain_label(side.display_name)
            head.setFont(bold)
            head.setStyleSheet(SAME_STYLE)
            self.grid.addWidget(head, 0, column)
        labels = {
            "display_name": self.tr("Name"),
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "organization": self.tr("Organization"),
            "title": self.tr("Title"),
            "birthday": self.tr("Birthday"),
            "tier": self.tr("Tier"),
            "emails": self.tr("Email"),
            "phones": self.tr("Phone"),
        }
        row = 1
        for name in (*CHOSEN_FIELDS, *UNITED_FIELDS):
            a, b = _value(pair.a, name), _value(pair.b, name)
            if not a and not b:
                continue
            caption = QLabel(labels[name])
            caption.setContentsMargins(0, 2, 0, 0)  # level with the values' padding
            self.grid.addWidget(caption, row, 0, TOP_RIGHT)
            differs = a != b
            choose = differs and name in CHOSEN_FIELDS and a != "" and b != ""
            group = QButtonGroup(self) if choose else None
            for column, text in ((1, a), (2, b)):
                if choose:
                    cell = QRadioButton()
                    cell.setObjectName(f"{name}:{'a' if column == 1 else 'b'}")
                    box = QWidget()
                    line = QHBoxLayout(box)
                    line.setContentsMargins(0, 0, 0, 0)
                    line.addWidget(cell)
                    label = plain_label(text or EMPTY)
                    label.setStyleSheet(DIFFERS_STYLE)
                    label.setBuddy(cell)
                    line.addWidget(label, 1)
                    group.addButton(cell, column)
                    cell.setChecked(column == 1)
                    self.grid.addWidget(box, row, column, TOP)
                else:
                    label = plain_label(text or EMPTY)
                    label.setStyleSheet(DIFFERS_STYLE if differs else SAME_STYLE)
                    self.grid.addWidget(label, row, column, TOP)
            if group is not None:
                self.choices[name] = group
            row += 1
        self.grid.setRowStretch(row, 1)

    def taken_fields(self) -> list[str]:
        """The fields whose value comes from the second contact."""
        return [name for name, group in self.choices.items() if group.checkedId() == 2]

    def choose(self, name: str, side: str) -> None:
        """Keep the first ("a") or second ("b") contact's value of a field."""
        group = self.choices[name]
        group.button(1 if side == "a" else 2).setChecked(True)

    # ------------------------------------------------------------ acting

    def merge(self) -> None:
        def run(pair: DuplicatePair) -> str:
            duplicates.merge_contacts(self.db, pair.a.id, pair.b.id, self.taken_fields())
            return (
                self.tr("Merged “%1” into “%2”. Undo with Ctrl+Z.")
                .replace("%1", pair.b.display_name)
                .replace("%2", pair.a.display_name)
            )

        if self._act_on_pair(run):
            self.contacts_changed.emit()

    def dismiss(self) -> None:
        def run(pair: DuplicatePair) -> str:
            duplicates.dismiss_pair(self.db, pair.a.id, pair.b.id)
            return (
                self.tr("“%1” and “%2” will not be proposed again.")
                .replace("%1", pair.a.display_name)
                .replace("%2", pair.b.display_name)
            )

        self._act_on_pair(run)

    def _act_on_pair(self, run: Callable[[DuplicatePair], str]) -> bool:
        """`run` the current pair through the core, say what it returns (or the core's
        error) and show the list again; True when it ran."""
        pair = self.current_pair()
        if pair is None:
            return False
        row = self.pair_list.currentIndex().row()
        try:
            message = run(pair)
        except NetzwerkError as exc:
            self.status.setText(str(exc))
            return False
        self.status.setText(message)
        self.refresh(row)
        return True

    def _last_merge(self) -> duplicates.MergeSummary | None:
        merges = duplicates.list_merges(self.db, limit=1)
        return merges[0] if merges and merges[0].undone_at is None else None

    def undo_last_merge(self) -> None:
        last = self._last_merge()
        if last is None:
            self.status.setText(self.tr("There is no merge to undo."))
            return
        try:
            duplicates.undo_merge(self.db, last.id)
        except NetzwerkError as exc:
            self.status.setText(self.tr("The merge cannot be undone: %1").replace("%1", str(exc)))
            return
        self.status.setText(
            self.tr("Merge undone: “%1” and “%2” are two contacts again.")
            .replace("%1", last.kept_name)
            .replace("%2", last.other_name)
        )
        self.refresh()
        self.contacts_changed.emit()

    def scan(self) -> None:
        if self.scan_worker is not None:
            return
        self.scan_button.setEnabled(False)
        self.status.setText(self.tr("Scanning all contacts for duplicates…"))
        worker = ScanWorker(self.db, self)
        worker.succeeded.connect(self._scan_done)
        worker.failed.connect(lambda message: self.status.setText(message))
        worker.finished.connect(self._scan_finished)
        self.scan_worker = worker
        worker.start()

    def is_scanning(self) -> bool:
        return self.scan_worker is not None

    def _scan_done(self, found: int) -> None:
        self.status.setText(self.tr("The scan found %n new possible duplicate(s).", "", found))
        self.refresh()

    def _scan_finished(self) -> None:
        worker = self.sender()
        self.scan_worker = None
        self.scan_button.setEnabled(True)
        if isinstance(worker, ScanWorker):
            worker.deleteLater()

    def done(self, result: int) -> None:
        if self.scan_worker is not None:
            self.scan_worker.wait()
        super().done(result)
