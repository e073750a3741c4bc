"""The bulk actions of the list (Actions en masse): what each one asks for, how it is
checked, and the set-based SQL it runs on one chunk of ids (see :mod:`services.bulk`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, case, func, insert, literal, null, select
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
from oppdesk.services.bulk_sql import (
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
from oppdesk.services.privileges import Actor
from oppdesk.services.sort_keys import fold, stage_key
from oppdesk.services.validation import Checker

Runner = Callable[[Chunk], int]
_STAGE_COLUMNS = (
    "id",
    "opportunity_id",
    "from_stage_id",
    "to_stage_id",
    "changed_by",
    "changed_at",
    "batch_id",
)


@dataclass(frozen=True)
class Plan:
    """A checked action: which rows it may touch and what it does to one chunk."""

    run: Runner
    scope: str = "edit"  # "edit" → editable rows; "delete" → deletable rows


def scalar_change(
    chunk: Chunk, changes: list[tuple[str, Any, Any, Callable[[Any], Any]]], extra: dict[str, Any]
) -> int:
    """Log then set plain columns: ``(column name, new expression, text of new, to_text)``."""
    for name, new, new_text, to_text in changes:
        column = getattr(Opportunity, name)
        chunk.log(
            name,
            to_text(column),
            new_text,
            Opportunity,
            chunk.in_chunk(),
            column.is_distinct_from(new),
        )
    values = {name: new for name, new, _, _ in changes}
    return chunk.stamp_changed({**values, **extra})


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

    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
        status = c.choice("status", self.status, STATUSES)
        closed_at = c.day("closed_at", self.closed_at)
        reason = c.optional_text("closed_reason", self.closed_reason, max_len=200)
        c.raise_if_any()
        on = today()

        def run(chunk: Chunk) -> int:
            changes: list[tuple[str, Any, Any, Callable[[Any], Any]]] = [
                ("status", literal(status), literal(status), as_text)
            ]
            if status in CLOSED_STATUSES:
                when = literal(closed_at, Date) if closed_at else None
                new_closed = func.coalesce(when, Opportunity.closed_at, literal(on, Date))
                changes.append(("closed_at", new_closed, as_text(new_closed), as_text))
                if self.closed_reason is not None:
                    kept = reason if status == "lost" else None
                    changes.append(("closed_reason", literal(kept), literal(kept), as_text))
            else:
                changes.append(("closed_at", null(), null(), as_text))
                changes.append(("closed_reason", null(), null(), as_text))
            return scalar_change(chunk, changes, {})

        return Plan(run)


@dataclass(frozen=True)
class SetDueDate:
    due_date: date | None

    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
        due = c.day("due_date", self.due_date)
        c.raise_if_any()

        def run(chunk: Chunk) -> int:
            new = literal(due, Date)
            return scalar_change(chunk, [("due_date", new, as_text(new), as_text)], {})

        return Plan(run)


@dataclass(frozen=True)
class ShiftDueDate:
    days: int

    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
        days = c.integer("days", self.days, minimum=-3650, maximum=3650, required=True)
        c.raise_if_any()
        if days == 0:
            return Plan(lambda chunk: 0)

        def run(chunk: Chunk) -> int:
            col = Opportunity.due_date
            if chunk.dialect == "sqlite":
                new: Any = func.date(col, f"{days:+d} days")
            else:
                new = col + literal(days)
            return scalar_change(chunk, [("due_date", new, as_text(new), as_text)], {})

        return Plan(run)


@dataclass(frozen=True)
class SetSource:
    source_id: uuid.UUID | None

    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
        ident = c.ident("source_id", self.source_id)
        source = s.get(Source, ident) if ident is not None else None
        if ident is not None and (source is None or not source.active):
            c.fail("source_id", "unknown", "is not an active source")
        c.raise_if_any()
        key = fold(source.name)[:120] if source else ""

        def run(chunk: Chunk) -> int:
            new = literal(ident, Opportunity.source_id.type)
            text = literal(render(ident))
            change = ("source_id", new, text, lambda e: uuid_text(e, chunk.dialect))
            return scalar_change(chunk, [change], {"source_key": key})

        return Plan(run)


@dataclass(frozen=True)
class Move:
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID

    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
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
        extra_keys = {
            "pipeline_key": fold(pipeline.name)[:120],
            "stage_key": stage_key(pipeline.position, stage.position),
        }
        return Plan(lambda chunk: _move(chunk, pipeline, stage, extra_keys))


def _move(chunk: Chunk, pipeline: Pipeline, stage: Stage, keys: dict[str, Any]) -> int:
    d = chunk.dialect
    uuid_type = Opportunity.stage_id.type
    chunk.session.execute(
        insert(StageChange).from_select(
            [*_STAGE_COLUMNS],
            select(
                new_id(d),
                Opportunity.id,
                Opportunity.stage_id,
                literal(stage.id, uuid_type),
                literal(chunk.actor_id, uuid_type),
                literal(chunk.now, StageChange.changed_at.type),
                literal(chunk.batch_id, uuid_type),
            ).where(chunk.in_chunk(), Opportunity.stage_id != stage.id),
        )
    )
    probability = case(
        (Opportunity.probability_is_manual, Opportunity.probability),
        else_=literal(stage.default_probability),
    )
    changes: list[tuple[str, Any, Any, Callable[[Any], Any]]] = [
        ("pipeline_id", literal(pipeline.id, uuid_type), literal(str(pipeline.id)), _u(d)),
        ("stage_id", literal(stage.id, uuid_type), literal(str(stage.id)), _u(d)),
        ("probability", probability, int_text(probability), int_text),
    ]
    return scalar_change(chunk, changes, {**keys, "weighted_amount": weighted_expr(probability)})


def _u(dialect: str) -> Callable[[Any], Any]:
    return lambda e: uuid_text(e, dialect)


@dataclass(frozen=True)
class Delete:
    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
        actor.require("can_bulk")
        if actor.rights.delete_scope == "none":
            actor.require("delete_scope")

        def run(chunk: Chunk) -> int:
            stamp = literal(render(chunk.now))
            chunk.log("deleted", null(), stamp, Opportunity, chunk.in_chunk())
            return chunk.stamp_changed({"deleted_at": chunk.now})

        return Plan(run, scope="delete")


@dataclass(frozen=True)
class CreateTask:
    title: str
    due_at: datetime
    assignee_id: uuid.UUID | None = None
    notes: str = ""

    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan:
        title = c.text("title", self.title, required=True, max_len=300)
        due = c.moment("due_at", self.due_at, required=True)
        notes = c.text("notes", self.notes, max_len=20_000)
        assignee = (
            _active_user(s, c, "assignee_id", self.assignee_id)
            if self.assignee_id is not None
            else actor.user_id
        )
        c.raise_if_any()
        values = {"subject": title, "task_due_at": due, "body": notes, "task_assignee_id": assignee}
        return Plan(lambda chunk: _tasks(chunk, values))


def _tasks(chunk: Chunk, values: dict[str, Any]) -> int:
    t = table_of(Activity)
    cols = {
        "id": new_id(chunk.dialect),
        "opportunity_id": Opportunity.id,
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
        insert(t).from_select(list(cols), select(*cols.values()).where(chunk.in_chunk())),
        execution_options={"preserve_rowcount": True},
    )
    created = int(result.rowcount)  # type: ignore[attr-defined]
    task_ids = select(Activity.id).where(
        chunk.in_chunk(Activity.opportunity_id),
        Activity.kind == "task",
        Activity.created_at == literal(chunk.now, t.c.created_at.type),
        Activity.author_id == chunk.actor_id,
    )
    chunk.log(
        "task",
        null(),
        literal(values["subject"]),
        Activity,
        Activity.id.in_(task_ids),
        entity_id=Activity.id,
        entity="activity",
    )
    return created
