"""Workspace settings (JSON values) and the reference counter."""

from __future__ import annotations

import re
import uuid
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import Counter, Opportunity, WorkspaceSetting
from oppdesk.services.privileges import load_actor

DEFAULTS: dict[str, Any] = {
    "reference_pattern": "OPP-{number:05d}",
    "default_currency": "EUR",
    "file_size_limit_mb": 25,
    "smtp": None,
    "loss_reasons": ["Prix trop élevé", "Concurrent retenu", "Projet abandonné", "Sans réponse"],
}
_PATTERN_RE = re.compile(r"^[^{}]*\{number(:0?\d+d)?\}[^{}]*$")


def get_setting(session: Session, key: str) -> Any:
    value = session.scalar(select(WorkspaceSetting.value).where(WorkspaceSetting.key == key))
    return DEFAULTS.get(key) if value is None else value


def put_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(WorkspaceSetting, key)
    if row is None:
        session.add(WorkspaceSetting(key=key, value=value))
    else:
        row.value = value


def list_loss_reasons(db: Database, actor_id: uuid.UUID) -> list[str]:
    """The workspace's reasons for a lost opportunity (setting ``loss_reasons``), in order."""
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        value = get_setting(uow.session, "loss_reasons")
    reasons = value if isinstance(value, list) else []
    return [str(r).strip() for r in reasons if str(r).strip()]


def is_valid_reference_pattern(pattern: str) -> bool:
    return bool(_PATTERN_RE.match(pattern)) and len(pattern) <= 30


def bump_counter(session: Session, name: str) -> int:
    """Atomically take the next value (UPDATE … RETURNING: safe with concurrent writers)."""
    value = session.scalar(
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    )
    if value is None:
        session.add(Counter(name=name, value=1))
        session.flush()
        return 1
    return int(value)


def next_reference(session: Session) -> str:
    """The next free reference from the workspace's pattern (skips ones typed by hand)."""
    pattern = get_setting(session, "reference_pattern")
    while True:
        candidate = str(pattern).format(number=bump_counter(session, "opportunity_reference"))
        taken = session.scalar(
            select(Opportunity.id).where(
                Opportunity.reference == candidate, Opportunity.deleted_at.is_(None)
            )
        )
        if taken is None:
            return candidate


def preview_reference(session: Session) -> str:
    """The reference the next opportunity would get, without taking it (form pre-fill)."""
    pattern = str(get_setting(session, "reference_pattern"))
    number = (
        session.scalar(select(Counter.value).where(Counter.name == "opportunity_reference")) or 0
    )
    while True:
        number += 1
        candidate = pattern.format(number=number)
        taken = session.scalar(
            select(Opportunity.id).where(
                Opportunity.reference == candidate, Opportunity.deleted_at.is_(None)
            )
        )
        if taken is None:
            return candidate
