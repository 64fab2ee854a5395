"""Settings: the tiers (names, cadences, anchors, default kinds and channels, colours), the
language, the daily reminder, starting at login and the data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import autostart, care
from netzwerk_app.core.database import default_data_dir
from netzwerk_app.core.records import (
    ANCHORS,
    CADENCE_UNITS,
    CHANNELS,
    TOUCHPOINT_KINDS,
    NetzwerkError,
)
from netzwerk_app.ui.context import AppContext
from netzwerk_app.ui.i18n import (
    LANGUAGES,
    anchor_label,
    channel_label,
    kind_label,
    language_label,
    unit_label,
)
from netzwerk_app.ui.layouts import code_combo, dialog_buttons
from netzwerk_app.ui.text import emphasized, plain_label, show_warning


class ColourButton(QPushButton):
    """A button showing a colour; clicking opens the colour chooser."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(48)
        self.clicked.connect(self._choose)
        self.set_colour(colour)

    def set_colour(self, colour: str) -> None:
        self.colour = QColor(colour).name() if QColor(colour).isValid() else "#777777"
        self.setStyleSheet(
            f"QPushButton {{ background: {self.colour}; border: 1px solid palette(dark);"
            " border-radius: 3px; min-height: 20px; }"
        )
        self.setToolTip(self.colour)

    def _choose(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour), self, self.tr("Tier colour"))
        if colour.isValid():
            self.set_colour(colour.name())


class TierRow:
    """The editors of one tier."""

    def __init__(self, settings: care.TierSettings) -> None:
        self.tier = settings.tier
        self.name = QLineEdit(settings.name)
        self.name.setMinimumWidth(120)
        self.count = QSpinBox()
        self.count.setRange(1, 1000)
        self.count.setValue(settings.cadence_count)
        self.unit = code_combo(CADENCE_UNITS, unit_label, settings.cadence_unit)
        self.anchor = code_combo(ANCHORS, anchor_label, settings.anchor)
        self.kind = code_combo(TOUCHPOINT_KINDS, kind_label, settings.default_kind)
        self.channel = code_combo(CHANNELS, channel_label, settings.default_channel)
        self.colour = ColourButton(settings.colour)

    def settings(self) -> care.TierSettings:
        return care.TierSettings(
            tier=self.tier, name=self.name.text().strip(), cadence_count=self.count.value(),
            cadence_unit=self.unit.currentData(), anchor=self.anchor.currentData(),
            default_kind=self.kind.currentData(), default_channel=self.channel.currentData(),
            colour=self.colour.colour,
        )  # fmt: skip


class SettingsDialog(QDialog):
    """Edits tier settings (stored in the database) and preferences (stored in QSettings)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = context.db
        self.preferences = context.preferences
        self.data_dir = context.data_dir
        self.language_changed = False
        self.setWindowTitle(self.tr("Settings"))
        tabs = QTabWidget()
        tabs.addTab(self._build_tiers(), self.tr("&Tiers"))
        tabs.addTab(self._build_general(), self.tr("&General"))
        from netzwerk_app.ui.sync.accounts_dialog import AccountsPage  # CardDAV accounts

        tabs.addTab(AccountsPage(self.db, parent=parent), self.tr("&Accounts"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(dialog_buttons(self))

    def _build_tiers(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Each tier has a care cadence: how often a contact of that tier should hear "
                "from you, counted from the last touchpoint or from the birthday."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        headers = (
            self.tr("Tier"), self.tr("Name"), self.tr("Every"), "", self.tr("Counted from"),
            self.tr("Typical touchpoint"), self.tr("Channel"), self.tr("Colour"),
        )  # fmt: skip
        for col, text in enumerate(headers):
            label = QLabel(text)
            emphasized(label)
            grid.addWidget(label, 0, col)
        self.tier_rows: list[TierRow] = []
        for r, settings in enumerate(care.tier_settings(self.db).values(), start=1):
            row = TierRow(settings)
            self.tier_rows.append(row)
            tier_label = QLabel(settings.tier)
            emphasized(tier_label)
            for col, widget in enumerate(
                (
                    tier_label,
                    row.name,
                    row.count,
                    row.unit,
                    row.anchor,
                    row.kind,
                    row.channel,
                    row.colour,
                )
            ):
                grid.addWidget(widget, r, col)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        return page

    def _build_general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = code_combo(LANGUAGES, language_label, self.preferences.language)
        form.addRow(self.tr("&Language:"), self.language)
        hint = QLabel(
            self.tr(
                "The window, its menus, the list and the card switch at once; the board and "
                "the calendar when Netzwerk starts again."
            )
        )
        hint.setEnabled(False)
        form.addRow("", hint)
        self.reminders = QCheckBox(self.tr("Remind me of due touchpoints every day at"))
        self.reminders.setChecked(self.preferences.reminders_enabled)
        self.reminder_time = QTimeEdit(self.preferences.reminder_time)
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setEnabled(self.reminders.isChecked())
        self.reminders.toggled.connect(self.reminder_time.setEnabled)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminders)
        reminder_row.addWidget(self.reminder_time)
        reminder_row.addStretch(1)
        form.addRow(self.tr("Reminders:"), reminder_row)
        self.review_months = QSpinBox()
        self.review_months.setRange(1, 120)
        self.review_months.setValue(self.preferences.review_months)
        self.review_months.setSuffix(self.tr(" months"))
        review_row = QHBoxLayout()
        review_row.addWidget(QLabel(self.tr("Ask to re-check a tier after")))
        review_row.addWidget(self.review_months)
        review_row.addWidget(QLabel(self.tr("without a review")))
        review_row.addStretch(1)
        form.addRow(self.tr("Tier review:"), review_row)
        self.start_at_login = QCheckBox(self.tr("Start Netzwerk in the tray when I log in"))
        self.start_at_login.setChecked(autostart.is_enabled())
        form.addRow(self.tr("Start at login:"), self.start_at_login)
        folder_row = QHBoxLayout()
        self.folder_label = plain_label(str(self.data_dir))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = QPushButton(self.tr("Open folder"))
        open_button.clicked.connect(self.open_folder)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(open_button)
        form.addRow(self.tr("Data folder:"), folder_row)
        return page

    def _apply_start_at_login(self) -> bool:
        """Create or remove the autostart entry; False (after saying why) when that failed."""
        wanted = self.start_at_login.isChecked()
        try:
            if wanted:
                own_folder = None if self.data_dir == default_data_dir() else self.data_dir
                autostart.enable(autostart.launch_command(data_dir=own_folder))
            elif autostart.is_enabled():
                autostart.disable()
        except OSError as exc:
            show_warning(
                self, self.windowTitle(),
                self.tr("The start at login could not be changed: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )  # fmt: skip
            return False
        return True

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def accept(self) -> None:
        try:
            with self.db.atomic():
                for row in self.tier_rows:
                    care.update_tier_settings(self.db, row.settings())
        except NetzwerkError as exc:
            show_warning(self, self.windowTitle(), str(exc))
            return
        if not self._apply_start_at_login():
            return
        language = self.language.currentData()
        self.language_changed = language != self.preferences.language
        self.preferences.language = language
        self.preferences.reminders_enabled = self.reminders.isChecked()
        self.preferences.reminder_time = self.reminder_time.time()
        self.preferences.review_months = self.review_months.value()
        self.preferences.sync()
        super().accept()
