"""The contact card's Network tab: career timeline, who they know, their events, introductions."""

from __future__ import annotations

import contextlib

from peewee import SqliteDatabase
from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from netzwerk_app.core import events, history, introductions, network
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.card.sections import section_heading, section_list
from netzwerk_app.ui.dialogs.link_dialog import LinkDialog
from netzwerk_app.ui.i18n import translated_label
from netzwerk_app.ui.layouts import left_row, scrolled
from netzwerk_app.ui.models.contact_model import format_date

STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Network", "Planned"),
    "made": QT_TRANSLATE_NOOP("Network", "Made"),
    "followed_up": QT_TRANSLATE_NOOP("Network", "Followed up"),
}


def status_label(status: str) -> str:
    """An introduction's status: planned, made, followed up."""
    return translated_label(STATUS_LABELS, status, "Network")


class CareerTimeline(QWidget):
    """Positions drawn as a vertical timeline, newest on top (plain text, painted)."""

    ROW = 40

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str]] = []  # (period, position)
        self.empty_text = self.tr("No positions recorded yet.")

    def set_positions(self, positions: list) -> None:
        self.rows = []
        for p in positions:
            until = format_date(p.ended_on) if p.ended_on else self.tr("today")
            period = f"{format_date(p.recorded_on)} – {until}"
            parts = [x for x in (p.title, p.department, p.organization) if x]
            self.rows.append((period, ", ".join(parts) or "—"))
        self.updateGeometry()
        self.update()

    def texts(self) -> list[str]:
        """What the timeline shows, row by row (for tests and accessibility)."""
        return [f"{period}  {text}" for period, text in self.rows]

    def sizeHint(self) -> QSize:
        return QSize(300, max(1, len(self.rows)) * self.ROW + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, max(1, len(self.rows)) * self.ROW + 8)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        if not self.rows:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft, self.empty_text)
            return
        x = 10
        accent = palette.highlight().color()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(self.font())
        for i, (period, text) in enumerate(self.rows):
            top = 4 + i * self.ROW
            if i + 1 < len(self.rows):
                painter.setPen(QPen(QColor("#b0b0b0"), 2))
                painter.drawLine(x, top + 8, x, top + self.ROW + 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent if i == 0 else QColor("#9e9e9e"))
            painter.drawEllipse(x - 5, top + 3, 10, 10)
            painter.setPen(palette.text().color())
            painter.setFont(bold)
            width = self.width() - x - 16
            painter.drawText(x + 14, top + metrics.ascent(), text if width > 0 else "")
            painter.setFont(self.font())
            painter.setPen(palette.placeholderText().color())
            painter.drawText(x + 14, top + metrics.height() + metrics.ascent() + 1, period)
        painter.end()


class NetworkSection(QWidget):
    """`show_contact(id)`; emits `data_changed` after a link or introduction was written."""

    data_changed = Signal()

    def __init__(self, db: SqliteDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contact_id: int | None = None
        self.link_dialog: LinkDialog | None = None
        self.introduce_dialog = None

        self.timeline = CareerTimeline()
        self.links = self._tree([self.tr("Name"), self.tr("How they know each other")])
        self.add_link_button = QPushButton(self.tr("Add &Link…"))
        self.remove_link_button = QPushButton(self.tr("Remove Link"))
        self.remove_link_button.setEnabled(False)
        self.paths = self._tree([self.tr("Through"), self.tr("Chain of acquaintances")])
        self.events = self._tree([self.tr("Date"), self.tr("Event"), self.tr("Place")])
        self.intros = self._tree(
            [self.tr("Date"), self.tr("Introduced to"), self.tr("Status"), self.tr("Note")]
        )
        self.introduce_button = QPushButton(self.tr("&Introduce…"))
        self.made_button = QPushButton(self.tr("Mark as &Made"))
        self.followed_up_button = QPushButton(self.tr("Mark as &Followed Up"))
        for button in (self.made_button, self.followed_up_button):
            button.setEnabled(False)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(section_heading(self.tr("Career")))
        layout.addWidget(self.timeline)
        layout.addWidget(section_heading(self.tr("Knows")))
        layout.addWidget(self.links)
        layout.addLayout(left_row(self.add_link_button, self.remove_link_button))
        layout.addWidget(section_heading(self.tr("Who could introduce me")))
        layout.addWidget(self.paths)
        layout.addWidget(section_heading(self.tr("Events")))
        layout.addWidget(self.events)
        layout.addWidget(section_heading(self.tr("Introductions")))
        layout.addWidget(self.intros)
        layout.addLayout(left_row(self.introduce_button, self.made_button, self.followed_up_button))
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolled(content))

        self.links.itemSelectionChanged.connect(
            lambda: self.remove_link_button.setEnabled(bool(self.links.selectedItems()))
        )
        self.add_link_button.clicked.connect(self.add_link)
        self.remove_link_button.clicked.connect(self.remove_link)
        self.introduce_button.clicked.connect(self.introduce)
        self.intros.itemSelectionChanged.connect(self._intro_selected)
        self.made_button.clicked.connect(lambda: self.set_intro_status("made"))
        self.followed_up_button.clicked.connect(lambda: self.set_intro_status("followed_up"))

    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        tree = section_list(headers)
        tree.setMinimumHeight(70)
        tree.setMaximumHeight(130)
        return tree

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        for w in (self.add_link_button, self.introduce_button):
            w.setEnabled(contact_id is not None)
        self.reload()

    def reload(self) -> None:
        for tree in (self.links, self.paths, self.events, self.intros):
            tree.clear()
        if self.contact_id is None:
            self.timeline.set_positions([])
            return
        try:
            self.timeline.set_positions(history.positions_of(self.contact_id))
            for link in network.links_of(self.db, self.contact_id):
                item = QTreeWidgetItem([link.display_name, link.note])
                item.setData(0, Qt.ItemDataRole.UserRole, link.contact_id)
                self.links.addTopLevelItem(item)
            for chain in network.path_to(self.db, self.contact_id):
                if chain.hops < 2:  # direct acquaintances are listed under "Knows"
                    continue
                names = [m.display_name for m in chain.members]
                self.paths.addTopLevelItem(QTreeWidgetItem([names[0], " → ".join(names)]))
            for event in events.events_of(self.db, self.contact_id):
                self.events.addTopLevelItem(
                    QTreeWidgetItem([format_date(event.date), event.name, event.place])
                )
            for intro in introductions.list_introductions(self.db, self.contact_id):
                other = intro.name_b if intro.contact_a == self.contact_id else intro.name_a
                item = QTreeWidgetItem(
                    [format_date(intro.date), other, status_label(intro.status), intro.note]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, (intro.id, intro.status))
                self.intros.addTopLevelItem(item)
        except NetzwerkError:  # the contact was deleted elsewhere
            return
        for tree in (self.links, self.paths, self.events, self.intros):
            tree.resizeColumnToContents(0)
            tree.resizeColumnToContents(1)

    def add_link(self) -> None:
        if self.contact_id is None:
            return
        self.link_dialog = LinkDialog(self.db, self.contact_id, self)
        self.link_dialog.accepted.connect(self._written)
        self.link_dialog.open()

    def remove_link(self) -> None:
        items = self.links.selectedItems()
        if self.contact_id is None or not items:
            return
        network.unlink(self.db, self.contact_id, items[0].data(0, Qt.ItemDataRole.UserRole))
        self._written()

    def introduce(self) -> None:
        if self.contact_id is None:
            return
        from netzwerk_app.ui.dialogs.introduce_dialog import IntroduceDialog

        self.introduce_dialog = IntroduceDialog(self.db, self.contact_id, parent=self)
        self.introduce_dialog.accepted.connect(self._written)
        self.introduce_dialog.open()

    def _intro_selected(self) -> None:
        """Offer the next steps of the selected introduction: planned → made → followed up."""
        items = self.intros.selectedItems()
        status = items[0].data(0, Qt.ItemDataRole.UserRole)[1] if items else None
        self.made_button.setEnabled(status == "planned")
        self.followed_up_button.setEnabled(status in ("planned", "made"))

    def set_intro_status(self, status: str) -> None:
        """Move the selected introduction on; making a planned one logs it on both (core)."""
        items = self.intros.selectedItems()
        if not items:
            return
        intro_id = items[0].data(0, Qt.ItemDataRole.UserRole)[0]
        # deleted elsewhere meanwhile: show what is there now
        with contextlib.suppress(NetzwerkError):
            introductions.update_introduction(self.db, intro_id, status=status)
        self._written()
        self._intro_selected()

    def _written(self) -> None:
        self.reload()
        self.data_changed.emit()
