"""CardDAV accounts, their status, and the conflicts a sync left for the user to resolve.

Passwords are never written to the database: an account names the environment variable that
holds its (app) password, read when a sync runs.
"""

from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass

from peewee import SqliteDatabase

from netzwerk_app.core import clock
from netzwerk_app.core.contact_writes import archive_contacts, update_contact
from netzwerk_app.core.contacts import load_contact_state
from netzwerk_app.core.models import Contact, SyncAccount, SyncAddressBook, SyncCard, SyncConflict
from netzwerk_app.core.records import InvalidInput, NetzwerkError
from netzwerk_app.sync.values import decode_value, shown

DEFAULT_PASSWORD_ENV = "NETZWERK_SYNC_PASSWORD"
MINE, THEIRS, BOTH = "mine", "theirs", "both"
CHOICES = (MINE, THEIRS, BOTH)


class UnknownConflict(NetzwerkError):
    def __init__(self, conflict_id: int) -> None:
        super().__init__(f"no open sync conflict with id {conflict_id}")


def add_account(
    db: SqliteDatabase, url: str, username: str, password_env: str = DEFAULT_PASSWORD_ENV
) -> SyncAccount:
    """Store an account (its address books are found by the first sync)."""
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise InvalidInput(f"invalid server address {url!r}: use http://… or https://…")
    with db.atomic():
        return SyncAccount.create(url=url, username=username, password_env=password_env)


def accounts(db: SqliteDatabase) -> list[SyncAccount]:
    return list(SyncAccount.select().order_by(SyncAccount.id))


def password_of(account: SyncAccount) -> str:
    """The account's password from its environment variable ("" when unset)."""
    return os.environ.get(account.password_env or DEFAULT_PASSWORD_ENV, "")


def account_status(db: SqliteDatabase) -> list[dict]:
    """Accounts with their address books, linked cards and open conflicts (JSON-ready)."""
    out = []
    for account in accounts(db):
        books = SyncAddressBook.select().where(SyncAddressBook.account == account)
        open_conflicts = (
            SyncConflict.select()
            .where(SyncConflict.account == account, SyncConflict.resolved_at.is_null())
            .count()
        )
        out.append(
            {
                "id": account.id,
                "url": account.url,
                "user": account.username,
                "password_env": account.password_env,
                "last_sync": account.last_sync_at.isoformat() if account.last_sync_at else None,
                "last_error": account.last_error or None,
                "open_conflicts": open_conflicts,
                "address_books": [
                    {
                        "url": b.url,
                        "name": b.display_name,
                        "cards": SyncCard.select().where(SyncCard.address_book == b).count(),
                        "last_sync": b.last_sync_at.isoformat() if b.last_sync_at else None,
                    }
                    for b in books.order_by(SyncAddressBook.id)
                ],
            }
        )
    return out


@dataclass
class ConflictView:
    """An open conflict as the user sees it."""

    id: int
    account_id: int
    contact_id: int
    display_name: str
    kind: str
    fields: dict[str, dict[str, object]]  # field -> {"mine": …, "theirs": …}

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "account_id": self.account_id,
            "contact_id": self.contact_id,
            "display_name": self.display_name,
            "kind": self.kind,
            "fields": self.fields,
        }

    def describe(self) -> str:
        if self.kind == "deleted":
            return "deleted on the server, edited here: kept here and uploaded again"
        return "; ".join(
            f"{f.replace('_', ' ')}: mine {shown(f, v['mine'])!r}, theirs {shown(f, v['theirs'])!r}"
            for f, v in self.fields.items()
        )


def open_conflicts(db: SqliteDatabase) -> list[ConflictView]:
    query = (
        SyncConflict.select().where(SyncConflict.resolved_at.is_null()).order_by(SyncConflict.id)
    )
    views = []
    for c in query:
        contact = Contact.get_or_none(Contact.id == c.contact_id)
        mine, theirs = json.loads(c.mine), json.loads(c.theirs)
        views.append(
            ConflictView(
                c.id,
                c.account_id,
                c.contact_id,
                contact.display_name if contact else "",
                c.kind,
                {f: {"mine": mine[f], "theirs": theirs.get(f)} for f in mine},
            )
        )
    return views


def resolve_conflict(db: SqliteDatabase, conflict_id: int, choice: str) -> None:
    """Answer a conflict; the next sync sends the outcome to the server.

    Edited on both sides: ``theirs`` keeps the server's values (as they are now), ``mine`` puts
    Netzwerk's back, ``both`` keeps the server's values and adds Netzwerk's to the notes (for the
    notes themselves: both texts, the server's first). Deleted on the server: ``mine`` and
    ``both`` keep the contact (already uploaded again), ``theirs`` archives it here and deletes
    the card on the server.
    """
    if choice not in CHOICES:
        raise InvalidInput(f"unknown choice {choice!r}: use mine, theirs or both")
    conflict = SyncConflict.get_or_none(
        SyncConflict.id == conflict_id, SyncConflict.resolved_at.is_null()
    )
    if conflict is None:
        raise UnknownConflict(conflict_id)
    with db.atomic():
        contact_exists = Contact.select().where(Contact.id == conflict.contact_id).exists()
        if conflict.kind == "deleted" and choice == THEIRS and contact_exists:
            archive_contacts(db, [conflict.contact_id])
            SyncCard.update(delete_on_server=True).where(
                SyncCard.contact_id == conflict.contact_id,
                SyncCard.address_book.in_(
                    SyncAddressBook.select(SyncAddressBook.id).where(
                        SyncAddressBook.account == conflict.account
                    )
                ),
            ).execute()
        elif conflict.kind == "edit" and choice != THEIRS and contact_exists:
            mine = {f: decode_value(f, v) for f, v in json.loads(conflict.mine).items()}
            loaded = load_contact_state(db, conflict.contact_id)
            record = copy.deepcopy(loaded.record)
            if choice == MINE:
                values = mine
            else:
                notes = record.notes
                for name, value in mine.items():
                    if name == "notes":
                        notes = "\n\n".join(t for t in (record.notes, str(value or "")) if t)
                    else:
                        line = f"{name.replace('_', ' ')} (before sync): {shown(name, value)}"
                        notes = f"{notes}\n{line}" if notes else line
                values = {"notes": notes}
            for name, value in values.items():
                setattr(record, name, value)
            update_contact(db, conflict.contact_id, record, base=loaded, changed=list(values))
        conflict.resolved_at = clock.now()
        conflict.resolution = choice
        conflict.save()
