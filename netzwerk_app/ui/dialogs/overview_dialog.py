"""The network overview drawn as charts with QPainter (no QtCharts: it needs the Addons)."""

from __future__ import annotations

import datetime as dt

from peewee import SqliteDatabase
from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import overview
from netzwerk_app.ui.i18n import tier_label

TIER_COLOURS = {"A": "#2e7d32", "B": "#1565c0", "C": "#ef6c00", "D": "#6a1b9a"}
UNSORTED_COLOUR = "#9e9e9e"
OVERDUE_COLOUR = "#c62828"
MONTH_COLOUR = "#1565c0"
IN_PERSON_COLOUR = "#2e7d32"


class ChartTile(QWidget):
    """A titled tile; subclasses paint their chart into `chart_rect()`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setMinimumSize(260, 200)

    def sizeHint(self) -> QSize:
        return QSize(360, 240)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(frame, 6, 6)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.text().color())
        title_rect = QRectF(12, 8, self.width() - 24, painter.fontMetrics().height() + 4)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setFont(self.font())
        top = title_rect.bottom() + 8
        self.paint_chart(painter, QRectF(12, top, self.width() - 24, self.height() - top - 10))
        painter.end()

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


class BarChart(ChartTile):
    """Labelled vertical bars with their values above."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.bars: list[tuple[str, int, QColor]] = []

    def set_bars(self, bars: list[tuple[str, int, str]]) -> None:
        self.bars = [(label, value, QColor(colour)) for label, value, colour in bars]
        self.update()

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        if not self.bars:
            return
        metrics = painter.fontMetrics()
        line = metrics.height()
        peak = max(1, max(value for _l, value, _c in self.bars))
        base = rect.bottom() - line - 2
        height = base - rect.top() - line - 2
        slot = rect.width() / len(self.bars)
        bar_width = max(4.0, min(48.0, slot * 0.62))
        text = self.palette().text().color()
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(int(rect.left()), int(base), int(rect.right()), int(base))
        for i, (label, value, colour) in enumerate(self.bars):
            centre = rect.left() + slot * (i + 0.5)
            bar_height = height * value / peak
            bar = QRectF(centre - bar_width / 2, base - bar_height, bar_width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(bar)
            painter.setPen(text)
            value_rect = QRectF(centre - slot / 2, bar.top() - line - 1, slot, line)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignCenter, str(value))
            label_rect = QRectF(centre - slot / 2, base + 2, slot, line)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, label)


class ShareRing(ChartTile):
    """A ring showing a share (0..1) with the percentage in the middle and a caption."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.share: float | None = None
        self.caption = ""

    def set_share(self, share: float | None, caption: str) -> None:
        self.share, self.caption = share, caption
        self.update()

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        line = painter.fontMetrics().height()
        side = min(rect.width(), rect.height() - line - 6)
        ring = QRectF(rect.center().x() - side / 2, rect.top(), side, side).adjusted(8, 8, -8, -8)
        width = max(8.0, side / 8)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.palette().mid().color(), width))
        painter.drawEllipse(ring)
        if self.share:
            pen = QPen(QColor(IN_PERSON_COLOUR), width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawArc(ring, 90 * 16, -int(self.share * 360 * 16))
        painter.setPen(self.palette().text().color())
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        painter.setFont(font)
        share = "–" if self.share is None else f"{round(self.share * 100)} %"
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, share)
        painter.setFont(self.font())
        caption = QRectF(rect.left(), rect.bottom() - line, rect.width(), line)
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, self.caption)


class NumberTile(ChartTile):
    """One big number with a caption."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.value = 0
        self.caption = ""

    def set_value(self, value: int, caption: str) -> None:
        self.value, self.caption = value, caption
        self.update()

    def paint_chart(self, painter: QPainter, rect: QRectF) -> None:
        line = painter.fontMetrics().height()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(MONTH_COLOUR))
        number = rect.adjusted(0, 0, 0, -line)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(self.value))
        painter.setFont(self.font())
        painter.setPen(self.palette().text().color())
        caption = QRectF(rect.left(), rect.bottom() - line, rect.width(), line)
        painter.drawText(caption, Qt.AlignmentFlag.AlignCenter, self.caption)


class OverviewDialog(QDialog):
    """Contacts and overdue per tier, touchpoints per month, in-person share, introductions."""

    contacts_changed = Signal()  # never emitted: the overview only reads

    def __init__(self, db: SqliteDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Network Overview"))
        self.db = db
        self.data: overview.NetworkOverview | None = None
        self.per_tier = BarChart(self.tr("Contacts per tier"))
        self.overdue = BarChart(self.tr("Overdue per tier"))
        self.months = BarChart(self.tr("Touchpoints per month (last 12 months)"))
        self.in_person = ShareRing(self.tr("In person (last 90 days)"))
        self.intros = NumberTile(self.tr("Introductions this year"))
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.per_tier, 0, 0)
        grid.addWidget(self.overdue, 0, 1)
        grid.addWidget(self.in_person, 0, 2)
        grid.addWidget(self.months, 1, 0, 1, 2)
        grid.addWidget(self.intros, 1, 2)
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.resize(1000, 560)
        self.refresh()

    def refresh(self) -> None:
        data = overview.network_overview(self.db)
        self.data = data
        keys = overview.TIER_KEYS
        colours = {**TIER_COLOURS, overview.UNSORTED: UNSORTED_COLOUR}

        def label(key: str) -> str:
            return tier_label(None) if key == overview.UNSORTED else tier_label(key)

        self.per_tier.set_bars([(label(k), data.contacts_per_tier[k], colours[k]) for k in keys])
        self.overdue.set_bars([(label(k), data.overdue_per_tier[k], OVERDUE_COLOUR) for k in keys])
        locale = QLocale()
        self.months.set_bars(
            [
                (
                    locale.standaloneMonthName(
                        dt.date.fromisoformat(m.month + "-01").month,
                        QLocale.FormatType.ShortFormat,
                    ),
                    m.touchpoints,
                    MONTH_COLOUR,
                )
                for m in data.touchpoints_per_month
            ]
        )
        self.in_person.set_share(
            data.in_person_share,
            self.tr("%1 of %2 touchpoints")
            .replace("%1", str(data.in_person_touchpoints))
            .replace("%2", str(data.all_touchpoints)),
        )
        self.intros.set_value(data.introductions_this_year, self.tr("made since 1 January"))
