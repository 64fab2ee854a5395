"""The vCard import: a preview before anything is written, the tier for new contacts, then the
import with a progress bar and Cancel, and a report that lists what was done.

The files are read once: the preview's worker reads them and matches the records without
writing (a dry run); Import hands the same records to `vcard.import_read`. Both run in a
worker thread (an `ImportWorker`, started by the context's `WorkerRunner`), which also turns
the outcome into rows of text, so the GUI thread only shows them (lists are models that fetch
their rows in batches). Peewee keeps one connection per thread, so the worker uses the same
database object (the same file) through its own connection, which it closes when done. A
cancelled or failed import leaves the database as it was (the core imports in one
transaction). The dialog is not modal: the main window stays usable while it works.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app import vcard
from netzwerk_app.core import care
from netzwerk_app.core.importing import CardOrigin
from netzwerk_app.ui.context import AppContext
from netzwerk_app.ui.dialogs.import_worker import ImportReport, ImportWorker, Where
from netzwerk_app.ui.i18n import tier_label
from netzwerk_app.ui.layouts import column_widget, left_row
from netzwerk_app.ui.models.text_rows_model import TextRowsModel
from netzwerk_app.ui.text import emphasized, plain_label

PAGE_WORKING, PAGE_PREVIEW, PAGE_REPORT = range(3)
# The lists of a preview or report, in tab order.
LISTS = ("new", "merged", "unchanged", "duplicates", "skipped", "warnings")
# The count tiles (the keys of `ImportResult.counts()`).
TILES = ("new", "updated", "unchanged", "possible_duplicates", "skipped")


def _table(model: TextRowsModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


PROGRESS_EVERY_MS = 150  # the progress bar moves about seven times a second


class ImportLists(QWidget):
    """Count tiles and one tab per list (new, merged, unchanged, possible duplicates, skipped,
    warnings); every list is browsable in full, its count in the tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tiles = QHBoxLayout()
        captions = {
            "new": self.tr("new"),
            "updated": self.tr("updated"),
            "unchanged": self.tr("unchanged"),
            "possible_duplicates": self.tr("possible duplicates"),
            "skipped": self.tr("skipped"),
        }
        self.count_labels: dict[str, QLabel] = {}
        for key in TILES:
            tile = QFrame()
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(tile)
            box.setContentsMargins(6, 4, 6, 4)
            number = QLabel("0")
            emphasized(number, 1.6)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(captions[key])
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(number)
            box.addWidget(text)
            tiles.addWidget(tile)
            self.count_labels[key] = number
        layout.addLayout(tiles)
        headers = {
            "new": [self.tr("Name"), self.tr("Where")],
            "merged": [self.tr("Card"), self.tr("Into contact"), self.tr("What changes"),
                       self.tr("Why")],
            "unchanged": [self.tr("Name"), self.tr("Where")],
            "duplicates": [self.tr("Card"), self.tr("Imported as"), self.tr("May be"),
                           self.tr("Evidence")],
            "skipped": [self.tr("Where"), self.tr("Reason")],
            "warnings": [self.tr("Where"), self.tr("Warning")],
        }  # fmt: skip
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.models: dict[str, TextRowsModel] = {}
        self.views: dict[str, QTableView] = {}
        for key in LISTS:
            model = TextRowsModel(headers[key], self)
            view = _table(model)
            self.models[key], self.views[key] = model, view
            self.tabs.addTab(view, "")
        layout.addWidget(self.tabs, 1)

    def tab_title(self, key: str, count: int) -> str:
        titles = {
            "new": self.tr("New (%1)"),
            "merged": self.tr("Merged (%1)"),
            "unchanged": self.tr("Unchanged (%1)"),
            "duplicates": self.tr("Possible duplicates (%1)"),
            "skipped": self.tr("Skipped (%1)"),
            "warnings": self.tr("Warnings (%1)"),
        }
        return titles[key].replace("%1", str(count))

    def show_report(self, report: ImportReport) -> None:
        for key, label in self.count_labels.items():
            label.setText(str(report.counts.get(key, 0)))
        first = None
        for index, key in enumerate(LISTS):
            rows = report.rows.get(key, [])
            self.models[key].set_rows(rows)
            self.tabs.setTabText(index, self.tab_title(key, len(rows)))
            self.tabs.setTabVisible(index, bool(rows) or key in ("new", "merged"))
            view = self.views[key]
            for column in range(self.models[key].columnCount() - 1):
                view.resizeColumnToContents(column)
                view.setColumnWidth(column, min(view.columnWidth(column) + 16, 230))
            if rows and first is None:
                first = index
        self.tabs.setCurrentIndex(first or 0)

    def texts(self, key: str) -> list[tuple[str, ...]]:
        """All rows of a list (what the user can scroll to)."""
        model = self.models[key]
        return [model.row_texts(r) for r in range(model.total())]


class ImportDialog(QDialog):
    """Preview → tier → import with progress → report. Open with `start_preview()`."""

    review_duplicates_requested = Signal()  # the report's "Review Possible Duplicates…"

    def __init__(
        self, context: AppContext, files: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        self.files = [str(f) for f in files]
        self.preview: ImportReport | None = None
        self.outcome: vcard.VCardImport | None = None
        self.report: ImportReport | None = None
        self.imported = False
        self.worker: ImportWorker | None = None  # the preview's or the import's, while it runs
        self.setWindowTitle(self.tr("Import vCard"))
        self.setModal(False)
        self.setMinimumSize(640, 480)
        self.resize(940, 600)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_working())
        self.stack.addWidget(self._build_preview())
        self.stack.addWidget(self._build_report())
        layout = QVBoxLayout(self)
        names = ", ".join(Path(f).name for f in self.files)
        self.files_label = plain_label(names)
        self.files_label.setWordWrap(True)
        emphasized(self.files_label)
        layout.addWidget(self.files_label)
        layout.addWidget(self.stack, 1)
        app = QCoreApplication.instance()
        if app is not None:  # quitting while it runs: cancel, so nothing is half written
            app.aboutToQuit.connect(self._stop)

    # ------------------------------------------------------------ pages

    def _build_working(self) -> QWidget:
        self.working_label = QLabel(self.tr("Reading the file…"))
        self.working_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self._progress_shown = QElapsedTimer()
        hint = QLabel(self.tr("You can keep working in the main window meanwhile."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)
        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.cancel)
        return column_widget(1, self.working_label, self.progress, hint, 1, buttons, margins=True)

    def _build_preview(self) -> QWidget:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lists = ImportLists()
        self.tier = QComboBox()
        self.tier.setMinimumWidth(160)
        tier_label_widget = QLabel(self.tr("File &new contacts in tier:"))
        tier_label_widget.setBuddy(self.tier)
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.preview_cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start_import)
        self.preview_cancel.clicked.connect(self.reject)
        tier_row = left_row(tier_label_widget, self.tier)
        return column_widget(self.summary, (self.lists, 1), tier_row, buttons, margins=True)

    def _build_report(self) -> QWidget:
        self.report_title = QLabel()
        emphasized(self.report_title, 1.3)
        self.report_text = plain_label()
        self.report_text.setWordWrap(True)
        self.report_lists = ImportLists()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.review_button = QPushButton(self.tr("Review Possible &Duplicates…"))
        buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button.clicked.connect(self.review_duplicates_requested)
        self.review_button.hide()
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        return column_widget(
            self.report_title, self.report_text, (self.report_lists, 1), buttons, margins=True
        )

    # ------------------------------------------------------------ running

    def _where(self) -> Where:
        """Formats an origin as "file, card N, line M" in the user's language."""
        card_text, line_text = self.tr("card %1"), self.tr("line %1")

        def where(origin: CardOrigin) -> str:
            parts = [origin.file] if origin.file and not origin.file.startswith("\x00") else []
            if origin.card:
                parts.append(card_text.replace("%1", str(origin.card)))
            if origin.line:
                parts.append(line_text.replace("%1", str(origin.line)))
            return ", ".join(parts)

        return where

    def _run(self, read: vcard.VCardRead | None, dry_run: bool, tier: str | None) -> None:
        self.stack.setCurrentIndex(PAGE_WORKING)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        worker = ImportWorker(
            self.db, self.files, read, dry_run, tier, self._where(),
            self.tr("%1 (new in this import)"),
        )  # fmt: skip
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._preview_ready if dry_run else self._import_done)
        worker.failed.connect(self._failed)
        worker.finished.connect(self._worker_finished)
        self.worker = worker
        self.context.workers.start(worker)

    def start_preview(self) -> None:
        """Read the files and compute what an import would do, writing nothing."""
        self.working_label.setText(self.tr("Reading and checking the contacts…"))
        self._run(None, dry_run=True, tier=None)

    def start_import(self) -> None:
        """Import what the preview read (the files are not read again)."""
        self.working_label.setText(self.tr("Importing…"))
        read = self.preview.read if self.preview is not None else None
        self._run(read, dry_run=False, tier=self.tier.currentData())

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        self.cancel_button.setEnabled(False)
        self.working_label.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        """Progress as the worker reports it (per mille), shown at most every
        `PROGRESS_EVERY_MS`: each new value repaints the bar at once, in this thread, and the
        worker waits for the interpreter meanwhile (a hundred repaints cost a preview 0.5 s)."""
        if total <= 0:
            self.progress.setRange(0, 0)
            return
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        elif (
            done < total
            and self._progress_shown.isValid()
            and self._progress_shown.elapsed() < PROGRESS_EVERY_MS
        ):
            return
        self._progress_shown.start()
        self.progress.setValue(min(done, total))

    def _worker_finished(self) -> None:
        """A thread has ended (the runner deletes it). The preview's thread may end after an
        Import started a new one: the dialog then still follows the new one."""
        if self.worker is self.sender():
            self.worker = None

    def is_running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def _failed(self, message: str) -> None:
        self.report_title.setText(self.tr("The import failed"))
        self.report_text.setText(self.tr("Nothing was changed.") + "\n\n" + message)
        self.report_lists.hide()
        self.stack.setCurrentIndex(PAGE_REPORT)

    def _preview_ready(self, report: ImportReport) -> None:
        if report.cancelled:
            self.reject()
            return
        self.preview = report
        result = report.outcome.result
        self.lists.show_report(report)
        self.tier.clear()
        self.tier.addItem(tier_label(None), None)
        for t, s in care.tier_settings(self.db).items():
            self.tier.addItem(tier_label(t, {t: s.name}), t)
        if result.created or result.updated:
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
                else self.tr("No contact could be read from the file. See the skipped cards.")
            )
            self.import_button.setEnabled(False)
        self.tier.setEnabled(bool(result.created))
        self.stack.setCurrentIndex(PAGE_PREVIEW)
        self.import_button.setFocus()

    def _import_done(self, report: ImportReport) -> None:
        self.report = report
        self.outcome = report.outcome
        result = report.outcome.result
        if result.cancelled:
            self.report_title.setText(self.tr("Import cancelled"))
            self.report_text.setText(self.tr("Nothing was changed."))
            self.report_lists.hide()
        else:
            self.imported = bool(result.created or result.updated)
            self.report_title.setText(self.tr("Import finished"))
            self.report_text.setText(
                self.tr(
                    "Undo it as a whole with File ▸ Recent Imports. Possible duplicates wait "
                    "in Contact ▸ Possible Duplicates."
                )
                if self.imported
                else self.tr("Nothing was changed.")
            )
            self.report_lists.show_report(report)
            self.report_lists.show()
            self.review_button.setVisible(
                result.import_id is not None and bool(result.possible_duplicates)
            )
        self.stack.setCurrentIndex(PAGE_REPORT)
        self.close_button.setFocus()

    def imported_ids(self) -> list[int]:
        if self.outcome is None or self.outcome.result.cancelled:
            return []
        result = self.outcome.result
        return [c.contact_id for c in (*result.created, *result.updated) if c.contact_id]

    # ------------------------------------------------------------ closing

    def _stop(self) -> None:
        if self.is_running():
            self.context.workers.stop(self.worker)

    def reject(self) -> None:
        if self.is_running():
            self.cancel()
            self.context.workers.stop(self.worker)
        super().reject()

    def done(self, result: int) -> None:
        self._stop()
        super().done(result)
