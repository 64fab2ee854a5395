"""Two-way sync against a real Radicale on 127.0.0.1 (see conftest.py)."""

from __future__ import annotations

import copy

from netzwerk_app.core import contacts
from netzwerk_app.core.contact_writes import add_contact, update_contact
from netzwerk_app.core.models import SyncAddressBook
from netzwerk_app.core.records import ContactMethodRecord, ContactRecord
from netzwerk_app.core.snapshots import delete_contacts
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
    local_id = add_contact(db, ContactRecord(given_name="Beat", family_name="Meier", tier="B"))
    add_contact(db, ContactRecord(given_name="Unsorted", family_name="Person"))
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


def _edit(db, contact_id, **values):
    loaded = contacts.load_contact_state(db, contact_id)
    record = copy.deepcopy(loaded.record)
    for name, value in values.items():
        setattr(record, name, value)
    update_contact(db, contact_id, record, base=loaded)


def _first_sync(db, radicale):
    assert radicale.put("anna.vcf", ANNA).status_code == 201
    account = _account(db, radicale)
    assert _sync(db, account).errors == []
    return account, contacts.contact_id_by_uid("anna-1")


def test_incremental_sync_by_token(db, radicale):
    account, anna_id = _first_sync(db, radicale)
    token = SyncAddressBook.get().sync_token
    new = ANNA.replace("anna-1", "carl-1").replace("Anna Keller", "Carl Frei")
    new = new.replace("Keller;Anna", "Frei;Carl").replace("123 45 67", "555 55 55")
    assert radicale.put("carl.vcf", new).status_code == 201
    changed = ANNA.replace("ORG:Acme", "ORG:Acme AG")
    assert radicale.put("anna.vcf", changed).status_code in (201, 204)

    summary = _sync(db, account)

    assert summary.errors == [] and summary.full_resyncs == 0
    assert summary.pulled == 2 and summary.pushed == 0
    assert _contact(db).organization == "Acme AG"
    assert _contact(db, "carl-1").display_name == "Carl Frei"
    assert SyncAddressBook.get().sync_token != token


def test_edits_of_different_fields_merge_silently(db, radicale):
    account, anna_id = _first_sync(db, radicale)
    phone_side = ANNA.replace("ORG:Acme", "ORG:Acme\nTITLE:Head of Sales")
    assert radicale.put("anna.vcf", phone_side).status_code in (201, 204)
    _edit(db, anna_id, notes="Met at the Zurich apéro", tier="A")

    summary = _sync(db, account)

    assert summary.errors == [] and summary.conflicts == 0 and summary.merged == 1
    anna = _contact(db)
    assert (anna.title, anna.notes, anna.tier) == ("Head of Sales", "Met at the Zurich apéro", "A")
    card = radicale.get("anna.vcf")
    assert "TITLE:Head of Sales" in card and "NOTE:Met at the Zurich apéro" in card
    assert "X-NETZWERK-TIER:A" in card
    assert "X-PHONE-ONLY:kept" in card  # the phone's own property survives Netzwerk's edit
    assert _sync(db, account).pushed == 0  # and then all is quiet


def test_a_clash_keeps_the_servers_value_and_records_a_conflict(db, radicale):
    account, anna_id = _first_sync(db, radicale)
    assert radicale.put("anna.vcf", ANNA.replace("ORG:Acme", "ORG:Phone Corp")).status_code in (
        201,
        204,
    )
    _edit(db, anna_id, organization="Laptop GmbH")

    summary = _sync(db, account)

    assert summary.conflicts == 1
    assert _contact(db).organization == "Phone Corp"
    [conflict] = accounts.open_conflicts(db)
    assert conflict.kind == "edit" and conflict.contact_id == anna_id
    assert conflict.fields == {"organization": {"mine": "Laptop GmbH", "theirs": "Phone Corp"}}

    accounts.resolve_conflict(db, conflict.id, "mine")
    assert accounts.open_conflicts(db) == []
    assert _contact(db).organization == "Laptop GmbH"
    summary = _sync(db, account)
    assert summary.pushed == 1 and summary.conflicts == 0
    assert "ORG:Laptop GmbH" in radicale.get("anna.vcf")


def test_resolving_both_keeps_the_servers_value_and_ours_in_the_notes(db, radicale):
    account, anna_id = _first_sync(db, radicale)
    radicale.put("anna.vcf", ANNA.replace("ORG:Acme", "ORG:Phone Corp"))
    _edit(db, anna_id, organization="Laptop GmbH")
    _sync(db, account)
    [conflict] = accounts.open_conflicts(db)

    accounts.resolve_conflict(db, conflict.id, "both")

    anna = _contact(db)
    assert anna.organization == "Phone Corp"
    assert "organization (before sync): Laptop GmbH" in anna.notes


def test_deleted_on_server_but_edited_here_is_kept(db, radicale):
    account, anna_id = _first_sync(db, radicale)
    assert radicale.phone.delete(radicale.book_url + "anna.vcf").status_code in (200, 204)
    _edit(db, anna_id, notes="call her about the offer")

    summary = _sync(db, account)

    anna = _contact(db)
    assert anna.notes == "call her about the offer"
    assert [row.id for row in contacts.list_contacts(db)] == [anna_id]  # kept, not archived
    [conflict] = accounts.open_conflicts(db)
    assert conflict.kind == "deleted" and summary.conflicts == 1
    names = radicale.names()
    assert len(names) == 1 and "call her about the offer" in radicale.get(names[0])

    accounts.resolve_conflict(db, conflict.id, "theirs")  # the deletion stands after all
    assert contacts.list_contacts(db) == []  # archived here, not deleted
    assert _sync(db, account).pushed == 1
    assert radicale.names() == []
    assert _contact(db).notes == "call her about the offer"


def test_deleted_on_server_and_untouched_here_is_archived(db, radicale):
    account, anna_id = _first_sync(db, radicale)
    radicale.phone.delete(radicale.book_url + "anna.vcf")

    summary = _sync(db, account)

    assert summary.archived == 1 and summary.conflicts == 0
    assert contacts.list_contacts(db, include_archived=True)[0].archived
    assert radicale.names() == []


def test_deleted_here_is_deleted_on_the_server(db, radicale):
    account, anna_id = _first_sync(db, radicale)
    delete_contacts(db, [anna_id])

    summary = _sync(db, account)

    assert summary.pushed == 1 and radicale.names() == []


def test_a_412_on_put_pulls_merges_and_retries(db, radicale, monkeypatch):
    account, anna_id = _first_sync(db, radicale)
    _edit(db, anna_id, notes="from the laptop")
    real_put = CardDavClient.put_card
    calls = []

    def put_after_the_phone(self, href, data, etag):
        if not calls:  # the phone saves between our pull and our push
            radicale.put("anna.vcf", ANNA.replace("ORG:Acme", "ORG:Race Ltd"))
        calls.append(etag)
        return real_put(self, href, data, etag)

    monkeypatch.setattr(CardDavClient, "put_card", put_after_the_phone)

    summary = _sync(db, account)

    assert len(calls) == 2 and summary.errors == [] and summary.conflicts == 0
    card = radicale.get("anna.vcf")
    assert "ORG:Race Ltd" in card and "NOTE:from the laptop" in card
    assert _contact(db).organization == "Race Ltd"


def test_the_command_line(radicale, data_dir, capsys, monkeypatch):
    import json

    from netzwerk_app.cli import main

    def run(*args):
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    radicale.put("anna.vcf", ANNA)
    code, out, _ = run("sync", "add", radicale.url, "--user", USER, "--password-env", "PW_17")
    assert code == 0
    code, _, err = run("sync", "run")
    assert code == 2 and "PW_17" in err  # no password given
    monkeypatch.setenv("PW_17", PASSWORD)
    code, out, _ = run("sync", "run", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["pulled"] == 1 and summary["errors"] == []
    assert {"pulled", "pushed", "merged", "conflicts"} <= set(summary)
    code, out, _ = run("sync", "status", "--json")
    [account] = json.loads(out)
    assert account["address_books"][0]["cards"] == 1 and account["last_error"] is None
    assert PASSWORD not in (data_dir / "netzwerk.sqlite3").read_bytes().decode("latin-1")

    radicale.put("anna.vcf", ANNA.replace("ORG:Acme", "ORG:Phone Corp"))
    code, out, _ = run("contacts", "--json")
    anna_id = json.loads(out)[0]["id"]
    assert run("sync", "conflicts", "--json")[1].strip() == "[]"
    from netzwerk_app.core.database import open_database

    db = open_database(data_dir)
    _edit(db, anna_id, organization="Laptop GmbH")
    db.close()
    assert run("sync", "run")[0] == 0
    code, out, _ = run("sync", "conflicts", "--json")
    [conflict] = json.loads(out)
    assert conflict["fields"] == {"organization": {"mine": "Laptop GmbH", "theirs": "Phone Corp"}}
    assert run("sync", "resolve", str(conflict["id"]), "theirs")[0] == 0
    assert run("sync", "resolve", str(conflict["id"]), "theirs")[0] == 2  # no longer open
    assert run("sync", "conflicts", "--json")[1].strip() == "[]"


PIXEL = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
    "AAAABJRU5ErkJggg=="
)


def test_the_phones_photo_and_own_properties_survive_an_edit_here(db, radicale):
    card = ANNA.replace("END:VCARD", f"PHOTO;ENCODING=b;TYPE=PNG:{PIXEL}\nEND:VCARD")
    assert radicale.put("anna.vcf", card).status_code == 201
    account = _account(db, radicale)
    _sync(db, account)
    _edit(db, contacts.contact_id_by_uid("anna-1"), title="CFO")

    assert _sync(db, account).pushed == 1

    text = radicale.get("anna.vcf").replace("\n ", "")
    assert "TITLE:CFO" in text and PIXEL in text and "X-PHONE-ONLY:kept" in text


def test_a_server_card_of_a_contact_here_is_folded_into_it(db, radicale):
    here = add_contact(
        db,
        ContactRecord(
            given_name="Anna",
            family_name="Keller",
            tier="A",
            methods=[
                ContactMethodRecord("phone", "+41 79 123 45 67"),
                ContactMethodRecord("email", "anna@example.com"),
            ],
        ),
    )
    radicale.put("anna.vcf", ANNA)
    account = _account(db, radicale)

    summary = _sync(db, account)

    assert summary.errors == []
    assert [row.id for row in contacts.list_contacts(db)] == [here]  # one person, not two
    assert radicale.names() == ["anna.vcf"]  # and no second card on the server
    text = radicale.get("anna.vcf")
    assert "anna@example.com" in text and "X-NETZWERK-TIER:A" in text  # ours went up
    assert contacts.load_contact(db, here).organization == "Acme"  # theirs came down


def test_an_unsure_match_is_kept_apart_as_a_possible_duplicate(db, radicale):
    from netzwerk_app.core import duplicates

    add_contact(
        db,
        ContactRecord(
            given_name="Anna",
            family_name="Keller",
            methods=[ContactMethodRecord("phone", "+41 79 123 45 67")],
        ),
    )
    radicale.put(
        "anna.vcf", ANNA.replace("FN:Anna Keller", "FN:Anna").replace("Keller;Anna", ";Anna")
    )

    _sync(db, _account(db, radicale))

    assert len(contacts.list_contacts(db)) == 2
    assert len(duplicates.list_duplicates(db)) == 1


def test_numbers_added_on_both_sides_are_all_kept(db, radicale):
    account, anna_id = _first_sync(db, radicale)
    radicale.put("anna.vcf", ANNA.replace("END:VCARD", "EMAIL:anna@phone.example\nEND:VCARD"))
    loaded = contacts.load_contact_state(db, anna_id)
    record = copy.deepcopy(loaded.record)
    record.methods.append(ContactMethodRecord("phone", "+41 44 555 66 77", "work"))
    update_contact(db, anna_id, record, base=loaded)

    summary = _sync(db, account)

    assert summary.conflicts == 0 and summary.merged == 1
    values = {m.value for m in _contact(db).methods}
    assert {"anna@phone.example", "+41 44 555 66 77", "+41 79 123 45 67"} <= values
    card = radicale.get("anna.vcf")
    assert "anna@phone.example" in card and "+41 44 555 66 77" in card
