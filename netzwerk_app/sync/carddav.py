"""A thin CardDAV client on httpx (RFC 6352, sync-collection of RFC 6578, discovery of RFC 6764).

Redirects are followed here, keeping the method and body (httpx would turn a PROPFIND into a
GET on a 302). Basic auth by default; digest when the server asks for it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

import httpx

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
MULTIGET_BATCH = 100
MAX_REDIRECTS = 5
_NS = {"d": DAV, "c": CARDDAV}


class CardDavError(Exception):
    """The server answered something the client cannot go on with."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


class SyncTokenRejected(CardDavError):
    """The server no longer knows the stored sync token: a full resync is needed."""


class PreconditionFailed(CardDavError):
    """412: the card changed on the server since its ETag was read."""


class WriteRefused(CardDavError):
    """403 or 405 on a PUT or DELETE: the server lets this user read but not change the card or
    the address book (a shared, read-only book). The password is fine."""


# answers to a write that mean "not allowed here", not "who are you"
_REFUSED = (403, 405)


@dataclass(frozen=True)
class AddressBookInfo:
    """An address book found by discovery."""

    url: str
    display_name: str


@dataclass
class CollectionChanges:
    """What a sync-collection report (or a full listing) said: hrefs with their ETags."""

    changed: dict[str, str] = field(default_factory=dict)  # href -> etag
    removed: set[str] = field(default_factory=set)
    sync_token: str = ""
    full: bool = False  # a full listing: hrefs known here but missing there are gone


@dataclass(frozen=True)
class ServerCard:
    """One card as the server holds it."""

    href: str
    etag: str
    data: bytes


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body).encode("utf-8")


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _status_code(text: str) -> int:
    parts = text.split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


class CardDavClient:
    """Requests against one CardDAV server. Hrefs are paths on the server ("/user/book/x.vcf")."""

    def __init__(
        self,
        url: str,
        username: str = "",
        password: str = "",
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.url = url if url.endswith("/") else url + "/"
        self._username = username
        self._password = password
        auth = httpx.BasicAuth(username, password) if username else None
        self._http = httpx.Client(
            auth=auth, follow_redirects=False, timeout=timeout, transport=transport
        )
        self._digest = False

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> CardDavClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ plumbing

    def absolute(self, href: str) -> str:
        return urljoin(self.url, href)

    def request(
        self,
        method: str,
        url: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """One request; redirects followed with the same method and body; digest on demand."""
        target = self.absolute(url)
        for _ in range(MAX_REDIRECTS + 1):
            response = self._http.request(method, target, content=body, headers=headers)
            if response.status_code == 401 and not self._digest and self._username:
                challenge = response.headers.get("www-authenticate", "")
                if challenge.lower().startswith("digest"):
                    self._digest = True
                    self._http.auth = httpx.DigestAuth(self._username, self._password)
                    response = self._http.request(method, target, content=body, headers=headers)
            if response.status_code in (301, 302, 303, 307, 308) and "location" in response.headers:
                target = urljoin(target, response.headers["location"])
                continue
            return response
        raise CardDavError(f"too many redirects from {url}")

    def _multistatus(
        self, method: str, url: str, body: str, depth: str
    ) -> tuple[httpx.Response, ET.Element]:
        response = self.request(
            method,
            url,
            body=_xml(body),
            headers={"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
        )
        if response.status_code != 207:
            raise CardDavError(f"{method} {url}: HTTP {response.status_code}", response.status_code)
        try:
            root = ET.fromstring(response.content)
        except ET.ParseError as exc:
            raise CardDavError(f"{method} {url}: unreadable answer ({exc})") from exc
        return response, root

    def _propfind(self, url: str, props: str, depth: str = "0") -> list[tuple[str, ET.Element]]:
        """(href, prop element) for every response with a 200 propstat."""
        body = (
            f'<d:propfind xmlns:d="DAV:" xmlns:c="{CARDDAV}"><d:prop>{props}</d:prop></d:propfind>'
        )
        _response, root = self._multistatus("PROPFIND", url, body, depth)
        found = []
        for item in root.findall("d:response", _NS):
            href = _text(item.find("d:href", _NS))
            for propstat in item.findall("d:propstat", _NS):
                if _status_code(_text(propstat.find("d:status", _NS))) == 200:
                    prop = propstat.find("d:prop", _NS)
                    if prop is not None:
                        found.append((href, prop))
        return found

    # ------------------------------------------------------------ discovery

    def discover(self) -> list[AddressBookInfo]:
        """The address books of the user: .well-known, principal, home set, collections."""
        start = self.url
        parts = urlsplit(start)
        if parts.path in ("", "/"):
            start = urljoin(start, "/.well-known/carddav")
        principal = self._href_prop(
            start, "<d:current-user-principal/>", "d:current-user-principal"
        )
        if not principal and start != self.url:
            principal = self._href_prop(
                self.url, "<d:current-user-principal/>", "d:current-user-principal"
            )
        home = self._href_prop(
            principal or self.url, "<c:addressbook-home-set/>", "c:addressbook-home-set"
        )
        home = home or principal or self.url
        self.principal_url = self.absolute(principal) if principal else ""
        self.home_url = self.absolute(home)
        books = []
        for href, prop in self._propfind(home, "<d:resourcetype/><d:displayname/>", "1"):
            kind = prop.find("d:resourcetype", _NS)
            if kind is not None and kind.find("c:addressbook", _NS) is not None:
                url = self.absolute(href)
                name = _text(prop.find("d:displayname", _NS)) or unquote(
                    urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
                )
                books.append(AddressBookInfo(url, name))
        return books

    def _href_prop(self, url: str, prop_xml: str, path: str) -> str:
        try:
            found = self._propfind(url, prop_xml)
        except CardDavError:
            return ""
        for _href, prop in found:
            element = prop.find(path, _NS)
            if element is not None:
                href = _text(element.find("d:href", _NS))
                if href:
                    return href
        return ""

    # ------------------------------------------------------------ reading

    def sync_collection(self, book_url: str, token: str) -> CollectionChanges:
        """Changes since `token` ("" = everything). Raises `SyncTokenRejected` when the server no
        longer knows the token (403 or 412 with valid-sync-token)."""
        body = (
            f'<d:sync-collection xmlns:d="DAV:"><d:sync-token>{_escape(token)}</d:sync-token>'
            "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"
        )
        response = self.request(
            "REPORT",
            book_url,
            body=_xml(body),
            headers={"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
        )
        rejected = response.status_code in (403, 412) or (
            response.status_code == 409 and b"valid-sync-token" in response.content
        )
        if rejected and token:
            raise SyncTokenRejected(
                f"sync token rejected (HTTP {response.status_code})", response.status_code
            )
        if response.status_code != 207:
            raise CardDavError(
                f"REPORT sync-collection {book_url}: HTTP {response.status_code}",
                response.status_code,
            )
        root = ET.fromstring(response.content)
        changes = CollectionChanges(sync_token=_text(root.find("d:sync-token", _NS)))
        changes.full = not token
        for item in root.findall("d:response", _NS):
            href = _text(item.find("d:href", _NS))
            if not href or _same_path(self.absolute(href), book_url):
                continue
            if _status_code(_text(item.find("d:status", _NS))) == 404:
                changes.removed.add(href)
                continue
            for propstat in item.findall("d:propstat", _NS):
                if _status_code(_text(propstat.find("d:status", _NS))) == 200:
                    etag = _text(propstat.find("d:prop/d:getetag", _NS))
                    changes.changed[href] = etag
        return changes

    def list_cards(self, book_url: str) -> CollectionChanges:
        """Every card's href and ETag (for servers without sync-collection)."""
        changes = CollectionChanges(full=True)
        for href, prop in self._propfind(book_url, "<d:getetag/><d:resourcetype/>", "1"):
            if _same_path(self.absolute(href), book_url):
                continue
            changes.changed[href] = _text(prop.find("d:getetag", _NS))
        return changes

    def multiget(self, book_url: str, hrefs: Iterable[str]) -> Iterator[ServerCard]:
        """The cards of the given hrefs, fetched in batches (missing ones left out)."""
        hrefs = list(hrefs)
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            batch = hrefs[start : start + MULTIGET_BATCH]
            listed = "".join(f"<d:href>{_escape(h)}</d:href>" for h in batch)
            body = (
                f'<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="{CARDDAV}"><d:prop><d:getetag/>'
                f"<c:address-data/></d:prop>{listed}</c:addressbook-multiget>"
            )
            _response, root = self._multistatus("REPORT", book_url, body, "1")
            for item in root.findall("d:response", _NS):
                href = _text(item.find("d:href", _NS))
                for propstat in item.findall("d:propstat", _NS):
                    if _status_code(_text(propstat.find("d:status", _NS))) != 200:
                        continue
                    data = propstat.find("d:prop/c:address-data", _NS)
                    if data is None or not data.text:
                        continue
                    etag = _text(propstat.find("d:prop/d:getetag", _NS))
                    yield ServerCard(href, etag, data.text.encode("utf-8"))

    # ------------------------------------------------------------ writing

    def put_card(self, href: str, data: bytes, etag: str | None) -> str:
        """Create (etag None: If-None-Match: *) or update (If-Match) a card; returns the new
        ETag ("" when the server did not say). Raises `PreconditionFailed` on 412."""
        headers = {"Content-Type": "text/vcard; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        elif etag:
            headers["If-Match"] = etag
        response = self.request("PUT", href, body=data, headers=headers)
        if response.status_code == 412:
            raise PreconditionFailed(f"PUT {href}: changed on the server", 412)
        if response.status_code in _REFUSED:
            raise WriteRefused(f"PUT {href}: HTTP {response.status_code}", response.status_code)
        if response.status_code not in (200, 201, 204):
            raise CardDavError(f"PUT {href}: HTTP {response.status_code}", response.status_code)
        return response.headers.get("etag", "")

    def delete_card(self, href: str, etag: str) -> None:
        """Delete a card if it is still at `etag`; a card already gone is fine."""
        headers = {"If-Match": etag} if etag else {}
        response = self.request("DELETE", href, headers=headers)
        if response.status_code == 412:
            raise PreconditionFailed(f"DELETE {href}: changed on the server", 412)
        if response.status_code in _REFUSED:
            raise WriteRefused(f"DELETE {href}: HTTP {response.status_code}", response.status_code)
        if response.status_code not in (200, 204, 404):
            raise CardDavError(f"DELETE {href}: HTTP {response.status_code}", response.status_code)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _same_path(a: str, b: str) -> bool:
    return unquote(urlsplit(a).path).rstrip("/") == unquote(urlsplit(b).path).rstrip("/")
