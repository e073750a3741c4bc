"""A second launch hands its request to the running instance of the same workspace."""

from __future__ import annotations

import uuid

from oppdesk.runtime.single_instance import InstanceServer, send_to_running
from tests.gui.conftest import wait_until


def test_second_launch_is_forwarded(aio):
    workspace = f"/tmp/{uuid.uuid4()}.sqlite3"
    server = InstanceServer(workspace)
    assert server.listening
    received: list[str] = []
    server.message_received.connect(received.append)
    assert send_to_running(workspace, "open OPP-00042")
    aio(wait_until(lambda: received == ["open OPP-00042"]))
    assert not send_to_running(f"/tmp/{uuid.uuid4()}.sqlite3", "activate")  # nobody there
    server.deleteLater()
