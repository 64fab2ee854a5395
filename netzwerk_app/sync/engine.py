"""The sync engine: brings an account's address books and the contacts together, both ways.

Per linked card it keeps the href, the ETag and the vCard both sides last agreed on (the base,
as the server had it and as Netzwerk wrote the contact then). A sync pulls what changed on the
server (sync-collection with the stored token; a full listing when the token is rejected),
merges each card field by field against the base, pushes what changed here (If-Match; a 412
pulls, merges and tries again), creates cards for contacts filed here, and pulls once more.

- Different fields changed on the two sides merge silently; lists (phones, emails, addresses,
  tags, other properties) merge item by item.
- The same field changed to different values on both sides: the server's value is kept and
  Netzwerk's is saved in a `SyncConflict` (resolve: mine, theirs, both).
- New cards from the server go through the import's matching (`import_records`).
- Deleted on the server: archived here (restore by un-archiving), unless edited here since: then
  kept, uploaded again and a conflict recorded. Deleted here: deleted on the server unless it
  changed there meanwhile (then it comes back as a new contact).
- A write the server does not allow (403/405 on a PUT or DELETE: a read-only or shared book) is
  an error of that card: the change stays here and is tried again at the next sync; the other
  cards still sync, and it is not taken for a wrong password.

Why one module of about 590 lines: `AddressBookSync` is one state machine (pull, reconcile,
push, create) whose steps share the links, the base cards and the summary, and the functions
after it run it per account; cut apart, each part would have to hand all of that around.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from peewee import SqliteDatabase

from netzwerk_app.core import clock
from netzwerk_app.core.contact_writes import archive_contacts, update_contact
from netzwerk_app.core.contacts import load_contact_state, load_contacts
from netzwerk_app.core.edits import FIELDS, LIST_FIELDS, ContactConflict, merge_list
from netzwerk_app.core.importing import CardOrigin, import_records
from netzwerk_app.core.models import Contact, SyncAccount, SyncAddressBook, SyncCard, SyncConflict
from netzwerk_app.core.records import ContactNotFound, ContactRecord
from netzwerk_app.sync.carddav import (
    CardDavClient,
    CardDavError,
    CollectionChanges,
    PreconditionFailed,
    ServerCard,
    SyncTokenRejected,
    WriteRefused,
)
from netzwerk_app.sync.values import encode_value
from netzwerk_app.vcard.reader import read_vcards
from netzwerk_app.vcard.writer import write_vcard

PUSH_ATTEMPTS = 3
TIER_REASON = "sync"


@dataclass
class SyncSummary:
    """What one sync did (the command line's JSON keys)."""

    pulled: int = 0  # contacts created or changed here from the server
    pushed: int = 0  # cards created, changed or deleted on the server
    merged: int = 0  # cards changed on both sides and merged
    conflicts: int = 0  # clashes and deletions recorded for the user
    archived: int = 0  # contacts archived here because the server deleted their card
    full_resyncs: int = 0  # address books listed whole (a new one, or a rejected token)
    address_books: int = 0
    errors: list[str] = field(default_factory=list)
    # ids of the accounts whose server refused the user name or password (401/403 there) and
    # of those that could not be reached (offline is normal: the window says so quietly)
    unauthorized: list[int] = field(default_factory=list)
    unreachable: list[int] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)

    def add(self, other: SyncSummary) -> None:
        for name in ("pulled", "pushed", "merged", "conflicts", "archived", "full_resyncs"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.address_books += other.address_books
        self.errors += other.errors
        self.unauthorized += other.unauthorized
        self.unreachable += other.unreachable


def parse_card(data: bytes | str) -> ContactRecord | None:
    """The record of one vCard, or None when it cannot be read."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not raw:
        return None
    result = read_vcards(raw)
    return result.records[0] if result.records else None


def card_text(record: ContactRecord) -> str:
    """A contact as Netzwerk writes it (the form its bases are compared in)."""
    return write_vcard(record).decode("utf-8")


def _path(href: str) -> str:
    return urlsplit(href).path


def _differs(a: ContactRecord, b: ContactRecord) -> set[str]:
    return {f for f in FIELDS if getattr(a, f) != getattr(b, f)}


class AddressBookSync:
    """One sync of one address book (pull, push of changes, pull again)."""

    def __init__(
        self,
        db: SqliteDatabase,
        client: CardDavClient,
        account: SyncAccount,
        book: SyncAddressBook,
        summary: SyncSummary,
    ) -> None:
        self.db = db
        self.client = client
        self.account = account
        self.book = book
        self.summary = summary

    # ------------------------------------------------------------ links

    def _etags(self) -> dict[str, str]:
        """href -> ETag of the linked cards (without the stored cards: a no-op sync stays cheap)."""
        query = SyncCard.select(SyncCard.href, SyncCard.etag).where(
            SyncCard.address_book == self.book
        )
        return dict(query.tuples())

    def _link(self, href: str) -> SyncCard | None:
        return SyncCard.get_or_none(SyncCard.address_book == self.book, SyncCard.href == href)

    def _local_text(self, contact_id: int) -> str:
        return card_text(load_contacts(self.db, [contact_id])[0])

    def _revision(self, contact_id: int) -> int:
        row = Contact.select(Contact.revision).where(Contact.id == contact_id).first()
        return row.revision if row is not None else -1

    def _exists(self, contact_id: int) -> bool:
        return Contact.select().where(Contact.id == contact_id).exists()

    def _refused(self, href: str, exc: WriteRefused) -> None:
        """A write the server does not allow (a read-only book): said, and kept here; the next
        sync tries again. Not a wrong password, and the other cards still sync."""
        self.summary.errors.append(
            f"{href}: the server refused the change ({exc}); it is kept here and tried again"
        )

    # ------------------------------------------------------------ pull

    def _changes(self) -> CollectionChanges:
        token = self.book.sync_token
        try:
            changes = self.client.sync_collection(self.book.url, token)
        except SyncTokenRejected:
            changes = self.client.sync_collection(self.book.url, "")
        except CardDavError as exc:
            if token or exc.status not in (400, 403, 405, 501):
                raise
            changes = self.client.list_cards(self.book.url)  # no sync-collection there
        if changes.full:
            self.summary.full_resyncs += 1
        return changes

    def pull(self) -> None:
        """Bring what changed on the server here."""
        changes = self._changes()
        etags = self._etags()
        changed = {_path(h): etag for h, etag in changes.changed.items()}
        removed = {_path(h) for h in changes.removed}
        if changes.full:
            removed |= set(etags) - set(changed)
        fetch = [h for h, etag in changed.items() if not etag or etags.get(h) != etag]
        new_cards: list[ServerCard] = []
        for card in self.client.multiget(self.book.url, fetch):
            card = ServerCard(_path(card.href), card.etag, card.data)
            link = self._link(card.href)
            if link is not None and not self._exists(link.contact_id):
                link.delete_instance()  # deleted here, changed there: it comes back
                link = None
            if link is None:
                new_cards.append(card)
            else:
                self.reconcile(link, card)
        self._import(new_cards)
        for href in removed:
            link = self._link(href)
            if link is not None:
                self._removed_on_server(link)
        self.book.sync_token = changes.sync_token
        self.book.last_sync_at = clock.now()
        self.book.save()

    def _import(self, cards: list[ServerCard]) -> None:
        records, origins, by_origin = [], [], {}
        for number, card in enumerate(cards, 1):
            record = parse_card(card.data)
            if record is None:
                self.summary.errors.append(
                    f"{card.href}: not a readable vCard (left on the server)"
                )
                continue
            origin = CardOrigin(file=card.href, card=number)
            records.append(record)
            origins.append(origin)
            by_origin[origin] = card
        if not records:
            return
        result = import_records(self.db, records, origins=origins, files=[self.book.url])
        linked: dict[CardOrigin, tuple[int, bool]] = {}
        for entry in result.created:
            if entry.contact_id is not None:
                linked[entry.origin] = (entry.contact_id, True)
        for entry in [*result.updated, *result.unchanged]:
            if entry.contact_id is not None:
                linked.setdefault(entry.origin, (entry.contact_id, False))
        for merged in result.merged:
            if merged.contact_id is not None:
                linked.setdefault(merged.origin, (merged.contact_id, False))
        for origin, (contact_id, created) in linked.items():
            card = by_origin[origin]
            text = card.data.decode("utf-8", "replace")
            # A card folded into a contact that was already here: what the contact holds beyond
            # the card counts as changed here, so it reaches the server.
            local = self._local_text(contact_id) if created else text
            SyncCard.create(
                address_book=self.book,
                href=card.href,
                etag=card.etag,
                contact_id=contact_id,
                base_card=text,
                local_card=local,
                revision=self._revision(contact_id) if created else -1,
            )
            self.summary.pulled += 1

    def _removed_on_server(self, link: SyncCard) -> None:
        contact_id = link.contact_id
        link.delete_instance()
        if not self._exists(contact_id):
            return
        now_text = self._local_text(contact_id)
        before, now = parse_card(link.local_card), parse_card(now_text)
        edited = before is None or now is None or bool(_differs(before, now))
        if not edited:
            archive_contacts(self.db, [contact_id])
            self.summary.archived += 1
            return
        # Never lose a person: edited here since, so it is kept and uploaded again.
        SyncConflict.create(
            account=self.account, contact_id=contact_id, href=link.href, kind="deleted"
        )
        self.summary.conflicts += 1
        self.create_card(contact_id)

    # ------------------------------------------------------------ merge

    def reconcile(self, link: SyncCard, card: ServerCard | None) -> None:
        """Merge the server's card (None: the base, unchanged there) with the contact here and
        write the result to both sides; a 412 fetches the card again and retries."""
        if card is None and not link.etag:  # never write without If-Match: ask first
            fresh = list(self.client.multiget(self.book.url, [link.href]))
            if not fresh:
                self._removed_on_server(link)
                return
            card = ServerCard(link.href, fresh[0].etag, fresh[0].data)
        for _attempt in range(PUSH_ATTEMPTS):
            try:
                self._reconcile_once(link, card)
                return
            except PreconditionFailed:
                fresh = list(self.client.multiget(self.book.url, [link.href]))
                if not fresh:
                    self._removed_on_server(link)
                    return
                card = ServerCard(link.href, fresh[0].etag, fresh[0].data)
            except ContactConflict:
                return  # saved here meanwhile: the next sync takes it up
            except WriteRefused as exc:
                self._refused(link.href, exc)
                return
        self.summary.errors.append(f"{link.href}: kept changing on the server; tried again later")

    def _reconcile_once(self, link: SyncCard, card: ServerCard | None) -> None:
        server_text = card.data.decode("utf-8", "replace") if card else link.base_card
        server_etag = card.etag if card else link.etag
        base = parse_card(link.base_card) or ContactRecord()
        theirs = parse_card(server_text)
        if theirs is None:
            self.summary.errors.append(f"{link.href}: not a readable vCard (left as it is)")
            return
        local_base = parse_card(link.local_card) or ContactRecord()
        loaded = load_contact_state(self.db, link.contact_id)
        mine = parse_card(card_text(loaded.record)) or ContactRecord()
        changed_there = _differs(base, theirs)
        changed_here = _differs(local_base, mine)
        to_local: dict[str, object] = {}
        to_server: dict[str, object] = {}
        clashes: dict[str, tuple[object, object]] = {}
        for name in FIELDS:
            ours, their = getattr(mine, name), getattr(theirs, name)
            if ours == their or (name not in changed_here and name not in changed_there):
                continue
            if name not in changed_here:
                to_local[name] = their
            elif name not in changed_there:
                to_server[name] = ours
            elif name in LIST_FIELDS:
                both = merge_list(name, getattr(local_base, name), their, ours)
                to_local[name] = to_server[name] = both
            else:
                to_local[name] = their
                clashes[name] = (ours, their)
        if changed_here and changed_there:
            self.summary.merged += 1
        if to_local:
            target = dataclasses.replace(loaded.record, **to_local)
            update_contact(
                self.db,
                link.contact_id,
                target,
                tier_reason=TIER_REASON,
                base=loaded,
                changed=list(to_local),
            )
            self.summary.pulled += 1
        if clashes:
            SyncConflict.create(
                account=self.account,
                contact_id=link.contact_id,
                href=link.href,
                kind="edit",
                mine=json.dumps({f: encode_value(f, v[0]) for f, v in clashes.items()}),
                theirs=json.dumps({f: encode_value(f, v[1]) for f, v in clashes.items()}),
            )
            self.summary.conflicts += 1
        # What both sides agree on now: the server's card, and the contact without what is still
        # to be pushed (saved before the push, so that a retry after a 412 starts from here).
        here = load_contacts(self.db, [link.contact_id])[0]
        agreed = dataclasses.replace(here, **{f: getattr(theirs, f) for f in to_server})
        link.base_card = server_text
        link.etag = server_etag
        link.local_card = card_text(agreed)
        link.revision = -1 if to_server else self._revision(link.contact_id)
        link.save()
        if to_server:
            outgoing = dataclasses.replace(theirs, **to_server)
            outgoing.uid = theirs.uid or loaded.record.uid
            data = write_vcard(outgoing)
            etag = self.client.put_card(link.href, data, server_etag)
            link.base_card = data.decode("utf-8")
            link.etag = etag
            link.local_card = card_text(here)
            link.revision = self._revision(link.contact_id)
            link.save()
            self.summary.pushed += 1

    # ------------------------------------------------------------ push

    def push_changes(self) -> None:
        """Send what changed here since the base; delete what was deleted here."""
        links = list(
            SyncCard.select(
                SyncCard.id, SyncCard.contact_id, SyncCard.revision, SyncCard.delete_on_server
            ).where(SyncCard.address_book == self.book)
        )
        revisions = dict(
            Contact.select(Contact.id, Contact.revision)
            .where(Contact.id.in_([k.contact_id for k in links]))
            .tuples()
        )
        # Only contacts written since the base are written out and compared.
        touched = sorted(
            {k.contact_id for k in links if revisions.get(k.contact_id, k.revision) != k.revision}
        )
        texts = {
            cid: card_text(record)
            for cid, record in zip(touched, _records_in_id_order(self.db, touched), strict=True)
        }
        for lean in links:
            unwritten = lean.contact_id in revisions and lean.contact_id not in texts
            if unwritten and not lean.delete_on_server:
                continue  # not written since the base
            link = SyncCard.get_by_id(lean.id)
            if link.contact_id not in revisions:
                self._deleted_here(link)
            elif link.delete_on_server:
                self._delete_on_server(link)
            elif texts[link.contact_id] != link.local_card:
                self.reconcile(link, None)
            else:
                link.revision = revisions[link.contact_id]
                link.save()

    def _deleted_here(self, link: SyncCard) -> None:
        try:
            self.client.delete_card(link.href, link.etag)
        except WriteRefused as exc:
            self._refused(link.href, exc)  # the link stays: the deletion is asked again
            return
        except PreconditionFailed:
            # changed there meanwhile: never lose a person, it comes back as a new contact
            link.delete_instance()
            self._import(list(self.client.multiget(self.book.url, [link.href])))
            return
        link.delete_instance()
        self.summary.pushed += 1

    def _delete_on_server(self, link: SyncCard) -> None:
        try:
            self.client.delete_card(link.href, link.etag)
        except WriteRefused as exc:
            self._refused(link.href, exc)
            return
        except PreconditionFailed:
            # changed there meanwhile: the card stays, and is merged with the contact here
            link.delete_on_server = False
            link.save()
            fresh = list(self.client.multiget(self.book.url, [link.href]))
            if fresh:
                self.reconcile(link, ServerCard(link.href, fresh[0].etag, fresh[0].data))
            else:
                link.delete_instance()
            return
        link.delete_instance()
        self.summary.pushed += 1

    def create_card(self, contact_id: int) -> bool:
        """Upload a contact as a new card (If-None-Match: *); False when the server refused it
        (the contact stays here, unlinked, and is offered again at the next sync)."""
        record = load_contacts(self.db, [contact_id])[0]
        data = write_vcard(record)
        base = self.book.url if self.book.url.endswith("/") else self.book.url + "/"
        href = _path(self.client.absolute(base)) + f"{uuid.uuid4()}.vcf"
        try:
            etag = self.client.put_card(href, data, None)
        except WriteRefused as exc:
            self._refused(href, exc)
            return False
        SyncCard.create(
            address_book=self.book,
            href=href,
            etag=etag,
            contact_id=contact_id,
            base_card=data.decode("utf-8"),
            local_card=card_text(record),
            revision=self._revision(contact_id),
        )
        self.summary.pushed += 1
        return True


def _records_in_id_order(db: SqliteDatabase, ids: list[int]) -> list[ContactRecord]:
    by_id = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = Contact.select(Contact.id, Contact.uid).where(Contact.id.in_(chunk))
        uid_to_id = {r.uid: r.id for r in rows}
        for record in load_contacts(db, chunk, with_photo=True):
            by_id[uid_to_id[record.uid]] = record
    return [by_id[i] for i in ids]


def filed_unlinked(account: SyncAccount) -> list[int]:
    """Contacts filed into a tier, not archived, with no card in any of the account's books."""
    linked = (
        SyncCard.select(SyncCard.contact_id)
        .join(SyncAddressBook)
        .where(SyncAddressBook.account == account)
    )
    query = Contact.select(Contact.id).where(
        Contact.tier.is_null(False), ~Contact.archived, Contact.id.not_in(linked)
    )
    return [c.id for c in query.order_by(Contact.id)]


NEW_CARDS_NAMES = ("contacts", "default")


def _book_name(book: SyncAddressBook) -> str:
    return urlsplit(book.url).path.rstrip("/").rsplit("/", 1)[-1]


def new_cards_book(account: SyncAccount) -> SyncAddressBook | None:
    """The address book that receives contacts filed here: the account's choice when it still
    syncs, else the one named "contacts" or "default" (display name or path), else the first."""
    books = list(
        SyncAddressBook.select()
        .where(SyncAddressBook.account == account, SyncAddressBook.enabled)
        .order_by(SyncAddressBook.id)
    )
    chosen = account.new_cards_book or ""
    for book in books:
        if chosen and book.url == chosen:
            return book
    for book in books:
        names = {(book.display_name or "").strip().lower(), _book_name(book).lower()}
        if names & set(NEW_CARDS_NAMES):
            return book
    return books[0] if books else None


def discover_address_books(client: CardDavClient, account: SyncAccount) -> list[SyncAddressBook]:
    """Find the account's address books and store the new ones."""
    books = client.discover()
    account.principal_url = getattr(client, "principal_url", "")
    account.home_url = getattr(client, "home_url", "")
    account.save()
    for info in books:
        SyncAddressBook.get_or_create(
            account=account, url=info.url, defaults={"display_name": info.display_name}
        )
    return list(SyncAddressBook.select().where(SyncAddressBook.account == account))


def _is_transport_error(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] in ("httpx", "httpcore")


def sync_account(
    db: SqliteDatabase, account: SyncAccount, password: str, client: CardDavClient | None = None
) -> SyncSummary:
    """Sync every enabled address book of an account both ways; filed contacts not on the
    server yet go to its address book for new contacts (`new_cards_book`). Errors of the
    network are summed up, never raised."""
    summary = SyncSummary()
    own_client = client is None
    client = client or CardDavClient(account.url, account.username, password)
    try:
        known = SyncAddressBook.select().where(SyncAddressBook.account == account).exists()
        if not known:
            discover_address_books(client, account)
        books = list(
            SyncAddressBook.select()
            .where(SyncAddressBook.account == account, SyncAddressBook.enabled)
            .order_by(SyncAddressBook.id)
        )
        target = new_cards_book(account)
        summary.address_books = len(books)
        for book in books:
            run = AddressBookSync(db, client, account, book, summary)
            run.pull()
            pushed = summary.pushed
            run.push_changes()
            if target is not None and book.id == target.id:
                for contact_id in filed_unlinked(account):
                    if not run.create_card(contact_id):
                        break  # the book takes no new cards: one error says so, not one each
            if summary.pushed != pushed:
                run.pull()  # some servers leave out what was created and deleted since the token
        account.last_error = ""
    except (CardDavError, ContactNotFound, OSError) as exc:
        summary.errors.append(str(exc))
        account.last_error = str(exc)
        status = exc.status if isinstance(exc, CardDavError) else 0
        if status == 401 or (status == 403 and not books_synced(summary)):
            summary.unauthorized.append(account.id)
    except Exception as exc:  # httpx's transport errors: offline is normal, not a crash
        if not _is_transport_error(exc):
            raise
        summary.errors.append(f"cannot reach {account.url}: {exc}")
        summary.unreachable.append(account.id)
        account.last_error = summary.errors[-1]
    finally:
        if own_client:
            client.close()
    account.last_sync_at = clock.now()
    account.save()
    return summary


def books_synced(summary: SyncSummary) -> bool:
    """Whether anything moved yet (a 403 after that is a card's, not the account's)."""
    return bool(summary.pulled or summary.pushed or summary.full_resyncs)


def sync_all(db: SqliteDatabase, passwords: Iterable[tuple[SyncAccount, str]]) -> SyncSummary:
    """Sync several accounts; the summary adds them up."""
    total = SyncSummary()
    for account, password in passwords:
        total.add(sync_account(db, account, password))
    return total
