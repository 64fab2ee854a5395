"""Protocol edges of the CardDAV client and the engine, against httpx's MockTransport (no
network at all)."""

from __future__ import annotations

import httpx
import pytest

from netzwerk_app.core import contacts
from netzwerk_app.core.models import SyncAccount, SyncAddressBook
from netzwerk_app.sync.carddav import CardDavClient, SyncTokenRejected
from netzwerk_app.sync.engine import AddressBookSync, SyncSummary

BASE = "http://127.0.0.1:5232/"
BOOK = "/anna/contacts/"
CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:mock-1\r\nFN:Mia Mock\r\nN:Mock;Mia;;;\r\nEND:VCARD\r\n"


def _multistatus(inner: str) -> httpx.Response:
    body = (
        '<?xml version="1.0"?><d:multistatus xmlns:d="DAV:"'
        f' xmlns:c="urn:ietf:params:xml:ns:carddav">{inner}</d:multistatus>'
    )
    return httpx.Response(207, content=body.encode(), headers={"Content-Type": "application/xml"})


def _prop(href: str, prop: str) -> str:
    return (
        f"<d:response><d:href>{href}</d:href><d:propstat><d:prop>{prop}</d:prop>"
        "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
    )


def test_a_302_on_propfind_is_followed_as_propfind():
    seen = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(
            (request.method, request.url.path, b"current-user-principal" in request.content)
        )
        if request.url.path == "/.well-known/carddav":
            return httpx.Response(302, headers={"Location": "/dav/"})
        if request.url.path == "/dav/":
            return _multistatus(
                _prop(
                    "/dav/",
                    "<d:current-user-principal><d:href>/dav/anna/</d:href></d:current-user-principal>",
                )
            )
        if request.url.path == "/dav/anna/" and request.headers["Depth"] == "0":
            return _multistatus(
                _prop(
                    "/dav/anna/",
                    "<c:addressbook-home-set><d:href>/dav/anna/books/</d:href></c:addressbook-home-set>",
                )
            )
        if request.url.path == "/dav/anna/books/":
            return _multistatus(
                _prop("/dav/anna/books/", "<d:resourcetype><d:collection/></d:resourcetype>")
                + _prop(
                    "/dav/anna/books/work/",
                    "<d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
                    "<d:displayname>Work</d:displayname>",
                )
            )
        return httpx.Response(404)

    with CardDavClient(BASE, "anna", "pw", transport=httpx.MockTransport(server)) as client:
        books = client.discover()

    assert [(b.url, b.display_name) for b in books] == [
        ("http://127.0.0.1:5232/dav/anna/books/work/", "Work")
    ]
    assert seen[:2] == [("PROPFIND", "/.well-known/carddav", True), ("PROPFIND", "/dav/", True)]


@pytest.mark.parametrize("status", [403, 412])
def test_a_rejected_sync_token_raises(status):
    def server(request: httpx.Request) -> httpx.Response:
        error = '<d:error xmlns:d="DAV:"><d:valid-sync-token/></d:error>'
        return httpx.Response(status, content=error.encode())

    with (
        CardDavClient(BASE, transport=httpx.MockTransport(server)) as client,
        pytest.raises(SyncTokenRejected),
    ):
        client.sync_collection(BASE + BOOK.lstrip("/"), "http://127.0.0.1/sync/1")


def test_a_rejected_token_falls_back_to_a_full_resync(db):
    tokens = []

    def server(request: httpx.Request) -> httpx.Response:
        body = request.content.decode()
        if "sync-collection" in body:
            token = body.split("<d:sync-token>")[1].split("</d:sync-token>")[0]
            tokens.append(token)
            if token:
                error = '<d:error xmlns:d="DAV:"><d:valid-sync-token/></d:error>'
                return httpx.Response(403, content=error.encode())
            return _multistatus(
                _prop(BOOK + "mia.vcf", '<d:getetag>"e1"</d:getetag>')
                + "<d:sync-token>http://127.0.0.1/sync/2</d:sync-token>"
            )
        if "addressbook-multiget" in body:
            return _multistatus(
                _prop(
                    BOOK + "mia.vcf",
                    f'<d:getetag>"e1"</d:getetag><c:address-data>{CARD}</c:address-data>',
                )
            )
        return httpx.Response(500)

    account = SyncAccount.create(url=BASE, username="anna")
    book = SyncAddressBook.create(
        account=account, url=BASE + BOOK.lstrip("/"), sync_token="http://127.0.0.1/sync/1"
    )
    summary = SyncSummary()
    with CardDavClient(BASE, "anna", "pw", transport=httpx.MockTransport(server)) as client:
        AddressBookSync(db, client, account, book, summary).pull()

    assert tokens == ["http://127.0.0.1/sync/1", ""]
    assert summary.full_resyncs == 1 and summary.pulled == 1
    assert SyncAddressBook.get_by_id(book.id).sync_token == "http://127.0.0.1/sync/2"
    assert (
        contacts.load_contact(db, contacts.contact_id_by_uid("mock-1")).display_name == "Mia Mock"
    )


def test_digest_is_used_when_the_server_asks_for_it():
    def server(request: httpx.Request) -> httpx.Response:
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Digest"):
            return httpx.Response(
                401, headers={"WWW-Authenticate": 'Digest realm="dav", nonce="abc", qop="auth"'}
            )
        return _multistatus(_prop("/", '<d:getetag>"x"</d:getetag>'))

    with CardDavClient(BASE, "anna", "pw", transport=httpx.MockTransport(server)) as client:
        response = client.request("PROPFIND", BASE, body=b"<x/>", headers={"Depth": "0"})
    assert response.status_code == 207


@pytest.mark.parametrize("status", [403, 405])
def test_a_refused_write_is_told_apart_from_a_refused_login(status):
    from netzwerk_app.sync.carddav import CardDavError, WriteRefused

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status if request.method in ("PUT", "DELETE") else 401)

    client = CardDavClient(BASE, "anna", "pw", transport=httpx.MockTransport(server))
    with pytest.raises(WriteRefused) as refused:
        client.put_card(BOOK + "a.vcf", CARD.encode(), '"1"')
    assert refused.value.status == status
    with pytest.raises(WriteRefused):
        client.delete_card(BOOK + "a.vcf", '"1"')
    with pytest.raises(CardDavError) as login:
        client.list_cards(BOOK)
    assert login.value.status == 401 and not isinstance(login.value, WriteRefused)
