"""Reading the history back: the stage changes of an opportunity (the Pipeline tab).

``StageChange`` rows are written by :mod:`oppdesk.services.opportunities` whenever the stage
of an opportunity changes (creation included); this module only reads them.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from oppdesk.db import Database
from oppdesk.models import Stage, StageChange, User, utcnow
from oppdesk.services.dto import Ref, StageChangeInfo
from oppdesk.services.opportunity_read import fetch
from oppdesk.services.privileges import load_actor


def stage_history(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    *,
    now: datetime | None = None,
) -> list[StageChangeInfo]:
    """The stage changes of a visible opportunity, oldest first, with the time spent in each
    stage: from a change to the next one, and until ``now`` (default: the current time) for
    the stage the opportunity is still in (``current``)."""
    with db.uow() as uow:
        s = uow.session
        opp = fetch(s, load_actor(s, actor_id), opportunity_id)
        rows = _changes(s, opp.id)
    end_of_last = now if now is not None else utcnow()
    result: list[StageChangeInfo] = []
    for index, (from_id, from_name, to_id, to_name, by_id, by_name, at) in enumerate(rows):
        last = index == len(rows) - 1
        until = end_of_last if last else rows[index + 1][6]
        result.append(
            StageChangeInfo(
                from_stage=Ref(from_id, from_name) if from_id is not None else None,
                to_stage=Ref(to_id, to_name),
                changed_by=Ref(by_id, by_name or "?") if by_id is not None else None,
                changed_at=at,
                duration=max(until - at, timedelta(0)),
                current=last,
            )
        )
    return result


def _changes(s: Session, opportunity_id: uuid.UUID) -> list[tuple[Any, ...]]:
    """(from id, from name, to id, to name, by id, by name, at) in chronological order."""
    source, target = aliased(Stage), aliased(Stage)
    return [
        tuple(row)
        for row in s.execute(
            select(
                StageChange.from_stage_id,
                source.name,
                StageChange.to_stage_id,
                target.name,
                StageChange.changed_by,
                User.display_name,
                StageChange.changed_at,
            )
            .join(target, target.id == StageChange.to_stage_id)
            .outerjoin(source, source.id == StageChange.from_stage_id)
            .outerjoin(User, User.id == StageChange.changed_by)
            .where(StageChange.opportunity_id == opportunity_id)
            .order_by(StageChange.changed_at, StageChange.id)
        )
    ]
