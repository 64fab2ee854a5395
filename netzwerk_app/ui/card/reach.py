"""The card's two tables: how to reach the contact (email, phone, web…) and the addresses.

`CardReach` is mixed into ContactCard: it builds the tables into the Details form, fills them,
reads them back, and marks a method that does not look right (kept as typed, never blocking a
save). It uses the card's `_loading`, `_edited` and `_set_dirty`.
"""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from netzwerk_app.core import validation
from netzwerk_app.core.records import METHOD_KINDS, AddressRecord, ContactMethodRecord
from netzwerk_app.ui.i18n import method_label
from netzwerk_app.ui.layouts import code_combo, column_widget, left_row
from netzwerk_app.ui.text import plain_label, plain_tooltip

# the stored value of a method row, to tell the user's edits from what was loaded
ORIGINAL_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOUR = "#b45309"


def method_url(kind: str, value: str) -> QUrl | None:
    """The link a contact method opens (mailto:, tel:, http…), or None."""
    value = value.strip()
    if not value:
        return None
    if kind == "email":
        return QUrl("mailto:" + value)
    if kind == "phone":
        return QUrl("tel:" + re.sub(r"[^\d+]", "", value))
    if kind in ("url", "social"):
        url = QUrl.fromUserInput(value)
        return url if url.isValid() and url.scheme() in ("http", "https") else None
    return None


class CardReach:
    """The reach and address tables of ContactCard (a mixin; see the module)."""

    def _build_reach(self, form: QFormLayout) -> None:
        """Add the reach and the address tables, each with its buttons, to `form`."""
        self._table_buttons: dict[QTableWidget, tuple[QPushButton, QPushButton]] = {}
        self.methods = QTableWidget(0, 4)
        self.methods.setHorizontalHeaderLabels(
            ["", self.tr("Type"), self.tr("Address or number"), self.tr("Label")]
        )
        self._setup_table(self.methods, stretch=2)
        self.methods.setColumnWidth(0, 28)
        self.methods.setColumnWidth(1, 86)
        self.methods.setColumnWidth(3, 62)
        self.methods.itemChanged.connect(self._edited)
        self.methods.itemChanged.connect(self._mark_methods)
        methods_box = self._table_with_buttons(self.methods, self.add_method, self._remove_method)
        self.add_method_button, self.remove_method_button = self._table_buttons[self.methods]
        self.methods_hint = plain_label()
        self.methods_hint.setWordWrap(True)
        self.methods_hint.setStyleSheet(f"color:{WARNING_COLOUR};")
        self.methods_hint.hide()
        methods_box.layout().addWidget(self.methods_hint)
        # each table spans the card's width: beside a label its address column shrank to
        # a few characters at 1,024 px
        form.addRow(QLabel(self.tr("Reach:")))
        form.addRow(methods_box)

        self.addresses = QTableWidget(0, 6)
        self.addresses.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Street"), self.tr("Postal code"), self.tr("City"),
             self.tr("Region"), self.tr("Country")]
        )  # fmt: skip
        self._setup_table(self.addresses, stretch=1)
        self.addresses.itemChanged.connect(self._edited)
        addresses_box = self._table_with_buttons(
            self.addresses, self.add_address, self._remove_address
        )
        form.addRow(QLabel(self.tr("Addresses:")))
        form.addRow(addresses_box)

    def _setup_table(self, table: QTableWidget, stretch: int) -> None:
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table (it went round its cells)
        table.verticalHeader().setDefaultSectionSize(30)
        table.setMinimumHeight(96)
        table.setMaximumHeight(150)

    def _table_with_buttons(self, table: QTableWidget, add_slot, remove_slot) -> QWidget:
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(lambda: add_slot())
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(remove_slot)
        self._table_buttons[table] = (add, remove)
        return column_widget(table, left_row(add, remove))

    def _fix_tab_order(self) -> None:
        """Tab goes through each table (its row widgets included), then its buttons, and on.

        Row widgets added later sat at the end of the focus chain, so Tab skipped from the
        reach table to the card's top and never reached the addresses or the notes."""
        chain: list[QWidget] = []
        for table in (self.methods, self.addresses):
            chain.append(table)
            for row in range(table.rowCount()):
                for col in range(table.columnCount()):
                    widget = table.cellWidget(row, col)
                    if widget is not None:
                        chain.append(widget)
            chain.extend(self._table_buttons[table])
        chain.append(self.met_where)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def add_method(self, method: ContactMethodRecord | None = None) -> None:
        method = method or ContactMethodRecord("email", "")
        was_loading = self._loading
        self._loading = True
        row = self.methods.rowCount()
        self.methods.insertRow(row)
        open_button = QToolButton()
        open_button.setAutoRaise(True)
        open_button.setText("↗")
        open_button.setToolTip(self.tr("Open (write, call, visit)"))
        open_button.clicked.connect(lambda _=False, b=open_button: self._open_method(b))
        self.methods.setCellWidget(row, 0, open_button)
        kind = code_combo(METHOD_KINDS, method_label, method.kind)
        kind.currentIndexChanged.connect(self._edited)
        kind.currentIndexChanged.connect(self._mark_methods)
        kind.setFrame(False)
        self.methods.setCellWidget(row, 1, kind)
        self._fix_tab_order()
        value = QTableWidgetItem(method.value)
        value.setData(Qt.ItemDataRole.UserRole, method.preferred)
        if was_loading:  # a stored method: kept exactly as it is unless the user edits it
            value.setData(ORIGINAL_ROLE, (method.kind, method.value))
        self.methods.setItem(row, 2, value)
        self.methods.setItem(row, 3, QTableWidgetItem(method.label))
        self._loading = was_loading
        if not was_loading:
            self._set_dirty(True)
            self.methods.setCurrentCell(row, 2)
            self.methods.editItem(value)

    def _remove_selected_rows(self, table: QTableWidget) -> bool:
        """Remove the table's selected rows; whether there were any."""
        rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
        for row in rows:
            table.removeRow(row)
        if rows:
            self._set_dirty(True)
        return bool(rows)

    def _remove_method(self) -> None:
        if self._remove_selected_rows(self.methods):
            self._mark_methods()

    def _open_method(self, button: QToolButton) -> None:
        for row in range(self.methods.rowCount()):
            if self.methods.cellWidget(row, 0) is button:
                kind = self.methods.cellWidget(row, 1).currentData()
                item = self.methods.item(row, 2)
                url = method_url(kind, item.text() if item else "")
                if url is not None:
                    QDesktopServices.openUrl(url)
                return

    def add_address(self, address: AddressRecord | None = None) -> None:
        address = address or AddressRecord()
        was_loading = self._loading
        self._loading = True
        row = self.addresses.rowCount()
        self.addresses.insertRow(row)
        values = (address.label, address.street, address.postal_code, address.locality,
                  address.region, address.country)  # fmt: skip
        for col, value in enumerate(values):
            item = QTableWidgetItem(value)
            if col == 0:
                item.setData(
                    Qt.ItemDataRole.UserRole, (address.po_box, address.extended, address.preferred)
                )
            self.addresses.setItem(row, col, item)
        self._loading = was_loading
        if not was_loading:
            self._set_dirty(True)
            self.addresses.setCurrentCell(row, 1)
            self.addresses.editItem(self.addresses.item(row, 1))

    def _remove_address(self) -> None:
        self._remove_selected_rows(self.addresses)

    def _methods_as_typed(self) -> tuple[list[ContactMethodRecord], set[int]]:
        """The methods in the table, and the indexes of those left as loaded (kept exactly)."""
        methods = []
        keep: set[int] = set()  # stored methods left as loaded: kept exactly
        for row in range(self.methods.rowCount()):
            kind = self.methods.cellWidget(row, 1).currentData()
            value_item = self.methods.item(row, 2)
            value = value_item.text().strip() if value_item else ""
            label_item = self.methods.item(row, 3)
            label = label_item.text().strip() if label_item else ""
            if not value:
                continue
            original = value_item.data(ORIGINAL_ROLE) if value_item else None
            if original is not None and tuple(original) == (kind, value_item.text()):
                value = original[1]
                keep.add(len(methods))
            preferred = bool(value_item.data(Qt.ItemDataRole.UserRole)) if value_item else False
            methods.append(ContactMethodRecord(kind, value, label, preferred))
        return methods, keep

    def _addresses_as_typed(self) -> list[AddressRecord]:
        """The addresses in the table, empty rows left out."""
        addresses = []
        for row in range(self.addresses.rowCount()):
            cells = [
                (self.addresses.item(row, c).text().strip() if self.addresses.item(row, c) else "")
                for c in range(6)
            ]
            extra = (
                self.addresses.item(row, 0).data(Qt.ItemDataRole.UserRole)
                if self.addresses.item(row, 0)
                else None
            )
            po_box, extended, preferred = extra if extra else ("", "", False)
            address = AddressRecord(
                label=cells[0], po_box=po_box, extended=extended, street=cells[1],
                postal_code=cells[2], locality=cells[3], region=cells[4], country=cells[5],
                preferred=bool(preferred),
            )  # fmt: skip
            if not address.is_empty():
                addresses.append(address)
        return addresses

    def _mark_methods(self, *_args) -> None:
        """Mark methods that do not look right (kept as typed, they never block a save)."""
        problems = []
        self.methods.blockSignals(True)
        try:
            for row in range(self.methods.rowCount()):
                item = self.methods.item(row, 2)
                kind_box = self.methods.cellWidget(row, 1)
                if item is None or kind_box is None:
                    continue
                problem = validation.method_problem(kind_box.currentData(), item.text())
                if problem == validation.NOT_A_PHONE_NUMBER:
                    text = self.tr("%1 is not a phone number here; kept as typed.")
                elif problem == validation.NOT_AN_EMAIL_ADDRESS:
                    text = self.tr("%1 does not look like an email address; kept as typed.")
                else:
                    text = ""
                text = text.replace("%1", item.text().strip())
                item.setForeground(QColor(WARNING_COLOUR) if text else QBrush())
                item.setToolTip(plain_tooltip(text))
                if text:
                    problems.append(text)
        finally:
            self.methods.blockSignals(False)
        self.methods_hint.setText("\n".join(problems))
        self.methods_hint.setVisible(bool(problems))
