"""A real CardDAV server for the sync tests: Radicale on a free port of 127.0.0.1 (never any
other address), with its own temporary storage and one user, started per test."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

USER, PASSWORD = "anna", "app-password-1"


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: the tests never reach the user's real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every sync test gets an empty in-memory keyring (restored to 'none' afterwards)."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A system without a keyring (keyring's fail backend), as on a headless machine."""
    keyring.set_keyring(fail.Keyring())
    yield


@dataclass
class Radicale:
    """A running Radicale: its base URL and a raw client acting as a second device (a phone)."""

    url: str
    book_url: str
    phone: httpx.Client

    def put(self, name: str, card: str, headers: dict[str, str] | None = None) -> httpx.Response:
        data = card.replace("\n", "\r\n").encode()
        return self.phone.put(
            f"{self.book_url}{name}",
            content=data,
            headers={"Content-Type": "text/vcard", **(headers or {})},
        )

    def get(self, name: str) -> str:
        response = self.phone.get(f"{self.book_url}{name}")
        response.raise_for_status()
        return response.text.replace("\r\n", "\n")

    def names(self) -> list[str]:
        body = '<propfind xmlns="DAV:"><prop><getetag/></prop></propfind>'
        response = self.phone.request(
            "PROPFIND",
            self.book_url,
            content=body,
            headers={"Depth": "1", "Content-Type": "application/xml"},
        )
        hrefs = [
            part.split("</", 1)[0].rsplit("/", 1)[-1] for part in response.text.split("href>")[1::2]
        ]
        return sorted(h for h in hrefs if h.endswith(".vcf"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# A second user who may read Anna's address book but not write to it (a shared, read-only book).
READER, READER_PASSWORD = "ben", "app-password-2"
READ_ONLY_RIGHTS = f"""[owner]
user: {USER}
collection: {USER}(/.*)?
permissions: RWrw
[reader-principal]
user: {READER}
collection: {READER}
permissions: RW
[reader-reads-the-book]
user: {READER}
collection: {USER}/contacts
permissions: r
[root]
user: .+
collection:
permissions: R
"""


@contextmanager
def _serving(command: list[str], folder: Path, port: int, name: str) -> Iterator[httpx.Client]:
    """Start a server process, wait until Anna's principal answers, yield her client ("the
    phone"), and stop the server. Its log goes to a file: a pipe nobody reads fills up and
    stalls the server."""
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log)
    url = f"http://127.0.0.1:{port}/"
    phone = httpx.Client(auth=(USER, PASSWORD), timeout=10)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                phone.request("PROPFIND", f"{url}{USER}/", headers={"Depth": "0"})
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    err = (folder / "server.log").read_text(errors="replace")
                    pytest.skip(f"{name} did not start: {err[-500:]}")
                time.sleep(0.1)
        yield phone
    finally:
        phone.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@contextmanager
def _running_radicale(folder: Path, rights: str = "") -> Iterator[Radicale]:
    """Radicale with Anna's address book /anna/contacts/; with `rights`, a rights file (and the
    reader's password) instead of owner-only rights."""
    try:
        import radicale  # noqa: F401
    except ImportError:
        pytest.skip("radicale is not installed (pip install radicale)")
    port = _free_port()
    folder.mkdir()
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n{READER}:{READER_PASSWORD}\n")
    if rights:
        (folder / "rights").write_text(rights)
        rights_section = f"[rights]\ntype = from_file\nfile = {folder / 'rights'}\n"
    else:
        rights_section = "[rights]\ntype = owner_only\n"
    config = folder / "config"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {folder / 'users'}\n"
        "htpasswd_encryption = plain\ndelay = 0\n"
        f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
        f"{rights_section}[web]\ntype = none\n[logging]\nlevel = warning\n"
    )
    command = [sys.executable, "-m", "radicale", "--config", str(config)]
    with _serving(command, folder, port, "Radicale") as phone:
        url = f"http://127.0.0.1:{port}/"
        book_url = f"{url}{USER}/contacts/"
        mkcol = (
            '<?xml version="1.0"?><mkcol xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">'
            "<set><prop><resourcetype><collection/><C:addressbook/></resourcetype>"
            "<displayname>Contacts</displayname></prop></set></mkcol>"
        )
        response = phone.request("MKCOL", book_url, content=mkcol)
        assert response.status_code == 201, response.text
        yield Radicale(url, book_url, phone)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    with _running_radicale(tmp_path / "radicale") as server:
        yield server


@pytest.fixture
def radicale_read_only(tmp_path: Path) -> Iterator[Radicale]:
    """Radicale whose rights let READER read Anna's address book but not write to it."""
    with _running_radicale(tmp_path / "radicale", READ_ONLY_RIGHTS) as server:
        yield server


@pytest.fixture
def xandikos(tmp_path: Path) -> Iterator[Radicale]:
    """Xandikos on a free port of 127.0.0.1 with one principal (/anna/) and its default address
    book. Xandikos leaves authentication to a proxy (its own basic auth wants TLS): the client's
    credentials are sent and ignored."""
    try:
        import xandikos  # noqa: F401
    except ImportError:
        pytest.skip("xandikos is not installed (pip install xandikos)")
    port = _free_port()
    folder = tmp_path / "xandikos"
    folder.mkdir()
    command = [
        sys.executable, "-m", "xandikos.web", "-d", str(folder / "data"), "--defaults",
        "--current-user-principal", f"/{USER}/", "-l", "127.0.0.1", "-p", str(port),
        "--state-dir", str(folder / "state"), "--no-detect-systemd",
    ]  # fmt: skip
    with _serving(command, folder, port, "Xandikos") as phone:
        url = f"http://127.0.0.1:{port}/"
        yield Radicale(url, f"{url}{USER}/contacts/addressbook/", phone)
