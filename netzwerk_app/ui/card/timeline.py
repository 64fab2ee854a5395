"""The card's timeline: the Touchpoints tab (planned and past touchpoints, log, plan, edit,
delete), the next due date in the header, and the tier history and career on the Relationship
tab.

`CardTimeline` is mixed into ContactCard; it uses the card's `db`, `contact_id`, `_record`,
`save`, `due_label`, `log_button`, `network_section` and `data_changed`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import care, clock, history
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.ui.card.sections import section_list
from netzwerk_app.ui.dialogs.touchpoint_dialog import TouchpointDialog
from netzwerk_app.ui.i18n import channel_label, kind_label, tier_label
from netzwerk_app.ui.layouts import left_row
from netzwerk_app.ui.models.contact_model import format_date
from netzwerk_app.ui.text import plain_label


class CardTimeline:
    """Touchpoints, tier history and career of ContactCard (a mixin; see the module)."""

    def _build_touchpoints(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(plain_label(self.tr("Planned")))
        self.planned_list = self._timeline_tree()
        self.planned_list.setMaximumHeight(120)
        layout.addWidget(self.planned_list)
        layout.addWidget(plain_label(self.tr("History (newest first)")))
        self.history_list = self._timeline_tree()
        layout.addWidget(self.history_list, 1)
        self.add_tp_button = QPushButton(self.tr("Log…"))
        self.add_tp_button.clicked.connect(self.log_touchpoint)
        self.plan_tp_button = QPushButton(self.tr("Plan…"))
        self.plan_tp_button.clicked.connect(self.plan_touchpoint)
        self.edit_tp_button = QPushButton(self.tr("Edit…"))
        self.edit_tp_button.clicked.connect(self.edit_touchpoint)
        self.delete_tp_button = QPushButton(self.tr("Delete"))
        self.delete_tp_button.clicked.connect(self.delete_touchpoint)
        layout.addLayout(
            left_row(
                self.add_tp_button, self.plan_tp_button, self.edit_tp_button,
                self.delete_tp_button,
            )
        )  # fmt: skip
        return page

    def _timeline_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(4)
        tree.setHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Channel"), self.tr("Note")]
        )
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.header().setStretchLastSection(True)
        tree.itemDoubleClicked.connect(lambda *_: self.edit_touchpoint())
        tree.itemSelectionChanged.connect(self._touchpoint_selection)
        return tree

    @staticmethod
    def _history_tree(headers: list[str]) -> QTreeWidget:
        """A short list of dated changes (the tier history, the career)."""
        tree = section_list(headers)
        tree.setMaximumHeight(110)
        return tree

    def _load_timeline(self) -> None:
        self.planned_list.clear()
        self.history_list.clear()
        self.due_label.clear()
        if self.contact_id is None:
            for w in (self.add_tp_button, self.plan_tp_button, self.log_button):
                w.setEnabled(False)
            self._touchpoint_selection()
            return
        for w in (self.add_tp_button, self.plan_tp_button, self.log_button):
            w.setEnabled(True)
        for tp in care.touchpoints_of(self.contact_id):
            target = self.planned_list if tp.status == "planned" else self.history_list
            item = QTreeWidgetItem(
                [
                    format_date(tp.date),
                    kind_label(tp.kind)
                    + ("" if tp.status != "skipped" else " " + self.tr("(skipped)")),
                    channel_label(tp.channel),
                    tp.note.replace("\n", " "),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, tp.id)
            item.setToolTip(3, "")
            target.addTopLevelItem(item)
        if self.planned_list.topLevelItemCount() == 0:
            self.planned_list.setVisible(True)
        for tree in (self.planned_list, self.history_list):
            for col in range(3):
                tree.resizeColumnToContents(col)
        items = care.due_agenda(
            self.db, clock.today(), clock.today() + dt.timedelta(days=3650),
            ids=[self.contact_id],
        )  # fmt: skip
        if items:
            first = min(items, key=lambda i: i.due_date)
            if first.overdue_days:
                text = self.tr("Overdue since %1").replace("%1", format_date(first.due_date))
                self.due_label.setStyleSheet("color:#c62828; font-weight:bold;")
            else:
                text = self.tr("Next touchpoint due %1").replace("%1", format_date(first.due_date))
                self.due_label.setStyleSheet("")
            self.due_label.setText(text)
        self._touchpoint_selection()

    def _network_changed(self) -> None:
        self._load_timeline()
        self.data_changed.emit()

    def _load_history(self) -> None:
        self.network_section.show_contact(self.contact_id)
        self.tier_history.clear()
        self.positions.clear()
        if self.contact_id is None:
            return

        # reasons the core writes itself, shown in the user's language
        core_reasons = {
            history.REASON_NEW_CONTACT: self.tr("new contact"),
            history.REASON_IMPORTED: self.tr("imported from a vCard"),
        }
        for change in history.tier_history(self.contact_id):
            when = change.changed_at.date() if isinstance(change.changed_at, dt.datetime) else None
            text = f"{tier_label(change.from_tier)} → {tier_label(change.to_tier)}"
            reason = core_reasons.get(change.reason, change.reason)
            self.tier_history.addTopLevelItem(QTreeWidgetItem([format_date(when), text, reason]))
        for pos in history.positions_of(self.contact_id):
            text = " · ".join(p for p in (pos.title, pos.department, pos.organization) if p)
            self.positions.addTopLevelItem(
                QTreeWidgetItem([format_date(pos.recorded_on), format_date(pos.ended_on), text])
            )
        for tree in (self.tier_history, self.positions):
            tree.resizeColumnToContents(0)
            tree.resizeColumnToContents(1)

    def _contact_tuple(self) -> tuple[int, str, str | None]:
        record = self._record or ContactRecord()
        return (self.contact_id or 0, record.computed_display_name(), record.tier)

    def _selected_touchpoint_id(self) -> int | None:
        for tree in (self.planned_list, self.history_list):
            items = tree.selectedItems()
            if items:
                return items[0].data(0, Qt.ItemDataRole.UserRole)
        return None

    def _touchpoint_selection(self) -> None:
        sender = self.sender()
        if isinstance(sender, QTreeWidget) and sender.selectedItems():
            other = self.history_list if sender is self.planned_list else self.planned_list
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        has = self._selected_touchpoint_id() is not None
        self.edit_tp_button.setEnabled(has)
        self.delete_tp_button.setEnabled(has)

    def _run_touchpoint_dialog(self, dialog: TouchpointDialog) -> None:
        if dialog.exec() == TouchpointDialog.DialogCode.Accepted:
            self._load_timeline()
            self.data_changed.emit()

    def log_touchpoint(self) -> None:
        if self.contact_id is None or not self.save():
            return
        self._run_touchpoint_dialog(TouchpointDialog(self.db, [self._contact_tuple()], self))

    def plan_touchpoint(self) -> None:
        if self.contact_id is None or not self.save():
            return
        self._run_touchpoint_dialog(
            TouchpointDialog(self.db, [self._contact_tuple()], self, planned=True)
        )

    def edit_touchpoint(self) -> None:
        tp_id = self._selected_touchpoint_id()
        if tp_id is None or self.contact_id is None:
            return
        touchpoint = next((t for t in care.touchpoints_of(self.contact_id) if t.id == tp_id), None)
        if touchpoint is not None:
            self._run_touchpoint_dialog(
                TouchpointDialog(self.db, [self._contact_tuple()], self, touchpoint=touchpoint)
            )

    def delete_touchpoint(self) -> None:
        tp_id = self._selected_touchpoint_id()
        if tp_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete touchpoint"), self.tr("Delete the selected touchpoint?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        care.delete_touchpoint(self.db, tp_id)
        self._load_timeline()
        self.data_changed.emit()
