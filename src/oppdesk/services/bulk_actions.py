"""The bulk actions of the list (Actions en masse) that change the opportunity row itself:
what each one asks for, how it is checked, and the changes it makes (see
:mod:`services.bulk`). Links (collaborators, tags, shares, custom fields) are in
:mod:`services.bulk_links`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, func, insert, literal, null, select, true, update
from sqlalchemy.orm import Session

from oppdesk.models import (
    CLOSED_STATUSES,
    STATUSES,
    Activity,
    Opportunity,
    Pipeline,
    Source,
    Stage,
    StageChange,
    User,
)
from oppdesk.services.bulk_plan import Change, Plan, column_change
from oppdesk.services.bulk_sql import (
    Batch,
    Chunk,
    as_text,
    int_text,
    new_id,
    table_of,
    uuid_text,
    weighted_expr,
)
from oppdesk.services.history import render
from oppdesk.services.opportunity_read import today
from oppdesk.services.privileges import Actor, load_actor, visible
from oppdesk.services.sort_keys import fold, stage_key
from oppdesk.services.validation import Checker

_STAGE_COLUMNS = (
    "id",
    "opportunity_id",
    "from_stage_id",
    "to_stage_id",
    "changed_by",
    "changed_at",
    "batch_id",
)


def _active_user(s: Session, c: Checker, name: str, user_id: Any) -> uuid.UUID | None:
    ident = c.ident(name, user_id, required=True)
    if ident is not None:
        user = s.get(User, ident)
        if user is None or not user.active:
            c.fail(name, "unknown", "is not an active user")
            return None
    return ident


@dataclass(frozen=True)
class SetStatus:
    status: str
    closed_at: date | None = None
    closed_reason: str | None = None

    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
        status = c.choice("status", self.status, STATUSES)
        closed_at = c.day("closed_at", self.closed_at)
        reason = c.optional_text("closed_reason", self.closed_reason, max_len=200)
        c.raise_if_any()
        changes = [column_change("status", literal(status), as_text)]
        if status in CLOSED_STATUSES:
            when = literal(closed_at, Date) if closed_at else None
            new_closed = func.coalesce(when, Opportunity.closed_at, literal(today(), Date))
            changes.append(column_change("closed_at", new_closed, as_text))
            if self.closed_reason is not None:
                kept = reason if status == "lost" else None
                changes.append(column_change("closed_reason", literal(kept), as_text))
        else:
            changes.append(column_change("closed_at", null(), as_text))
            changes.append(column_change("closed_reason", null(), as_text))
        return Plan(tuple(changes))


@dataclass(frozen=True)
class SetDueDate:
    due_date: date | None

    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
        due = c.day("due_date", self.due_date)
        c.raise_if_any()
        return Plan((column_change("due_date", literal(due, Date), as_text),))


@dataclass(frozen=True)
class ShiftDueDate:
    days: int

    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
        days = c.integer("days", self.days, minimum=-3650, maximum=3650, required=True)
        c.raise_if_any()
        if days == 0:
            return Plan()
        col = Opportunity.due_date
        if batch.dialect == "sqlite":
            new: Any = func.date(col, f"{days:+d} days")
        else:
            new = col + literal(days)
        return Plan((column_change("due_date", new, as_text),))


@dataclass(frozen=True)
class SetSource:
    source_id: uuid.UUID | None

    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
        ident = c.ident("source_id", self.source_id)
        source = s.get(Source, ident) if ident is not None else None
        if ident is not None and (source is None or not source.active):
            c.fail("source_id", "unknown", "is not an active source")
        c.raise_if_any()
        key = fold(source.name)[:120] if source else ""
        new = literal(ident, Opportunity.source_id.type)
        change = column_change(
            "source_id",
            new,
            lambda e: uuid_text(e, batch.dialect),
            literal(render(ident)),
            source_key=key,
        )
        return Plan((change,))


@dataclass(frozen=True)
class Move:
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID

    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
        pipeline_id = c.ident("pipeline_id", self.pipeline_id, required=True)
        stage_id = c.ident("stage_id", self.stage_id, required=True)
        pipeline = s.get(Pipeline, pipeline_id) if pipeline_id else None
        stage = s.get(Stage, stage_id) if stage_id else None
        if pipeline_id and pipeline is None:
            c.fail("pipeline_id", "unknown", "is not an existing pipeline")
        if stage_id and stage is None:
            c.fail("stage_id", "unknown", "is not an existing stage")
        elif stage is not None and stage.pipeline_id != pipeline_id:
            c.fail("stage_id", "other_pipeline", "must be a stage of the chosen pipeline")
        c.raise_if_any()
        assert pipeline is not None and stage is not None
        return Plan(_move(batch, pipeline, stage))


def _move(batch: Batch, pipeline: Pipeline, stage: Stage) -> tuple[Change, ...]:
    """Pipeline, stage (with a stage change row) and probability, each only where it changes:
    a row already in the pipeline keeps its pipeline index entries, a manual probability its
    probability and weighted amount entries."""
    uuid_type = Opportunity.stage_id.type

    def as_uuid(e: Any) -> Any:
        return uuid_text(e, batch.dialect)

    new_pipeline = literal(pipeline.id, uuid_type)
    new_stage = literal(stage.id, uuid_type)
    default = literal(stage.default_probability)
    probability = Change(
        "probability",
        int_text(Opportunity.probability),
        int_text(default),
        (~Opportunity.probability_is_manual) & (Opportunity.probability != default),
        {"probability": default, "weighted_amount": weighted_expr(default)},
    )
    return (
        column_change(
            "pipeline_id",
            new_pipeline,
            as_uuid,
            literal(str(pipeline.id)),
            pipeline_key=fold(pipeline.name)[:120],
        ),
        Change(
            "stage_id",
            as_uuid(Opportunity.stage_id),
            literal(str(stage.id)),
            Opportunity.stage_id != new_stage,
            {"stage_id": new_stage, "stage_key": stage_key(pipeline.position, stage.position)},
            then=lambda chunk, bit: _stage_changes(chunk, bit, stage.id),
        ),
        probability,
    )


def _stage_changes(chunk: Chunk, bit: int, stage_id: uuid.UUID) -> None:
    uuid_type = Opportunity.stage_id.type
    rows = select(
        new_id(chunk.dialect),
        Opportunity.id,
        Opportunity.stage_id,
        literal(stage_id, uuid_type),
        literal(chunk.actor_id, uuid_type),
        literal(chunk.now, StageChange.changed_at.type),
        literal(chunk.batch.id, uuid_type),
    ).where(chunk.in_chunk(bit=bit))
    chunk.session.execute(insert(StageChange).from_select([*_STAGE_COLUMNS], rows))


@dataclass(frozen=True)
class Delete:
    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
        actor.require("can_bulk")
        if actor.rights.delete_scope == "none":
            actor.require("delete_scope")
        stamp = literal(render(batch.now))
        now = literal(batch.now, Opportunity.deleted_at.type)
        change = Change("deleted", null(), stamp, true(), {"deleted_at": now})
        return Plan((change,), scope="delete")


@dataclass(frozen=True)
class CreateTask:
    title: str
    due_at: datetime
    assignee_id: uuid.UUID | None = None
    notes: str = ""

    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan:
        title = c.text("title", self.title, required=True, max_len=300)
        due = c.moment("due_at", self.due_at, required=True)
        notes = c.text("notes", self.notes, max_len=20_000)
        assignee = (
            _active_user(s, c, "assignee_id", self.assignee_id)
            if self.assignee_id is not None
            else actor.user_id
        )
        c.raise_if_any()
        assert assignee is not None
        values = {"subject": title, "task_due_at": due, "body": notes, "task_assignee_id": assignee}
        # A task only goes where its assignee can open the opportunity; the other rows are
        # reported (BulkReport.unchanged) rather than given a task nobody can see.
        where = true() if assignee == actor.user_id else visible(load_actor(s, assignee))
        return Plan(links=where, run_links=lambda chunk, bit: _tasks(chunk, values), stamp=False)


def _tasks(chunk: Chunk, values: dict[str, Any]) -> int:
    """One task per row of the chunk. The task ids are drawn into the work table first, so
    the history rows come from it too, without looking the new tasks up."""
    t, w = table_of(Activity), chunk.work.c
    chunk.session.execute(
        update(chunk.work).where(chunk.in_range()).values(task_id=new_id(chunk.dialect))
    )
    cols = {
        "id": w.task_id,
        "opportunity_id": w.id,
        "kind": literal("task"),
        "author_id": literal(chunk.actor_id, t.c.author_id.type),
        "occurred_at": literal(chunk.now, t.c.occurred_at.type),
        "task_done": literal(False),
        "version": literal(1),
        "created_at": literal(chunk.now, t.c.created_at.type),
        "updated_at": literal(chunk.now, t.c.updated_at.type),
        "created_by": literal(chunk.actor_id, t.c.created_by.type),
        "updated_by": literal(chunk.actor_id, t.c.updated_by.type),
        **{k: literal(v, t.c[k].type) for k, v in values.items()},
    }
    result = chunk.session.execute(
        insert(t).from_select(list(cols), select(*cols.values()).where(chunk.in_range())),
        execution_options={"preserve_rowcount": True},
    )
    subject = literal(values["subject"])
    chunk.log(
        "task",
        null(),
        subject,
        chunk.in_range(),
        source=chunk.work,
        entity_id=w.task_id,
        entity="activity",
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
