"""The contact card: every field of one contact, editable with validation, its touchpoint
timeline, tier with history, give and get, tags.

Shown next to the contact list. Changes are kept in the widgets until Save (Ctrl+S); the card
emits `contact_saved` / `data_changed` so the window refreshes every view.

`ContactCard` is the shell: the header, the tabs and the buttons, loading and saving, and the
banner when the contact changed elsewhere meanwhile. Its parts are mixed in: the fields
(`form.CardForm`), the reach and address tables (`reach.CardReach`), the photo
(`photo.CardPhoto`) and the touchpoints with the tier history (`timeline.CardTimeline`).
"""

from __future__ import annotations

from peewee import SqliteDatabase
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netzwerk_app.core import care, contact_writes, contacts
from netzwerk_app.core.edits import (
    MERGE,
    MINE,
    ContactConflict,
    FieldChange,
    Resolution,
    changed_fields,
)
from netzwerk_app.core.records import ContactRecord, InvalidInput, NetzwerkError
from netzwerk_app.ui.card.birthdays import birthday_display
from netzwerk_app.ui.card.conflict_banner import ConflictBanner
from netzwerk_app.ui.card.form import CardForm
from netzwerk_app.ui.card.network_section import NetworkSection
from netzwerk_app.ui.card.photo import CardPhoto
from netzwerk_app.ui.card.reach import CardReach
from netzwerk_app.ui.card.timeline import CardTimeline
from netzwerk_app.ui.i18n import tier_label
from netzwerk_app.ui.layouts import scrolled
from netzwerk_app.ui.live_translation import LiveTranslation
from netzwerk_app.ui.models.contact_model import format_date
from netzwerk_app.ui.text import emphasized, plain_label, plain_tooltip, show_warning


class ContactCard(CardForm, CardReach, CardPhoto, CardTimeline, LiveTranslation, QWidget):
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

    def _build_card(self) -> QWidget:
        card = QWidget()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 12, 12, 8)

        header = QHBoxLayout()
        header.addWidget(self._build_photo_button())
        titles = QVBoxLayout()
        self.name_label = plain_label()
        emphasized(self.name_label, 1.45)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = plain_label()
        self.subtitle_label.setWordWrap(True)
        self.due_label = plain_label()
        titles.addStretch(1)
        for label in (self.name_label, self.subtitle_label, self.due_label):
            # A long unbreakable name or organization must not widen the card (and squeeze the
            # list); it is cut and shown whole in the tooltip.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            titles.addWidget(label)
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
        self.tabs.addTab(scrolled(self._build_details()), self.tr("&Details"))
        self.tabs.addTab(self._build_touchpoints(), self.tr("&Touchpoints"))
        self.tabs.addTab(scrolled(self._build_relationship()), self.tr("&Relationship"))
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
            conflict = contact_writes.pending_conflict(
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
            self._fill_fields(record)
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
            self.birthday.setPlaceholderText(self._birthday_placeholder())
            if not self._dirty and self.contact_id is not None:
                self.show_contact(self.contact_id)  # dates and names of kinds and tiers
            self._sync_no_birthday()

    def _update_header(self, record: ContactRecord) -> None:
        name = record.computed_display_name() or self.tr("New contact")
        self.name_label.setText(name)
        self.subtitle_label.setText(
            " · ".join(p for p in (record.title, record.department, record.organization) if p)
        )
        self.subtitle_label.setVisible(bool(self.subtitle_label.text()))
        self.name_label.setToolTip(plain_tooltip(name))
        self.subtitle_label.setToolTip(plain_tooltip(self.subtitle_label.text()))
        self._show_photo(name, record.photo)
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

    # ------------------------------------------------------------ saving

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
                contact_id = contact_writes.add_contact(self.db, record)
            else:
                contact_id = self.contact_id
                answer = None
                if resolution is not None and self._conflict is not None:
                    answer = Resolution(resolution, self._conflict.revision)
                contact_writes.update_contact(
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
