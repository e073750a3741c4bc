"""Actions en masse: one action on every checked opportunity the actor may change.

One transaction, set-based SQL. One pass over the selection copies the rows into a work
table with, per row, whether the actor may change it and which of the action's changes
really apply (a bit mask); the rows to change are then processed in chunks, in table order,
so progress can be reported and a cancel honoured between chunks (cancel = rollback). Per
chunk: history by INSERT … SELECT, then one UPDATE per distinct mask that names only the
columns that change, so no index entry is rewritten for nothing. Rows the actor may not
change are left untouched and counted. Each action lives in :mod:`services.bulk_actions` or
:mod:`services.bulk_links`; :func:`undo_bulk` is in :mod:`services.bulk_undo`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Table
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import utcnow
from oppdesk.services.bulk_actions import (
    CreateTask,
    Delete,
    Move,
    SetDueDate,
    SetSource,
    SetStatus,
    ShiftDueDate,
)
from oppdesk.services.bulk_links import (
    AssignCollaborators,
    ChangeSharing,
    EditTags,
    SetCustomFields,
)
from oppdesk.services.bulk_plan import Plan
from oppdesk.services.bulk_selection import count_selection, fill, selected
from oppdesk.services.bulk_sql import (
    Batch,
    Chunk,
    temp_table,
    work_table,
)
from oppdesk.services.bulk_sqlite import checkpoint_later, defer_checkpoint, sqlite_tuned
from oppdesk.services.bulk_undo import BulkUndoConflict, undo_bulk
from oppdesk.services.errors import UserError
from oppdesk.services.opportunity_list import Selection
from oppdesk.services.privileges import Actor, deletable, editable, load_actor
from oppdesk.services.validation import Checker

__all__ = [
    "AssignCollaborators",
    "BulkAction",
    "BulkCancelled",
    "BulkReport",
    "BulkUndoConflict",
    "ChangeSharing",
    "CreateTask",
    "Delete",
    "EditTags",
    "Move",
    "SetCustomFields",
    "SetDueDate",
    "SetSource",
    "SetStatus",
    "ShiftDueDate",
    "bulk_update",
    "count_selection",
    "undo_bulk",
]

CHUNK_SIZE = 20_000


class BulkAction(Protocol):
    def prepare(self, s: Session, actor: Actor, c: Checker, batch: Batch) -> Plan: ...


@dataclass(frozen=True)
class BulkReport:
    matched: int
    """Checked rows the actor can see."""
    changed: int
    """Rows actually changed (for CreateTask: tasks created)."""
    skipped_no_right: int
    """Matched rows the actor may not change: left untouched."""
    batch_id: uuid.UUID
    unchanged: int = 0
    """Rows the actor may change that the action left as they were: already as asked, or,
    for a task, rows its assignee cannot see (no task is created there)."""


class BulkCancelled(UserError):
    code = "bulk_cancelled"

    def __init__(self) -> None:
        super().__init__("The bulk action was cancelled; nothing was changed.")


@dataclass(frozen=True)
class _Feedback:
    progress: Callable[[int, int], None] | None
    cancelled: Callable[[], bool] | None
    chunk_size: int

    def report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BulkCancelled()


def bulk_update(
    db: Database,
    actor_id: uuid.UUID,
    selection: Selection,
    action: BulkAction,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> BulkReport:
    """Run ``action`` on the selected rows; everything or nothing is written.

    ``progress(done, total)`` counts the rows to change (those the actor may change and the
    action really changes); ``cancelled()`` is asked between chunks."""
    feedback = _Feedback(progress, cancelled, max(1, chunk_size))
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require("can_bulk")
        batch = Batch(uuid.uuid4(), actor.user_id, utcnow(), db.dialect)
        plan = action.prepare(s, actor, Checker(), batch)
        with sqlite_tuned(s, db.dialect):
            work = work_table(batch.id)
            with temp_table(s, db.dialect, work):
                report, deferred = _apply(
                    s, batch, work, plan, actor=actor, selection=selection, feedback=feedback
                )
                if db.dialect != "sqlite":
                    uow.commit()  # PostgreSQL drops the work table at commit
            if db.dialect == "sqlite":
                uow.commit()  # while tuned: dirty pages go straight from the cache to the WAL
    if deferred:
        checkpoint_later(db.url.database)
    return report


def _apply(
    s: Session,
    batch: Batch,
    work: Table,
    plan: Plan,
    *,
    actor: Actor,
    selection: Selection,
    feedback: _Feedback,
) -> tuple[BulkReport, bool]:
    """Fill the work table, then run the plan chunk by chunk; (report, checkpoint deferred)."""
    allowed = deletable(actor) if plan.scope == "delete" else editable(actor)
    where = selected(actor, selection, batch.dialect, scan=True)
    matched, may, total = fill(s, batch.dialect, work, where, allowed=allowed, mask=plan.mask())
    deferred = defer_checkpoint(s, batch.dialect, total)
    changed = 0
    feedback.report(0, total)
    for start in range(0, total, feedback.chunk_size):
        feedback.check()
        last = min(start + feedback.chunk_size, total)
        changed += plan.run(Chunk(s, batch, work, start + 1, last))
        feedback.report(last, total)
    feedback.check()
    return BulkReport(matched, changed, matched - may, batch.id, may - total), deferred
