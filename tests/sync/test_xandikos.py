"""The sync against a second real server: Xandikos on 127.0.0.1 (see conftest.py)."""

from __future__ import annotations

import json

from netzwerk_app.core import contact_writes, contacts
from netzwerk_app.core.models import SyncAddressBook
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.sync import accounts, engine
from netzwerk_app.sync.carddav import CardDavClient, SyncTokenRejected

from .conftest import PASSWORD, USER

ANNA = """BEGIN:VCARD
VERSION:3.0
UID:anna-1
FN:Anna Keller
N:Keller;Anna;;;
ORG:Acme
X-PHONE-ONLY:kept
END:VCARD
"""
CARL = (
    ANNA.replace("anna-1", "carl-1")
    .replace("Anna Keller", "Carl Frei")
    .replace("Keller;Anna", "Frei;Carl")
)


def test_discovery_from_the_servers_root(xandikos):
    with CardDavClient(xandikos.url, USER, PASSWORD) as client:
        books = client.discover()
    assert [b.url for b in books] == [xandikos.book_url]


def test_first_and_incremental_sync(db, xandikos):
    assert xandikos.put("anna.vcf", ANNA).status_code in (201, 204)
    contact_writes.add_contact(db, ContactRecord(given_name="Beat", family_name="Meier", tier="B"))
    account = accounts.add_account(db, xandikos.url, USER, "")

    first = engine.sync_account(db, account, PASSWORD)

    assert first.errors == [] and (first.pulled, first.pushed) == (1, 1)
    assert len(xandikos.names()) == 2
    token = SyncAddressBook.get().sync_token
    assert token

    assert xandikos.put("carl.vcf", CARL).status_code in (201, 204)
    xandikos.put("anna.vcf", ANNA.replace("ORG:Acme", "ORG:Acme AG"))
    again = engine.sync_account(db, account, PASSWORD)

    assert again.errors == [] and again.full_resyncs == 0
    assert (again.pulled, again.pushed) == (2, 0)
    anna = contacts.load_contact(db, contacts.contact_id_by_uid("anna-1"))
    assert anna.organization == "Acme AG"
    assert SyncAddressBook.get().sync_token != token
    quiet = engine.sync_account(db, account, PASSWORD)
    assert (quiet.pulled, quiet.pushed, quiet.full_resyncs) == (0, 0, 0)


def test_a_rejected_token_falls_back_to_a_full_listing(db, xandikos):
    xandikos.put("anna.vcf", ANNA)
    account = accounts.add_account(db, xandikos.url, USER, "")
    assert engine.sync_account(db, account, PASSWORD).errors == []
    with CardDavClient(xandikos.url, USER, PASSWORD) as client:
        try:
            client.sync_collection(xandikos.book_url, "http://example.com/unknown-token")
        except SyncTokenRejected as exc:
            assert exc.status in (403, 409, 412)
        else:
            raise AssertionError("Xandikos took a token it never gave")
    SyncAddressBook.update(sync_token="http://example.com/unknown-token").execute()
    xandikos.put("carl.vcf", CARL)

    summary = engine.sync_account(db, account, PASSWORD)

    assert summary.errors == [] and summary.full_resyncs == 1
    assert summary.pulled == 1  # Carl; Anna is known and unchanged
    assert sorted(r.display_name for r in contacts.list_contacts(db)) == [
        "Anna Keller",
        "Carl Frei",
    ]
    assert len(xandikos.names()) == 2


def test_edit_here_keeps_the_phones_own_property(db, xandikos):
    import copy

    xandikos.put("anna.vcf", ANNA)
    account = accounts.add_account(db, xandikos.url, USER, "")
    engine.sync_account(db, account, PASSWORD)
    anna_id = contacts.contact_id_by_uid("anna-1")
    loaded = contacts.load_contact_state(db, anna_id)
    record = copy.deepcopy(loaded.record)
    record.title = "CFO"
    contact_writes.update_contact(db, anna_id, record, base=loaded)

    assert engine.sync_account(db, account, PASSWORD).pushed == 1

    card = xandikos.get("anna.vcf")
    assert "TITLE:CFO" in card and "X-PHONE-ONLY:kept" in card


def test_one_shot_command_against_xandikos(xandikos, data_dir, capsys, monkeypatch):
    import io

    from netzwerk_app.cli import main

    xandikos.put("anna.vcf", ANNA)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["--data-dir", str(data_dir), "sync", "--url", xandikos.url, "--user", USER,
                 "--password-stdin", "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["pulled"] == 1
