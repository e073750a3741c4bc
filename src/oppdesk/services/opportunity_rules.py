"""Validation and business rules shared by creating, editing and duplicating an opportunity."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from oppdesk.models import (
    CLOSED_STATUSES,
    STATUSES,
    Company,
    Contact,
    Opportunity,
    Pipeline,
    SmartTag,
    Source,
    Stage,
    User,
    opportunity_sales_documents,
)
from oppdesk.services.validation import Checker

EDIT_FIELDS = frozenset(
    {
        "name",
        "status",
        "amount",
        "currency",
        "due_date",
        "pipeline_id",
        "stage_id",
        "probability",
        "brief",
        "assignee_ids",
        "reference",
        "source_id",
        "company_id",
        "contact_id",
        "custom_fields",
        "closed_at",
        "closed_reason",
    }
)
CREATE_FIELDS = EDIT_FIELDS | {"owner_id", "tags"}
MAX_TAGS = 50
_SIMPLE_FIELDS = (
    "name",
    "reference",
    "company_id",
    "contact_id",
    "amount",
    "currency",
    "due_date",
    "source_id",
    "brief",
    "owner_id",
    "pipeline_id",
    "stage_id",
)
_NULLABLE = frozenset({"contact_id", "due_date", "source_id"})


@dataclass
class Clean:
    """Validated values; only keys present in the input are set."""

    values: dict[str, Any] = field(default_factory=dict)
    custom: dict[uuid.UUID, Any] = field(default_factory=dict)
    tags: list[str] | None = None


def _readers(checker: Checker, creating: bool) -> dict[str, Callable[[str, Any], Any]]:
    """How each field is read; every reader records its own error and returns None."""
    return {
        "name": lambda f, v: checker.text(f, v, required=True, max_len=200),
        "reference": lambda f, v: checker.text(f, v, required=not creating, max_len=40) or None,
        "company_id": lambda f, v: checker.ident(f, v, required=True),
        "contact_id": checker.ident,
        "amount": lambda f, v: checker.amount(f, v) or Decimal("0.00"),
        "currency": checker.currency,
        "probability": lambda f, v: checker.integer(f, v, minimum=0, maximum=100),
        "due_date": checker.day,
        "pipeline_id": checker.ident,
        "stage_id": checker.ident,
        "source_id": checker.ident,
        "owner_id": checker.ident,
        "status": lambda f, v: checker.choice(f, v, STATUSES),
        "brief": lambda f, v: checker.text(f, v, max_len=20_000),
        "assignee_ids": checker.idents,
        "closed_at": checker.day,
        "closed_reason": lambda f, v: checker.optional_text(f, v, max_len=200),
    }


def check_scalars(checker: Checker, raw: Mapping[str, Any], *, creating: bool) -> dict[str, Any]:
    """Read every given field (and, when creating, the required ones) into clean values."""
    required = ("name", "company_id") if creating else ()
    return {
        name: read(name, raw.get(name))
        for name, read in _readers(checker, creating).items()
        if name in raw or name in required
    }


def check_tags(checker: Checker, raw: Any) -> list[str] | None:
    if raw is None:
        return []
    if isinstance(raw, str) or not isinstance(raw, list | tuple | set | frozenset):
        checker.fail("tags", "type", "must be a list of tag names")
        return None
    names: list[str] = []
    for item in raw:
        name = checker.text("tags", item, required=True, max_len=60)
        if name is None:
            return None
        if name.casefold() not in (n.casefold() for n in names):
            names.append(name)
    if len(names) > MAX_TAGS:
        checker.fail("tags", "too_many", f"at most {MAX_TAGS} tags", max=MAX_TAGS)
        return None
    return names


def _live(session: Session, model: type[Company] | type[Contact], ident: uuid.UUID) -> Any:
    row = cast("Company | Contact | None", session.get(model, ident))
    return None if row is None or row.deleted_at is not None else row


def resolve(
    session: Session, checker: Checker, values: dict[str, Any], current: Opportunity | None
) -> None:
    """Check that referenced records exist and fit together; fills in implied ids."""
    company_id = values.get("company_id", current.company_id if current else None)
    if (
        values.get("company_id") is not None
        and _live(session, Company, values["company_id"]) is None
    ):
        checker.fail("company_id", "unknown", "is not an existing company")
    contact_id = values.get("contact_id", current.contact_id if current else None)
    if contact_id is not None and "company_id" not in checker.errors:
        contact = _live(session, Contact, contact_id)
        if contact is None:
            checker.fail("contact_id", "unknown", "is not an existing contact")
        elif contact.company_id != company_id:
            checker.fail("contact_id", "other_company", "must be a contact of the linked company")
    _resolve_pipeline(session, checker, values, current)
    if (
        current is not None
        and company_id != current.company_id
        and session.scalar(
            select(opportunity_sales_documents.c.sales_document_id)
            .where(opportunity_sales_documents.c.opportunity_id == current.id)
            .limit(1)
        )
    ):
        checker.fail(
            "company_id",
            "linked_documents",
            "cannot change while sales documents of the current company are linked; "
            "unlink them first",
        )
    _resolve_people_and_source(session, checker, values)
    _check_reference_free(session, checker, values, current)


def _resolve_people_and_source(session: Session, checker: Checker, values: dict[str, Any]) -> None:
    if values.get("source_id") is not None:
        src = session.get(Source, values["source_id"])
        if src is None or not src.active:
            checker.fail("source_id", "unknown", "is not an active source")
    if values.get("owner_id") is not None:
        owner = session.get(User, values["owner_id"])
        if owner is None or not owner.active:
            checker.fail("owner_id", "unknown", "is not an active user")
    for user_id in values.get("assignee_ids") or []:
        user = session.get(User, user_id)
        if user is None or not user.active:
            checker.fail("assignee_ids", "unknown", "contains someone who is not an active user")
            break


def _check_reference_free(
    session: Session, checker: Checker, values: dict[str, Any], current: Opportunity | None
) -> None:
    reference = values.get("reference")
    if reference and (current is None or reference != current.reference):
        taken = session.scalar(
            select(Opportunity.id).where(
                Opportunity.reference == reference, Opportunity.deleted_at.is_(None)
            )
        )
        if taken is not None:
            checker.fail("reference", "duplicate", "is already used by another opportunity")


def _default_pipeline(
    session: Session, checker: Checker, values: dict[str, Any], *, creating: bool
) -> None:
    """No pipeline or stage given: a new record starts in the default pipeline's first stage."""
    values.pop("pipeline_id", None)
    values.pop("stage_id", None)
    if not creating:
        return
    default = session.scalar(
        select(Pipeline).order_by(Pipeline.is_default.desc(), Pipeline.position)
    )
    if default is None or not default.stages:
        checker.fail("pipeline_id", "required", "the workspace has no pipeline")
        return
    values["pipeline_id"], values["stage_id"] = default.id, default.stages[0].id


def _resolve_pipeline(
    session: Session, checker: Checker, values: dict[str, Any], current: Opportunity | None
) -> None:
    if "pipeline_id" in checker.errors or "stage_id" in checker.errors:
        return
    pipeline_id = values.get("pipeline_id")
    stage_id = values.get("stage_id")
    if pipeline_id is None and stage_id is None:
        _default_pipeline(session, checker, values, creating=current is None)
        return
    stage = session.get(Stage, stage_id) if stage_id is not None else None
    if stage_id is not None and stage is None:
        checker.fail("stage_id", "unknown", "is not an existing stage")
        return
    if pipeline_id is None:
        pipeline_id = stage.pipeline_id if stage else None
    pipeline = session.get(Pipeline, pipeline_id)
    if pipeline is None:
        checker.fail("pipeline_id", "unknown", "is not an existing pipeline")
        return
    if stage is None:
        if current is not None and current.pipeline_id == pipeline.id:
            stage = current.stage
        elif pipeline.stages:
            stage = pipeline.stages[0]
        else:
            checker.fail("stage_id", "required", "the pipeline has no stage")
            return
    if stage.pipeline_id != pipeline.id:
        checker.fail("stage_id", "other_pipeline", "must be a stage of the chosen pipeline")
        return
    values["pipeline_id"], values["stage_id"] = pipeline.id, stage.id


def weighted(amount: Decimal, probability: int) -> Decimal:
    return (amount * probability / Decimal(100)).quantize(Decimal("0.01"))


def apply_values(
    session: Session, opp: Opportunity, values: dict[str, Any], *, today: date
) -> list[tuple[str, Any, Any]]:
    """Set validated ``values`` on ``opp`` and apply the rules that follow from them."""
    changes: list[tuple[str, Any, Any]] = []

    def put(name: str, value: Any) -> None:
        old = getattr(opp, name, None)
        if old != value:
            setattr(opp, name, value)
            changes.append((name, old, value))

    for name in _SIMPLE_FIELDS:
        if name in values and (values[name] is not None or name in _NULLABLE):
            put(name, values[name])
    if "probability" in values:
        if values["probability"] is None:
            opp.probability_is_manual = False
        else:
            opp.probability_is_manual = True
            put("probability", values["probability"])
    if not opp.probability_is_manual and opp.stage_id is not None:
        put("probability", session.get(Stage, opp.stage_id).default_probability)  # type: ignore[union-attr]
    _apply_status(opp, values, today, put)
    if "assignee_ids" in values and values["assignee_ids"] is not None:
        old_ids = [u.id for u in opp.assignees]
        if set(old_ids) != set(values["assignee_ids"]):
            opp.assignees = [session.get_one(User, uid) for uid in values["assignee_ids"]]
            changes.append(("assignee_ids", old_ids, values["assignee_ids"]))
    opp.weighted_amount = weighted(opp.amount or Decimal(0), opp.probability or 0)
    return changes


def _apply_status(opp: Opportunity, values: dict[str, Any], today: date, put: Any) -> None:
    if "status" in values and values["status"] is not None:
        put("status", values["status"])
    status = opp.status or "open"
    if status in CLOSED_STATUSES:
        closed_at = values.get("closed_at") or opp.closed_at or today
        put("closed_at", closed_at)
        if "closed_reason" in values:
            put("closed_reason", values["closed_reason"] if status == "lost" else None)
    else:
        put("closed_at", None)
        put("closed_reason", None)


def set_tags(session: Session, opp: Opportunity, names: list[str]) -> list[tuple[str, Any, Any]]:
    old = [t.name for t in opp.tags]
    tags: list[SmartTag] = []
    for name in names:
        tag = session.scalar(select(SmartTag).where(SmartTag.name == name))
        if tag is None:
            tag = SmartTag(name=name)
            session.add(tag)
        tags.append(tag)
    opp.tags = tags
    return [("tags", old, names)] if set(old) != set(names) else []
