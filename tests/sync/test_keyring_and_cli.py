"""Passwords in the OS keyring, the one-shot command, and the address book for new contacts."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

from netzwerk_app.core import contact_writes, contacts
from netzwerk_app.core.models import SyncAccount
from netzwerk_app.core.records import ContactRecord
from netzwerk_app.sync import accounts, engine, secrets

from .conftest import PASSWORD, USER

ANNA = "BEGIN:VCARD\nVERSION:3.0\nUID:anna-1\nFN:Anna Keller\nN:Keller;Anna;;;\nEND:VCARD\n"


@pytest.fixture
def run(data_dir, capsys, monkeypatch):
    from netzwerk_app.cli import main

    def run(*args, stdin: str | None = None):
        if stdin is not None:
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _rows(data_dir, sql: str) -> list:
    con = sqlite3.connect(data_dir / "netzwerk.sqlite3")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_keyring_keeps_a_password_per_account(memory_keyring):
    secrets.set_password("https://dav.example.com/", "anna", "s3cret")
    assert secrets.get_password("https://dav.example.com/", "anna") == "s3cret"
    assert secrets.get_password("https://dav.example.com/", "beat") is None
    assert secrets.delete_password("https://dav.example.com/", "anna")
    assert not secrets.delete_password("https://dav.example.com/", "anna")
    assert memory_keyring.entries == {}


def test_without_a_keyring_a_clear_error(no_keyring):
    assert not secrets.keyring_available()
    with pytest.raises(secrets.NoKeyring, match="No keyring is available"):
        secrets.set_password("https://dav.example.com/", "anna", "s3cret")
    assert not secrets.delete_password("https://dav.example.com/", "anna")


def test_removing_an_account_removes_its_password(db, memory_keyring):
    account = accounts.add_account(db, "https://dav.example.com/", "anna", "")
    secrets.set_password(account.url, "anna", "pw")
    assert accounts.stored_password(account) == "pw"

    accounts.remove_account(db, account)

    assert memory_keyring.entries == {} and accounts.accounts(db) == []


def test_an_edited_account_takes_its_password_along(db, memory_keyring):
    account = accounts.add_account(db, "https://dav.example.com/", "anna", "")
    secrets.set_password(account.url, "anna", "pw")
    accounts.update_account(db, account, "https://dav.example.com/", "anna.k")
    assert accounts.stored_password(account) == "pw"
    assert list(memory_keyring.entries) == [(secrets.SERVICE, "anna.k@https://dav.example.com/")]


def test_add_with_the_password_on_stdin_then_plain_sync(radicale, run, data_dir, memory_keyring):
    code, out, _ = run("sync")
    assert code == 0 and out.startswith("No sync accounts")
    assert json.loads(run("sync", "--json")[1])["pulled"] == 0
    radicale.put("anna.vcf", ANNA)
    code, out, _ = run("sync", "add", radicale.url, "--user", USER, "--password-stdin",
                       stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0 and "keyring" in out
    assert list(memory_keyring.entries.values()) == [PASSWORD]

    code, out, err = run("sync")
    assert code == 0, err
    assert out.startswith("pulled 1, pushed 0, merged 0, conflicts 0")
    code, out, _ = run("sync", "--account", USER, "--json")
    assert code == 0 and json.loads(out)["pulled"] == 0

    code, out, _ = run("sync", "status")
    assert "new contacts go to Contacts" in out
    # never in plain text: not in the database, not in the settings
    assert PASSWORD not in (data_dir / "netzwerk.sqlite3").read_bytes().decode("latin-1")


def test_without_a_keyring_the_command_line_says_what_to_do(radicale, run, no_keyring):
    code, _, err = run("sync", "add", radicale.url, "--user", USER, "--password-stdin",
                       stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 2
    assert "No keyring is available on this system; the password cannot be stored. " in err
    assert "Use --password-stdin." in err
    assert json.loads(run("sync", "status", "--json")[1]) == []  # no half-added account


def test_a_password_on_stdin_serves_one_plain_sync(radicale, run, db, no_keyring):
    accounts.add_account(db, radicale.url, USER, "")
    code, _, err = run("sync")
    assert code == 2 and "No keyring is available" in err
    code, out, err = run("sync", "--password-stdin", "--json", stdin=PASSWORD + "\n")
    assert code == 0, err
    assert json.loads(out)["errors"] == []


def test_one_shot_sync_keeps_no_account(radicale, run, db, data_dir):
    radicale.put("anna.vcf", ANNA)
    contact_writes.add_contact(db, ContactRecord(given_name="Beat", family_name="Meier", tier="B"))

    code, out, err = run("sync", "--url", radicale.url, "--user", USER, "--password-stdin",
                         "--json", stdin=PASSWORD + "\n")  # fmt: skip

    assert code == 0, err
    summary = json.loads(out)
    assert {"pulled", "pushed", "merged", "conflicts"} <= set(summary)
    assert (summary["pulled"], summary["pushed"], summary["errors"]) == (1, 1, [])
    for table in ("sync_account", "sync_address_book", "sync_card", "sync_conflict"):
        assert _rows(data_dir, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert len(radicale.names()) == 2

    # a second run finds the same people: matched, nothing doubled on either side
    code, out, err = run("sync", "--url", radicale.url, "--user", USER, "--password-stdin",
                         "--json", stdin=PASSWORD + "\n")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["pushed"] == 0 and len(radicale.names()) == 2
    assert len(contacts.list_contacts(db)) == 2


def test_one_shot_with_a_wrong_password_fails_and_keeps_nothing(radicale, run, data_dir):
    code, out, err = run("sync", "--url", radicale.url, "--user", USER, "--password-stdin",
                         "--json", stdin="wrong\n")  # fmt: skip
    assert code == 1 and "401" in err + out
    assert json.loads(out)["unauthorized"]
    assert _rows(data_dir, "SELECT count(*) FROM sync_account") == [(0,)]


def _second_book(radicale, name: str, display: str) -> str:
    url = f"{radicale.url}{USER}/{name}/"
    mkcol = (
        '<?xml version="1.0"?><mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">'
        "<set><prop><resourcetype><collection/><C:addressbook/></resourcetype>"
        f"<displayname>{display}</displayname></prop></set></mkcol>"
    )
    assert radicale.phone.request("MKCOL", url, content=mkcol).status_code == 201
    return url


def _cards_in(radicale, url: str) -> int:
    response = radicale.phone.request("PROPFIND", url, headers={"Depth": "1"})
    return response.text.count(".vcf</")


def test_new_contacts_go_to_the_chosen_address_book(radicale, db, run):
    work = _second_book(radicale, "work", "Work")
    account = accounts.add_account(db, radicale.url, USER, "")
    secrets.set_password(account.url, USER, PASSWORD)
    assert engine.sync_account(db, account, PASSWORD).errors == []
    assert engine.new_cards_book(account).display_name == "Contacts"  # named "contacts"

    code, out, err = run("sync", "target", USER, "Work")
    assert code == 0 and "Work" in out, err
    contact_writes.add_contact(db, ContactRecord(given_name="Beat", family_name="Meier", tier="B"))
    account = SyncAccount.get_by_id(account.id)
    assert engine.sync_account(db, account, PASSWORD).pushed == 1

    assert _cards_in(radicale, work) == 1 and _cards_in(radicale, radicale.book_url) == 0
    code, out, _ = run("sync", "status", "--json")
    assert json.loads(out)[0]["new_cards_book"] == {"url": work, "name": "Work"}
    assert run("sync", "target", USER, "Nope")[0] == 2


def test_a_book_not_chosen_is_not_synced(radicale, db):
    from netzwerk_app.sync.carddav import AddressBookInfo

    radicale.put("anna.vcf", ANNA)
    work = _second_book(radicale, "work", "Work")
    account = accounts.add_account(db, radicale.url, USER, "")
    found = [AddressBookInfo(radicale.book_url, "Contacts"), AddressBookInfo(work, "Work")]
    accounts.set_address_books(db, account, found, {work}, new_cards=work)

    summary = engine.sync_account(db, account, PASSWORD)

    assert summary.address_books == 1 and summary.pulled == 0
    assert engine.new_cards_book(account).url == work


def test_an_interrupted_one_shot_leaves_no_account_behind(radicale, db):
    left = SyncAccount.create(url=radicale.url, username=USER, password_env=accounts.ONE_SHOT)
    assert accounts.accounts(db) == []  # never shown as an account

    summary = accounts.sync_once(db, radicale.url, USER, PASSWORD)

    assert summary.errors == []
    assert SyncAccount.select().count() == 0 and SyncAccount.get_or_none(id=left.id) is None


def test_another_server_forgets_the_address_books_found_before(db, memory_keyring):
    from netzwerk_app.core.models import SyncAddressBook
    from netzwerk_app.sync.carddav import AddressBookInfo

    account = accounts.add_account(db, "https://a.example.com/", "anna", "")
    found = [AddressBookInfo("https://a.example.com/anna/contacts/", "Contacts")]
    accounts.set_address_books(db, account, found, {found[0].url})
    accounts.update_account(db, account, "https://b.example.com/", "anna")
    assert SyncAddressBook.select().count() == 0 and account.new_cards_book == ""
