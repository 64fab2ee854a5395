"""Two-way sync against a real Radicale on 127.0.0.1 (see conftest.py)."""

from __future__ import annotations

from netzwerk_app.core import contacts
from netzwerk_app.core.models import SyncAddressBook
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.sync import accounts, engine
from netzwerk_app.sync.carddav import CardDavClient

from .conftest import PASSWORD, USER

ANNA = """BEGIN:VCARD
VERSION:3.0
UID:anna-1
FN:Anna Keller
N:Keller;Anna;;;
ORG:Acme
TEL;TYPE=CELL:+41 79 123 45 67
X-PHONE-ONLY:kept
END:VCARD
"""


def _account(db, radicale):
    return accounts.add_account(db, radicale.url, USER, "NETZWERK_TEST_PW")


def _sync(db, account):
    return engine.sync_account(db, account, PASSWORD)


def _contact(db, uid="anna-1"):
    cid = contacts.contact_id_by_uid(uid)
    assert cid is not None
    return contacts.load_contact(db, cid)


def test_discovery_finds_the_address_book(radicale):
    with CardDavClient(radicale.url, USER, PASSWORD) as client:
        books = client.discover()
    assert [(b.url, b.display_name) for b in books] == [(radicale.book_url, "Contacts")]


def test_first_sync_both_ways(db, radicale):
    assert radicale.put("anna.vcf", ANNA).status_code == 201
    local_id = contacts.add_contact(
        db, ContactRecord(given_name="Beat", family_name="Meier", tier="B")
    )
    contacts.add_contact(db, ContactRecord(given_name="Unsorted", family_name="Person"))
    account = _account(db, radicale)

    summary = _sync(db, account)

    assert summary.errors == []
    assert summary.pulled == 1 and summary.pushed == 1
    anna = _contact(db)
    assert anna.organization == "Acme"
    assert anna.tier is None  # new from the server: unsorted
    names = radicale.names()
    assert "anna.vcf" in names and len(names) == 2  # Beat (filed) went up, the unsorted did not
    beat_uid = contacts.load_contact(db, local_id).uid
    pushed = next(radicale.get(n) for n in names if n != "anna.vcf")
    assert f"UID:{beat_uid}" in pushed and "X-NETZWERK-TIER:B" in pushed
    assert SyncAddressBook.get().sync_token

    again = _sync(db, account)  # nothing changed: nothing moves
    assert (again.pulled, again.pushed, again.merged, again.conflicts) == (0, 0, 0, 0)
    assert again.full_resyncs == 0
