"""Export contacts to a vCard file: all, the current filter, the selection, or one tier;
vCard 3.0 or 4.0."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app import vcard
from netzwerk_app.core import care
from netzwerk_app.core.records import NetzwerkError
from netzwerk_app.ui.context import AppContext
from netzwerk_app.ui.i18n import tier_label
from netzwerk_app.ui.layouts import dialog_buttons
from netzwerk_app.ui.preferences import KEY_LAST_EXPORT_DIR

SCOPES = ("all", "filter", "selection", "tier")


class ExportDialog(QDialog):
    """Choose what to export and the vCard version; then the file; then write it."""

    def __init__(
        self,
        context: AppContext,
        visible_ids: list[int],
        selected_ids: list[int],
        filtered: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = context.db
        self.preferences = context.preferences
        self.visible_ids = list(visible_ids)
        self.selected_ids = list(selected_ids)
        self.exported = 0
        self.setWindowTitle(self.tr("Export vCard"))

        self.scope_buttons = QButtonGroup(self)
        self.radio: dict[str, QRadioButton] = {}
        texts = {
            "all": self.tr("All contacts"),
            "filter": self.tr("The contacts shown now (%n)", "", len(self.visible_ids)),
            "selection": self.tr("The selected contacts (%n)", "", len(self.selected_ids)),
            "tier": self.tr("One tier:"),
        }
        scope_box = QVBoxLayout()
        for scope in SCOPES:
            button = QRadioButton(texts[scope])
            self.radio[scope] = button
            self.scope_buttons.addButton(button)
            if scope == "tier":
                self.tier = QComboBox()
                for t, s in care.tier_settings(self.db).items():
                    self.tier.addItem(tier_label(t, {t: s.name}), t)
                self.tier.addItem(tier_label(None), "unsorted")
                self.tier.currentIndexChanged.connect(
                    lambda _i: self.radio["tier"].setChecked(True)
                )
                row = QHBoxLayout()
                row.addWidget(button)
                row.addWidget(self.tier)
                row.addStretch(1)
                scope_box.addLayout(row)
            else:
                scope_box.addWidget(button)
        self.radio["filter"].setEnabled(filtered and bool(self.visible_ids))
        self.radio["selection"].setEnabled(bool(self.selected_ids))
        self.radio["all"].setChecked(True)

        self.version = QComboBox()
        self.version.addItem(self.tr("vCard 3.0 (most compatible)"), "3.0")
        self.version.addItem(self.tr("vCard 4.0"), "4.0")

        form = QFormLayout()
        form.addRow(self.tr("Export:"), scope_box)
        form.addRow(self.tr("Format:"), self.version)
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def select_scope(self, scope: str) -> None:
        if self.radio[scope].isEnabled():
            self.radio[scope].setChecked(True)

    def scope(self) -> str:
        return next(s for s, b in self.radio.items() if b.isChecked())

    def choose_path(self) -> str:
        start = Path(str(self.preferences.value(KEY_LAST_EXPORT_DIR, str(Path.home()))))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export vCard"), str(start / self.tr("contacts.vcf")),
            self.tr("vCard files (*.vcf)"),
        )  # fmt: skip
        if path and not path.lower().endswith((".vcf", ".vcard")):
            path += ".vcf"
        return path

    def export_to(self, path: str) -> int:
        """Write the chosen contacts to `path`; returns how many."""
        scope = self.scope()
        version = self.version.currentData()
        if scope == "all":
            return vcard.export_vcards(self.db, path, version=version)
        if scope == "filter":
            return vcard.export_vcards(self.db, path, ids=self.visible_ids, version=version)
        if scope == "selection":
            return vcard.export_vcards(self.db, path, ids=self.selected_ids, version=version)
        return vcard.export_vcards(self.db, path, tier=self.tier.currentData(), version=version)

    def accept(self) -> None:
        path = self.choose_path()
        if not path:
            return
        try:
            self.exported = self.export_to(path)
        except (OSError, NetzwerkError, ValueError) as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.windowTitle(),
                self.tr("The file could not be written."), QMessageBox.StandardButton.Ok, self,
            )  # fmt: skip
            box.setInformativeText(str(exc))
            box.exec()
            return
        self.preferences.set_value(KEY_LAST_EXPORT_DIR, str(Path(path).parent))
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(
                self.tr("%n contact(s) exported.", "", self.exported), 6000
            )
        super().accept()
