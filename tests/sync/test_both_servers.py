"""The scenarios of issue 17 against both real servers, Radicale and Xandikos (see conftest.py).

Each test runs once per server through the `server` fixture. The "phone" is a raw httpx client
acting as a second device; what a user would see is read back from the database
(`load_contacts`) and from the server (GET / PROPFIND), never taken from the summary alone.
"""

from __future__ import annotations

import copy

import pytest

from netzwerk_app.core import contacts
from netzwerk_app.core.contact_writes import add_contact, update_contact
from netzwerk_app.core.models import SyncAddressBook, SyncCard
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.core.snapshots import delete_contacts
from netzwerk_app.sync import accounts, engine
from netzwerk_app.sync.carddav import AddressBookInfo, CardDavClient, SyncTokenRejected

from .conftest import PASSWORD, READER, READER_PASSWORD, USER, Radicale

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
CARL = (
    ANNA.replace("anna-1", "carl-1")
    .replace("Anna Keller", "Carl Frei")
    .replace("Keller;Anna", "Frei;Carl")
    .replace("123 45 67", "555 55 55")
)
PIXEL = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
    "AAAABJRU5ErkJggg=="
)


@pytest.fixture(params=["radicale", "xandikos"])
def server(request) -> Radicale:
    """Each server in turn (Xandikos ignores the credentials: it has no auth of its own here)."""
    return request.getfixturevalue(request.param)


def _account(db, server):
    return accounts.add_account(db, server.url, USER, "NETZWERK_TEST_PW")


def _sync(db, account, password=PASSWORD):
    return engine.sync_account(db, account, password)


def _contact(db, uid="anna-1"):
    cid = contacts.contact_id_by_uid(uid)
    assert cid is not None, f"no contact with UID {uid}"
    return contacts.load_contacts(db, [cid])[0]


def _names_here(db):
    return sorted(r.display_name for r in contacts.load_contacts(db, with_photo=False))


def _edit(db, contact_id, **values):
    loaded = contacts.load_contact_state(db, contact_id)
    record = copy.deepcopy(loaded.record)
    for name, value in values.items():
        setattr(record, name, value)
    update_contact(db, contact_id, record, base=loaded)


def _phone_saves(server, name, card):
    assert server.put(name, card).status_code in (201, 204)


def _first_sync(db, server):
    _phone_saves(server, "anna.vcf", ANNA)
    account = _account(db, server)
    summary = _sync(db, account)
    assert summary.errors == [] and summary.pulled == 1
    return account, contacts.contact_id_by_uid("anna-1")


def _quiet(summary):
    return (summary.pulled, summary.pushed, summary.merged, summary.conflicts, summary.errors)


# ------------------------------------------------------------------ discovery, first sync


def test_discovery_finds_the_address_book(server):
    with CardDavClient(server.url, USER, PASSWORD) as client:
        books = client.discover()
    assert [b.url for b in books] == [server.book_url]
    assert all(b.display_name for b in books)


def test_first_sync_both_ways(db, server):
    _phone_saves(server, "anna.vcf", ANNA)
    beat_id = add_contact(db, ContactRecord(given_name="Beat", family_name="Meier", tier="B"))
    add_contact(db, ContactRecord(given_name="Unsorted", family_name="Person"))
    account = _account(db, server)

    summary = _sync(db, account)

    assert summary.errors == [] and (summary.pulled, summary.pushed) == (1, 1)
    anna = _contact(db)
    assert (anna.organization, anna.tier) == ("Acme", None)  # new from the server: unsorted
    assert [p.replace(" ", "") for p in anna.phones()] == ["+41791234567"]
    assert _names_here(db) == ["Anna Keller", "Beat Meier", "Unsorted Person"]
    names = server.names()
    assert "anna.vcf" in names and len(names) == 2  # Beat (filed) went up, the unsorted did not
    beat_uid = contacts.load_contacts(db, [beat_id])[0].uid
    pushed = server.get(next(n for n in names if n != "anna.vcf"))
    assert f"UID:{beat_uid}" in pushed and "X-NETZWERK-TIER:B" in pushed
    assert SyncAddressBook.get().sync_token

    again = _sync(db, account)  # nothing changed: nothing moves

    assert _quiet(again) == (0, 0, 0, 0, []) and again.full_resyncs == 0


def _bulk_card(i: int) -> str:
    return (
        f"BEGIN:VCARD\nVERSION:3.0\nUID:bulk-{i:04d}\nFN:Bulk{i:04d} Person\n"
        f"N:Person;Bulk{i:04d};;;\nEMAIL:bulk{i:04d}@example.com\n"
        f"TEL;TYPE=CELL:+41 79 {i:03d} 00 00\nEND:VCARD\n"
    )


def _second_client_uploads(server, cards: dict[str, str]) -> None:
    """A second client fills the address book. Radicale takes a whole address book in one PUT
    to the collection (as its web import does; a thousand single PUTs take it minutes: each
    one checks the UIDs of the whole collection); Xandikos gets one PUT per card."""
    if "/addressbook/" not in server.book_url:  # Radicale
        whole = "".join(cards.values()).replace("\n", "\r\n").encode()
        response = server.phone.put(
            server.book_url, content=whole, headers={"Content-Type": "text/vcard"}
        )
        assert response.status_code in (201, 204), response.text
        return
    for name, card in cards.items():
        response = server.phone.put(
            server.book_url + name,
            content=card.replace("\n", "\r\n").encode(),
            headers={"Content-Type": "text/vcard"},
            timeout=60,  # each PUT is a git commit: a stall of a few seconds now and then
        )
        assert response.status_code in (201, 204)


@pytest.mark.slow
def test_first_sync_of_a_thousand_cards_and_a_quiet_second_sync(db, server):
    _second_client_uploads(server, {f"bulk-{i:04d}.vcf": _bulk_card(i) for i in range(1000)})
    assert len(server.names()) == 1000
    account = _account(db, server)

    summary = _sync(db, account)

    assert summary.errors == [] and summary.pulled == 1000 and summary.pushed == 0
    assert summary.full_resyncs == 1
    records = contacts.load_contacts(db, with_photo=False)
    assert len(records) == 1000 and SyncCard.select().count() == 1000
    found = {
        r.uid: (r.display_name, r.emails(), [p.replace(" ", "") for p in r.phones()])
        for r in records
    }
    assert found == {
        f"bulk-{i:04d}": (
            f"Bulk{i:04d} Person",
            [f"bulk{i:04d}@example.com"],
            [f"+4179{i:03d}0000"],
        )
        for i in range(1000)
    }

    again = _sync(db, account)

    assert _quiet(again) == (0, 0, 0, 0, []) and again.full_resyncs == 0
    assert len(server.names()) == 1000
    assert len(contacts.load_contacts(db, with_photo=False)) == 1000


# ------------------------------------------------------------------ incremental, token loss


def test_incremental_sync_after_a_second_clients_changes(db, server):
    account, anna_id = _first_sync(db, server)
    token = SyncAddressBook.get().sync_token
    assert token
    _phone_saves(server, "carl.vcf", CARL)
    _phone_saves(server, "anna.vcf", ANNA.replace("ORG:Acme", "ORG:Acme AG"))

    summary = _sync(db, account)

    assert summary.errors == [] and summary.full_resyncs == 0
    assert (summary.pulled, summary.pushed) == (2, 0)
    assert _contact(db).organization == "Acme AG"
    assert _contact(db, "carl-1").display_name == "Carl Frei"
    assert _names_here(db) == ["Anna Keller", "Carl Frei"]
    assert SyncAddressBook.get().sync_token != token
    assert _quiet(_sync(db, account)) == (0, 0, 0, 0, [])


def test_a_lost_sync_token_falls_back_to_a_full_resync_without_duplicates(db, server):
    account, anna_id = _first_sync(db, server)
    token = SyncAddressBook.get().sync_token
    lost = token[:-8] + ("0" * 8 if not token.endswith("0" * 8) else "1" * 8)
    with CardDavClient(server.url, USER, PASSWORD) as client, pytest.raises(SyncTokenRejected):
        client.sync_collection(server.book_url, lost)  # the server does not know it
    SyncAddressBook.update(sync_token=lost).execute()
    _phone_saves(server, "carl.vcf", CARL)
    _phone_saves(server, "anna.vcf", ANNA.replace("ORG:Acme", "ORG:Acme AG"))

    summary = _sync(db, account)

    assert summary.errors == [] and summary.full_resyncs == 1
    assert summary.pulled == 2 and summary.pushed == 0
    assert _names_here(db) == ["Anna Keller", "Carl Frei"]  # nobody twice
    assert _contact(db).organization == "Acme AG"
    assert server.names() == ["anna.vcf", "carl.vcf"]  # nothing uploaded again
    assert SyncAddressBook.get().sync_token not in ("", lost)
    assert _quiet(_sync(db, account)) == (0, 0, 0, 0, [])


# ------------------------------------------------------------------ edits on both sides


def test_a_412_on_a_stale_etag_pulls_merges_and_retries(db, server, monkeypatch):
    account, anna_id = _first_sync(db, server)
    _edit(db, anna_id, notes="from the laptop")
    real_put = CardDavClient.put_card
    calls = []

    def put_after_the_phone(self, href, data, etag):
        if not calls:  # the phone saves between our pull and our push
            _phone_saves(server, "anna.vcf", ANNA.replace("ORG:Acme", "ORG:Race Ltd"))
        calls.append(etag)
        return real_put(self, href, data, etag)

    monkeypatch.setattr(CardDavClient, "put_card", put_after_the_phone)

    summary = _sync(db, account)

    assert len(calls) == 2 and calls[0] != calls[1]  # the second try with the fresh ETag
    assert summary.errors == [] and summary.conflicts == 0 and summary.pushed == 1
    card = server.get("anna.vcf")
    assert "ORG:Race Ltd" in card and "NOTE:from the laptop" in card
    anna = _contact(db)
    assert (anna.organization, anna.notes) == ("Race Ltd", "from the laptop")
    assert server.names() == ["anna.vcf"]


def test_edits_of_different_fields_on_both_sides_merge(db, server):
    account, anna_id = _first_sync(db, server)
    _phone_saves(server, "anna.vcf", ANNA.replace("ORG:Acme", "ORG:Acme\nTITLE:Head of Sales"))
    _edit(db, anna_id, notes="Met at the Zurich apéro", tier="A")

    summary = _sync(db, account)

    assert summary.errors == [] and summary.conflicts == 0 and summary.merged == 1
    anna = _contact(db)
    assert (anna.title, anna.notes, anna.tier) == ("Head of Sales", "Met at the Zurich apéro", "A")
    card = server.get("anna.vcf")
    assert "TITLE:Head of Sales" in card and "NOTE:Met at the Zurich apéro" in card
    assert "X-NETZWERK-TIER:A" in card and "X-PHONE-ONLY:kept" in card
    assert accounts.open_conflicts(db) == []
    assert _quiet(_sync(db, account)) == (0, 0, 0, 0, [])


def test_a_clash_on_the_same_field_is_surfaced_as_a_conflict(db, server):
    account, anna_id = _first_sync(db, server)
    _phone_saves(server, "anna.vcf", ANNA.replace("ORG:Acme", "ORG:Phone Corp"))
    _edit(db, anna_id, organization="Laptop GmbH")

    summary = _sync(db, account)

    assert summary.errors == [] and summary.conflicts == 1
    assert _contact(db).organization == "Phone Corp"  # the server's value, for now
    assert "ORG:Phone Corp" in server.get("anna.vcf")
    [conflict] = accounts.open_conflicts(db)
    assert conflict.kind == "edit" and conflict.contact_id == anna_id
    assert conflict.fields == {"organization": {"mine": "Laptop GmbH", "theirs": "Phone Corp"}}

    accounts.resolve_conflict(db, conflict.id, "mine")
    summary = _sync(db, account)

    assert summary.pushed == 1 and summary.conflicts == 0 and accounts.open_conflicts(db) == []
    assert _contact(db).organization == "Laptop GmbH"
    assert "ORG:Laptop GmbH" in server.get("anna.vcf")


# ------------------------------------------------------------------ delete versus edit


def test_deleted_on_the_server_but_edited_here_is_kept_and_uploaded_again(db, server):
    account, anna_id = _first_sync(db, server)
    assert server.phone.delete(server.book_url + "anna.vcf").status_code in (200, 204)
    _edit(db, anna_id, notes="call her about the offer")

    summary = _sync(db, account)

    assert summary.errors == [] and summary.conflicts == 1 and summary.archived == 0
    assert [row.id for row in contacts.list_contacts(db)] == [anna_id]  # kept, not archived
    assert _contact(db).notes == "call her about the offer"
    [conflict] = accounts.open_conflicts(db)
    assert conflict.kind == "deleted" and conflict.contact_id == anna_id
    [name] = server.names()  # uploaded again, as a new card
    card = server.get(name)
    assert "NOTE:call her about the offer" in card and "ORG:Acme" in card
    assert _quiet(_sync(db, account)) == (0, 0, 0, 0, [])

    accounts.resolve_conflict(db, conflict.id, "theirs")  # the deletion stands after all
    assert contacts.list_contacts(db) == []  # archived here, not deleted
    assert _sync(db, account).pushed == 1 and server.names() == []
    assert _contact(db).notes == "call her about the offer"


def test_deleted_here_but_edited_on_the_server_comes_back(db, server):
    account, anna_id = _first_sync(db, server)
    delete_contacts(db, [anna_id])
    _phone_saves(server, "anna.vcf", ANNA.replace("ORG:Acme", "ORG:Phone Corp"))

    summary = _sync(db, account)

    assert summary.errors == []
    assert server.names() == ["anna.vcf"]  # not deleted there
    assert "ORG:Phone Corp" in server.get("anna.vcf")
    assert _names_here(db) == ["Anna Keller"]  # back here, once
    assert _contact(db).organization == "Phone Corp"
    assert _quiet(_sync(db, account)) == (0, 0, 0, 0, [])


def test_deleted_here_while_the_phone_edits_it_during_the_sync_comes_back(db, server, monkeypatch):
    account, anna_id = _first_sync(db, server)
    delete_contacts(db, [anna_id])
    real_delete = CardDavClient.delete_card
    calls = []

    def delete_after_the_phone(self, href, etag):
        if not calls:  # the phone saves between our pull and our DELETE: a 412
            _phone_saves(server, "anna.vcf", ANNA.replace("ORG:Acme", "ORG:Phone Corp"))
        calls.append(etag)
        return real_delete(self, href, etag)

    monkeypatch.setattr(CardDavClient, "delete_card", delete_after_the_phone)

    summary = _sync(db, account)

    assert len(calls) == 1 and summary.errors == [] and summary.pushed == 0
    assert server.names() == ["anna.vcf"] and "ORG:Phone Corp" in server.get("anna.vcf")
    assert _names_here(db) == ["Anna Keller"]  # back here, once
    assert _contact(db).organization == "Phone Corp"
    assert _quiet(_sync(db, account)) == (0, 0, 0, 0, [])


# ------------------------------------------------------------------ the phone's own data


def _lines(card: str) -> set[str]:
    return set(card.replace("\n ", "").splitlines())


def test_the_phones_photo_labels_and_x_properties_survive_an_edit_here(db, server):
    card = ANNA.replace(
        "END:VCARD",
        f"PHOTO;ENCODING=b;TYPE=PNG:{PIXEL}\nitem1.TEL:+41 44 000 11 22\n"
        "item1.X-ABLabel:Lieblingsnummer\n"
        "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Anni\nEND:VCARD",
    )
    _phone_saves(server, "anna.vcf", card)
    before = _lines(server.get("anna.vcf"))  # as the server keeps it (Radicale re-serializes)
    account = _account(db, server)
    assert _sync(db, account).pulled == 1
    _edit(db, contacts.contact_id_by_uid("anna-1"), title="CFO")

    summary = _sync(db, account)

    assert summary.errors == [] and summary.pushed == 1
    after = _lines(server.get("anna.vcf"))
    assert "TITLE:CFO" in after
    assert sorted(before - after) == []  # every line of the phone's card is still there
    assert any(PIXEL in line for line in after)
    assert _contact(db).title == "CFO"


# ------------------------------------------------------------------ 401 / 403


def test_a_wrong_password_is_reported_and_nothing_is_written(db, server, request):
    if request.node.callspec.params["server"] == "xandikos":
        pytest.skip("Xandikos has no authentication of its own (basic auth needs TLS there)")
    account, anna_id = _first_sync(db, server)
    _edit(db, anna_id, notes="from the laptop")
    _phone_saves(server, "anna.vcf", ANNA.replace("ORG:Acme", "ORG:Phone Corp"))
    phone_card = server.get("anna.vcf")
    link = SyncCard.get()

    summary = _sync(db, account, password="not-the-password")

    assert summary.unauthorized == [account.id] and summary.unreachable == []
    assert len(summary.errors) == 1 and "401" in summary.errors[0]
    assert (summary.pulled, summary.pushed, summary.merged, summary.conflicts) == (0, 0, 0, 0)
    anna = _contact(db)
    assert (anna.organization, anna.notes) == ("Acme", "from the laptop")  # nothing pulled
    assert server.get("anna.vcf") == phone_card  # nothing pushed
    assert SyncCard.get().etag == link.etag and SyncCard.get().base_card == link.base_card
    assert accounts.open_conflicts(db) == []

    summary = _sync(db, account)  # the right password again: both edits meet

    assert summary.errors == [] and summary.unauthorized == [] and summary.merged == 1
    anna = _contact(db)
    assert (anna.organization, anna.notes) == ("Phone Corp", "from the laptop")
    assert "NOTE:from the laptop" in server.get("anna.vcf")


def test_a_wrong_password_on_the_first_sync_stores_nothing(db, radicale):
    _phone_saves(radicale, "anna.vcf", ANNA)
    account = _account(db, radicale)

    summary = _sync(db, account, password="not-the-password")

    assert summary.unauthorized == [account.id] and "401" in " ".join(summary.errors)
    assert contacts.load_contacts(db) == []
    assert SyncAddressBook.select().count() == 0 and SyncCard.select().count() == 0
    assert radicale.names() == ["anna.vcf"]


def _reader_account(db, server):
    """The reader's account on the owner's shared address book (chosen, not discovered: it
    lies outside the reader's own home)."""
    account = accounts.add_account(db, server.url, READER, "NETZWERK_TEST_PW")
    accounts.set_address_books(
        db, account, [AddressBookInfo(server.book_url, "Contacts")], {server.book_url}
    )
    return account


def test_a_push_the_server_forbids_is_reported_and_the_edit_is_kept(db, radicale_read_only):
    server = radicale_read_only
    _phone_saves(server, "anna.vcf", ANNA)
    account = _reader_account(db, server)
    first = _sync(db, account, READER_PASSWORD)
    assert first.errors == [] and first.pulled == 1  # reading is allowed
    anna_id = contacts.contact_id_by_uid("anna-1")
    _edit(db, anna_id, notes="from the laptop")
    _phone_saves(server, "carl.vcf", CARL)  # the owner adds someone meanwhile

    summary = _sync(db, account, READER_PASSWORD)

    assert summary.unauthorized == [], summary  # the password is fine: not a login problem
    assert summary.pushed == 0 and len(summary.errors) == 1 and "403" in summary.errors[0]
    assert _contact(db).notes == "from the laptop"  # the edit here is kept
    assert _contact(db, "carl-1").display_name == "Carl Frei"  # and the pull went through
    assert "NOTE" not in server.get("anna.vcf") and server.names() == ["anna.vcf", "carl.vcf"]

    for given in ("Dora", "Emil"):  # filed here: they would go up as new cards
        add_contact(db, ContactRecord(given_name=given, family_name="Roth", tier="B"))

    again = _sync(db, account, READER_PASSWORD)  # still refused, still kept, still said

    assert again.unauthorized == [] and again.pushed == 0
    assert len(again.errors) == 2 and all("403" in e for e in again.errors)  # Anna; new cards
    assert _contact(db).notes == "from the laptop"
    assert _names_here(db) == ["Anna Keller", "Carl Frei", "Dora Roth", "Emil Roth"]
    assert "NOTE" not in server.get("anna.vcf") and server.names() == ["anna.vcf", "carl.vcf"]
