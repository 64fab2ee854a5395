"""The contact card: every field of one contact, editable with validation, its touchpoint
timeline, tier with history, give and get, tags.

Shown next to the contact list. Changes are kept in the widgets until Save (Ctrl+S); the card
emits `contact_saved` / `data_changed` so the window refreshes every view.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from peewee import SqliteDatabase
from PySide6.QtCore import (
    QBuffer,
    QDate,
    QEvent,
    QIODevice,
    QLocale,
    QSize,
    QStringListModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QImage,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import care, clock, contacts, validation
from netzwerk_app.core.edits import (
    MERGE,
    MINE,
    ContactConflict,
    FieldChange,
    Resolution,
    changed_fields,
)
from netzwerk_app.core.importing import REASON_IMPORTED
from netzwerk_app.core.records import (
    METHOD_KINDS,
    AddressRecord,
    Birthday,
    ContactMethodRecord,
    ContactRecord,
    InvalidInput,
    NetzwerkError,
)
from netzwerk_app.ui.card import avatars
from netzwerk_app.ui.card.conflict_banner import ConflictBanner
from netzwerk_app.ui.card.network_section import NetworkSection
from netzwerk_app.ui.contact_model import format_date
from netzwerk_app.ui.i18n import channel_label, kind_label, method_label, tier_label
from netzwerk_app.ui.live_translation import LiveTranslation
from netzwerk_app.ui.text import plain_label, plain_tooltip, show_warning
from netzwerk_app.ui.touchpoint_dialog import TouchpointDialog, edit_date_format

# the stored value of a method row, to tell the user's edits from what was loaded
ORIGINAL_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOUR = "#b45309"
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})?$")
PHOTO_MAX = 512


_NUMERIC = re.compile(r"^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4})?)?$")


def _month_first(locale: QLocale) -> bool:
    """Whether the locale writes the month before the day (11/27/1980 in the US)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return 0 <= fmt.find("M") < fmt.find("d")


def _separator(locale: QLocale) -> str:
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return next((c for c in fmt if c in "./-"), "/")


def parse_birthday_text(text: str, locale: QLocale | None = None) -> Birthday | None:
    """A birthday typed by the user as the card shows it: ``27.11.1980``, ``27.11.``,
    ``27/11/1980``, ``27/11`` (``11/27/1980`` where the locale puts the month first), or
    ``1980-11-27`` and ``--11-27``.

    Empty text is no birthday; anything else raises InvalidInput.
    """
    text = text.strip()
    if not text:
        return None
    if m := _DOTTED.match(text):
        return Birthday(int(m[2]), int(m[1]), int(m[3]) if m[3] else None)
    if m := _NUMERIC.match(text):
        first, second = int(m[1]), int(m[3])
        if m[2] != "." and _month_first(locale or QLocale()):
            first, second = second, first
        try:
            return Birthday(second, first, int(m[4]) if m[4] else None)
        except ValueError as exc:
            raise InvalidInput(f"not a date: {text}") from exc
    return Birthday.parse(text)


def birthday_text(birthday: Birthday | None, locale: QLocale | None = None) -> str:
    """The text to edit a birthday in, in the locale's order and separator: "27.11.1980"
    and "27.11." in German, "27/11/1980" and "27/11" in British English."""
    if birthday is None:
        return ""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.German:
        year = str(birthday.year) if birthday.year else ""
        return f"{birthday.day:02d}.{birthday.month:02d}.{year}"
    sep = _separator(locale)
    parts = [f"{birthday.day:02d}", f"{birthday.month:02d}"]
    if _month_first(locale):
        parts.reverse()
    if birthday.year:
        parts.append(str(birthday.year))
    return sep.join(parts)


def birthday_display(birthday: Birthday) -> str:
    """ "27 Nov" or "27 Nov 1980" in the locale's words."""
    locale = QLocale()
    month = locale.monthName(birthday.month, QLocale.FormatType.ShortFormat)
    de = locale.language() == QLocale.Language.German
    text = f"{birthday.day}. {month}" if de else f"{birthday.day} {month}"
    return f"{text} {birthday.year}" if birthday.year else text


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


def scaled_photo(data: bytes) -> tuple[bytes, str] | None:
    """The photo as a JPEG of at most PHOTO_MAX pixels, or None when it is not an image."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PHOTO_MAX:
        image = image.scaled(
            PHOTO_MAX, PHOTO_MAX, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 88)
    return bytes(buffer.data().data()), "image/jpeg"


class OptionalDateEdit(QDateEdit):
    """A date edit whose minimum date means "unknown" (its special value text).

    Qt's date edit swallows Tab while it shows the special value: the keyboard was caught.
    Here Tab and Shift+Tab then move on like in any other field."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self.specialValueText()
            and self.date() == self.minimumDate()
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)


class TagCompleter(QCompleter):
    """Completes the last tag of a comma-separated list."""

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index) -> str:
        widget = self.widget()
        current = widget.text() if isinstance(widget, QLineEdit) else ""
        parts = [p.strip() for p in current.split(",")[:-1] if p.strip()]
        parts.append(str(self.model().data(index)))
        return ", ".join(parts) + ", "


class ContactCard(LiveTranslation, QWidget):
    """Edit one contact. `show_contact(id)`, `new_contact()`, `save()`."""

    contact_saved = Signal(int)  # the contact's data was written (id)
    data_changed = Signal()  # touchpoints, tier or photo changed: refresh every view
    dirty_changed = Signal(bool)

    def __init__(self, db: SqliteDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.contact_id: int | None = None
        self._record: ContactRecord | None = None
        self._loaded: contacts.LoadedContact | None = None  # the base of the edits
        self._typed_base: ContactRecord | None = None  # the loaded record as the fields give it
        self._conflict: ContactConflict | None = None
        self._loading = False
        self._dirty = False
        self._table_buttons: dict[QTableWidget, tuple[QPushButton, QPushButton]] = {}
        self._language_de = QLocale().language() == QLocale.Language.German

        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Select a contact to see the card."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._build_card())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    # ------------------------------------------------------------ building

    def _build_card(self) -> QWidget:
        card = QWidget()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 12, 12, 8)

        header = QHBoxLayout()
        self.photo_button = QToolButton()
        self.photo_button.setIconSize(QSize(64, 64))
        self.photo_button.setAutoRaise(True)
        self.photo_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.photo_button.setToolTip(self.tr("Change the photo"))
        self.photo_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        photo_menu = QMenu(self.photo_button)
        self.choose_photo_action = photo_menu.addAction(self.tr("Choose photo…"), self.choose_photo)
        self.remove_photo_action = photo_menu.addAction(self.tr("Remove photo"), self.remove_photo)
        self.photo_button.setMenu(photo_menu)
        header.addWidget(self.photo_button)
        titles = QVBoxLayout()
        self.name_label = plain_label()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = plain_label()
        self.subtitle_label.setWordWrap(True)
        self.due_label = plain_label()
        for label in (self.name_label, self.subtitle_label, self.due_label):
            # A long unbreakable name or organization must not widen the card (and squeeze the
            # list); it is cut and shown whole in the tooltip.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        titles.addStretch(1)
        titles.addWidget(self.name_label)
        titles.addWidget(self.subtitle_label)
        titles.addWidget(self.due_label)
        titles.addStretch(1)
        header.addLayout(titles, 1)
        self.tier_badge = QLabel()
        self.tier_badge.setTextFormat(Qt.TextFormat.PlainText)
        self.tier_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tier_badge.setMinimumSize(34, 34)
        header.addWidget(self.tier_badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        self.conflict_banner = ConflictBanner()
        self.conflict_banner.merge_chosen.connect(lambda: self.save(MERGE))
        self.conflict_banner.mine_chosen.connect(lambda: self.save(MINE))
        self.conflict_banner.theirs_chosen.connect(self.keep_theirs)
        layout.addWidget(self.conflict_banner)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._scrolled(self._build_details()), self.tr("&Details"))
        self.tabs.addTab(self._build_touchpoints(), self.tr("&Touchpoints"))
        self.tabs.addTab(self._scrolled(self._build_relationship()), self.tr("&Relationship"))
        self.network_section = NetworkSection(self.db)  # career, links, events, introductions
        self.network_section.data_changed.connect(self._network_changed)
        self.tabs.addTab(self.network_section, self.tr("Net&work"))
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.log_button = QPushButton(self.tr("Log touchpoint…"))
        self.log_button.clicked.connect(self.log_touchpoint)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._set_dirty(False)
        return card

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return area

    def _line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(self._edited)
        return edit

    def _text(self, placeholder: str = "", height: int = 70) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.textChanged.connect(self._edited)
        return edit

    def _build_details(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.prefix = self._line()
        self.given = self._line()
        self.additional = self._line()
        self.family = self._line()
        self.suffix = self._line()
        self.display = self._line(self.tr("Built from the name"))
        self.nickname = self._line()
        self.organization = self._line()
        self.department = self._line()
        self.job_title = self._line()
        self.birthday = self._line(
            self.tr("27.11.1980 or 27.11. (no year)")
            if self._language_de
            else self.tr("%1 or %2 (no year)")
            .replace("%1", birthday_text(Birthday(11, 27, 1980)))
            .replace("%2", birthday_text(Birthday(11, 27)))
        )
        self.birthday.textChanged.connect(self._birthday_hint)
        self.birthday.textChanged.connect(lambda _t: self._sync_no_birthday())
        self.birthday_hint = plain_label()
        self.birthday_hint.setEnabled(False)
        birthday_row = QHBoxLayout()
        birthday_row.addWidget(self.birthday, 1)
        birthday_row.addWidget(self.birthday_hint)
        name_row = QHBoxLayout()
        name_row.addWidget(self.given, 3)
        name_row.addWidget(self.family, 3)
        self.given.setPlaceholderText(self.tr("Given name"))
        self.family.setPlaceholderText(self.tr("Family name"))
        more_row = QHBoxLayout()
        self.prefix.setPlaceholderText(self.tr("Prefix"))
        self.additional.setPlaceholderText(self.tr("Middle names"))
        self.suffix.setPlaceholderText(self.tr("Suffix"))
        more_row.addWidget(self.prefix, 1)
        more_row.addWidget(self.additional, 2)
        more_row.addWidget(self.suffix, 1)
        form.addRow(self._buddy(self.tr("&Name:"), self.given), name_row)
        form.addRow("", more_row)
        form.addRow(self.tr("Displa&y name:"), self.display)
        form.addRow(self.tr("Nic&kname:"), self.nickname)
        form.addRow(self.tr("&Organization:"), self.organization)
        form.addRow(self.tr("Dep&artment:"), self.department)
        form.addRow(self.tr("&Job title:"), self.job_title)
        form.addRow(self._buddy(self.tr("&Birthday:"), self.birthday), birthday_row)

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
        methods_box = self._table_with_buttons(
            self.methods, self.tr("Add"), self.add_method, self.tr("Remove"), self._remove_method
        )
        self.add_method_button, self.remove_method_button = self._table_buttons[self.methods]
        self.methods_hint = plain_label()
        self.methods_hint.setWordWrap(True)
        self.methods_hint.setStyleSheet(f"color:{WARNING_COLOUR};")
        self.methods_hint.hide()
        methods_box.layout().addWidget(self.methods_hint)
        # the table spans the card's width: beside a label its address column shrank to
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
            self.addresses, self.tr("Add"), self.add_address, self.tr("Remove"),
            self._remove_address,
        )  # fmt: skip
        # the table spans the card's width: beside a label its address column shrank to
        # a few characters at 1,024 px
        form.addRow(QLabel(self.tr("Addresses:")))
        form.addRow(addresses_box)

        self.met_where = self._line(self.tr("Where and how you met"))
        self.met_on = OptionalDateEdit()
        self.met_on.setCalendarPopup(True)
        self.met_on.setDisplayFormat(edit_date_format())
        self.met_on.setSpecialValueText(self.tr("unknown"))
        self.met_on.setMinimumDate(QDate(1900, 1, 1))
        self.met_on.dateChanged.connect(self._edited)
        met_row = QHBoxLayout()
        met_row.addWidget(self.met_where, 1)
        met_row.addWidget(self.met_on)
        form.addRow(self._buddy(self.tr("&Met:"), self.met_where), met_row)
        self.notes = self._text(self.tr("Notes"), 90)
        form.addRow(self.tr("Not&es:"), self.notes)
        return page

    @staticmethod
    def _buddy(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

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

    def _table_with_buttons(self, table, add_text, add_slot, remove_text, remove_slot) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        row = QHBoxLayout()
        add = QPushButton(add_text)
        add.clicked.connect(lambda: add_slot())
        remove = QPushButton(remove_text)
        remove.clicked.connect(remove_slot)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        self._table_buttons[table] = (add, remove)
        return box

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
        row = QHBoxLayout()
        self.add_tp_button = QPushButton(self.tr("Log…"))
        self.add_tp_button.clicked.connect(self.log_touchpoint)
        self.plan_tp_button = QPushButton(self.tr("Plan…"))
        self.plan_tp_button.clicked.connect(self.plan_touchpoint)
        self.edit_tp_button = QPushButton(self.tr("Edit…"))
        self.edit_tp_button.clicked.connect(self.edit_touchpoint)
        self.delete_tp_button = QPushButton(self.tr("Delete"))
        self.delete_tp_button.clicked.connect(self.delete_touchpoint)
        for b in (
            self.add_tp_button,
            self.plan_tp_button,
            self.edit_tp_button,
            self.delete_tp_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
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

    def _build_relationship(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.tier = QComboBox()
        self.tier.currentIndexChanged.connect(self._edited)
        self.tier_reason = self._line(self.tr("Why the tier changes (optional)"))
        tier_row = QHBoxLayout()
        tier_row.addWidget(self.tier)
        tier_row.addWidget(self.tier_reason, 1)
        form.addRow(self._buddy(self.tr("T&ier:"), self.tier), tier_row)
        # a birthday tier (D) without a birthday is never due: say so and offer to add one
        self.no_birthday_hint = plain_label()
        self.no_birthday_hint.setWordWrap(True)
        self.no_birthday_hint.setStyleSheet(f"color:{WARNING_COLOUR};")
        self.add_birthday_button = QPushButton(self.tr("Add a birthday"))
        self.add_birthday_button.clicked.connect(self.edit_birthday)
        hint_box = QWidget()
        hint_row = QHBoxLayout(hint_box)
        hint_row.setContentsMargins(0, 0, 0, 0)
        hint_row.addWidget(self.no_birthday_hint, 1)
        hint_row.addWidget(self.add_birthday_button)
        self.no_birthday_box = hint_box
        hint_box.hide()
        form.addRow("", hint_box)
        self.tier.currentIndexChanged.connect(self._sync_no_birthday)
        self.tier_history = QTreeWidget()
        self.tier_history.setHeaderLabels([self.tr("Date"), self.tr("Change"), self.tr("Reason")])
        self.tier_history.setRootIsDecorated(False)
        self.tier_history.setMaximumHeight(110)
        form.addRow(self.tr("Tier history:"), self.tier_history)
        self.positions = QTreeWidget()
        self.positions.setHeaderLabels([self.tr("Since"), self.tr("Until"), self.tr("Position")])
        self.positions.setRootIsDecorated(False)
        self.positions.setMaximumHeight(110)
        form.addRow(self.tr("Career:"), self.positions)
        self.they_offer = self._text(self.tr("Knowledge, contacts, opportunities…"))
        form.addRow(self.tr("What they offer /\nwhat I expect:"), self.they_offer)
        self.i_offer = self._text(self.tr("Help, introductions, know-how…"))
        form.addRow(self.tr("What I can offer:"), self.i_offer)
        self.interests = self._line(self.tr("Shared interests"))
        form.addRow(self.tr("Intere&sts:"), self.interests)
        self.tags = self._line(self.tr("Comma-separated, e.g. board, alumni"))
        self.tag_model = QStringListModel(self)
        completer = TagCompleter(self.tag_model, self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        form.addRow(self.tr("Ta&gs:"), self.tags)
        return page

    # ------------------------------------------------------------ state

    def is_dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)  # for a new contact: discard it
        if changed:
            self.dirty_changed.emit(dirty)

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _birthday_hint(self) -> None:
        try:
            birthday = parse_birthday_text(self.birthday.text())
        except InvalidInput:
            self.birthday_hint.setText(self.tr("not a date"))
            return
        self.birthday_hint.setText(birthday_display(birthday) if birthday else "")

    def clear(self) -> None:
        self.contact_id = None
        self._record = None
        self._loaded = self._typed_base = self._conflict = None
        self.conflict_banner.hide()
        self._set_dirty(False)
        self.stack.setCurrentIndex(0)

    def new_contact(self) -> None:
        """An empty card; Save creates the contact."""
        self._show(None, ContactRecord())
        self.tabs.setCurrentIndex(0)
        self.given.setFocus()
        self._set_dirty(True)

    def show_contact(self, contact_id: int) -> None:
        try:
            loaded = contacts.load_contact_state(self.db, contact_id)
        except NetzwerkError:
            self.clear()
            return
        self._show(contact_id, loaded.record, loaded)

    def reload(self) -> None:
        """Show the stored state again (after changes elsewhere), unless there are edits."""
        if self.contact_id is not None and not self._dirty:
            self.show_contact(self.contact_id)
        elif self.contact_id is not None:
            self._load_timeline()
            self._announce_changes_elsewhere()

    def _announce_changes_elsewhere(self) -> None:
        """While the user edits, show at once what changed elsewhere (the save would stop)."""
        if self._loaded is None or self._typed_base is None:
            return
        try:
            record = self._record_as_typed()
            conflict = contacts.pending_conflict(
                self.db, self.contact_id, record, self._loaded,
                changed_fields(self._typed_base, record),
            )  # fmt: skip
        except NetzwerkError:  # a half-typed birthday, a contact deleted elsewhere
            return
        if conflict is not None:
            self._show_conflict(conflict)

    def _show(
        self,
        contact_id: int | None,
        record: ContactRecord,
        loaded: contacts.LoadedContact | None = None,
    ) -> None:
        self._loading = True
        try:
            self.contact_id = contact_id
            self._record = record
            self._loaded = loaded
            self._typed_base = None
            self._conflict = None
            self.conflict_banner.hide()
            self.stack.setCurrentIndex(1)
            for edit, value in (
                (self.prefix, record.prefix), (self.given, record.given_name),
                (self.additional, record.additional_names), (self.family, record.family_name),
                (self.suffix, record.suffix), (self.nickname, record.nickname),
                (self.organization, record.organization), (self.department, record.department),
                (self.job_title, record.title), (self.met_where, record.met_where),
                (self.interests, record.interests),
            ):  # fmt: skip
                edit.setText(value)
                edit.setCursorPosition(0)
            built = record.computed_display_name() if not record.display_name else ""
            auto = ContactRecord(**{**record.__dict__, "display_name": ""}).computed_display_name()
            self.display.setText(
                "" if record.display_name == auto else record.display_name or built
            )
            self.birthday.setText(birthday_text(record.birthday))
            self.met_on.setDate(
                QDate(record.met_on.year, record.met_on.month, record.met_on.day)
                if record.met_on
                else self.met_on.minimumDate()
            )
            self.notes.setPlainText(record.notes)
            self.they_offer.setPlainText(record.they_offer)
            self.i_offer.setPlainText(record.i_offer)
            self.tags.setText(", ".join(record.tags))
            self.tag_model.setStringList(contacts.all_tags(self.db))
            self.methods.setRowCount(0)
            for m in record.methods:
                self.add_method(m)
            self.addresses.setRowCount(0)
            for a in record.addresses:
                self.add_address(a)
            self._fill_tiers(record.tier)
            self.tier_reason.clear()
            self._update_header(record)
            self._load_timeline()
            self._load_history()
            self._mark_methods()
            self._typed_base = self._record_as_typed()
        finally:
            self._loading = False
        self._set_dirty(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_texts()
            self._language_de = QLocale().language() == QLocale.Language.German
            self.birthday.setPlaceholderText(
                self.tr("27.11.1980 or 27.11. (no year)")
                if self._language_de
                else self.tr("%1 or %2 (no year)")
                .replace("%1", birthday_text(Birthday(11, 27, 1980)))
                .replace("%2", birthday_text(Birthday(11, 27)))
            )  # fmt: skip
            if not self._dirty and self.contact_id is not None:
                self.show_contact(self.contact_id)  # dates and names of kinds and tiers
            self._sync_no_birthday()

    def _sync_no_birthday(self) -> None:
        """Show the hint while a birthday tier is chosen and no birthday is typed."""
        if not hasattr(self, "no_birthday_box"):
            return
        tier = self.tier.currentData()
        setting = care.tier_settings(self.db).get(tier) if tier is not None else None
        anchored = setting is not None and setting.anchor == "birthday"
        missing = not self.birthday.text().strip()
        if anchored and missing:
            self.no_birthday_hint.setText(
                self.tr("Tier %1 is due on the birthday: without one, this contact is never due.")
                .replace("%1", tier_label(tier, getattr(self, "_tier_names", {})))
            )  # fmt: skip
        self.no_birthday_box.setVisible(anchored and missing)

    def edit_birthday(self) -> None:
        """Go to the birthday field (from the hint on a birthday tier)."""
        self.tabs.setCurrentIndex(0)
        self.birthday.setFocus()

    def _fill_tiers(self, current: str | None) -> None:
        names = {t: s.name for t, s in care.tier_settings(self.db).items()}
        self._tier_names = names
        self.tier.clear()
        self.tier.addItem(tier_label(None), None)
        for t in names:
            self.tier.addItem(tier_label(t, names), t)
        self.tier.setCurrentIndex(max(0, self.tier.findData(current)))

    def _update_header(self, record: ContactRecord) -> None:
        name = record.computed_display_name() or self.tr("New contact")
        self.name_label.setText(name)
        self.subtitle_label.setText(
            " · ".join(p for p in (record.title, record.department, record.organization) if p)
        )
        self.subtitle_label.setVisible(bool(self.subtitle_label.text()))
        self.name_label.setToolTip(plain_tooltip(name))
        self.subtitle_label.setToolTip(plain_tooltip(self.subtitle_label.text()))
        ratio = self.devicePixelRatioF()
        self.photo_button.setIcon(avatars.avatar(name, record.photo, 64, ratio))
        self.remove_photo_action.setEnabled(bool(record.photo))
        self.photo_button.setEnabled(self.contact_id is not None)
        tier = record.tier
        settings = care.tier_settings(self.db)
        if tier and tier in settings:
            colour = settings[tier].colour
            self.tier_badge.setText(tier)
            self.tier_badge.setStyleSheet(
                f"background:{colour}; color:white; border-radius:17px; font-weight:bold;"
            )
            self.tier_badge.setToolTip(self.tr("Tier %1").replace("%1", settings[tier].name))
        else:
            self.tier_badge.setText("–")
            self.tier_badge.setStyleSheet(
                "background:palette(mid); color:white; border-radius:17px; font-weight:bold;"
            )
            self.tier_badge.setToolTip(self.tr("Unsorted"))

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
            contacts.REASON_NEW_CONTACT: self.tr("new contact"),
            REASON_IMPORTED: self.tr("imported from a vCard"),
        }
        for change in contacts.tier_history(self.contact_id):
            when = change.changed_at.date() if isinstance(change.changed_at, dt.datetime) else None
            text = f"{tier_label(change.from_tier)} → {tier_label(change.to_tier)}"
            reason = core_reasons.get(change.reason, change.reason)
            self.tier_history.addTopLevelItem(QTreeWidgetItem([format_date(when), text, reason]))
        for pos in contacts.positions_of(self.contact_id):
            text = " · ".join(p for p in (pos.title, pos.department, pos.organization) if p)
            self.positions.addTopLevelItem(
                QTreeWidgetItem([format_date(pos.recorded_on), format_date(pos.ended_on), text])
            )
        for tree in (self.tier_history, self.positions):
            tree.resizeColumnToContents(0)
            tree.resizeColumnToContents(1)

    # ------------------------------------------------------------ methods and addresses

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
        kind = QComboBox()
        for k in METHOD_KINDS:
            kind.addItem(method_label(k), k)
        kind.setCurrentIndex(max(0, kind.findData(method.kind)))
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

    def _remove_method(self) -> None:
        rows = sorted({i.row() for i in self.methods.selectedIndexes()}, reverse=True)
        for row in rows:
            self.methods.removeRow(row)
        if rows:
            self._set_dirty(True)
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
        rows = sorted({i.row() for i in self.addresses.selectedIndexes()}, reverse=True)
        for row in rows:
            self.addresses.removeRow(row)
        if rows:
            self._set_dirty(True)

    # ------------------------------------------------------------ saving

    def record_from_fields(self) -> ContactRecord:
        """The record as edited; raises InvalidInput with a message for the user."""
        record = self._record_as_typed()
        if not record.computed_display_name():
            raise InvalidInput(
                self.tr("A contact needs a name, an organization, an email or a phone number.")
            )
        return record

    def _record_as_typed(self) -> ContactRecord:
        """The fields as a record (not yet checked for a name).

        Only what the user edited is checked: a method left as loaded is kept exactly as
        stored; an edited one is normalised when it can be and else kept as typed (marked, see
        `_mark_methods`). A birthday that is not a date raises InvalidInput.
        """
        base = self._record or ContactRecord()
        try:
            birthday = parse_birthday_text(self.birthday.text())
        except InvalidInput as exc:
            if self._typed_base is None or self.birthday.text() != birthday_text(
                self._typed_base.birthday
            ):
                raise InvalidInput(
                    self.tr("The birthday is not a date: %1").replace("%1", self.birthday.text())
                ) from exc
            birthday = self._typed_base.birthday
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
        met = self.met_on.date()
        met_on = (
            None
            if met == self.met_on.minimumDate()
            else dt.date(met.year(), met.month(), met.day())
        )
        record = ContactRecord(
            uid=base.uid, prefix=self.prefix.text().strip(), given_name=self.given.text().strip(),
            additional_names=self.additional.text().strip(), family_name=self.family.text().strip(),
            suffix=self.suffix.text().strip(), display_name=self.display.text().strip(),
            nickname=self.nickname.text().strip(), organization=self.organization.text().strip(),
            department=self.department.text().strip(), title=self.job_title.text().strip(),
            birthday=birthday, notes=self.notes.toPlainText(), tier=self.tier.currentData(),
            met_where=self.met_where.text().strip(), met_on=met_on,
            they_offer=self.they_offer.toPlainText(), i_offer=self.i_offer.toPlainText(),
            interests=self.interests.text().strip(), methods=methods, addresses=addresses,
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            photo=base.photo, photo_mime=base.photo_mime, photo_url=base.photo_url,
            raw_properties=list(base.raw_properties),
        )  # fmt: skip
        # the one core rule of every way in: names without deceptive invisible characters,
        # edited phone numbers in E.164, odd values kept as typed (marked by `_mark_methods`)
        return validation.clean_record(record, keep_methods=keep)[0]

    def save(self, resolution: str | None = None) -> bool:
        """Write the fields the user changed; returns False when nothing was written.

        When the contact changed elsewhere meanwhile, the conflict banner shows what changed
        and nothing is written until the user answers (`resolution`: MERGE or MINE).
        Invalid input shows a message.
        """
        if self.stack.currentIndex() != 1 or not self._dirty:
            return True
        try:
            record = self.record_from_fields()
            if self.contact_id is None:
                contact_id = contacts.add_contact(self.db, record)
            else:
                contact_id = self.contact_id
                answer = None
                if resolution is not None and self._conflict is not None:
                    answer = Resolution(resolution, self._conflict.revision)
                contacts.update_contact(
                    self.db, contact_id, record, tier_reason=self.tier_reason.text().strip(),
                    base=self._loaded, changed=changed_fields(self._typed_base, record),
                    resolution=answer,
                )  # fmt: skip
        except ContactConflict as conflict:
            self._show_conflict(conflict)
            return False
        except NetzwerkError as exc:
            show_warning(self, self.tr("Cannot save the contact"), str(exc))
            return False
        self.show_contact(contact_id)
        self.contact_saved.emit(contact_id)
        return True

    def keep_theirs(self) -> None:
        """Drop the edits and show the contact as stored now."""
        if self.contact_id is not None:
            self.show_contact(self.contact_id)

    def _show_conflict(self, conflict: ContactConflict) -> None:
        self._conflict = conflict
        lines, both = [], False
        labels: dict[str, str] = {}
        for change in conflict.changes:
            label = self._field_label(change.field)
            if label in labels:  # photo, photo type and photo link are one line
                continue
            if change.field in ("photo", "photo_mime", "photo_url", "raw_properties"):
                text = f"{label}: {self.tr('changed')}"
            else:
                text = f"{label}: {self._value_text(change, change.before)} → "
                text += self._value_text(change, change.theirs)
            if change.both:
                both = True
                text = (
                    "⚠ "
                    + text
                    + "  "
                    + self.tr("(yours: %1)").replace("%1", self._value_text(change, change.mine))
                )
            labels[label] = text
            lines.append(text)
        self.conflict_banner.show_changes(lines, both)

    def _field_label(self, field: str) -> str:
        labels = {
            "prefix": self.tr("Prefix"), "given_name": self.tr("Given name"),
            "additional_names": self.tr("Middle names"), "family_name": self.tr("Family name"),
            "suffix": self.tr("Suffix"), "display_name": self.tr("Display name"),
            "nickname": self.tr("Nickname"), "organization": self.tr("Organization"),
            "department": self.tr("Department"), "title": self.tr("Job title"),
            "birthday": self.tr("Birthday"), "methods": self.tr("Reach"),
            "addresses": self.tr("Addresses"), "met_where": self.tr("Met"),
            "met_on": self.tr("Met on"), "notes": self.tr("Notes"), "tier": self.tr("Tier"),
            "they_offer": self.tr("What they offer"), "i_offer": self.tr("What I can offer"),
            "interests": self.tr("Interests"), "tags": self.tr("Tags"),
            "photo": self.tr("Photo"), "photo_mime": self.tr("Photo"),
            "photo_url": self.tr("Photo"), "raw_properties": self.tr("Other vCard data"),
        }  # fmt: skip
        return labels.get(field, field)

    def _value_text(self, change: FieldChange, value: object) -> str:
        """A short plain-text rendering of a field's value for the conflict banner."""
        empty = self.tr("(empty)")
        if change.field == "tier":
            return tier_label(value, getattr(self, "_tier_names", None))  # type: ignore[arg-type]
        if change.field == "birthday":
            return birthday_display(value) if value else empty  # type: ignore[arg-type]
        if change.field == "met_on":
            return format_date(value) if value else empty  # type: ignore[arg-type]
        if change.field == "methods":
            text = ", ".join(m.value for m in value)  # type: ignore[attr-defined]
        elif change.field == "addresses":
            text = "; ".join(
                ", ".join(p for p in (a.street, a.postal_code, a.locality) if p)
                for a in value  # type: ignore[attr-defined]
            )
        elif change.field == "tags":
            text = ", ".join(value)  # type: ignore[arg-type]
        else:
            text = " ".join(str(value or "").split())
        if len(text) > 80:
            text = text[:79] + "…"
        return text or empty

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

    def leave(self) -> bool:
        """Before the user goes elsewhere: a new contact left empty is dropped without a word,
        other edits are saved. False (after a message) when the edits cannot be saved."""
        if self.contact_id is None and self._dirty and self.stack.currentIndex() == 1:
            try:
                empty = self._record_as_typed() == ContactRecord()
            except InvalidInput:
                empty = False
            if empty:
                self.clear()
                return True
        return self.save()

    def revert(self) -> None:
        if self.contact_id is not None:
            self.show_contact(self.contact_id)
        else:
            self.clear()

    # ------------------------------------------------------------ photo

    def choose_photo(self) -> None:
        if self.contact_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"),
        )
        if path:
            self.set_photo_file(path)

    def set_photo_file(self, path: str) -> bool:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            show_warning(self, self.tr("Choose a photo"), exc.strerror or str(exc))
            return False
        photo = scaled_photo(data)
        if photo is None:
            show_warning(self, self.tr("Choose a photo"), self.tr("This file is not an image."))
            return False
        self._apply_photo(*photo)
        return True

    def remove_photo(self) -> None:
        self._apply_photo(None, "")

    def _apply_photo(self, data: bytes | None, mime: str) -> None:
        if self.contact_id is None or self._record is None:
            return
        with self.db.atomic():
            contacts.set_photo(self.contact_id, data, mime)
        self._record.photo, self._record.photo_mime = data, mime
        if self._typed_base is not None:
            self._typed_base.photo, self._typed_base.photo_mime = data, mime
        self._update_header(self._record)
        self.data_changed.emit()

    # ------------------------------------------------------------ touchpoints

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
