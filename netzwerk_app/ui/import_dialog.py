"""The vCard import: a preview before anything is written, the tier for new contacts, then the
import with a progress bar and Cancel, and a final report.

Reading and importing run in a worker thread. Peewee keeps one connection per thread, so the
worker uses the same database object (the same file) through its own connection, which it
closes when done. A cancelled or failed import leaves the database as it was (the core imports
in one transaction).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from peewee import SqliteDatabase
from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app import vcard
from netzwerk_app.core import care
from netzwerk_app.core.database import is_disk_full
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.i18n import tier_label
from netzwerk_app.ui.text import plain_label, plain_tooltip

log = logging.getLogger(__name__)

PAGE_WORKING, PAGE_PREVIEW, PAGE_REPORT = range(3)


class ImportWorker(QThread):
    """Runs `vcard.import_vcard_files` off the GUI thread."""

    progress = Signal(int, int)
    succeeded = Signal(object)  # VCardImport
    failed = Signal(str)

    def __init__(
        self,
        db: SqliteDatabase,
        files: list[str],
        dry_run: bool,
        tier: str | None,
        cancel_event: threading.Event,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.files = files
        self.dry_run = dry_run
        self.tier = tier
        self.cancel_event = cancel_event

    def run(self) -> None:
        try:
            outcome = vcard.import_vcard_files(
                self.db,
                self.files,
                tier=self.tier,
                dry_run=self.dry_run,
                progress=lambda done, total: self.progress.emit(done, total),
                cancel=self.cancel_event.is_set,
            )
        except NetzwerkError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # never a traceback for the user; the log keeps it
            if is_disk_full(exc):  # SQLite's own rollback message would hide it
                self.failed.emit(
                    self.tr("The disk is full: nothing was imported. Make room and try again.")
                )
                return
            log.exception("import failed")
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(outcome)
        finally:
            if not self.db.is_closed():
                self.db.close()  # this thread's connection only


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    return tree


class ImportDialog(QDialog):
    """Preview → tier → import with progress → report. Open with `start_preview()`."""

    PREVIEW_LIMIT = 2000  # rows shown per list; the counts are always complete

    def __init__(self, db: SqliteDatabase, files: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.files = [str(f) for f in files]
        self.preview = None
        self.outcome = None
        self.imported = False
        self.worker: ImportWorker | None = None
        self.cancel_event = threading.Event()
        self.setWindowTitle(self.tr("Import vCard"))
        self.setMinimumSize(620, 460)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_working())
        self.stack.addWidget(self._build_preview())
        self.stack.addWidget(self._build_report())
        layout = QVBoxLayout(self)
        names = ", ".join(Path(f).name for f in self.files)
        self.files_label = plain_label(names)
        self.files_label.setWordWrap(True)
        font = self.files_label.font()
        font.setBold(True)
        self.files_label.setFont(font)
        layout.addWidget(self.files_label)
        layout.addWidget(self.stack, 1)

    # ------------------------------------------------------------ pages

    def _build_working(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.working_label = QLabel(self.tr("Reading the file…"))
        self.working_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.working_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(buttons)
        return page

    def _build_preview(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        tiles = QHBoxLayout()
        self.count_labels: list[QLabel] = []
        for caption in (
            self.tr("new"),
            self.tr("updates"),
            self.tr("unchanged"),
            self.tr("problems"),
        ):
            tile = QFrame()
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(tile)
            number = QLabel("0")
            font = number.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            number.setFont(font)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(caption)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(number)
            box.addWidget(text)
            tiles.addWidget(tile)
            self.count_labels.append(number)
        layout.addLayout(tiles)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.new_list = _tree([self.tr("Name"), self.tr("File")])
        self.update_list = _tree([self.tr("Name"), self.tr("What changes")])
        self.unchanged_list = _tree([self.tr("Name")])
        self.problem_list = _tree([self.tr("Where"), self.tr("Problem")])
        self.tabs.addTab(self.new_list, "")
        self.tabs.addTab(self.update_list, "")
        self.tabs.addTab(self.unchanged_list, "")
        self.tabs.addTab(self.problem_list, "")
        layout.addWidget(self.tabs, 1)
        tier_row = QHBoxLayout()
        self.tier = QComboBox()
        self.tier.setMinimumWidth(160)
        tier_label_widget = QLabel(self.tr("File &new contacts in tier:"))
        tier_label_widget.setBuddy(self.tier)
        tier_row.addWidget(tier_label_widget)
        tier_row.addWidget(self.tier)
        tier_row.addStretch(1)
        layout.addLayout(tier_row)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.preview_cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def _build_report(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.report_title = QLabel()
        font = self.report_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.report_title.setFont(font)
        self.report_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.report = QLabel()
        self.report.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.report_title)
        layout.addWidget(self.report)
        layout.addStretch(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        return page

    # ------------------------------------------------------------ running

    def _run(self, dry_run: bool, tier: str | None) -> None:
        self.cancel_event.clear()
        self.stack.setCurrentIndex(PAGE_WORKING)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        worker = ImportWorker(self.db, self.files, dry_run, tier, self.cancel_event, self)
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._preview_ready if dry_run else self._import_done)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._worker_finished)
        self.worker = worker
        worker.start()

    def start_preview(self) -> None:
        """Read the files and compute what an import would do, writing nothing."""
        self.working_label.setText(self.tr("Reading and checking the contacts…"))
        self._run(dry_run=True, tier=None)

    def start_import(self) -> None:
        self.working_label.setText(self.tr("Importing…"))
        self._run(dry_run=False, tier=self.tier.currentData())

    def cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.working_label.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        """Progress as the core reports it (per mille over reading and importing)."""
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _worker_finished(self) -> None:
        """Delete a thread once it has ended. The preview's thread may end after an Import
        started a new one: that new, running thread stays (deleting it aborts the app)."""
        worker = self.sender()
        if self.worker is worker:
            self.worker = None
        if isinstance(worker, ImportWorker):
            worker.deleteLater()

    def is_running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def _failed(self, message: str) -> None:
        self.report_title.setText(self.tr("The import failed"))
        self.report.setText(self.tr("Nothing was changed.") + "\n\n" + message)
        self.stack.setCurrentIndex(PAGE_REPORT)

    def _preview_ready(self, outcome) -> None:
        if outcome.result.cancelled:
            self.reject()
            return
        self.preview = outcome
        result = outcome.result
        self.tabs.setTabText(0, self.tr("New (%1)").replace("%1", str(len(result.created))))
        self.tabs.setTabText(1, self.tr("Updates (%1)").replace("%1", str(len(result.updated))))
        self.tabs.setTabText(2, self.tr("Unchanged (%1)").replace("%1", str(len(result.unchanged))))
        problems = list(outcome.problems)
        counts = (len(result.created), len(result.updated), len(result.unchanged), len(problems))
        for label, count in zip(self.count_labels, counts, strict=True):
            label.setText(str(count))
        self.tabs.setTabText(3, self.tr("Problems (%1)").replace("%1", str(len(problems))))
        limit = self.PREVIEW_LIMIT
        for item in result.created[:limit]:
            self.new_list.addTopLevelItem(QTreeWidgetItem([item.name, item.source]))
        for item in result.updated[:limit]:
            row = QTreeWidgetItem([item.name, "; ".join(item.changes)])
            row.setToolTip(1, plain_tooltip("\n".join(item.changes)))
            self.update_list.addTopLevelItem(row)
        for item in result.unchanged[:limit]:
            self.unchanged_list.addTopLevelItem(QTreeWidgetItem([item.name]))
        for p in problems[:limit]:
            where = []
            if p.source:
                where.append(p.source)
            if p.card:
                where.append(self.tr("card %1").replace("%1", str(p.card)))
            if p.line:
                where.append(self.tr("line %1").replace("%1", str(p.line)))
            severity = self.tr("skipped") if p.severity == "error" else self.tr("warning")
            row = QTreeWidgetItem([", ".join(where), f"{severity}: {p.message}"])
            # the message is cut at the dialog's edge: the tooltip shows all of it
            row.setToolTip(1, plain_tooltip(row.text(1)))
            self.problem_list.addTopLevelItem(row)
        for tree in (self.new_list, self.update_list, self.problem_list):
            tree.resizeColumnToContents(0)
        self.tier.clear()
        self.tier.addItem(tier_label(None), None)
        for t, s in care.tier_settings(self.db).items():
            self.tier.addItem(tier_label(t, {t: s.name}), t)
        work = len(result.created) + len(result.updated)
        if work:
            self.summary.setText(
                self.tr(
                    "Nothing has been written yet. Check the lists, choose the tier for new "
                    "contacts, then import."
                )
            )
            self.import_button.setText(self.tr("Import"))
            self.import_button.setEnabled(True)
        else:
            self.summary.setText(
                self.tr("There is nothing to import: every contact in the file is already there.")
                if result.unchanged
                else self.tr("No contact could be read from the file. See the problems.")
            )
            self.import_button.setEnabled(False)
        self.tier.setEnabled(bool(result.created))
        for index, tree in enumerate(
            (self.new_list, self.update_list, self.unchanged_list, self.problem_list)
        ):
            if tree.topLevelItemCount():
                self.tabs.setCurrentIndex(index)
                break
        self.stack.setCurrentIndex(PAGE_PREVIEW)
        self.import_button.setFocus()

    def _import_done(self, outcome) -> None:
        self.outcome = outcome
        result = outcome.result
        if result.cancelled:
            self.report_title.setText(self.tr("Import cancelled"))
            self.report.setText(self.tr("Nothing was changed."))
        else:
            self.imported = bool(result.created or result.updated)
            self.report_title.setText(self.tr("Import finished"))
            lines = [
                self.tr("%n contact(s) added", "", len(result.created)),
                self.tr("%n contact(s) updated", "", len(result.updated)),
                self.tr("%n unchanged", "", len(result.unchanged)),
            ]
            if result.skipped:
                lines.append(self.tr("%n card(s) skipped", "", len(result.skipped)))
            self.report.setText("\n".join(lines))
        self.stack.setCurrentIndex(PAGE_REPORT)
        self.close_button.setFocus()

    def imported_ids(self) -> list[int]:
        if self.outcome is None or self.outcome.result.cancelled:
            return []
        result = self.outcome.result
        return [c.contact_id for c in (*result.created, *result.updated) if c.contact_id]

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        if self.is_running():
            self.cancel()
            self.worker.wait()
        super().reject()

    def done(self, result: int) -> None:
        if self.is_running():
            self.cancel_event.set()
            self.worker.wait()
        super().done(result)
