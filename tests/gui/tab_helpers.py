"""Helpers shared by the record-tab GUI tests: a context for another user, realistic data."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from oppdesk import services
from oppdesk.db import Database
from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.events import Events
from oppdesk.views.app_context import AppContext
from oppdesk.views.prompter import ScriptedPrompter


def context_for(db: Database, user_id: uuid.UUID, tmp_path: Path) -> AppContext:
    """An AppContext signed in as ``user_id`` (shut its runner down after the test)."""
    return AppContext(
        runner=DbRunner(db, user_id),
        me=services.current_user(db, user_id),
        settings=QSettings(str(tmp_path / f"{user_id}.ini"), QSettings.Format.IniFormat),
        events=Events(),
        prompter=ScriptedPrompter(),
        location="test",
    )


def soon(days: int = 0, hours: int = 0) -> datetime:
    base = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    return base + timedelta(days=days, hours=hours)


def fill_activities(db: Database, user_id: uuid.UUID, opp: Any, other: Any = None) -> None:
    """One or two of each kind, as a sales team would leave them."""
    services.add_comment(
        db,
        user_id,
        opp.id,
        "Client très intéressé par l'offre premium.\nBudget validé par la direction financière.",
    )
    services.log_call(
        db,
        user_id,
        opp.id,
        direction="out",
        duration_seconds=14 * 60,
        outcome="Rappeler",
        notes="Point sur le calendrier de déploiement.",
    )
    services.add_email(
        db,
        user_id,
        opp.id,
        to=["eloise.martin@client.fr"],
        cc=["achats@client.fr"],
        subject="Proposition commerciale",
        body="Bonjour,\nVeuillez trouver notre proposition.",
        state="draft",
    )
    services.schedule_task(
        db,
        user_id,
        opp.id,
        title="Relancer pour signature",
        due_at=soon(days=-2),
        assignee_id=other.id if other else None,
        notes="Après la réunion de lundi.",
    )
    services.schedule_task(db, user_id, opp.id, title="Préparer la démo", due_at=soon(days=3))
    services.create_event(
        db,
        user_id,
        opp.id,
        title="Démonstration produit",
        start=soon(days=5, hours=2),
        end=soon(days=5, hours=3),
        location="Lyon — salle Confluence",
        attendees=["eloise.martin@client.fr"],
    )
    email = services.add_email(
        db,
        user_id,
        opp.id,
        to=["inconnu@client.fr"],
        subject="Relance devis",
        body="Bonjour,",
        state="to_send",
    )
    services.mark_email_failed(
        db, user_id, email.id, "Recipient refused — inconnu@client.fr: 550 Mailbox unavailable"
    )
