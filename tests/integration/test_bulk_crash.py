"""A bulk action killed at random moments (SIGKILL) leaves the database intact and holds
either all or none of the change, history included.

A child process runs "set the status of every opportunity" on a demo workspace; the test
kills it at a random point, 20 times, then checks ``PRAGMA integrity_check`` and that the
statuses and the status history moved together, entirely or not at all.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROWS = int(os.environ.get("OPPDESK_CRASH_ROWS", "20000"))
KILLS = 20
CHILD = """
import sys
from sqlalchemy.engine import URL
from oppdesk.db import create_database
from oppdesk.services import OpportunityQuery, Selection, ensure_defaults
from oppdesk.services.bulk import bulk_update
from oppdesk.services.bulk_actions import SetStatus
db = create_database(URL.create("sqlite+pysqlite", database=sys.argv[1]))
admin = ensure_defaults(db)
print("start", flush=True)
bulk_update(db, admin, Selection(OpportunityQuery(), all_matching=True), SetStatus(sys.argv[2]))
print("done", flush=True)
"""


def _state(path: Path) -> tuple[dict[str, int], int]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        statuses = dict(
            conn.execute(
                "SELECT status, count(*) FROM opportunities WHERE deleted_at IS NULL "
                "GROUP BY status"
            ).fetchall()
        )
        history = conn.execute("SELECT count(*) FROM change_log WHERE field = 'status'").fetchone()[
            0
        ]
    finally:
        conn.close()
    return statuses, history


def _run_child(path: Path, status: str, kill_after: float | None) -> bool:
    """True if the child finished; False if it was killed first."""
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), status], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "start"
        if kill_after is not None:
            time.sleep(kill_after)  # a real process, killed after a random delay
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
                child.wait()
                return False
        child.wait(timeout=300)
        return child.returncode == 0


@pytest.mark.slow
def test_sigkill_mid_bulk_action_is_all_or_nothing(tmp_path):
    from oppdesk.api import open_workspace
    from oppdesk.services.demo_data import load_demo_data

    path = tmp_path / "crash.sqlite3"
    with open_workspace(path) as ws:
        load_demo_data(ws.db, opportunities=ROWS, seed=3)
    start = time.perf_counter()
    assert _run_child(path, "closed", None)  # one full run: how long does it take?
    duration = time.perf_counter() - start
    rng = random.Random(11)
    statuses, history = _state(path)
    assert statuses == {"closed": ROWS}
    outcomes = []
    for attempt in range(KILLS):
        target = ("won", "lost")[attempt % 2]
        finished = _run_child(path, target, rng.uniform(0.0, duration * 1.1))
        after, after_history = _state(path)
        if finished:
            assert after == {target: ROWS}, "a run that finished must have committed"
        if after == statuses:  # nothing landed
            assert after_history == history
            outcomes.append("none")
        else:  # everything landed, history included
            assert after == {target: ROWS}
            assert after_history == history + ROWS
            outcomes.append("all")
        statuses, history = after, after_history
    assert "none" in outcomes, "no kill ever interrupted the transaction: test too weak"
