"""The phone handover server's rules, spoken to over HTTP with httpx (127.0.0.1 only)."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from netzwerk_app.core import handover, handover_page
from netzwerk_app.core.handover import PhoneHandover

VCF = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Muster;Anna;;;\r\nFN:Anna Muster\r\nEND:VCARD\r\n"


class Received:
    """Collects uploads; `wait()` until one arrived."""

    def __init__(self) -> None:
        self.files: list[handover.ReceivedFile] = []
        self.event = threading.Event()

    def __call__(self, upload: handover.ReceivedFile) -> None:
        self.files.append(upload)
        self.event.set()


@pytest.fixture
def server():
    received = Received()
    live = PhoneHandover("127.0.0.1", on_upload=received)
    live.start()
    live.received = received
    yield live
    live.stop()


def post(url: str, data: bytes, name: str = "contacts.vcf", **kwargs) -> httpx.Response:
    headers = {"Content-Type": "text/vcard", "X-File-Name": name, **kwargs.pop("headers", {})}
    return httpx.post(url, content=data, headers=headers, timeout=10, **kwargs)


def test_token_is_128_random_bits_and_the_url_carries_it(server):
    assert len(server.token) == 22  # 16 bytes, URL-safe base64
    assert server.token != PhoneHandover("127.0.0.1", on_upload=print).token
    assert server.url == f"http://127.0.0.1:{server.port}/{server.token}/"


def test_page_in_the_browser_language_without_external_resources(server):
    german = httpx.get(server.url, headers={"Accept-Language": "de-CH,de;q=0.9,en;q=0.5"})
    english = httpx.get(server.url, headers={"Accept-Language": "fr-FR,en;q=0.8,de;q=0.1"})
    assert german.status_code == english.status_code == 200
    assert '<html lang="de">' in german.text and "Kontakte an Netzwerk senden" in german.text
    assert '<html lang="en">' in english.text and "Send contacts to Netzwerk" in english.text
    for page in (german.text, english.text):
        assert "http://" not in page and "https://" not in page and "src=" not in page
    assert "default-src 'none'" in german.headers["content-security-policy"]
    assert "server" not in german.headers


def test_right_token_upload_is_handed_over_once(server):
    answer = post(server.url, VCF, name="../../etc/Kontakte Anna.vcf")
    assert answer.status_code == 200 and answer.json()["ok"] is True
    assert server.received.event.wait(5)
    assert server.received.files == [handover.ReceivedFile("Kontakte Anna.vcf", VCF)]
    # the token is spent: the page and a second upload are 404 now
    assert httpx.get(server.url).status_code == 404
    assert post(server.url, VCF).status_code == 404
    assert len(server.received.files) == 1


def test_form_upload_without_javascript(server):
    answer = httpx.post(
        server.url,
        files={"file": ("phone.vcf", VCF, "text/x-vcard")},
        headers={"Accept-Language": "de"},
    )
    assert answer.status_code == 200
    assert "Fertig: Schauen Sie auf Ihren Computer." in answer.text
    assert server.received.event.wait(5)
    assert server.received.files[0].data == VCF


@pytest.mark.parametrize(
    "path", ["/", "/x/", "/favicon.ico", "/{token}", "/{token}/upload", "/{token}/../etc/passwd"]
)
def test_other_paths_are_404_with_no_hint(server, path):
    answer = httpx.get(f"http://127.0.0.1:{server.port}{path.format(token=server.token)}")
    assert answer.status_code == 404
    assert answer.text == "Not Found"


def test_wrong_token_is_404_and_hands_nothing_over(server):
    wrong = server.url.replace(server.token, handover.new_token())
    assert post(wrong, VCF).status_code == 404
    assert httpx.put(server.url, content=VCF).status_code == 404
    assert httpx.delete(server.url).status_code == 404
    time.sleep(0.2)
    assert server.received.files == []


def test_repeated_wrong_tokens_from_one_address_are_slowed_down():
    """Answers to wrong tokens are held ever longer after SLOW_AFTER tries; the right token is
    never held. The waits are recorded, not timed (tests assert no wall-clock times)."""
    waits: list[float] = []
    live = PhoneHandover("127.0.0.1", on_upload=Received(), sleep=waits.append)
    live.start()
    try:
        wrong = live.url.replace(live.token, "nope")
        for _ in range(handover.SLOW_AFTER):
            assert httpx.get(wrong).status_code == 404
        assert waits == []
        assert httpx.get(wrong, timeout=10).status_code == 404
        assert httpx.get(wrong, timeout=10).status_code == 404
        assert waits == [handover.SLOW_STEP, handover.SLOW_STEP * 2]
        assert httpx.get(live.url).status_code == 200  # the right token is not held
        assert len(waits) == 2
    finally:
        live.stop()


def test_the_slow_down_doubles_up_to_a_limit():
    delays = [handover.slow_down_delay(n, 3) for n in range(1, 12)]
    assert delays[:3] == [0.0, 0.0, 0.0]
    assert delays[3:6] == [handover.SLOW_STEP, handover.SLOW_STEP * 2, handover.SLOW_STEP * 4]
    assert max(delays) == handover.SLOW_MAX


def test_oversized_body_is_413_before_it_is_read(server):
    body = b"BEGIN:VCARD\r\n" + b"x" * handover.MAX_UPLOAD_BYTES
    answer = post(server.url, body)
    assert answer.status_code == 413
    assert "50 MB" in answer.json()["message"]
    assert server.received.files == []
    assert post(server.url, VCF).status_code == 200  # the token still works


def test_oversized_length_is_refused_without_sending_the_body(server):
    """The answer comes from the header alone: the client never sends a byte of the body."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as conn:
        conn.sendall(
            f"POST /{server.token}/ HTTP/1.1\r\nHost: x\r\nContent-Type: text/vcard\r\n"
            f"Content-Length: {handover.MAX_UPLOAD_BYTES + 1}\r\n\r\n".encode()
        )
        assert conn.recv(100).startswith(b"HTTP/1.1 413")


def test_body_without_length_is_refused(server):
    chunks = iter([VCF])
    answer = httpx.post(server.url, content=chunks, headers={"Content-Type": "text/vcard"})
    assert answer.status_code == 411
    assert server.received.files == []


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (b"\x89PNG\r\n\x1a\n....", "image/png"),
        (b"hello, this is a note", "text/vcard"),  # labelled a vCard, but it is not one
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar"),
    ],
)
def test_non_vcard_gets_a_clear_message_and_nothing_is_handed_over(server, data, content_type):
    answer = post(server.url, data, name="photo.png", headers={"Content-Type": content_type})
    assert answer.status_code == 415
    assert "not a contacts file" in answer.json()["message"]
    german = post(server.url, data, headers={"Accept-Language": "de", "Content-Type": "x/y"})
    assert "keine Kontaktdatei" in german.json()["message"]
    time.sleep(0.2)
    assert server.received.files == []
    assert post(server.url, VCF).status_code == 200  # a mistake does not spend the token


def test_vcard_content_is_accepted_whatever_the_phone_calls_it(server):
    bom_utf16 = "\ufeffBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n".encode("utf-16-le")
    assert handover.looks_like_vcard(bom_utf16)
    assert handover.looks_like_vcard(b"\xef\xbb\xbf\r\n begin:vcard\r\n")
    answer = post(server.url, VCF, name="", headers={"Content-Type": "application/octet-stream"})
    assert answer.status_code == 200
    assert server.received.event.wait(5)
    assert server.received.files[0].name == "contacts.vcf"


def test_stop_closes_the_port(server):
    url = server.url
    server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, timeout=5)


def test_lifetime_ends_the_server_and_says_so():
    expired = threading.Event()
    live = PhoneHandover("127.0.0.1", on_upload=print, on_expired=expired.set, lifetime=0.5)
    live.start()
    try:
        assert httpx.get(live.url).status_code == 200
        assert expired.wait(5)
        with pytest.raises(httpx.ConnectError):
            httpx.get(live.url, timeout=5)
    finally:
        live.stop()


def test_a_taken_port_is_a_clear_error(server):
    other = PhoneHandover("127.0.0.1", server.port, on_upload=print)
    with pytest.raises(handover.HandoverError, match="cannot listen"):
        other.start()


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (None, "en"),
        ("de", "de"),
        ("de-CH", "de"),
        ("en-US,en;q=0.9,de;q=0.8", "en"),
        ("fr-CH,fr;q=0.9,de;q=0.8,en;q=0.7", "de"),
        ("de;q=0,en", "en"),
        ("xx;q=abc", "en"),
    ],
)
def test_page_language(header, language):
    assert handover_page.page_language(header) == language


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Kontakte.vcf", "Kontakte.vcf"),
        ("../../x.vcf", "x.vcf"),
        ("C:\\Users\\a\\b.VCF", "b.VCF"),
        ("", "contacts.vcf"),
        ("..", "contacts.vcf"),
        ("all contacts", "all contacts.vcf"),
        ("a<b>|c.vcf", "a_b__c.vcf"),
    ],
)
def test_safe_file_name(name, safe):
    assert handover.safe_file_name(name) == safe


def test_a_flood_of_connections_is_capped_and_the_server_recovers(server):
    idle = []
    try:
        for _ in range(handover.MAX_CONNECTIONS + 4):
            idle.append(socket.create_connection(("127.0.0.1", server.port), timeout=5))
        time.sleep(0.5)
        # the connections over the cap were closed unanswered
        closed = 0
        for conn in idle[handover.MAX_CONNECTIONS :]:
            try:
                closed += conn.recv(1) == b""
            except ConnectionResetError:
                closed += 1
        assert closed == 4
    finally:
        for conn in idle:
            conn.close()
    time.sleep(0.5)
    assert httpx.get(server.url, timeout=10).status_code == 200
