"""Opportunity use cases: create, read, duplicate, update, delete, move to a stage."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from oppdesk.db import Database
from oppdesk.models import Opportunity, Stage, StageChange, User, utcnow
from oppdesk.services import custom_fields
from oppdesk.services import opportunity_rules as rules
from oppdesk.services.dto import OpportunityDetail
from oppdesk.services.errors import ConflictError, NotFound, ValidationError
from oppdesk.services.history import record_changes
from oppdesk.services.opportunity_read import detail, fetch, today
from oppdesk.services.privileges import Actor, deletable, editable, load_actor
from oppdesk.services.settings import get_setting, next_reference, preview_reference
from oppdesk.services.sort_keys import refresh_opportunity_keys
from oppdesk.services.validation import Checker, reject_unknown

ENTITY = "opportunity"


def get_opportunity(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID
) -> OpportunityDetail:
    with db.uow() as uow:
        actor = load_actor(uow.session, actor_id)
        return detail(uow.session, actor, fetch(uow.session, actor, opportunity_id))


def find_opportunity_by_reference(
    db: Database, actor_id: uuid.UUID, reference: str
) -> OpportunityDetail:
    with db.uow() as uow:
        actor = load_actor(uow.session, actor_id)
        opp_id = uow.session.scalar(
            select(Opportunity.id).where(
                Opportunity.reference == reference, Opportunity.deleted_at.is_(None)
            )
        )
        if opp_id is None:
            raise NotFound(ENTITY, reference)
        return detail(uow.session, actor, fetch(uow.session, actor, opp_id))


def next_reference_preview(db: Database, actor_id: uuid.UUID) -> str:
    """What the creation form pre-fills as Identifiant (taken for real only on save)."""
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        return preview_reference(uow.session)


def _validate(
    session: Session, fields: Mapping[str, Any], current: Opportunity | None
) -> rules.Clean:
    checker = Checker()
    clean = rules.Clean(values=rules.check_scalars(checker, fields, creating=current is None))
    defs = custom_fields.definitions(session)
    if "custom_fields" in fields or current is None:
        existing = custom_fields.current_values(current) if current is not None else None
        clean.custom = custom_fields.check_values(
            checker, defs, fields.get("custom_fields"), existing=existing
        )
    if "tags" in fields:
        clean.tags = rules.check_tags(checker, fields["tags"])
    if not checker.errors:
        rules.resolve(session, checker, clean.values, current)
    checker.raise_if_any()
    return clean


def _record_stage(
    session: Session, opp: Opportunity, from_stage: uuid.UUID | None, actor_id: uuid.UUID
) -> None:
    if from_stage != opp.stage_id:
        session.add(
            StageChange(
                opportunity_id=opp.id,
                from_stage_id=from_stage,
                to_stage_id=opp.stage_id,
                changed_by=actor_id,
                changed_at=utcnow(),
            )
        )


def _insert(session: Session, actor: Actor, clean: rules.Clean) -> Opportunity:
    values = clean.values
    opp = Opportunity(
        reference=values.pop("reference", None) or next_reference(session),
        owner_id=values.pop("owner_id", None) or actor.user_id,
        currency=get_setting(session, "default_currency"),
        status="open",
        brief="",
        amount=0,
        probability=0,
        probability_is_manual=False,
        assignees=[],
        tags=[],
        custom_values=[],
        created_by=actor.user_id,
        updated_by=actor.user_id,
    )
    rules.apply_values(session, opp, values, today=today())
    refresh_opportunity_keys(session, opp)
    defs = custom_fields.definitions(session)
    custom_fields.apply_values(opp, defs, clean.custom)
    rules.set_tags(session, opp, clean.tags or [])
    session.add(opp)
    session.flush()
    _record_stage(session, opp, None, actor.user_id)
    return opp


def create_opportunity(
    db: Database, actor_id: uuid.UUID, fields: Mapping[str, Any]
) -> OpportunityDetail:
    """Create an opportunity. ``fields`` holds any of :data:`rules.CREATE_FIELDS`."""
    reject_unknown(fields, rules.CREATE_FIELDS)
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require("can_create")
        opp = _insert(s, actor, _validate(s, fields, None))
        uow.commit()
        return detail(s, actor, opp)


def duplicate_opportunity(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    overrides: Mapping[str, Any] | None = None,
) -> OpportunityDetail:
    """Copy fields, tags, custom fields and collaborators under a new reference."""
    overrides = dict(overrides or {})
    reject_unknown(overrides, rules.CREATE_FIELDS)
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require("can_create")
        src = fetch(s, actor, opportunity_id, for_update=True)
        defs = custom_fields.definitions(s)
        current = custom_fields.current_values(src)
        fields: dict[str, Any] = {
            "name": src.name,
            "company_id": src.company_id,
            "contact_id": src.contact_id,
            "amount": src.amount,
            "currency": src.currency,
            "due_date": src.due_date,
            "pipeline_id": src.pipeline_id,
            "stage_id": src.stage_id,
            "brief": src.brief,
            "assignee_ids": [u.id for u in src.assignees],
            "source_id": src.source_id,
            "tags": [t.name for t in src.tags],
            "custom_fields": {d.code: current[d.id] for d in defs if d.id in current},
        }
        if src.probability_is_manual:
            fields["probability"] = src.probability
        fields.update(overrides)
        opp = _insert(s, actor, _validate(s, fields, None))
        uow.commit()
        return detail(s, actor, opp)


def _conflict(db: Database, opportunity_id: uuid.UUID) -> ConflictError:
    with db.uow() as uow:
        opp = uow.session.get(Opportunity, opportunity_id)
        if opp is None:
            return ConflictError(
                ENTITY,
                opportunity_id,
                changed_by=None,
                changed_at=None,
                current_version=None,
                current_values={},
            )
        author = uow.session.get(User, opp.updated_by) if opp.updated_by else None
        who = author.display_name if author else None
        values = {
            "name": opp.name,
            "status": opp.status,
            "amount": opp.amount,
            "probability": opp.probability,
            "due_date": opp.due_date,
            "stage": opp.stage.name,
            "reference": opp.reference,
            "deleted": opp.deleted_at is not None,
        }
        return ConflictError(
            ENTITY,
            opportunity_id,
            changed_by=who,
            changed_at=opp.updated_at,
            current_version=opp.version,
            current_values=values,
        )


def _check_version(db: Database, opp: Opportunity, expected_version: int | None) -> None:
    if expected_version is not None and opp.version != expected_version:
        raise _conflict(db, opp.id)


def update_opportunity(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> OpportunityDetail:
    """Edit the fields of the source document's list; ``expected_version`` guards staleness."""
    reject_unknown(changes, rules.EDIT_FIELDS)
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        opp = fetch(
            s, actor, opportunity_id, predicate=editable, right="edit_scope", for_update=True
        )
        _check_version(db, opp, expected_version)
        clean = _validate(s, changes, opp)
        old_stage = opp.stage_id
        history = rules.apply_values(s, opp, clean.values, today=today())
        history += custom_fields.apply_values(opp, custom_fields.definitions(s), clean.custom)
        if not history:
            return detail(s, actor, opp)
        opp.updated_by = actor.user_id
        refresh_opportunity_keys(s, opp)
        try:
            s.flush()
        except StaleDataError:
            s.rollback()
            raise _conflict(db, opportunity_id) from None
        _record_stage(s, opp, old_stage, actor.user_id)
        record_changes(s, ENTITY, opp.id, actor.user_id, history)
        uow.commit()
        return detail(s, actor, opp)


def move_to_stage(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    stage_id: uuid.UUID,
    *,
    expected_version: int | None = None,
) -> OpportunityDetail:
    """Move to ``stage_id`` (possibly of another pipeline); probability follows unless manual."""
    with db.uow() as uow:
        stage = uow.session.get(Stage, stage_id) if isinstance(stage_id, uuid.UUID) else None
        if stage is None:
            raise ValidationError.single("stage_id", "unknown", "is not an existing stage")
        pipeline_id = stage.pipeline_id
    return update_opportunity(
        db,
        actor_id,
        opportunity_id,
        {"pipeline_id": pipeline_id, "stage_id": stage_id},
        expected_version=expected_version,
    )


def delete_opportunity(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    *,
    expected_version: int | None = None,
) -> None:
    """Soft delete: the record disappears from every list; history keeps it."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        opp = fetch(s, actor, opportunity_id, predicate=deletable, right="delete_scope")
        _check_version(db, opp, expected_version)
        opp.deleted_at = utcnow()
        opp.updated_by = actor.user_id
        try:
            s.flush()
        except StaleDataError:
            s.rollback()
            raise _conflict(db, opportunity_id) from None
        record_changes(s, ENTITY, opp.id, actor.user_id, [("deleted", None, opp.deleted_at)])
        uow.commit()
