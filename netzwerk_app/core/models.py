"""Peewee models of the Netzwerk database (schema version in ``database.SCHEMA_VERSION``).

Models are unbound; ``database.open_database`` binds them to an opened database.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.sqlite_ext import AutoIncrementField

from netzwerk_app.core import clock
from netzwerk_app.core import window_database as _window_database


def now() -> dt.datetime:
    return clock.now()


class BaseModel(Model):
    # For the type checker only (annotations without a value: peewee adds no column for them):
    # peewee's own `id` primary key, and below the `<field>_id` attribute beside each foreign key.
    id: AutoField[int]

    class Meta:
        legacy_table_names = False


class Contact(BaseModel):
    """A person in the user's network.

    Ids are never reused (AUTOINCREMENT): a script holding the id of a deleted contact must not
    reach the next new one. `revision` grows with every write to the contact (a trigger made by
    ``database.py`` raises it on every UPDATE of the row; writes to methods, tags or the photo
    touch the row): a save checks it to never overwrite a change made elsewhere meanwhile.
    """

    id = AutoIncrementField()
    uid = CharField(unique=True)
    prefix = CharField(default="")
    given_name = CharField(default="")
    additional_names = CharField(default="")
    family_name = CharField(default="")
    suffix = CharField(default="")
    display_name = CharField(default="", index=True)
    nickname = CharField(default="")
    organization = CharField(default="")
    department = CharField(default="")
    title = CharField(default="")
    # "YYYY-MM-DD" or "--MM-DD" (year unknown); see records.Birthday
    birthday = CharField(null=True)
    notes = TextField(default="")
    tier = CharField(null=True, index=True)  # "A".."D", NULL = unsorted
    tier_since = DateField(null=True)  # the day the contact was filed into its current tier
    met_where = TextField(default="")  # where and how we met
    met_on = DateField(null=True)
    they_offer = TextField(default="")  # what they offer / what I expect
    i_offer = TextField(default="")  # what I can offer
    interests = TextField(default="")  # shared interests
    photo_url = TextField(default="")  # a photo referenced by URL, never fetched
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    last_reviewed = DateField(null=True)
    archived = BooleanField(default=False, index=True)
    # a default in SQL too: the importer inserts rows with raw SQL
    revision = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])


class Photo(BaseModel):
    """Photo bytes, kept apart so that list queries never load them."""

    contact = ForeignKeyField(Contact, backref="photo_rows", on_delete="CASCADE", unique=True)
    contact_id: Field[int]
    data = BlobField()
    mime = CharField(default="image/jpeg")


class ContactMethod(BaseModel):
    """Email, phone, url, social profile or messenger handle."""

    contact = ForeignKeyField(Contact, backref="methods", on_delete="CASCADE", index=True)
    contact_id: Field[int]
    kind = CharField()
    value = TextField()
    label = CharField(default="")
    preferred = BooleanField(default=False)
    position = IntegerField(default=0)


class Address(BaseModel):
    contact = ForeignKeyField(Contact, backref="addresses", on_delete="CASCADE", index=True)
    contact_id: Field[int]
    label = CharField(default="")
    po_box = CharField(default="")
    extended = CharField(default="")
    street = TextField(default="")
    locality = CharField(default="")
    region = CharField(default="")
    postal_code = CharField(default="")
    country = CharField(default="")
    preferred = BooleanField(default=False)
    position = IntegerField(default=0)


class Tag(BaseModel):
    name = CharField(unique=True)


class ContactTag(BaseModel):
    contact = ForeignKeyField(Contact, backref="contact_tags", on_delete="CASCADE")
    contact_id: Field[int]
    tag = ForeignKeyField(Tag, backref="contact_tags", on_delete="CASCADE")
    tag_id: Field[int]

    class Meta:
        indexes = ((("contact", "tag"), True),)


class TierSetting(BaseModel):
    """Care settings of one tier; editable by the user."""

    tier = CharField(primary_key=True)  # "A".."D"
    name = CharField()
    cadence_count = IntegerField()
    cadence_unit = CharField()  # days, weeks, months, years
    anchor = CharField(default="touchpoint")  # touchpoint or birthday
    default_kind = CharField()
    default_channel = CharField()
    colour = CharField()


class Touchpoint(BaseModel):
    contact = ForeignKeyField(Contact, backref="touchpoints", on_delete="CASCADE", index=True)
    contact_id: Field[int]
    date = DateField(index=True)
    kind = CharField()
    channel = CharField()
    note = TextField(default="")
    status = CharField(default="done", index=True)  # planned, done, skipped
    created_at = DateTimeField(default=now)


class TierChange(BaseModel):
    """History of tier changes, written on every change."""

    contact = ForeignKeyField(Contact, backref="tier_changes", on_delete="CASCADE", index=True)
    contact_id: Field[int]
    from_tier = CharField(null=True)
    to_tier = CharField(null=True)
    changed_at = DateTimeField(default=now)
    reason = TextField(default="")


class Position(BaseModel):
    """A contact's career history: organizations and titles held, as observed."""

    contact = ForeignKeyField(Contact, backref="positions", on_delete="CASCADE", index=True)
    contact_id: Field[int]
    organization = CharField(default="")
    department = CharField(default="")
    title = CharField(default="")
    recorded_on = DateField()
    ended_on = DateField(null=True)


class RawProperty(BaseModel):
    """An unmapped vCard property line kept per contact so that an export loses nothing."""

    contact = ForeignKeyField(Contact, backref="raw_properties", on_delete="CASCADE", index=True)
    contact_id: Field[int]
    position = IntegerField(default=0)
    line = TextField()


class Snooze(BaseModel):
    """A due item hidden until a date: (contact, reason, original due date) -> until."""

    contact = ForeignKeyField(Contact, backref="snoozes", on_delete="CASCADE", index=True)
    contact_id: Field[int]
    reason = CharField()
    due_date = DateField()
    until = DateField()

    class Meta:
        indexes = ((("contact", "reason", "due_date"), True),)


class Announcement(BaseModel):
    """The last day a due item was announced (schema 4): (contact, reason, due date) -> day.

    Keyed like `Snooze` by the date the due rule computed, so snoozing does not make an item new;
    the reminder announces an item at most once a day, also across restarts.
    """

    contact = ForeignKeyField(Contact, backref="announcements", on_delete="CASCADE", index=True)
    contact_id: Field[int]
    reason = CharField()
    due_date = DateField()
    announced_on = DateField(index=True)

    class Meta:
        indexes = ((("contact", "reason", "due_date"), True),)


class ImportRun(BaseModel):
    """One import that was written: when, which files, what it did (schema 2)."""

    imported_at = DateTimeField(default=now)
    files = TextField(default="[]")  # JSON list of file names
    counts = TextField(default="{}")  # JSON: new, updated, unchanged, possible_duplicates, skipped
    undone_at = DateTimeField(null=True)


class ImportChange(BaseModel):
    """A contact an import created or updated, with what is needed to undo it (schema 2).

    ``contact_id`` is no foreign key: the row stays when the contact is deleted later (the undo
    then reports it). ``before`` is the JSON snapshot of an updated contact before the import;
    ``digest`` the contact's state right after it, to tell whether it was edited since.
    """

    run = ForeignKeyField(ImportRun, backref="changes", on_delete="CASCADE", index=True)
    run_id: Field[int]
    contact_id = IntegerField(index=True)
    action = CharField()  # "created" or "updated"
    before = TextField(null=True)
    digest = CharField(default="")


class ContactPair(BaseModel):
    """Base of the tables that name two contacts, ``contact_a`` and ``contact_b``, a pair once
    unless a model says otherwise (no table of its own: the models inherit the two columns,
    first after the id, and the unique index)."""

    contact_a = ForeignKeyField(Contact, on_delete="CASCADE", backref="+", index=True)
    contact_a_id: Field[int]
    contact_b = ForeignKeyField(Contact, on_delete="CASCADE", backref="+", index=True)
    contact_b_id: Field[int]

    class Meta:
        indexes = ((("contact_a", "contact_b"), True),)


class PossibleDuplicate(ContactPair):
    """Two contacts that may be one person, waiting for the user's decision (schema 2).

    ``contact_a`` holds the smaller id. ``evidence`` is a JSON list of short phrases.
    """

    evidence = TextField(default="[]")
    found_by = CharField(default="import")  # "import" or "scan"
    found_at = DateTimeField(default=now)


class NotDuplicate(ContactPair):
    """Two contacts the user said are not the same person: never proposed again (schema 2)."""

    decided_at = DateTimeField(default=now)


class ContactMerge(BaseModel):
    """Two contacts merged into one, with what is needed to undo it (schema 2).

    ``kept_before`` and ``other_before`` are JSON snapshots; ``moved`` the ids of the history rows
    that moved from the other contact to the kept one; ``digest`` the kept contact's state right
    after the merge.
    """

    kept_id = IntegerField(index=True)
    other_id = IntegerField()
    merged_at = DateTimeField(default=now)
    kept_before = TextField()
    other_before = TextField()
    moved = TextField(default="{}")
    digest = CharField(default="")
    undone_at = DateTimeField(null=True)


class ReviewFlag(BaseModel):
    """A reason to re-check a contact's tier raised by an event, such as a career change (schema 5).

    One row per contact and reason; a review of the contact (keep, move, archive) clears it.
    """

    contact = ForeignKeyField(Contact, backref="review_flags", on_delete="CASCADE", index=True)
    contact_id: Field[int]
    reason = CharField()  # "career_changed"
    raised_on = DateField()

    class Meta:
        indexes = ((("contact", "reason"), True),)


class ContactLink(ContactPair):
    """Two contacts who know each other, undirected, with how (schema 5).

    ``contact_a`` holds the smaller id, so a pair is stored once.
    """

    note = TextField(default="")
    created_at = DateTimeField(default=now)


class Introduction(ContactPair):
    """The user introduces two contacts to each other (schema 5).

    ``status`` is planned, made or followed_up; ``made_on`` is set once the introduction was made
    (its touchpoints logged and the two linked).
    """

    date = DateField()
    note = TextField(default="")
    status = CharField(default="planned")
    outcome = TextField(default="")
    made_on = DateField(null=True, index=True)
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ()  # the same two may be introduced again


class DismissedIntroduction(ContactPair):
    """A suggested introduction the user dismissed: never suggested again (schema 5)."""

    dismissed_at = DateTimeField(default=now)


class Event(BaseModel):
    """An event the user went to (a talk, an apéro), with its attendees (schema 5)."""

    name = CharField()
    date = DateField(index=True)
    place = CharField(default="")
    note = TextField(default="")
    created_at = DateTimeField(default=now)


class EventAttendee(BaseModel):
    """A contact met at an event (schema 5)."""

    event = ForeignKeyField(Event, backref="attendees", on_delete="CASCADE", index=True)
    event_id: Field[int]
    contact = ForeignKeyField(Contact, backref="events", on_delete="CASCADE", index=True)
    contact_id: Field[int]
    added_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("event", "contact"), True),)


class SyncAccount(BaseModel):
    """A CardDAV account (schema 6). The password is never stored here: it sits in the OS
    keyring (`sync.secrets`), or an environment variable named by `password_env` holds it.
    ``new_cards_book`` (schema 7): the address book (URL) that receives contacts filed here;
    empty: the one named "contacts" or "default", else the first."""

    url = CharField()  # as the user gave it
    username = CharField(default="")
    password_env = CharField(default="")
    principal_url = CharField(default="")
    home_url = CharField(default="")
    created_at = DateTimeField(default=now)
    last_sync_at = DateTimeField(null=True)
    last_error = TextField(default="")
    new_cards_book = CharField(default="", constraints=[SQL("DEFAULT ''")])


class SyncAddressBook(BaseModel):
    """An address book of a CardDAV account and its sync token (schema 6)."""

    account = ForeignKeyField(SyncAccount, backref="address_books", on_delete="CASCADE")
    url = CharField()
    display_name = CharField(default="")
    sync_token = TextField(default="")
    last_sync_at = DateTimeField(null=True)
    enabled = BooleanField(default=True, constraints=[SQL("DEFAULT 1")])  # schema 7

    class Meta:
        indexes = ((("account", "url"), True),)


class SyncCard(BaseModel):
    """One card of an address book linked to a contact (schema 6).

    ``base_card`` is the server's vCard both sides last agreed on; ``local_card`` the contact as
    Netzwerk wrote it out at that moment. ``contact_id`` is no foreign key on purpose: a contact
    deleted here (and restored by undo under its id) is seen as such by the next sync.
    """

    address_book = ForeignKeyField(SyncAddressBook, backref="cards", on_delete="CASCADE")
    href = CharField()
    etag = CharField(default="")
    contact_id = IntegerField(index=True)
    base_card = TextField(default="")
    local_card = TextField(default="")
    delete_on_server = BooleanField(default=False)  # a deletion conflict resolved "theirs"
    # the contact's revision when ``local_card`` was written (-1: compare the cards)
    revision = IntegerField(default=-1)

    class Meta:
        indexes = ((("address_book", "href"), True),)


class SyncConflict(BaseModel):
    """Something a sync could not decide alone (schema 6).

    ``kind`` "edit": both sides changed the same fields; the server's values were kept and
    ``mine`` (JSON, field to value) holds Netzwerk's. ``kind`` "deleted": the card was deleted on
    the server while the contact was edited here; the contact was kept.
    """

    account = ForeignKeyField(SyncAccount, backref="+", on_delete="CASCADE")
    contact_id = IntegerField(index=True)
    href = CharField(default="")
    kind = CharField()
    mine = TextField(default="{}")
    theirs = TextField(default="{}")
    found_at = DateTimeField(default=now)
    resolved_at = DateTimeField(null=True)
    resolution = CharField(default="")


MODELS: list[type[BaseModel]] = [
    Contact,
    Photo,
    ContactMethod,
    Address,
    Tag,
    ContactTag,
    TierSetting,
    Touchpoint,
    TierChange,
    Position,
    RawProperty,
    Snooze,
    ImportRun,
    ImportChange,
    PossibleDuplicate,
    NotDuplicate,
    ContactMerge,
    Announcement,
    ReviewFlag,
    ContactLink,
    Introduction,
    DismissedIntroduction,
    Event,
    EventAttendee,
    SyncAccount,
    SyncAddressBook,
    SyncCard,
    SyncConflict,
]

# The window's database, opened before the models were imported (its first frame reads by SQL),
# gets them bound now: a model is never used without its database.
_window_database.bind_pending()
