"""Administration of pipelines, stages and sources (right ``can_admin``).

Renames and reorders keep the opportunities' maintained sort keys (``pipeline_key``,
``stage_key``, ``source_key``) in step with set-based UPDATEs.
"""

from __future__ import annotations

import uuid
from typing import Any, TypeVar

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import Opportunity, Pipeline, Stage, StageChange
from oppdesk.services.admin_users import require_admin
from oppdesk.services.dto import PipelineInfo, StageInfo
from oppdesk.services.errors import NotFound, ValidationError
from oppdesk.services.sort_keys import fold
from oppdesk.services.validation import Checker

_T = TypeVar("_T")


def clean_name(value: Any, max_len: int = 120) -> str:
    c = Checker()
    clean = c.text("name", value, required=True, max_len=max_len)
    c.raise_if_any()
    assert clean is not None
    return clean


def duplicate_name() -> ValidationError:
    return ValidationError.single("name", "duplicate", "is already used")


def pipeline_info(p: Pipeline) -> PipelineInfo:
    stages = tuple(StageInfo(s.id, s.name, s.position, s.default_probability) for s in p.stages)
    return PipelineInfo(p.id, p.name, p.position, p.is_default, stages)


def get_or_raise(s: Session, cls: type[_T], ident: uuid.UUID, entity: str) -> _T:
    row = s.get(cls, ident)
    if row is None:
        raise NotFound(entity, ident)
    return row


def create_pipeline(db: Database, actor_id: uuid.UUID, name: Any) -> PipelineInfo:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        clean = clean_name(name)
        if s.scalar(select(Pipeline.id).where(Pipeline.name == clean)):
            raise duplicate_name()
        position = (s.scalar(select(func.max(Pipeline.position))) or 0) + 1
        pipeline = Pipeline(name=clean, position=position, created_by=actor_id)
        s.add(pipeline)
        s.flush()
        uow.commit()
        return pipeline_info(pipeline)


def rename_pipeline(
    db: Database, actor_id: uuid.UUID, pipeline_id: uuid.UUID, name: Any
) -> PipelineInfo:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        pipeline = get_or_raise(s, Pipeline, pipeline_id, "pipeline")
        clean = clean_name(name)
        if s.scalar(select(Pipeline.id).where(Pipeline.name == clean, Pipeline.id != pipeline_id)):
            raise duplicate_name()
        pipeline.name = clean
        pipeline.updated_by = actor_id
        s.execute(
            update(Opportunity)
            .where(Opportunity.pipeline_id == pipeline_id)
            .values(pipeline_key=fold(clean)[:120])
            .execution_options(synchronize_session=False)
        )
        uow.commit()
        return pipeline_info(pipeline)


def set_default_pipeline(db: Database, actor_id: uuid.UUID, pipeline_id: uuid.UUID) -> None:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        for pipeline in s.scalars(select(Pipeline)):
            pipeline.is_default = pipeline.id == pipeline_id
        get_or_raise(s, Pipeline, pipeline_id, "pipeline")
        uow.commit()


def delete_pipeline(db: Database, actor_id: uuid.UUID, pipeline_id: uuid.UUID) -> None:
    """Only a pipeline without opportunities (deleted ones included), never the last one."""
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        pipeline = get_or_raise(s, Pipeline, pipeline_id, "pipeline")
        if s.scalar(select(Opportunity.id).where(Opportunity.pipeline_id == pipeline_id).limit(1)):
            raise ValidationError.single(
                "pipeline", "not_empty", "still has opportunities; move them first"
            )
        others = list(s.scalars(select(Pipeline).where(Pipeline.id != pipeline_id)))
        if not others:
            raise ValidationError.single("pipeline", "last", "is the only pipeline")
        for stage in pipeline.stages:
            forget_history(s, stage.id, None)
        if pipeline.is_default:
            min(others, key=lambda p: p.position).is_default = True
        s.delete(pipeline)
        uow.commit()


def _check_probability(value: Any) -> int:
    c = Checker()
    prob = c.integer("default_probability", value, minimum=0, maximum=100, required=True)
    c.raise_if_any()
    assert prob is not None
    return prob


def add_stage(
    db: Database, actor_id: uuid.UUID, pipeline_id: uuid.UUID, name: Any, default_probability: Any
) -> StageInfo:
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        pipeline = get_or_raise(s, Pipeline, pipeline_id, "pipeline")
        c = Checker()
        clean = c.text("name", name, required=True, max_len=120)
        prob = c.integer("default_probability", default_probability, minimum=0, maximum=100)
        if prob is None and "default_probability" not in c.errors:
            c.fail("default_probability", "required", "is required")
        if clean and any(st.name == clean for st in pipeline.stages):
            c.fail("name", "duplicate", "is already used")
        c.raise_if_any()
        position = max((st.position for st in pipeline.stages), default=-1) + 1
        stage = Stage(name=clean, position=position, default_probability=prob, created_by=actor_id)
        pipeline.stages.append(stage)
        s.flush()
        uow.commit()
        return StageInfo(stage.id, stage.name, stage.position, stage.default_probability)


def update_stage(
    db: Database,
    actor_id: uuid.UUID,
    stage_id: uuid.UUID,
    *,
    name: Any = None,
    default_probability: Any = None,
) -> StageInfo:
    """Rename and/or change the default probability (``None`` keeps the value)."""
    with db.uow() as uow:
        s = uow.session
        require_admin(s, actor_id)
        stage = get_or_raise(s, Stage, stage_id, "stage")
        if name is not None:
            clean = clean_name(name)
            taken = select(Stage.id).where(
                Stage.pipeline_id == stage.pipeline_id, Stage.name == clean, Stage.id != stage_id
            )
            if s.scalar(taken):
                raise duplicate_name()
            stage.name = clean
        if default_probability is not None:
            stage.default_probability = _check_probability(default_probability)
        stage.updated_by = actor_id
        uow.commit()
        return StageInfo(stage.id, stage.name, stage.position, stage.default_probability)


def forget_history(s: Session, stage_id: uuid.UUID, target: uuid.UUID | None) -> None:
    """Stage history pointing at a stage about to go: re-pointed to ``target`` or dropped."""
    s.execute(
        update(StageChange)
        .where(StageChange.from_stage_id == stage_id)
        .values(from_stage_id=target)
    )
    if target is None:
        s.execute(delete(StageChange).where(StageChange.to_stage_id == stage_id))
    else:
        s.execute(
            update(StageChange)
            .where(StageChange.to_stage_id == stage_id)
            .values(to_stage_id=target)
        )
