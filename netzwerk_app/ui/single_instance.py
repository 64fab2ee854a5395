"""One running app per data folder: a second start hands its files to the first and ends.

The first instance listens on a local socket (`QLocalServer`) named after the user and the data
folder, so two different data folders run side by side. A second start connects, sends one
line of JSON (``{"files": [...]}``), waits for ``ok`` and exits with status 0; the first brings
its window to the front and opens the import of the files. Headless commands never get here.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MAX_MESSAGE = 1 << 20  # a list of file paths; anything longer is not from Netzwerk


def server_name(data_dir: Path) -> str:
    """The socket's name: the same for one user and data folder, different otherwise."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name known (some containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    folder = os.path.normcase(os.path.abspath(data_dir))
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"netzwerk-{digest}"


class SingleInstance(QObject):
    """The app's local socket: `hand_over` in a second start, `listen` in the first."""

    activated = Signal(list)  # the files a second start handed over (maybe none)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    # ---- the second start

    def hand_over(self, files: Sequence[str], timeout_ms: int = 3000) -> bool:
        """Send the files to a running instance; False when none is running."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        paths = [os.path.abspath(f) for f in files]
        socket.write(json.dumps({"files": paths}).encode() + b"\n")
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        answered = socket.waitForReadyRead(timeout_ms) and socket.readAll().data().startswith(b"ok")
        if not answered:
            log.warning("the running Netzwerk did not answer; it will see the request later")
        socket.disconnectFromServer()
        return True

    # ---- the first start

    def listen(self) -> bool:
        """Listen for later starts; a socket left by a crashed instance is replaced."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
                QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single instance: cannot listen: %s", server.errorString())
                return False
        server.newConnection.connect(self._new_connection)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def _new_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + socket.readAll().data()
        if len(data) > MAX_MESSAGE:
            socket.abort()
            return
        self._buffers[socket] = data
        if b"\n" not in data:
            return
        line = data.split(b"\n", 1)[0]
        del self._buffers[socket]
        try:
            message = json.loads(line.decode("utf-8"))
            files = [str(f) for f in message.get("files", []) if isinstance(f, str)]
        except (ValueError, AttributeError):
            log.warning("single instance: a message that is not Netzwerk's was ignored")
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.activated.emit(files)
