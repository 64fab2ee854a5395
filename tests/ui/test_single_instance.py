"""One app per data folder: a second start hands its files over and ends with status 0."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket

from netzwerk_app.ui.single_instance import UNIX_SOCKETS, SingleInstance, server_name, socket_path


def netzwerk(*args: str) -> list[str]:
    return [sys.executable, "-m", "netzwerk_app", *args]


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


# Linux and macOS serve a Unix socket themselves; QtNetwork serves it on Windows (and can on
# the others: a start of this version and one of an earlier version find each other)
BACKENDS = [True, False] if UNIX_SOCKETS else [False]


@pytest.fixture(params=BACKENDS, ids=lambda unix: "unix" if unix else "qtnetwork")
def unix_sockets(request):
    return request.param


@pytest.fixture
def running(qapp, data_dir, unix_sockets):
    """The first instance's socket, listening in this process."""
    instance = SingleInstance(data_dir, unix_sockets=unix_sockets)
    assert instance.listen()
    yield instance
    instance.close()


@pytest.mark.skipif(sys.platform.startswith("win"), reason="named pipes have no path")
@pytest.mark.parametrize("tmpdir", [None, "", "linked", "plain/", "a//b/../c"])
def test_the_socket_is_where_qt_puts_it(tmp_path, monkeypatch, tmpdir):
    if tmpdir is None:
        monkeypatch.delenv("TMPDIR", raising=False)
    elif tmpdir == "linked":  # not resolved
        (tmp_path / "real").mkdir()
        (tmp_path / "link").symlink_to(tmp_path / "real")
        monkeypatch.setenv("TMPDIR", str(tmp_path / "link"))
    else:
        monkeypatch.setenv("TMPDIR", str(tmp_path / tmpdir) if tmpdir else "")
        os.makedirs(tmp_path / tmpdir, exist_ok=True)
    assert socket_path("netzwerk-x") == os.path.join(QDir.tempPath(), "netzwerk-x")


def test_the_name_depends_on_the_data_folder(tmp_path):
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a").startswith("netzwerk-")


def test_a_second_start_hands_over_its_vcard_and_exits_0(qtbot, running, data_dir, tmp_path):
    card = tmp_path / "friends.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\n")
    received = []
    running.activated.connect(received.append)
    proc = subprocess.Popen(
        netzwerk("--data-dir", str(data_dir), str(card)), env=env(), cwd=tmp_path,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    finally:
        if proc.poll() is None:
            proc.kill()
        _out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0, err.decode()
    assert received == [[str(card)]]
    assert not (data_dir / "netzwerk.sqlite3").exists()  # the second never opened the database


def test_a_second_start_without_files_brings_the_window_forward(qtbot, running, data_dir):
    received = []
    running.activated.connect(received.append)
    proc = subprocess.Popen(netzwerk("--data-dir", str(data_dir)), env=env())
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
    assert proc.returncode == 0
    assert received == [[]]


def test_headless_commands_run_while_the_app_runs(running, data_dir):
    done = subprocess.run(
        netzwerk("--data-dir", str(data_dir), "add", "--given", "Anna"),
        env=env(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        netzwerk("--data-dir", str(data_dir), "contacts"),
        env=env(), capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert listed.returncode == 0 and "Anna" in listed.stdout


def test_without_a_running_app_nothing_is_handed_over(qapp, tmp_path, unix_sockets):
    instance = SingleInstance(tmp_path / "nobody", unix_sockets=unix_sockets)
    assert not instance.hand_over(["x.vcf"], timeout_ms=500)


def test_a_socket_left_by_a_crashed_app_is_replaced(qapp, qtbot, tmp_path, unix_sockets):
    instance = SingleInstance(tmp_path / "crashed", unix_sockets=unix_sockets)
    if sys.platform.startswith("win"):
        pytest.skip("named pipes leave nothing behind")
    stale = os.path.join(QDir.tempPath(), instance.name)
    assert stale == socket_path(instance.name)
    with open(stale, "w") as fh:
        fh.write("")
    try:
        assert instance.listen()
        received = []
        instance.activated.connect(received.append)
        second = SingleInstance(tmp_path / "crashed", unix_sockets=unix_sockets)
        assert second.hand_over(["a.vcf"], timeout_ms=3000) is True
        qtbot.waitUntil(lambda: received == [[os.path.abspath("a.vcf")]])
    finally:
        instance.close()
    assert not os.path.exists(stale)  # closing removes the socket


def test_other_data_folders_start_their_own_app(running, tmp_path, unix_sockets):
    other = SingleInstance(tmp_path / "other", unix_sockets=unix_sockets)
    assert not other.hand_over([], timeout_ms=500)


@pytest.mark.skipif(not UNIX_SOCKETS, reason="Unix sockets")
@pytest.mark.parametrize("server_unix", [True, False], ids=["unix-server", "qt-server"])
def test_either_side_may_be_qt_s_local_socket(qapp, qtbot, tmp_path, server_unix):
    """A start of this version finds a running earlier one (QLocalServer), and the other way
    round: the same path, the same line of JSON, the same answer."""
    server = SingleInstance(tmp_path / "data", unix_sockets=server_unix)
    assert server.listen()
    received = []
    server.activated.connect(received.append)
    client = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
        "from netzwerk_app.ui.single_instance import SingleInstance; app = QCoreApplication([]); "
        "i = SingleInstance(Path(sys.argv[1]), unix_sockets=sys.argv[2] == 'unix'); "
        "print(i.hand_over(['ü x.vcf'], timeout_ms=5000))"
    )
    try:
        proc = subprocess.Popen(
            [sys.executable, "-c", client, str(tmp_path / "data"), "qt" if server_unix else "unix"],
            env=env(), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
        out, err = proc.communicate(timeout=10)
        assert (proc.returncode, out.strip()) == (0, "True"), err
        assert "did not answer" not in err  # it had its "ok"
        assert received == [[str(tmp_path / "ü x.vcf")]]
    finally:
        server.close()


@pytest.mark.skipif(not UNIX_SOCKETS, reason="Unix sockets")
def test_the_unix_socket_is_the_user_s_alone_and_ignores_strangers(qapp, qtbot, tmp_path):
    import socket
    import stat

    server = SingleInstance(tmp_path / "data", unix_sockets=True)
    assert server.listen()
    received = []
    server.activated.connect(received.append)
    try:
        path = socket_path(server.name)
        assert stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0
        # not Netzwerk's line: ignored, the connection closed; a hang-up before a whole line
        for garbage in (b"GET / HTTP/1.0\r\n\r\n", b'{"files": ["a'):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as stranger:
                stranger.settimeout(5)
                stranger.connect(path)
                stranger.sendall(garbage)
                stranger.settimeout(0.01)  # the server answers from this thread's event loop
                if garbage.endswith(b"\n"):
                    qtbot.waitUntil(lambda s=stranger: _closed(s), timeout=5000)
        qtbot.wait(100)
        assert received == []
        assert server._buffers == {}
    finally:
        server.close()


def _closed(connection) -> bool:
    try:
        return connection.recv(16) == b""
    except TimeoutError:
        return False


@pytest.mark.slow
def test_two_real_starts(tmp_path):
    """The whole way: a first app (in its own process), a second start, the first still runs."""
    folder = tmp_path / "data"
    log = tmp_path / "first.log"
    with log.open("wb") as log_file:
        first = subprocess.Popen(
            netzwerk("--data-dir", str(folder), "--minimized"), env=env(),
            stdout=subprocess.DEVNULL, stderr=log_file,
        )  # fmt: skip
    try:
        name = server_name(folder)
        deadline = time.monotonic() + 30
        while True:
            probe = QLocalSocket()
            probe.connectToServer(name)
            if probe.waitForConnected(200):
                probe.disconnectFromServer()
                break
            assert first.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the first app never listened"
            time.sleep(0.2)
        second = subprocess.run(
            netzwerk("--data-dir", str(folder)), env=env(), capture_output=True, timeout=60
        )
        assert second.returncode == 0, second.stderr.decode()
        assert first.poll() is None  # still running
    finally:
        first.terminate()
        try:
            first.wait(timeout=10)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait(timeout=10)


def test_the_single_instance_name_is_the_sha256_hashlib_gives(tmp_path, monkeypatch):
    import getpass
    import hashlib
    import os

    from netzwerk_app.ui.single_instance import server_name

    monkeypatch.setattr(getpass, "getuser", lambda: "ada")
    folder = os.path.normcase(os.path.abspath(tmp_path))
    expected = hashlib.sha256(f"ada\0{folder}".encode()).hexdigest()[:20]
    assert server_name(tmp_path) == f"netzwerk-{expected}"
