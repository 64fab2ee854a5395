"""The calendar page: a month marking what is due each day, and the agenda of a day or week.

The month lives in ``month_view.py``, the agenda's model and painter in ``agenda.py``. Days are
marked by kind (birthday, care cadence, planned, overdue) with a legend; overdue
items are shown on today. A day's tooltip names who is due; an agenda line's tooltip shows its
whole text. The agenda's actions (Done, Log, Plan, Snooze, Open) run core commands; "Export
.ics" writes the next N days for the user's calendar app. The page fits a 1,024 px window in
German and English: the title elides, the actions sit in two columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QRectF, QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import care, clock
from netzwerk_app.core import ics as ics_export
from netzwerk_app.core.due import DueItem
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.care_colors import TODAY_COLOUR, kind_colour, reason_label
from netzwerk_app.ui.dates import day_month, from_qdate, to_qdate
from netzwerk_app.ui.elided_label import ElidedLabel
from netzwerk_app.ui.layouts import column_widget, left_row
from netzwerk_app.ui.pages.agenda import AgendaDelegate, AgendaModel
from netzwerk_app.ui.pages.month_view import MarkedCalendar, items_by_day, marks_by_day, week_of
from netzwerk_app.ui.text import emphasized


def _dot(colour: QColor, ring: bool = False) -> QLabel:
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if ring:
        painter.setPen(QPen(colour, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(2, 2, 20, 20), 5, 5)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(3, 3, 18, 18))
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    label = QLabel()
    label.setPixmap(pixmap)
    return label


class CalendarPage(QWidget):
    """Month view and agenda. Emits `data_changed` after it changed data."""

    contact_open_requested = Signal(int)
    data_changed = Signal()

    def __init__(self, db, parent=None, *, today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._today = today or clock.today
        self._dialog = None
        self._settings = care.tier_settings(db)

        # ---- month
        self.calendar = MarkedCalendar()
        self.today_button = QPushButton(self.tr("Today"))
        self.prev_button = QPushButton("‹")
        self.prev_button.setToolTip(self.tr("Previous month"))
        self.next_button = QPushButton("›")
        self.next_button.setToolTip(self.tr("Next month"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        self.month_label = ElidedLabel()
        emphasized(self.month_label, 1.25)
        self.calendar.setNavigationBarVisible(False)
        nav = QHBoxLayout()
        nav.addWidget(self.month_label, 1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        legend = QHBoxLayout()
        legend.setSpacing(4)
        for kind in ("birthday", "cadence", "planned", "overdue"):
            legend.addWidget(_dot(kind_colour(kind)))
            label = QLabel(reason_label(kind))
            legend.addWidget(label)
            legend.addSpacing(10)
        legend.addWidget(_dot(QColor(TODAY_COLOUR), ring=True))
        legend.addWidget(QLabel(self.tr("Today")))
        legend.addStretch(1)
        left = column_widget(nav, (self.calendar, 1), legend)

        # ---- agenda
        self.title = ElidedLabel()
        emphasized(self.title, 1.25)
        self.range_combo = QComboBox()
        self.range_combo.addItem(self.tr("Day"), "day")
        self.range_combo.addItem(self.tr("Week"), "week")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.range_combo)
        self.model = AgendaModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.delegate = AgendaDelegate(self)
        self.model.detail = self.delegate.detail_text
        self.view.setItemDelegate(self.delegate)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_label = QLabel(self.tr("Nothing due. The garden is watered."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")

        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(
            self.tr("Log the tier's usual touchpoint for today (Shift: open the log dialog)")
        )
        self.log_button = QPushButton(self.tr("Log…"))
        self.plan_button = QPushButton(self.tr("Plan…"))
        self.snooze_day_button = QPushButton(self.tr("Snooze 1 day"))
        self.snooze_week_button = QPushButton(self.tr("Snooze 1 week"))
        self.open_button = QPushButton(self.tr("Open contact"))
        # two columns, so that the German labels fit beside the month at 1,024 px
        actions = QGridLayout()
        actions.setHorizontalSpacing(6)
        actions.setVerticalSpacing(4)
        for number, button in enumerate((
            self.done_button, self.open_button, self.log_button, self.plan_button,
            self.snooze_day_button, self.snooze_week_button,
        )):  # fmt: skip
            actions.addWidget(button, number // 2, number % 2)

        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 365)
        self.days_spin.setValue(30)
        self.days_spin.setSuffix(self.tr(" days"))
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setToolTip(
            self.tr("Write the agenda of the next days for your calendar app")
        )
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        export = left_row(QLabel(self.tr("Next")), self.days_spin, self.export_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        right = column_widget(
            head, (self.view, 1), (self.empty_label, 1), actions, line, export, self.message
        )

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # the agenda gets as much room as the month: its lines are long in German
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.calendar.selectionChanged.connect(self.refresh_agenda)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh_marks())
        self.today_button.clicked.connect(self.go_today)
        self.prev_button.clicked.connect(self.calendar.showPreviousMonth)
        self.next_button.clicked.connect(self.calendar.showNextMonth)
        self.range_combo.currentIndexChanged.connect(lambda _i: self.refresh_agenda())
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _i: self.open_contact())
        self.done_button.clicked.connect(self._on_done_clicked)
        self.log_button.clicked.connect(self.open_log_dialog)
        self.plan_button.clicked.connect(self.open_plan_dialog)
        self.snooze_day_button.clicked.connect(lambda: self.snooze_selected(1))
        self.snooze_week_button.clicked.connect(lambda: self.snooze_selected(7))
        self.open_button.clicked.connect(self.open_contact)
        self.export_button.clicked.connect(self.export_ics)
        self.calendar.setCurrentPage(self.today.year, self.today.month)
        self.calendar.setSelectedDate(to_qdate(self.today))
        self.refresh()

    # ------------------------------------------------------------ state

    @property
    def today(self) -> dt.date:
        return self._today()

    @property
    def range_mode(self) -> str:
        return self.range_combo.currentData() or "day"

    def set_range_mode(self, mode: str) -> None:
        self.range_combo.setCurrentIndex(max(0, self.range_combo.findData(mode)))

    def selected_date(self) -> dt.date:
        return from_qdate(self.calendar.selectedDate())

    def select_date(self, day: dt.date) -> None:
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.refresh_agenda()

    def go_today(self) -> None:
        self.select_date(self.today)

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The six weeks the month view shows."""
        start = self.calendar.first_shown()
        return start, start + dt.timedelta(days=41)

    def agenda_range(self) -> tuple[dt.date, dt.date]:
        day = self.selected_date()
        return week_of(day) if self.range_mode == "week" else (day, day)

    def refresh(self) -> None:
        """Reload the marks and the agenda from the core."""
        self._settings = care.tier_settings(self.db)
        self.refresh_marks()
        self.refresh_agenda()

    def refresh_marks(self) -> None:
        month = QDate(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        self.month_label.setText(QLocale().toString(month, "MMMM yyyy"))
        start, end = self.visible_range()
        today = self.today
        items = care.due_agenda(self.db, start, end, today)
        self.calendar.set_marks(marks_by_day(items, today), today, items_by_day(items, today))

    def refresh_agenda(self) -> None:
        start, end = self.agenda_range()
        today = self.today
        items = care.due_agenda(self.db, start, end, today)
        self.delegate.photos.clear()  # a photo may have changed meanwhile
        self.model.set_items(items, today)
        locale = QLocale()
        if start == end:
            title = day_month(start, locale, year=True, weekday=True)
            if start == today:
                title = self.tr("Today, %1").replace("%1", title)
        else:
            title = (
                self.tr("Week %1: %2 – %3")
                .replace("%1", str(start.isocalendar().week))
                .replace("%2", day_month(to_qdate(start), locale))
                .replace("%3", day_month(to_qdate(end), locale, year=True))
            )
        self.title.setText(title)
        self.view.setVisible(bool(items))
        self.empty_label.setVisible(not items)
        if items:
            self.view.setCurrentIndex(self.model.index(0))
        self._update_buttons()

    def items(self) -> list[DueItem]:
        return list(self.model.items)

    def selected_items(self) -> list[DueItem]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.items[r] for r in rows]

    def select_item(self, contact_id: int, reason: str | None = None) -> DueItem:
        for row, item in enumerate(self.model.items):
            if item.contact_id == contact_id and (reason is None or item.reason == reason):
                self.view.setCurrentIndex(self.model.index(row))
                return item
        raise LookupError(f"contact {contact_id} is not on the agenda")

    def snoozable(self, item: DueItem) -> bool:
        """Every due item can be moved to a later day (birthdays included)."""
        return True

    def _update_buttons(self, *_args) -> None:
        has = bool(self.model.items) and self.view.currentIndex().isValid()
        for button in (
            self.done_button,
            self.log_button,
            self.plan_button,
            self.open_button,
        ):
            button.setEnabled(has)
        can_snooze = has and any(self.snoozable(i) for i in self.selected_items())
        self.snooze_day_button.setEnabled(can_snooze)
        self.snooze_week_button.setEnabled(can_snooze)

    def _changed(self, message: str = "") -> None:
        self.message.setText(message)
        self.refresh()
        self.data_changed.emit()

    # ------------------------------------------------------------ actions

    def _on_done_clicked(self) -> None:
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.open_log_dialog()
        else:
            self.mark_done()

    def mark_done(self, items: Sequence[DueItem] | None = None) -> int:
        """Log the usual touchpoint (tier default kind and channel) for the items, today."""
        items = list(items if items is not None else self.selected_items())
        today = self.today
        done = 0
        for item in items:
            try:
                if item.reason == "planned" and item.touchpoint_id is not None:
                    care.update_touchpoint(self.db, item.touchpoint_id, status="done", date=today)
                elif item.reason == "birthday":
                    care.log_touchpoint(self.db, [item.contact_id], "greeting", today)
                else:
                    setting = self._settings.get(item.tier or "")
                    kind = setting.default_kind if setting else "meeting"
                    channel = setting.default_channel if setting else None
                    care.log_touchpoint(self.db, [item.contact_id], kind, today, channel)
                done += 1
            except NetzwerkError as exc:
                QMessageBox.warning(self, self.tr("Done"), str(exc))
        if done:
            self._changed(self.tr("%n touchpoint(s) logged", "", done))
        return done

    def snooze_selected(self, days: int) -> int:
        """Hide the selected items until `days` days after their date (or today)."""
        items = [i for i in self.selected_items() if self.snoozable(i)]
        for item in items:
            until = max(item.due_date, self.today) + dt.timedelta(days=days)
            care.snooze(self.db, item.contact_id, item.reason, item.original_date, until)
        if items:
            self._changed(self.tr("%n item(s) snoozed", "", len(items)))
        return len(items)

    def _make_dialog(self, planned: bool):
        from netzwerk_app.ui.dialogs.touchpoint_dialog import TouchpointDialog

        items = self.selected_items()
        if not items:
            return None
        unique = {i.contact_id: (i.contact_id, i.display_name, i.tier) for i in items}
        people = list(unique.values())
        dialog = TouchpointDialog(self.db, people, self, planned=planned)
        dialog.accepted.connect(lambda: self._changed(self.tr("Saved")))
        dialog.finished.connect(self._dialog_closed)
        self._dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None

    def open_log_dialog(self):
        """Open the log dialog for the selected items' contacts (not blocking)."""
        return self._make_dialog(planned=False)

    def open_plan_dialog(self):
        """Open the plan dialog (status Planned, a week ahead) for the selected items' contacts."""
        return self._make_dialog(planned=True)

    def open_contact(self) -> None:
        items = self.selected_items()
        if items:
            self.contact_open_requested.emit(items[0].contact_id)

    def _ask_export_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export agenda"),
            str(Path(folder or ".") / "netzwerk-agenda.ics"),
            self.tr("iCalendar files (*.ics)"),
        )
        return path

    def export_ics(self) -> int | None:
        """Ask for a file and write the agenda of the next N days to it."""
        path = self._ask_export_path()
        if not path:
            return None
        if not path.lower().endswith(".ics"):
            path += ".ics"
        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        try:
            count = ics_export.export_ics(
                self.db, path, self.days_spin.value(), self.today, language
            )
        except NetzwerkError as exc:
            QMessageBox.warning(self, self.tr("Export agenda"), str(exc))
            return None
        self.message.setText(self.tr("%n event(s) written to %1", "", count).replace("%1", path))
        return count
