"""`netzwerk receive` as a subprocess: the address first, a QR code below, one upload imported.

Binds and connects to 127.0.0.1 only.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from netzwerk_app.core import handover

THREE = Path(__file__).parent.parent / "data" / "ui" / "three.vcf"

pytestmark = pytest.mark.slow


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Receiver:
    """A running `netzwerk receive`; `url` is its first line of output."""

    def __init__(self, data_dir: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        # Ctrl+C as in a terminal: a shell without job control starts background commands
        # (CI's, for one) with SIGINT ignored, and a child would inherit that
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "netzwerk_app", "--data-dir", str(data_dir), "receive",
             "--bind", "127.0.0.1", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
            preexec_fn=_default_sigint,
        )  # fmt: skip
        self.url = self.proc.stdout.readline().strip()

    def finish(self) -> tuple[int, str, str]:
        # Read on through the same text streams: `communicate` reads the pipes' descriptors
        # itself, and would lose what `readline` above had already buffered beyond the first
        # line (the QR code, when it came in the same read: a race the tests lost under load).
        # The outputs are small (a QR code, a line or an object), far below a pipe's buffer.
        with self.proc.stdout, self.proc.stderr:
            out = self.proc.stdout.read()
            err = self.proc.stderr.read()
        return self.proc.wait(timeout=60), out, err

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate(timeout=30)


@pytest.fixture
def receiver(data_dir):
    started: list[Receiver] = []

    def start(*args: str) -> Receiver:
        started.append(Receiver(data_dir, *args))
        return started[-1]

    yield start
    for r in started:
        r.kill()


def contacts_json(data_dir: Path) -> list[dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "netzwerk_app", "--data-dir", str(data_dir), "contacts", "--json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    return json.loads(proc.stdout)


def upload(url: str, data: bytes, name: str = "three.vcf") -> httpx.Response:
    headers = {"Content-Type": "text/vcard", "X-File-Name": name}
    return httpx.post(url, content=data, headers=headers, timeout=30)


def test_receive_prints_the_address_then_a_qr_code_and_imports_one_upload(receiver, data_dir):
    r = receiver("--tier", "B")
    assert r.url.startswith("http://127.0.0.1:") and r.url.endswith("/")
    token = r.url.rstrip("/").rsplit("/", 1)[1]
    assert len(token) == 22
    wrong = r.url.replace(token, handover.new_token())
    assert upload(wrong, THREE.read_bytes()).status_code == 404  # a wrong token imports nothing
    assert upload(r.url, b"not a vcard", "notes.txt").status_code == 415
    answer = upload(r.url, THREE.read_bytes())
    assert answer.status_code == 200 and answer.json()["ok"]
    code, out, err = r.finish()
    assert code == 0, err
    lines = out.splitlines()
    assert "█" in "".join(lines[:3])  # the QR code follows the address
    assert lines[-1] == "4 created, 0 updated, 0 unchanged, 0 skipped"
    people = contacts_json(data_dir)
    assert len(people) == 4 and {p["tier"] for p in people} == {"B"}
    # the process has ended: the token (and the port) are gone
    with pytest.raises(httpx.ConnectError):
        upload(r.url, THREE.read_bytes())


def test_receive_json_and_413(receiver):
    r = receiver("--json")
    too_big = b"BEGIN:VCARD\r\n" + b"x" * handover.MAX_UPLOAD_BYTES
    assert upload(r.url, too_big).status_code == 413
    assert upload(r.url, THREE.read_bytes()).status_code == 200
    code, out, err = r.finish()
    assert code == 0, err
    result = json.loads(out[out.index("\n{") :])
    assert result["new"] == 4 and result["updated"] == 0 and result["skipped"] == 0
    assert result["file"] == "three.vcf" and len(result["created"]) == 4


def test_ctrl_c_ends_receive_without_importing(receiver, data_dir):
    r = receiver()
    assert httpx.get(r.url, timeout=10).status_code == 200
    r.proc.send_signal(signal.SIGINT)
    code, _, err = r.finish()
    assert code == 130 and "nothing was imported" in err
    assert contacts_json(data_dir) == []


def test_receive_on_a_taken_port_is_one_clear_line(data_dir):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [sys.executable, "-m", "netzwerk_app", "--data-dir", str(data_dir), "receive",
             "--bind", "127.0.0.1", "--port", str(port)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith(f"netzwerk: error: cannot listen on 127.0.0.1:{port}")
