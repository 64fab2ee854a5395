"""CardDAV accounts, their status, and the conflicts a sync left for the user to resolve.

Passwords are never written to the database: they sit in the OS keyring (`sync.secrets`); for
scripts an account can also name an environment variable that holds its (app) password.
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
from netzwerk_app.sync import secrets
from netzwerk_app.sync.carddav import AddressBookInfo, CardDavClient
from netzwerk_app.sync.engine import SyncSummary, new_cards_book, sync_account
from netzwerk_app.sync.values import decode_value, shown

DEFAULT_PASSWORD_ENV = "NETZWERK_SYNC_PASSWORD"
# `password_env` of the temporary account of a one-shot sync (`netzwerk sync --url …`)
ONE_SHOT = "(one-shot)"
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
    """The stored accounts (without the temporary one of a one-shot sync)."""
    query = SyncAccount.select().where(SyncAccount.password_env != ONE_SHOT)
    return list(query.order_by(SyncAccount.id))


def find_account(db: SqliteDatabase, name: str | int) -> SyncAccount:
    """An account by its id, its user name or its ``user@server``."""
    text = str(name).strip()
    for account in accounts(db):
        if text in (str(account.id), account.username, f"{account.username}@{account.url}"):
            return account
    raise InvalidInput(f"no sync account {text!r} (see netzwerk sync status)")


def update_account(db: SqliteDatabase, account: SyncAccount, url: str, username: str) -> None:
    """Change an account's server or user name; its keyring entry moves along with it."""
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise InvalidInput(f"invalid server address {url!r}: use http://… or https://…")
    if (url, username) == (account.url, account.username):
        return
    try:
        password = secrets.get_password(account.url, account.username)
    except secrets.NoKeyring:
        password = None
    if password is not None:
        secrets.set_password(url, username, password)
        secrets.delete_password(account.url, account.username)
    with db.atomic():
        if url != account.url:  # another server: its address books are found again
            SyncAddressBook.delete().where(SyncAddressBook.account == account).execute()
            account.new_cards_book = ""
        account.url, account.username = url, username
        account.save()


def remove_account(db: SqliteDatabase, account: SyncAccount) -> None:
    """Forget an account: its address books, links, conflicts and keyring entry. The contacts
    stay."""
    secrets.delete_password(account.url, account.username)
    with db.atomic():
        account.delete_instance(recursive=True)


def stored_password(account: SyncAccount) -> str | None:
    """The account's password from the keyring, else from its environment variable (for
    scripts); None when neither has it."""
    try:
        password = secrets.get_password(account.url, account.username)
    except secrets.NoKeyring:
        password = None
    if password:
        return password
    if account.password_env and account.password_env != ONE_SHOT:
        return os.environ.get(account.password_env) or None
    return None


def password_of(account: SyncAccount) -> str:
    """The account's password ("" when there is none: see `stored_password`)."""
    return stored_password(account) or ""


def set_address_books(
    db: SqliteDatabase,
    account: SyncAccount,
    found: list[AddressBookInfo],
    enabled: set[str],
    new_cards: str = "",
) -> None:
    """Store the address books a connection test found, which of them sync, and the one that
    receives new contacts (a URL among the enabled ones; "" for the default choice)."""
    with db.atomic():
        for info in found:
            book, _created = SyncAddressBook.get_or_create(
                account=account, url=info.url, defaults={"display_name": info.display_name}
            )
            book.display_name = info.display_name or book.display_name
            book.enabled = info.url in enabled
            book.save()
        account.new_cards_book = new_cards if new_cards in enabled else ""
        account.save()


def set_new_cards_book(db: SqliteDatabase, account: SyncAccount, url: str) -> None:
    """Choose the address book that receives contacts filed here ("": the default)."""
    if (
        url
        and not SyncAddressBook.select()
        .where(SyncAddressBook.account == account, SyncAddressBook.url == url)
        .exists()
    ):
        raise InvalidInput(f"no address book {url!r} in account {account.id}")
    account.new_cards_book = url
    account.save()


def sync_once(
    db: SqliteDatabase,
    url: str,
    username: str,
    password: str,
    client: CardDavClient | None = None,
) -> SyncSummary:
    """Sync every address book at `url` once, without keeping an account.

    The engine's state (links, ETags, tokens) lives in a temporary account that is removed
    afterwards, so each one-shot run is a first sync: server cards are matched to contacts as
    an import matches them (by UID, then the careful rules), contacts filed here and not on the
    server go up, nothing is deleted on either side (that needs a remembered state). A conflict
    it meets is resolved "both" before the account goes (the server's value stays, Netzwerk's
    lands in the notes): nothing is lost with it.
    """
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise InvalidInput(f"invalid server address {url!r}: use http://… or https://…")
    for stale in SyncAccount.select().where(SyncAccount.password_env == ONE_SHOT):
        _drop_one_shot(db, stale)  # left by an interrupted run
    account = SyncAccount.create(url=url, username=username, password_env=ONE_SHOT)
    try:
        return sync_account(db, account, password, client)
    finally:
        _drop_one_shot(db, account)


def _drop_one_shot(db: SqliteDatabase, account: SyncAccount) -> None:
    left = SyncConflict.select(SyncConflict.id).where(
        SyncConflict.account == account, SyncConflict.resolved_at.is_null()
    )
    for conflict in list(left):
        resolve_conflict(db, conflict.id, BOTH)
    with db.atomic():
        account.delete_instance(recursive=True)


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
        target = new_cards_book(account)
        out.append(
            {
                "id": account.id,
                "url": account.url,
                "user": account.username,
                "password_env": account.password_env,
                "last_sync": account.last_sync_at.isoformat() if account.last_sync_at else None,
                "last_error": account.last_error or None,
                "open_conflicts": open_conflicts,
                "new_cards_book": (
                    {"url": target.url, "name": target.display_name} if target else None
                ),
                "address_books": [
                    {
                        "url": b.url,
                        "name": b.display_name,
                        "enabled": bool(b.enabled),
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
