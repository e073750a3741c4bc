"""One running oppdesk per workspace: a second launch hands its request to the first.

The first instance listens on a QLocalServer named after the workspace; a later launch
(``oppdesk`` or ``oppdesk open OPP-00042``) connects, sends one line — ``activate`` or
``open <reference>`` — and exits. Qt's local sockets are named pipes on Windows and Unix
sockets elsewhere, so this works on every desktop.
"""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1000


def server_name(workspace: str) -> str:
    digest = hashlib.sha1(f"{getpass.getuser()}|{workspace}".encode()).hexdigest()[:16]
    return f"oppdesk-{digest}"


def send_to_running(workspace: str, message: str) -> bool:
    """True if an instance for ``workspace`` is running and received ``message``."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(workspace))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write((message + "\n").encode("utf-8"))
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches; emits ``message_received`` with their request."""

    message_received = Signal(str)

    def __init__(self, workspace: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(workspace)
        QLocalServer.removeServer(name)  # a stale socket left by a crashed instance
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._on_server_new_connection)

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._reader(socket))

    def _reader(self, socket: QLocalSocket) -> Callable[[], None]:
        def read() -> None:
            while socket.canReadLine():
                line = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
                if line:
                    self.message_received.emit(line)

        return read
