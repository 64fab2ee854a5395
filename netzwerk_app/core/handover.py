"""The phone handover: a small, strict HTTP server that receives one vCard file from a phone.

The phone scans a QR code of `http://<LAN address>:<port>/<token>/`, gets one page (a file picker,
an upload button, a progress bar; German or English by the browser's language; no external
resources) and posts the file. The rules, because this opens a port:

- the server runs only while its owner keeps it (the dialog is open, `netzwerk receive` waits)
  and for at most `LIFETIME` seconds (measured with `time.monotonic()`);
- the token is 128 bits from `secrets`; any other path, method or expired/used token is a bare
  404 that gives no hint;
- the token works for one successful upload, then every request is 404;
- a body over `MAX_UPLOAD_BYTES` is refused with 413 from its Content-Length, before it is read
  (a body without a length is refused with 411);
- only a POST of a vCard is accepted (`text/vcard`, `text/x-vcard`, a .vcf name or vCard content,
  and the content must be a vCard in every case); anything else gets a clear message (415);
- repeated wrong tokens from one address are slowed down, and at most `MAX_CONNECTIONS`
  requests are answered at once;
- nothing else of the computer is ever served: the page is a string (`handover_page`).

The page uploads with `XMLHttpRequest` (the file as the raw body, which gives a progress bar);
without JavaScript, a plain form posts `multipart/form-data`, parsed with `python-multipart`.
Uploads are handed to `on_upload` in a server thread *after* the answer was sent; the owner
decides what to do (the dialog shows the import preview, the command line imports).
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from netzwerk_app.core.handover_page import TEXTS, page_language, render_page

log = logging.getLogger(__name__)

LIFETIME = 10 * 60  # seconds a server lives at most
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
SLOW_AFTER = 3  # wrong tokens from one address before answers slow down
SLOW_STEP = 0.5  # seconds of delay for the first slowed answer; doubles, capped at SLOW_MAX
SLOW_MAX = 8.0


def slow_down_delay(wrong_tries: int, slow_after: int = SLOW_AFTER) -> float:
    """Seconds to hold the answer to an address's `wrong_tries`-th wrong token: none for the
    first `slow_after`, then SLOW_STEP, doubling each time, at most SLOW_MAX."""
    if wrong_tries <= slow_after:
        return 0.0
    return min(SLOW_STEP * 2 ** (wrong_tries - slow_after - 1), SLOW_MAX)


MAX_CONNECTIONS = 16  # answered at once; more are closed
POLL_SECONDS = 0.2  # how often the serving thread looks at the clock and the stop flag


class HandoverError(Exception):
    """The server could not start (address not available, port taken …)."""


@dataclass(frozen=True)
class ReceivedFile:
    """One uploaded vCard file: a safe file name and its bytes."""

    name: str
    data: bytes

    def save_to(self, folder: str | Path) -> Path:
        """Write the file into `folder` under its (sanitised) name and return the path."""
        path = Path(folder) / self.name
        path.write_bytes(self.data)
        return path


def new_token() -> str:
    """128 random bits from `secrets`, URL-safe (22 characters)."""
    return secrets.token_urlsafe(16)


def safe_file_name(name: str) -> str:
    """A plain file name for the upload: no folders, no odd characters, ending in .vcf."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[^\w .()+-]", "_", base).strip(" .")[:80]
    if not base:
        base = "contacts"
    if not base.lower().endswith((".vcf", ".vcard")):
        base += ".vcf"
    return base


def looks_like_vcard(data: bytes) -> bool:
    """True when `data` starts (after a BOM, blank lines or whitespace) with BEGIN:VCARD."""
    head = data[:4096]
    for encoding, bom in (("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff")):
        if head.startswith(bom):
            head = head.decode(encoding, "ignore").encode("ascii", "ignore")
            break
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head[:11].upper() == b"BEGIN:VCARD"


def default_route_address() -> str | None:
    """The IPv4 address of the interface that carries the default route, or None.

    A UDP socket "connected" to a documentation address (TEST-NET-1) makes the system choose the
    outgoing interface; no packet is sent.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith(("0.", "127.")) else address


class _Refused(Exception):
    """An upload that is answered with a message and not handed over."""

    def __init__(self, status: int, key: str) -> None:
        super().__init__(key)
        self.status = status
        self.key = key


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = 30  # seconds per read: a stalled client does not hold a thread for long

    # -- quiet, hint-free plumbing

    def log_message(self, format: str, *args: object) -> None:  # the stdlib names it format
        log.debug("%s " + format, self.client_address[0], *args)

    def send_response(self, code: int, message: str | None = None) -> None:
        """No Server header: the answer names no software."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Date", self.date_time_string())

    def _send(self, status: int, body: bytes, content_type: str, close: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            "connect-src 'self'; form-action 'self'; base-uri 'none'",
        )
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _not_found(self) -> None:
        self._send(404, b"Not Found", "text/plain; charset=utf-8", close=True)

    # -- routing

    def _token_ok(self) -> bool:
        """The path is exactly /<token>/ of a live, unused server; a wrong one counts as a try."""
        handover = self.server.handover
        path = urllib.parse.urlsplit(self.path).path
        expected = f"/{handover.token}/"
        if handover.is_open() and secrets.compare_digest(path.encode(), expected.encode()):
            return True
        handover._wrong_try(self.client_address[0])
        return False

    def do_GET(self) -> None:
        if not self._token_ok():
            self._not_found()
            return
        language = page_language(self.headers.get("Accept-Language"))
        self._send(200, render_page(language).encode(), "text/html; charset=utf-8")

    def do_POST(self) -> None:
        if not self._token_ok():
            self._not_found()
            return
        handover = self.server.handover
        language = page_language(self.headers.get("Accept-Language"))
        content_type = self.headers.get("Content-Type", "")
        is_form = content_type.lower().startswith("multipart/form-data")
        try:
            received = self._read_upload(content_type, is_form)
        except _Refused as refused:
            self._answer(refused.status, refused.key, language, is_form, close=True)
            return
        if not handover._claim():
            self._not_found()  # another upload was first, or the time is up
            return
        self._answer(200, "done", language, is_form, close=True)
        self.wfile.flush()
        handover._deliver(received)

    def _answer(self, status: int, key: str, language: str, is_form: bool, close: bool) -> None:
        message = TEXTS[language][key]
        if is_form:
            body = render_page(language, message, ok=status == 200).encode()
            self._send(status, body, "text/html; charset=utf-8", close=close)
        else:
            text = json.dumps({"ok": status == 200, "message": message}, ensure_ascii=False)
            self._send(status, text.encode(), "application/json; charset=utf-8", close=close)

    def _read_upload(self, content_type: str, is_form: bool) -> ReceivedFile:
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.strip().isdigit():
            raise _Refused(411, "failed")
        length = int(length_text)
        if length > self.server.handover.max_bytes:
            raise _Refused(413, "too_big")  # refused before a byte of the body is read
        if is_form:
            name, data = self._read_form(content_type, length)
        else:
            data = self.rfile.read(length)
            name = urllib.parse.unquote(self.headers.get("X-File-Name", ""))
        if len(data) != length and not is_form:
            raise _Refused(400, "failed")
        # the content decides: phones label .vcf files text/vcard, text/x-vcard, or not at all
        if not looks_like_vcard(data):
            raise _Refused(415, "not_vcard")
        return ReceivedFile(safe_file_name(name), data)

    def _read_form(self, content_type: str, length: int) -> tuple[str, bytes]:
        """The first file of a multipart form, parsed by python-multipart, kept in memory."""
        from python_multipart import create_form_parser

        files: list = []
        try:
            parser = create_form_parser(
                {"Content-Type": content_type.encode("latin-1")},
                on_field=None,
                on_file=files.append,
                config={"MAX_MEMORY_FILE_SIZE": self.server.handover.max_bytes + 1},
            )
            remaining = length
            while remaining > 0:
                chunk = self.rfile.read(min(remaining, 1 << 20))
                if not chunk:
                    break
                parser.write(chunk)
                remaining -= len(chunk)
            parser.finalize()
        except Exception as exc:  # a malformed form is the client's problem, never a crash
            log.debug("multipart form refused: %s", exc)
            raise _Refused(400, "not_vcard") from exc
        if not files:
            raise _Refused(415, "none")
        part = files[0]
        part.file_object.seek(0)
        data = part.file_object.read()
        name = (part.file_name or b"").decode("utf-8", "replace")
        return name, data

    def do_HEAD(self) -> None:
        self._token_ok()
        self._not_found()

    def _other(self) -> None:
        self._token_ok()
        self._not_found()

    do_PUT = do_DELETE = do_OPTIONS = do_PATCH = do_TRACE = do_CONNECT = _other


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, address: tuple[str, int], handover: PhoneHandover) -> None:
        self.handover = handover
        super().__init__(address, _Handler)

    def process_request(self, request, client_address) -> None:
        """At most MAX_CONNECTIONS answered at once; more are closed unanswered, so a flood of
        connections cannot pile up threads."""
        if not self.handover._slots.acquire(blocking=False):
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.handover._slots.release()
            raise

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.handover._slots.release()

    def handle_error(self, request: object, client_address: tuple[str, int]) -> None:
        """A client that went away mid-answer is normal: log it, print nothing on stderr."""
        log.debug("request from %s failed", client_address[0], exc_info=True)


class _Server6(_Server):
    address_family = socket.AF_INET6


class PhoneHandover:
    """One phone → computer transfer: `start()`, show `url`, wait for `on_upload`, `stop()`.

    `on_upload(ReceivedFile)` and `on_expired()` are called in a server thread.
    """

    def __init__(
        self,
        host: str,
        port: int = 0,
        *,
        on_upload: Callable[[ReceivedFile], None],
        on_expired: Callable[[], None] | None = None,
        lifetime: float = LIFETIME,
        max_bytes: int = MAX_UPLOAD_BYTES,
        slow_after: int = SLOW_AFTER,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.host = host
        self.requested_port = port
        self.token = new_token()
        self.on_upload = on_upload
        self.on_expired = on_expired
        self.lifetime = lifetime
        self.max_bytes = max_bytes
        self.slow_after = slow_after
        self._sleep = sleep  # how a slowed answer waits (tests record it instead)
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        self._used = False
        self._stopping = threading.Event()
        self._deadline = 0.0
        self._wrong: dict[str, int] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- life

    def start(self) -> None:
        server_class = _Server6 if ":" in self.host else _Server
        try:
            self._server = server_class((self.host, self.requested_port), self)
        except OSError as exc:
            raise HandoverError(
                f"cannot listen on {self.host}:{self.requested_port}: {exc.strerror or exc}"
            ) from exc
        self._server.timeout = POLL_SECONDS
        self._deadline = time.monotonic() + self.lifetime
        self._thread = threading.Thread(target=self._serve, name="phone-handover", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        """Answer requests until stopped or the lifetime is over, then close the port.

        The lifetime is checked with `time.monotonic()` between short polls, not with a timer:
        timed waits on locks hang under a faked clock (CI runs these tests under faketime).
        """
        server = self._server
        assert server is not None
        try:
            while not self._stopping.is_set() and time.monotonic() < self._deadline:
                server.handle_request()
        finally:
            expired = not self._stopping.is_set()
            self._stopping.set()
            server.server_close()
        if expired and self.on_expired is not None and not self._used:
            self.on_expired()

    def stop(self) -> None:
        """Stop serving; when this returns the port is closed (idempotent)."""
        self._stopping.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def is_open(self) -> bool:
        """Serving, within its lifetime, token not used yet."""
        return not self._stopping.is_set() and not self._used and time.monotonic() < self._deadline

    @property
    def port(self) -> int:
        return self._server.server_address[1] if self._server else self.requested_port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.token}/"

    @property
    def seconds_left(self) -> float:
        if self._server is None or self._stopping.is_set():
            return 0.0
        return max(0.0, self._deadline - time.monotonic())

    # -- the rules the handler asks for

    def _wrong_try(self, address: str) -> None:
        """Count a wrong token from `address`; after `slow_after` tries, answer ever later."""
        with self._lock:
            count = self._wrong.get(address, 0) + 1
            self._wrong[address] = count
        delay = slow_down_delay(count, self.slow_after)
        if delay > 0:
            self._sleep(delay)  # this client's answer only; other threads answer on

    def _claim(self) -> bool:
        """Take the token for this upload: True once, for the first complete upload."""
        with self._lock:
            if not self.is_open():
                return False
            self._used = True
            return True

    def _deliver(self, received: ReceivedFile) -> None:
        try:
            self.on_upload(received)
        except Exception:  # the owner's problem; the server thread must not die noisily
            log.exception("handing over the upload failed")
