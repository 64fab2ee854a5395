"""The card's fields: the Details tab (names, organization, birthday, met, notes; the reach and
address tables come from `CardReach`) and the Relationship tab (tier, give and get, interests,
tags), filled from a record and read back into one.

`CardForm` is mixed into ContactCard; it uses the card's `db`, `_record`, `_typed_base`,
`_edited` and `tabs`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from netzwerk_app.core import care, contacts, validation
from netzwerk_app.core.records import Birthday, ContactRecord, InvalidInput
from netzwerk_app.ui.card.birthdays import birthday_display, birthday_text, parse_birthday_text
from netzwerk_app.ui.card.reach import WARNING_COLOUR
from netzwerk_app.ui.dates import edit_date_format
from netzwerk_app.ui.i18n import tier_label
from netzwerk_app.ui.text import plain_label


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


class CardForm:
    """The fields of ContactCard's Details and Relationship tabs (a mixin; see the module)."""

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

    @staticmethod
    def _form_page(label_alignment: Qt.AlignmentFlag) -> tuple[QWidget, QFormLayout]:
        """A tab's page with a form whose fields grow and whose labels align right."""
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | label_alignment)
        return page, form

    def _build_details(self) -> QWidget:
        page, form = self._form_page(Qt.AlignmentFlag.AlignVCenter)
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
        self.birthday = self._line(self._birthday_placeholder())
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

        self._build_reach(form)  # reach and addresses (CardReach)

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

    def _build_relationship(self) -> QWidget:
        page, form = self._form_page(Qt.AlignmentFlag.AlignTop)
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
        # the tier history and the career, filled by CardTimeline
        self.tier_history = self._history_tree(
            [self.tr("Date"), self.tr("Change"), self.tr("Reason")]
        )
        form.addRow(self.tr("Tier history:"), self.tier_history)
        self.positions = self._history_tree(
            [self.tr("Since"), self.tr("Until"), self.tr("Position")]
        )
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

    def _birthday_placeholder(self) -> str:
        """How to type a birthday, with examples in the locale's order and separator."""
        if QLocale().language() == QLocale.Language.German:
            return self.tr("27.11.1980 or 27.11. (no year)")
        return (
            self.tr("%1 or %2 (no year)")
            .replace("%1", birthday_text(Birthday(11, 27, 1980)))
            .replace("%2", birthday_text(Birthday(11, 27)))
        )

    def _birthday_hint(self) -> None:
        try:
            birthday = parse_birthday_text(self.birthday.text())
        except InvalidInput:
            self.birthday_hint.setText(self.tr("not a date"))
            return
        self.birthday_hint.setText(birthday_display(birthday) if birthday else "")

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

    def _fill_fields(self, record: ContactRecord) -> None:
        """Show `record` in the fields (the card sets `_loading` meanwhile)."""
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
        self.display.setText("" if record.display_name == auto else record.display_name or built)
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
        methods, keep = self._methods_as_typed()
        addresses = self._addresses_as_typed()
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
