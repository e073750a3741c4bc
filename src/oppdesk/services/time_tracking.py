"""Timetracking: time entries ("Déclarer des heures") on an opportunity, with totals per user.

Logging time is not editing the deal: seeing the opportunity and holding the time-tracking
right suffice. Logging for someone else, or deleting their entries, takes ``can_admin``.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import Opportunity, TimeEntry, User, utcnow
from oppdesk.services.dto import Ref
from oppdesk.services.errors import NotFound, PermissionDenied
from oppdesk.services.history import record_changes
from oppdesk.services.opportunity_read import fetch, today
from oppdesk.services.privileges import Actor, load_actor, visible
from oppdesk.services.validation import Checker

RIGHT = "can_time_tracking"
ENTITY = "time_entry"
MINUTES_PER_DAY = 24 * 60
EARLIEST_WORK_DATE = date(2000, 1, 1)


@dataclass(frozen=True)
class TimeEntryInfo:
    id: uuid.UUID
    opportunity_id: uuid.UUID
    user: Ref
    work_date: date
    minutes: int
    description: str
    created_at: datetime


@dataclass(frozen=True)
class UserTime:
    user: Ref
    minutes: int


@dataclass(frozen=True)
class TimeSheet:
    """The opportunity's entries (latest day first), the minutes per user and the total."""

    entries: tuple[TimeEntryInfo, ...]
    totals: tuple[UserTime, ...]
    total_minutes: int


def _minutes(c: Checker, value: Any) -> int | None:
    if (isinstance(value, float) and not math.isfinite(value)) or (
        isinstance(value, Decimal) and not value.is_finite()
    ):
        c.fail("minutes", "type", "must be a whole number")
        return None
    return c.integer("minutes", value, minimum=1, maximum=MINUTES_PER_DAY, required=True)


def _work_date(c: Checker, value: Any) -> date | None:
    day = c.day("work_date", value, required=True)
    if day is not None and not EARLIEST_WORK_DATE <= day <= today():
        c.fail(
            "work_date",
            "range",
            f"must be between {EARLIEST_WORK_DATE.isoformat()} and today",
            min=EARLIEST_WORK_DATE.isoformat(),
        )
        return None
    return day


def _worker(s: Session, actor: Actor, c: Checker, user_id: Any) -> uuid.UUID:
    """Whose time it is: the actor, or (for an administrator) another active user."""
    worker = c.ident("user_id", user_id)
    if worker is None or worker == actor.user_id:
        return actor.user_id
    actor.require("can_admin")
    user = s.get(User, worker)
    if user is None or not user.active:
        c.fail("user_id", "unknown", "is not an active user")
    return worker


def _logged(s: Session, user_id: uuid.UUID, day: date) -> int:
    """Minutes ``user_id`` already logged on ``day``, over all opportunities."""
    total = s.scalar(
        select(func.coalesce(func.sum(TimeEntry.minutes), 0)).where(
            TimeEntry.user_id == user_id, TimeEntry.work_date == day, TimeEntry.deleted_at.is_(None)
        )
    )
    return int(total or 0)


def _check_entry(
    s: Session, actor: Actor, *, work_date: Any, minutes: Any, description: Any, user_id: Any
) -> tuple[date, int, str, uuid.UUID]:
    """Clean values or ``ValidationError``; a day never holds more than 24 h for one user."""
    checker = Checker()
    day = _work_date(checker, work_date)
    clean_minutes = _minutes(checker, minutes)
    text = checker.text("description", description, max_len=2000)
    worker = _worker(s, actor, checker, user_id)
    if day is not None and clean_minutes is not None and not checker.errors:
        logged = _logged(s, worker, day)
        if logged + clean_minutes > MINUTES_PER_DAY:
            checker.fail(
                "minutes",
                "day_full",
                f"would exceed 24 hours on that day ({logged} minutes already logged)",
                logged=logged,
            )
    checker.raise_if_any()
    assert day is not None and clean_minutes is not None
    return day, clean_minutes, text or "", worker


def _query() -> Any:
    return (
        select(TimeEntry, User.display_name)
        .join(User, User.id == TimeEntry.user_id)
        .where(TimeEntry.deleted_at.is_(None))
    )


def _to_info(entry: TimeEntry, name: str) -> TimeEntryInfo:
    return TimeEntryInfo(
        entry.id,
        entry.opportunity_id,
        Ref(entry.user_id, name),
        entry.work_date,
        entry.minutes,
        entry.description,
        entry.created_at,
    )


def log_time(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    *,
    work_date: date,
    minutes: int,
    description: str,
    user_id: uuid.UUID | None = None,
) -> TimeEntryInfo:
    """Déclarer des heures: 1 to 1440 minutes on a day, never more than 24 h a day per user."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require(RIGHT)
        opp = fetch(s, actor, opportunity_id)
        day, clean_minutes, text, worker = _check_entry(
            s, actor, work_date=work_date, minutes=minutes, description=description, user_id=user_id
        )
        entry = TimeEntry(
            opportunity_id=opp.id,
            user_id=worker,
            work_date=day,
            minutes=clean_minutes,
            description=text,
            created_by=actor.user_id,
            updated_by=actor.user_id,
        )
        s.add(entry)
        s.flush()
        info = _to_info(entry, s.get_one(User, worker).display_name)
        uow.commit()
        return info


def list_time_entries(db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID) -> TimeSheet:
    """The opportunity's time entries with the minutes per user and in all."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require(RIGHT)
        opp = fetch(s, actor, opportunity_id)
        rows = s.execute(
            _query()
            .where(TimeEntry.opportunity_id == opp.id)
            .order_by(TimeEntry.work_date.desc(), TimeEntry.created_at.desc(), TimeEntry.id)
        )
        entries = tuple(_to_info(entry, name) for entry, name in rows)
    per_user: dict[Ref, int] = {}
    for entry in entries:
        per_user[entry.user] = per_user.get(entry.user, 0) + entry.minutes
    totals = tuple(
        UserTime(user, minutes)
        for user, minutes in sorted(per_user.items(), key=lambda item: (item[0].name, item[0].id))
    )
    return TimeSheet(entries, totals, sum(per_user.values()))


def delete_time_entry(db: Database, actor_id: uuid.UUID, entry_id: uuid.UUID) -> None:
    """Soft delete one's own entry (an administrator may delete anyone's)."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require(RIGHT)
        entry = None
        if isinstance(entry_id, uuid.UUID):
            entry = s.scalar(
                select(TimeEntry)
                .join(Opportunity, Opportunity.id == TimeEntry.opportunity_id)
                .where(TimeEntry.id == entry_id, TimeEntry.deleted_at.is_(None), visible(actor))
            )
        if entry is None:
            raise NotFound("time entry", entry_id)
        if entry.user_id != actor.user_id and not actor.rights.can_admin:
            raise PermissionDenied("can_admin", "delete another user's time entry")
        entry.deleted_at = utcnow()
        entry.updated_by = actor.user_id
        s.flush()
        record_changes(s, ENTITY, entry.id, actor.user_id, [("deleted", None, entry.deleted_at)])
        uow.commit()
