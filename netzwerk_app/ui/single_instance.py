"""One running app per data folder: a second start hands its files to the first and ends.

The first instance listens on a local socket named after the user and the data folder, so two
different data folders run side by side. A second start connects, sends one line of JSON
(``{"files": [...]}``), waits for ``ok`` and exits with status 0; the first brings its window
to the front and opens the import of the files. Headless commands never get here.

On Linux and macOS the socket is a Unix socket in the folder for temporary files, at the path
Qt's `QLocalServer` would use for the same name (a start of an earlier version finds a running
one, and the other way round), served with Python's `socket` and Qt's `QSocketNotifier`:
importing QtNetwork and setting up its Python types would cost about 30 ms of the window's
first frame. On Windows, where the socket is a named pipe, `QLocalServer` and `QLocalSocket`
serve it.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import logging
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

UNIX_SOCKETS = os.name == "posix"  # else QtNetwork's named pipes
MAX_MESSAGE = 1 << 20  # a list of file paths; anything longer is not from Netzwerk


def _sha256(data: bytes) -> Any:
    """SHA-256 of `data`: Python's own, built in (Python 3.11: `_sha256`, 3.12 on: `_sha2`),
    without `hashlib`, which sets up OpenSSL when imported (about 3 ms of the window's start);
    `hashlib`'s where neither is there. The same digest either way."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found,no-redef]
        except ImportError:
            from hashlib import sha256
    return sha256(data)


def server_name(data_dir: Path) -> str:
    """The socket's name: the same for one user and data folder, different otherwise."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name known (some containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    folder = os.path.normcase(os.path.abspath(data_dir))
    digest = _sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"netzwerk-{digest}"


def socket_path(name: str) -> str:
    """Where the socket of this name lives on Linux and macOS: where `QLocalServer` puts it."""
    if sys.platform == "darwin":  # Qt asks the system (NSTemporaryDirectory)
        from PySide6.QtCore import QDir

        return os.path.join(QDir.tempPath(), name)
    # QDir.tempPath() on Linux, without setting up QDir's Python types (2 ms of the start)
    return os.path.join(os.path.normpath(os.environ.get("TMPDIR") or "/tmp"), name)


class SingleInstance(QObject):
    """The app's local socket: `hand_over` in a second start, `listen` in the first."""

    activated = Signal(list)  # the files a second start handed over (maybe none)

    def __init__(
        self, data_dir: Path, parent: QObject | None = None, unix_sockets: bool = UNIX_SOCKETS
    ) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.unix_sockets = unix_sockets
        self.server: QLocalServer | None = None  # with QtNetwork
        self._listener: socket.socket | None = None  # a Unix socket
        self._listener_notifier: QSocketNotifier | None = None
        self._inode = 0  # of the socket's file, which `close` removes only if it is still ours
        self._buffers: dict[_Client, bytes] = {}  # what each connection sent so far

    # ---- the second start

    def hand_over(self, files: Sequence[str], timeout_ms: int = 3000) -> bool:
        """Send the files to a running instance; False when none is running."""
        paths = [os.path.abspath(f) for f in files]
        message = json.dumps({"files": paths}).encode() + b"\n"
        if self.unix_sockets:
            answer = self._hand_over_unix(message, timeout_ms)
        else:
            answer = self._hand_over_qt(message, timeout_ms)
        if answer is None:
            return False
        if not answer.startswith(b"ok"):
            log.warning("the running Netzwerk did not answer; it will see the request later")
        return True

    def _hand_over_unix(self, message: bytes, timeout_ms: int) -> bytes | None:
        """The answer of the running instance (maybe empty); None when none is running."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(timeout_ms / 1000)
            try:
                client.connect(socket_path(self.name))
            except OSError:  # no socket, or one left by a crashed app: nobody listens
                return None
            answer = b""
            try:
                client.sendall(message)
                while b"\n" not in answer:
                    chunk = client.recv(64)
                    if not chunk:
                        break
                    answer += chunk
            except OSError:  # no answer in time: the request is sent all the same
                pass
            return answer

    def _hand_over_qt(self, message: bytes, timeout_ms: int) -> bytes | None:
        from PySide6.QtNetwork import QLocalSocket

        client = QLocalSocket()
        client.connectToServer(self.name)
        if not client.waitForConnected(timeout_ms):
            return None
        client.write(message)
        client.flush()
        client.waitForBytesWritten(timeout_ms)
        answer = client.readAll().data() if client.waitForReadyRead(timeout_ms) else b""
        client.disconnectFromServer()
        return answer

    # ---- the first start

    def listen(self) -> bool:
        """Listen for later starts; a socket left by a crashed instance is replaced."""
        if self.unix_sockets:
            try:
                self._listen_unix()
            except OSError as exc:
                log.warning("single instance: cannot listen: %s", exc)
                return False
            return True
        return self._listen_qt()

    def _listen_unix(self) -> None:
        path = socket_path(self.name)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            # for this user only, as QLocalServer's UserAccessOption (the mask is the
            # process's: this runs at the start, before any other thread writes files)
            mask = os.umask(0o177)
            try:
                try:
                    listener.bind(path)
                except OSError as exc:
                    if exc.errno != errno.EADDRINUSE:
                        raise
                    os.unlink(path)  # left by a crashed app (QLocalServer.removeServer's way)
                    listener.bind(path)
            finally:
                os.umask(mask)
            listener.listen(8)
            listener.setblocking(False)
            self._inode = os.stat(path).st_ino
        except OSError:
            listener.close()
            raise
        self._listener = listener
        notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._accept_unix)
        self._listener_notifier = notifier

    def _listen_qt(self) -> bool:
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single instance: cannot listen: %s", server.errorString())
                return False
        server.newConnection.connect(self._accept_qt)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self._listener is not None:
            assert self._listener_notifier is not None
            self._listener_notifier.setEnabled(False)
            self._listener_notifier.deleteLater()
            self._listener_notifier = None
            self._listener.close()
            self._listener = None
            path = socket_path(self.name)
            with contextlib.suppress(OSError):
                if os.stat(path).st_ino == self._inode:  # not one a later start made
                    os.unlink(path)
        for client in list(self._buffers):
            self._forget(client)

    def _accept_unix(self, *_signal: object) -> None:
        while self._listener is not None:
            try:
                connection, _address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("single instance: cannot accept: %s", exc)
                return
            connection.setblocking(False)
            self._buffers[_UnixClient(connection, self)] = b""

    def _accept_qt(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            client = _QtClient(self.server.nextPendingConnection(), self)
            self._buffers[client] = b""
            self._readable(client)  # what came with the connection

    def _forget(self, client: _Client) -> None:
        self._buffers.pop(client, None)
        client.release()

    def _readable(self, client: _Client) -> None:
        if client not in self._buffers:
            return
        chunk = client.read()
        if chunk is None:
            return  # nothing yet
        if not chunk:
            self._forget(client)  # it hung up before a whole line
            return
        data = self._buffers[client] + chunk
        if len(data) > MAX_MESSAGE:
            self._forget(client)
            return
        self._buffers[client] = data
        if b"\n" not in data:
            return
        line = data.split(b"\n", 1)[0]
        try:
            message = json.loads(line.decode("utf-8"))
            files = [str(f) for f in message.get("files", []) if isinstance(f, str)]
        except (ValueError, AttributeError):
            log.warning("single instance: a message that is not Netzwerk's was ignored")
            self._forget(client)
            return
        del self._buffers[client]
        client.reply(b"ok\n")
        self.activated.emit(files)


class _UnixClient:
    """A connection to the Unix socket, read when the event loop says it is readable."""

    def __init__(self, connection: socket.socket, owner: SingleInstance) -> None:
        self.connection = connection
        self.notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, owner)
        self.notifier.activated.connect(lambda *_signal: owner._readable(self))

    def read(self) -> bytes | None:
        """What arrived (b"" when the other side hung up); None when nothing did."""
        try:
            return self.connection.recv(65536)
        except (BlockingIOError, InterruptedError):
            return None
        except OSError:
            return b""

    def reply(self, answer: bytes) -> None:
        with contextlib.suppress(OSError):  # it hung up: it has the request all the same
            self.connection.sendall(answer)  # a few bytes: the socket's buffer takes them
        self.release()

    def release(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None  # type: ignore[assignment]
            self.connection.close()


class _QtClient:
    """A connection to QLocalServer's named pipe."""

    def __init__(self, connection: QLocalSocket, owner: SingleInstance) -> None:
        self.connection = connection
        connection.readyRead.connect(lambda: owner._readable(self))
        connection.disconnected.connect(lambda: owner._forget(self))

    def read(self) -> bytes | None:
        return self.connection.readAll().data() or None  # the end: `disconnected`

    def reply(self, answer: bytes) -> None:
        self.connection.write(answer)
        self.connection.flush()
        self.connection.disconnectFromServer()  # then `disconnected` releases it

    def release(self) -> None:
        self.connection.deleteLater()


_Client = _UnixClient | _QtClient
