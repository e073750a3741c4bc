"""Reordering and deleting stages (right ``can_admin``): positions and ``stage_key`` stay in
step; a deleted stage's opportunities move to another stage of the pipeline first."""

from __future__ import annotations

import uuid
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import Opportunity, Pipeline, Stage, StageChange
from oppdesk.models.base import utcnow
from oppdesk.services.admin_pipelines import forget_history, get_or_raise, pipeline_info
from oppdesk.services.admin_users import require_admin
from oppdesk.services.dto import PipelineInfo
from oppdesk.services.errors import ValidationError
from oppdesk.services.opportunity_rules import weighted
from oppdesk.services.sort_keys import stage_key
from oppdesk.services.validation import Checker


def reorder_stages(
    db: Database, actor_id: uuid.UUID, pipeline_id: uuid.UUID, stage_ids: Any
) -> PipelineInfo:
    """``stage_ids`` in the new order: every stage of the pipeline, once."""
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        pipeline = get_or_raise(s, Pipeline, pipeline_id, "pipeline")
        c = Checker()
        ids = c.idents("stage_ids", stage_ids) or []
        current = {st.id: st for st in pipeline.stages}
        if not c.errors and (set(ids) != set(current) or len(ids) != len(current)):
            c.fail("stage_ids", "mismatch", "must list every stage of the pipeline once")
        c.raise_if_any()
        for position, ident in enumerate(ids):
            stage = current[ident]
            if stage.position != position:
                stage.position = position
                stage.updated_by = actor_id
                s.execute(
                    update(Opportunity)
                    .where(Opportunity.stage_id == ident)
                    .values(stage_key=stage_key(pipeline.position, position))
                    .execution_options(synchronize_session=False)
                )
        s.flush()
        s.expire(pipeline, ["stages"])
        uow.commit()
        return pipeline_info(pipeline)


def _move_opportunities(
    s: Session, actor_id: uuid.UUID, stage: Stage, target: Stage, pipeline_position: int
) -> None:
    """Set-based move; one StageChange row per opportunity (from: the deleted stage, cleared)."""
    now = utcnow()
    ids = list(s.scalars(select(Opportunity.id).where(Opportunity.stage_id == stage.id)))
    if not ids:
        return
    s.execute(
        insert(StageChange),
        [
            dict(
                id=uuid.uuid4(),
                opportunity_id=ident,
                from_stage_id=None,
                to_stage_id=target.id,
                changed_by=actor_id,
                changed_at=now,
            )
            for ident in ids
        ],
    )
    _follow_probability(s, stage, target)
    s.execute(
        update(Opportunity)
        .where(Opportunity.stage_id == stage.id)
        .values(
            stage_id=target.id,
            stage_key=stage_key(pipeline_position, target.position),
            version=Opportunity.version + 1,
            updated_at=now,
            updated_by=actor_id,
        )
        .execution_options(synchronize_session=False)
    )


def _follow_probability(s: Session, stage: Stage, target: Stage) -> None:
    """Probabilities not set by hand take the target's default (weighted amount follows)."""
    table = cast(Table, Opportunity.__table__)
    rows = s.execute(
        select(Opportunity.id, Opportunity.amount).where(
            Opportunity.stage_id == stage.id, Opportunity.probability_is_manual.is_(False)
        )
    ).all()
    if not rows:
        return
    probability = target.default_probability
    s.execute(
        update(table)
        .where(table.c.id == bindparam("oid"))
        .values(probability=probability, weighted_amount=bindparam("weighted")),
        [{"oid": r.id, "weighted": weighted(r.amount, probability)} for r in rows],
    )


def delete_stage(
    db: Database, actor_id: uuid.UUID, stage_id: uuid.UUID, move_to: uuid.UUID | None = None
) -> int:
    """Delete a stage; its opportunities must first go to ``move_to`` (same pipeline).

    Returns how many opportunities were moved. Refused when the stage holds opportunities
    (deleted ones included) and no target is given, or when it is the pipeline's last stage.
    """
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        stage = get_or_raise(s, Stage, stage_id, "stage")
        pipeline = stage.pipeline
        count = int(s.scalar(select(func.count()).where(Opportunity.stage_id == stage_id)) or 0)
        target = _check_target(s, stage, move_to, count)
        if len(pipeline.stages) == 1:
            raise ValidationError.single("stage", "last", "is the only stage of its pipeline")
        if target is not None:
            _move_opportunities(s, actor_id, stage, target, pipeline.position)
        forget_history(s, stage_id, target.id if target else None)
        pipeline.stages.remove(stage)
        for position, other in enumerate(pipeline.stages):
            if other.position != position:
                other.position = position
                s.execute(
                    update(Opportunity)
                    .where(Opportunity.stage_id == other.id)
                    .values(stage_key=stage_key(pipeline.position, position))
                    .execution_options(synchronize_session=False)
                )
        uow.commit()
        return count


def _check_target(s: Session, stage: Stage, move_to: uuid.UUID | None, count: int) -> Stage | None:
    if move_to is None:
        if count:
            raise ValidationError.single(
                "move_to",
                "required",
                "the stage holds opportunities: choose a stage to move them to",
                count=count,
            )
        return None
    target = s.get(Stage, move_to)
    if target is None or target.pipeline_id != stage.pipeline_id or target.id == stage.id:
        raise ValidationError.single(
            "move_to", "invalid", "must be another stage of the same pipeline"
        )
    return target
