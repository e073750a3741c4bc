"""Actions en masse: one action on every checked opportunity the actor may change.

One transaction, set-based SQL (INSERT … SELECT for history, UPDATE … WHERE id IN …), ids
processed in chunks so progress can be reported and a cancel honoured between chunks
(cancel = rollback). Rows the actor may not change are left untouched and counted.
Each action lives in :mod:`services.bulk_actions` or :mod:`services.bulk_links`;
:func:`undo_bulk` is in :mod:`services.bulk_undo`.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy import ColumnElement, Table, func, insert, select
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import Opportunity, utcnow
from oppdesk.services.bulk_actions import (
    CreateTask,
    Delete,
    Move,
    Plan,
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
from oppdesk.services.bulk_sql import Chunk, big_cache, id_table
from oppdesk.services.bulk_undo import BulkUndoConflict, undo_bulk
from oppdesk.services.errors import UserError
from oppdesk.services.opportunity_list import Selection, selection_ids_select
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
    "undo_bulk",
]

CHUNK_SIZE = 20_000
MAX_BOUND_IDS = 20_000


class BulkAction(Protocol):
    def prepare(self, s: Session, actor: Actor, c: Checker) -> Plan: ...


@dataclass(frozen=True)
class BulkReport:
    matched: int
    """Checked rows the actor can see."""
    changed: int
    """Rows actually changed (for CreateTask: tasks created)."""
    skipped_no_right: int
    """Matched rows the actor may not change: left untouched."""
    batch_id: uuid.UUID


class BulkCancelled(UserError):
    code = "bulk_cancelled"

    def __init__(self) -> None:
        super().__init__("The bulk action was cancelled; nothing was changed.")


def _fill(
    s: Session,
    actor: Actor,
    selection: Selection,
    dialect: str,
    *,
    allowed: ColumnElement[bool],
    table: Table,
) -> tuple[int, int]:
    """Count the selected rows the actor sees; copy the ids of those they may change into
    ``table`` (INSERT … SELECT). Explicit id lists are split so no statement binds more
    than :data:`MAX_BOUND_IDS` ids (SQLite's limit is 32,766 variables)."""
    parts = [selection]
    if not selection.all_matching and len(selection.ids) > MAX_BOUND_IDS:
        ordered = sorted(selection.ids)
        parts = [
            replace(selection, ids=frozenset(ordered[i : i + MAX_BOUND_IDS]))
            for i in range(0, len(ordered), MAX_BOUND_IDS)
        ]
    matched = 0
    for part in parts:
        selected = selection_ids_select(actor, part, dialect)
        matched += int(s.scalar(select(func.count()).select_from(selected.subquery())) or 0)
        rows = selected.where(allowed).order_by(Opportunity.id)
        s.execute(insert(table).from_select(["id"], rows))
    return matched, int(s.scalar(select(func.count()).select_from(table)) or 0)


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
    """Run ``action`` on the selected rows; everything or nothing is written."""
    batch_id = uuid.uuid4()
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require("can_bulk")
        plan = action.prepare(s, actor, Checker())
        allowed = deletable(actor) if plan.scope == "delete" else editable(actor)
        now, changed = utcnow(), 0
        chunk_size = max(1, min(chunk_size, MAX_BOUND_IDS))
        with big_cache(s, db.dialect), id_table(s, db.dialect, batch_id) as table:
            matched, total = _fill(s, actor, selection, db.dialect, allowed=allowed, table=table)
            if progress is not None:
                progress(0, total)
            for start in range(0, total, chunk_size):
                if cancelled is not None and cancelled():
                    raise BulkCancelled()
                last = min(start + chunk_size, total)
                chunk = Chunk(s, actor.user_id, db.dialect, batch_id, now, table, start + 1, last)
                changed += plan.run(chunk)
                if progress is not None:
                    progress(last, total)
            if cancelled is not None and cancelled():
                raise BulkCancelled()
            if db.dialect != "sqlite":
                uow.commit()
        if db.dialect == "sqlite":
            uow.commit()
    return BulkReport(matched, changed, matched - total, batch_id)
