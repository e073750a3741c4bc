"""Activité: comments, emails, calls, tasks and events on an opportunity; .ics export.

Emails are only stored here: a later outbox sends the ones in state ``to_send``
(``list_outbox``) and reports back with ``mark_email_sent`` / ``mark_email_failed``.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from oppdesk.db import Database
from oppdesk.models import ACTIVITY_KINDS, Activity, Opportunity, User, utcnow
from oppdesk.services.dto import Ref
from oppdesk.services.errors import NotFound, ValidationError
from oppdesk.services.history import record_changes
from oppdesk.services.opportunity_read import fetch
from oppdesk.services.privileges import Actor, can_see, editable, load_actor, visible
from oppdesk.services.validation import Checker

ENTITY = "activity"
CALL_DIRECTIONS = ("in", "out")
NEW_EMAIL_STATES = ("draft", "to_send")
# The outbox's state machine: target state -> the states it may come from.
EMAIL_TRANSITIONS = {"to_send": ("draft", "failed"), "sent": ("to_send",), "failed": ("to_send",)}
MAX_TEXT = 20_000
MAX_RECIPIENTS = 100
MAX_CALL_SECONDS = 24 * 3600
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)
# Legal in a quoted local part, but they would break mail headers and calendar files.
_EMAIL_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f,;:<>"\\()\[\]]')


@dataclass(frozen=True)
class ActivityInfo:
    """One entry of the activity history; the fields of other kinds are None."""

    id: uuid.UUID
    opportunity_id: uuid.UUID
    kind: str
    author: Ref
    occurred_at: datetime
    updated_at: datetime
    version: int
    subject: str
    body: str
    email_to: tuple[str, ...] | None = None
    email_cc: tuple[str, ...] | None = None
    email_state: str | None = None
    email_error: str | None = None
    call_direction: str | None = None
    call_duration_seconds: int | None = None
    call_outcome: str | None = None
    task_due_at: datetime | None = None
    task_assignee: Ref | None = None
    task_done: bool | None = None
    task_done_at: datetime | None = None
    event_start: datetime | None = None
    event_end: datetime | None = None
    event_location: str | None = None
    event_attendees: tuple[str, ...] | None = None


def _moment(c: Checker, field: str, value: Any, *, required: bool = False) -> datetime | None:
    moment = c.moment(field, value, required=required)
    if moment is None:
        return None
    if moment.utcoffset() is None:
        c.fail(field, "timezone", "must carry a time zone")
        return None
    if not EARLIEST <= moment < LATEST:
        c.fail(field, "range", "must be between 1970 and 2199", min=1970, max=2199)
        return None
    return moment.astimezone(UTC)


def _whole(c: Checker, field: str, value: Any, *, minimum: int, maximum: int) -> int | None:
    """``Checker.integer`` without the crash on NaN and infinities."""
    if (isinstance(value, float) and not math.isfinite(value)) or (
        isinstance(value, Decimal) and not value.is_finite()
    ):
        c.fail(field, "type", "must be a whole number")
        return None
    return c.integer(field, value, minimum=minimum, maximum=maximum, required=True)


def _emails(c: Checker, field: str, value: Any) -> list[str] | None:
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        c.fail(field, "type", "must be a list of email addresses")
        return None
    if len(value) > MAX_RECIPIENTS:
        c.fail(field, "too_many", f"must hold at most {MAX_RECIPIENTS} addresses")
        return None
    out: list[str] = []
    for item in value:
        email = c.email(field, item) if isinstance(item, str) and item.strip() else None
        if email is None or _EMAIL_FORBIDDEN.search(email):
            c.fail(field, "email", "must hold email addresses such as name@example.com")
            return None
        if email.lower() not in (known.lower() for known in out):
            out.append(email)
    return out


_LISTS = ("email_to", "email_cc", "event_attendees")
_COLUMNS = tuple(
    f.name for f in fields(ActivityInfo) if f.name not in {"author", "task_assignee", *_LISTS}
)


def _to_info(a: Activity, author: str, assignee: str | None) -> ActivityInfo:
    lists: dict[str, Any] = {
        name: None if (v := getattr(a, name)) is None else tuple(v) for name in _LISTS
    }
    return ActivityInfo(
        **{name: getattr(a, name) for name in _COLUMNS},
        **lists,
        author=Ref(a.author_id, author),
        task_assignee=Ref(a.task_assignee_id, assignee or "?") if a.task_assignee_id else None,
    )


def _info(s: Session, a: Activity) -> ActivityInfo:
    author = s.get_one(User, a.author_id).display_name
    assignee = s.get(User, a.task_assignee_id) if a.task_assignee_id else None
    return _to_info(a, author, assignee.display_name if assignee else None)


def _listing() -> Select[Activity, str, str]:
    author, assignee = aliased(User), aliased(User)
    return (
        select(Activity, author.display_name, assignee.display_name)
        .join(author, author.id == Activity.author_id)
        .outerjoin(assignee, assignee.id == Activity.task_assignee_id)
        .join(Opportunity, Opportunity.id == Activity.opportunity_id)
        .where(Activity.deleted_at.is_(None), Opportunity.deleted_at.is_(None))
    )


def list_activities(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID, kinds: tuple[str, ...] = ()
) -> list[ActivityInfo]:
    """The activity history of a visible opportunity, newest first, optionally by kind."""
    checker = Checker()
    kinds = kinds if isinstance(kinds, tuple | list) else (kinds,)  # one kind given alone
    wanted = [checker.choice("kinds", kind, ACTIVITY_KINDS) for kind in kinds]
    checker.raise_if_any()
    with db.uow() as uow:
        s = uow.session
        opp = fetch(s, load_actor(s, actor_id), opportunity_id)
        query = _listing().where(Activity.opportunity_id == opp.id)
        if wanted:
            query = query.where(Activity.kind.in_(wanted))
        rows = s.execute(query.order_by(Activity.occurred_at.desc(), Activity.id.desc()))
        return [_to_info(a, author, assignee) for a, author, assignee in rows]


def list_outbox(db: Database, actor_id: uuid.UUID) -> list[ActivityInfo]:
    """The actor's emails waiting to be sent (state ``to_send``), oldest first."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        query = _listing().where(
            Activity.kind == "email",
            Activity.email_state == "to_send",
            Activity.author_id == actor.user_id,
        )
        rows = s.execute(query.order_by(Activity.occurred_at, Activity.id))
        return [_to_info(a, author, assignee) for a, author, assignee in rows]


Builder = Callable[[Session, Actor, Checker], dict[str, Any]]


def _create(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID, build: Builder
) -> ActivityInfo:
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        opp = fetch(s, actor, opportunity_id, predicate=editable, right="edit_scope")
        checker = Checker()
        values = {k: v for k, v in build(s, actor, checker).items() if v is not None}
        checker.raise_if_any()
        activity = Activity(opportunity_id=opp.id, author_id=actor.user_id, **values)
        activity.created_by = activity.updated_by = actor.user_id
        s.add(activity)
        s.flush()
        info = _info(s, activity)
        uow.commit()
        return info


def add_comment(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID, body: str
) -> ActivityInfo:
    """Commenter."""

    def build(s: Session, actor: Actor, c: Checker) -> dict[str, Any]:
        return {"kind": "comment", "body": c.text("body", body, required=True, max_len=MAX_TEXT)}

    return _create(db, actor_id, opportunity_id, build)


def add_email(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    *,
    to: list[str] | tuple[str, ...],
    subject: str,
    body: str,
    cc: list[str] | tuple[str, ...] | None = None,
    state: str = "draft",
) -> ActivityInfo:
    """Envoyer un email: a ``draft`` or an email queued for the outbox (``to_send``)."""

    def build(s: Session, actor: Actor, c: Checker) -> dict[str, Any]:
        clean_state = c.choice("state", state, NEW_EMAIL_STATES)
        recipients = _emails(c, "to", to)
        if clean_state == "to_send" and recipients == []:
            c.fail("to", "required", "needs at least one address to send the email")
        return {
            "kind": "email",
            "subject": c.text("subject", subject, max_len=300),
            "body": c.text("body", body, max_len=MAX_TEXT),
            "email_to": recipients,
            "email_cc": _emails(c, "cc", cc),
            "email_state": clean_state,
        }

    return _create(db, actor_id, opportunity_id, build)


def log_call(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    *,
    direction: str,
    duration_seconds: int,
    outcome: str | None = None,
    notes: str = "",
    occurred_at: datetime | None = None,
) -> ActivityInfo:
    """Ajouter un appel: ``direction`` is ``in`` or ``out``; ``occurred_at`` defaults to now."""

    def build(s: Session, actor: Actor, c: Checker) -> dict[str, Any]:
        when = _moment(c, "occurred_at", occurred_at)
        if when is not None and when > utcnow() + timedelta(minutes=5):
            c.fail("occurred_at", "future", "must not be in the future")
        return {
            "kind": "call",
            "occurred_at": when,
            "call_direction": c.choice("direction", direction, CALL_DIRECTIONS),
            "call_duration_seconds": _whole(
                c, "duration_seconds", duration_seconds, minimum=0, maximum=MAX_CALL_SECONDS
            ),
            "call_outcome": c.optional_text("outcome", outcome, max_len=120),
            "body": c.text("notes", notes, max_len=MAX_TEXT),
        }

    return _create(db, actor_id, opportunity_id, build)


def schedule_task(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    *,
    title: str,
    due_at: datetime,
    assignee_id: uuid.UUID | None = None,
    notes: str = "",
) -> ActivityInfo:
    """Programmer une tâche for an active user (the actor by default)."""

    def build(s: Session, actor: Actor, c: Checker) -> dict[str, Any]:
        assignee = c.ident("assignee_id", assignee_id) or actor.user_id
        if "assignee_id" not in c.errors:
            user = s.get(User, assignee)
            if user is None or not user.active:
                c.fail("assignee_id", "unknown", "is not an active user")
            elif not can_see(s, assignee, opportunity_id):
                c.fail("assignee_id", "cannot_see", "cannot see this opportunity")
        return {
            "kind": "task",
            "subject": c.text("title", title, required=True, max_len=300),
            "task_due_at": _moment(c, "due_at", due_at, required=True),
            "task_assignee_id": assignee,
            "task_done": False,
            "body": c.text("notes", notes, max_len=MAX_TEXT),
        }

    return _create(db, actor_id, opportunity_id, build)


def create_event(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    *,
    title: str,
    start: datetime,
    end: datetime,
    location: str | None = None,
    attendees: list[str] | tuple[str, ...] | None = None,
    notes: str = "",
) -> ActivityInfo:
    """Créer un événement; ``event_to_ics`` turns it into a calendar file."""

    def build(s: Session, actor: Actor, c: Checker) -> dict[str, Any]:
        clean_start = _moment(c, "start", start, required=True)
        clean_end = _moment(c, "end", end, required=True)
        if clean_start and clean_end and clean_end <= clean_start:
            c.fail("end", "before_start", "must be after the start")
        return {
            "kind": "event",
            "subject": c.text("title", title, required=True, max_len=300),
            "event_start": clean_start,
            "event_end": clean_end,
            "event_location": c.optional_text("location", location, max_len=300),
            "event_attendees": _emails(c, "attendees", attendees),
            "body": c.text("notes", notes, max_len=MAX_TEXT),
        }

    return _create(db, actor_id, opportunity_id, build)


def _mutable(
    s: Session, actor: Actor, activity_id: uuid.UUID, people: Callable[[Activity], Iterable[Any]]
) -> Activity:
    """The live activity if the actor is one of ``people`` or may edit its opportunity."""
    activity = None
    if isinstance(activity_id, uuid.UUID):
        activity = s.scalar(
            select(Activity)
            .join(Opportunity, Opportunity.id == Activity.opportunity_id)
            .where(Activity.id == activity_id, Activity.deleted_at.is_(None), visible(actor))
        )
    if activity is None:
        raise NotFound(ENTITY, activity_id)
    if actor.user_id not in set(people(activity)):
        fetch(s, actor, activity.opportunity_id, predicate=editable, right="edit_scope")
    return activity


def _save(s: Session, actor: Actor, a: Activity, changes: list[tuple[str, Any, Any]]) -> None:
    a.updated_by = actor.user_id
    s.flush()
    record_changes(s, ENTITY, a.id, actor.user_id, changes)


def delete_activity(db: Database, actor_id: uuid.UUID, activity_id: uuid.UUID) -> None:
    """Soft delete, by its author or by someone who may edit the opportunity."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        activity = _mutable(s, actor, activity_id, lambda a: (a.author_id,))
        activity.deleted_at = utcnow()
        _save(s, actor, activity, [("deleted", None, activity.deleted_at)])
        uow.commit()


def set_task_done(
    db: Database, actor_id: uuid.UUID, activity_id: uuid.UUID, done: bool
) -> ActivityInfo:
    """Tick (or untick) a task: its author, its assignee or an editor of the opportunity."""
    if not isinstance(done, bool):
        raise ValidationError.single("done", "type", "must be true or false")
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        task = _mutable(s, actor, activity_id, lambda a: (a.author_id, a.task_assignee_id))
        if task.kind != "task":
            raise ValidationError.single("activity_id", "not_task", "is not a task")
        if task.task_done != done:
            old = task.task_done
            task.task_done = done
            task.task_done_at = utcnow() if done else None
            _save(s, actor, task, [("task_done", old, done)])
        info = _info(s, task)
        uow.commit()
        return info


def _email_transition(
    db: Database, actor_id: uuid.UUID, activity_id: uuid.UUID, to_state: str, error: str | None
) -> ActivityInfo:
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        email = _mutable(s, actor, activity_id, lambda a: (a.author_id,))
        if email.kind != "email":
            raise ValidationError.single("activity_id", "not_email", "is not an email")
        old = email.email_state
        if old not in EMAIL_TRANSITIONS[to_state]:
            raise ValidationError.single(
                "email_state", "transition", f"an email in state {old} cannot become {to_state}"
            )
        if to_state == "to_send" and not email.email_to:
            raise ValidationError.single("to", "required", "needs at least one address")
        email.email_state = to_state
        email.email_error = error
        if to_state == "sent":
            email.occurred_at = utcnow()
        _save(s, actor, email, [("email_state", old, to_state)])
        info = _info(s, email)
        uow.commit()
        return info


def queue_email(db: Database, actor_id: uuid.UUID, activity_id: uuid.UUID) -> ActivityInfo:
    """Put a draft (or a failed email, to retry) in the outbox."""
    return _email_transition(db, actor_id, activity_id, "to_send", None)


def mark_email_sent(db: Database, actor_id: uuid.UUID, activity_id: uuid.UUID) -> ActivityInfo:
    """The outbox sent it: the history now shows it at the time it left."""
    return _email_transition(db, actor_id, activity_id, "sent", None)


def mark_email_failed(
    db: Database, actor_id: uuid.UUID, activity_id: uuid.UUID, error: str
) -> ActivityInfo:
    """The outbox could not send it; ``error`` tells the user why (``queue_email`` retries)."""
    checker = Checker()
    reason = checker.text("error", error, required=True, max_len=2000)
    checker.raise_if_any()
    return _email_transition(db, actor_id, activity_id, "failed", reason)


# iCalendar (RFC 5545)
PRODID = "-//oppdesk//oppdesk//EN"
_ICS_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _ics_text(value: str) -> str:
    value = _ICS_CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(raw, escaped)
    return value


def _ics_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, never inside a character."""
    data = line.encode()
    chunks: list[str] = []
    start, limit = 0, 75
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte
            end -= 1
        chunks.append(data[start:end].decode())
        start, limit = end, 74  # continuation lines start with one space
    return "\r\n ".join(chunks)


def event_to_ics(activity: ActivityInfo, *, opportunity_name: str) -> str:
    """A VCALENDAR holding the event as one VEVENT (CRLF lines, folded at 75 octets)."""
    if activity.kind != "event" or activity.event_start is None or activity.event_end is None:
        raise ValidationError.single("kind", "not_event", "only events can be exported")
    description = "\n\n".join(part for part in (opportunity_name, activity.body) if part)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:{activity.id}@oppdesk",
        f"DTSTAMP:{_ics_time(activity.updated_at)}",
        f"DTSTART:{_ics_time(activity.event_start)}",
        f"DTEND:{_ics_time(activity.event_end)}",
        f"SUMMARY:{_ics_text(activity.subject)}",
    ]
    if activity.event_location:
        lines.append(f"LOCATION:{_ics_text(activity.event_location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_text(description)}")
    lines += [f"ATTENDEE;RSVP=TRUE:mailto:{email}" for email in activity.event_attendees or ()]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(f"{_fold(line)}\r\n" for line in lines)
