"""Two-way sync against a real Radicale on 127.0.0.1 (see conftest.py): what is not run against
both servers in test_both_servers.py."""

from __future__ import annotations

import copy

from netzwerk_app.core import contacts
from netzwerk_app.core.contact_writes import add_contact, update_contact
from netzwerk_app.core.records import ContactMethodRecord, ContactRecord
from netzwerk_app.core.snapshots import delete_contacts
from netzwerk_app.sync import accounts, engine

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
