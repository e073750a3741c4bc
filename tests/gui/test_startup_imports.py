"""The cold start imports what the first paint of the list needs, and nothing else.

Every module imported at start-up is paid for on every launch: services, dialogs and
libraries used later (e-mail, keyring, the Redactor, bulk actions, record windows, Alembic
when no migration is due…) are imported where they are first used. The app runs in a fresh
interpreter, exactly as ``oppdesk --quit-after-paint`` does for cold-start measurements.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from oppdesk.api import open_workspace
from oppdesk.bootstrap import PAINTED_LINE
from oppdesk.services.demo_data import load_demo_data

NOT_AT_START_UP = (
    "alembic",
    "argon2",  # only to sign in or set a password
    "sqlalchemy.dialects.postgresql",  # a SQLite workspace never needs it
    "faker",
    "keyring",
    "smtplib",
    "oppdesk.services.activities",
    "oppdesk.services.attachments",
    "oppdesk.services.bulk",
    "oppdesk.services.demo_data",
    "oppdesk.services.email_sending",
    "oppdesk.services.redactor",
    "oppdesk.services.sales_documents",
    "oppdesk.services.time_tracking",
    "oppdesk.views.admin",
    "oppdesk.views.companies_widget",  # Sociétés and Contacts: built when first shown
    "oppdesk.views.company_record_window",
    "oppdesk.views.contact_form_dialog",
    "oppdesk.views.contacts_widget",
    "oppdesk.views.opportunity_form_dialog",
    "oppdesk.views.opportunity_record_window",
    "oppdesk.views.sign_in_dialog",
)

CHILD = """
import gc, json, sys
from oppdesk.cli import main
code = main(["--db", sys.argv[1], "--quit-after-paint"])
report = {"code": code, "modules": sorted(sys.modules)}
report["gc"] = {"enabled": gc.isenabled(), "frozen": gc.get_freeze_count()}
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], dict[str, Any]]:
    """The app started once in a fresh interpreter: its stdout lines and its report."""
    folder = tmp_path_factory.mktemp("start")
    path = folder / "start.sqlite3"
    with open_workspace(path) as ws:  # migrated here: the app finds no migration due
        load_demo_data(ws.db, opportunities=30, seed=1)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(folder)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    report = json.loads(lines[-1])
    assert report["code"] == 0
    return lines, report


def test_cold_start_imports_only_what_the_first_paint_needs(
    started: tuple[list[str], dict[str, Any]],
) -> None:
    lines, report = started
    assert PAINTED_LINE in lines  # what the cold-start bench waits for
    modules = report["modules"]
    assert "oppdesk.views.main_window" in modules  # the GUI really started
    imported = [
        name
        for name in modules
        if any(name == early or name.startswith(f"{early}.") for early in NOT_AT_START_UP)
    ]
    assert imported == []


def test_the_collector_sleeps_through_start_up_then_resumes(
    started: tuple[list[str], dict[str, Any]],
) -> None:
    """runtime/startup_gc.py: paused from the first import to the first page, then the
    start-up heap is frozen and automatic collection resumes."""
    _lines, report = started
    assert report["gc"]["enabled"] is True
    assert report["gc"]["frozen"] > 50_000  # modules, classes, mappers, Qt wrappers
