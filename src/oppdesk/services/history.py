"""Field-level history written by the services, as a single edit or a bulk one would."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from oppdesk.models import ChangeLog, utcnow


def render(value: Any) -> str | None:
    """A stable text form for the history (ids as hex, dates ISO, lists joined)."""
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(sorted(render(v) or "" for v in value))
    return str(value)


def record_changes(
    session: Session,
    entity: str,
    entity_id: uuid.UUID,
    actor_id: uuid.UUID,
    changes: list[tuple[str, Any, Any]],
    *,
    batch_id: uuid.UUID | None = None,
) -> None:
    now = utcnow()
    for field, old, new in changes:
        old_text, new_text = render(old), render(new)
        if old_text != new_text:
            session.add(
                ChangeLog(
                    entity=entity,
                    entity_id=entity_id,
                    field=field,
                    old_value=old_text,
                    new_value=new_text,
                    changed_by=actor_id,
                    changed_at=now,
                    batch_id=batch_id,
                )
            )
