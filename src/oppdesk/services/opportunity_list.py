"""The opportunity list: filters, sort and pages computed in SQL, never in Python.

The same ``OpportunityQuery`` drives the rows, the count, the totals and (later) bulk
actions, all through :func:`filtered_ids_select`, so they cannot disagree.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from oppdesk.db import Database
from oppdesk.models import (
    Company,
    Contact,
    Opportunity,
    Pipeline,
    SmartTag,
    Source,
    Stage,
    User,
    opportunity_assignees,
    opportunity_tags,
)
from oppdesk.services.errors import ValidationError
from oppdesk.services.opportunity_read import today
from oppdesk.services.privileges import Actor, load_actor, visible

MAX_PAGE = 1000
Owner = aliased(User, name="owner")


@dataclass(frozen=True)
class OpportunityQuery:
    """A filter on the list. Every field is optional; they combine with AND."""

    text: str = ""
    company_id: uuid.UUID | None = None
    pipeline_id: uuid.UUID | None = None
    stage_id: uuid.UUID | None = None
    statuses: tuple[str, ...] = ()  # "late" is accepted: open and due before today
    owner_id: uuid.UUID | None = None
    assignee_id: uuid.UUID | None = None
    source_id: uuid.UUID | None = None
    tag: str | None = None
    due_from: date | None = None
    due_to: date | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None


@dataclass(frozen=True)
class OpportunityRow:
    id: uuid.UUID
    reference: str
    name: str
    company: str
    contact: str | None
    amount: Decimal
    currency: str
    probability: int
    weighted_amount: Decimal
    due_date: date | None
    is_late: bool
    pipeline: str
    stage: str
    status: str
    owner: str
    assignees: tuple[str, ...]
    source: str | None
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class Totals:
    count: int
    amount: Decimal
    weighted_amount: Decimal


SORT_KEYS: dict[str, Any] = {
    "reference": Opportunity.reference,
    "name": Opportunity.name,
    "company": Company.name,
    "contact": Contact.last_name,
    "amount": Opportunity.amount,
    "probability": Opportunity.probability,
    "weighted_amount": Opportunity.weighted_amount,
    "due_date": Opportunity.due_date,
    "pipeline": Pipeline.name,
    "stage": Stage.position,
    "status": Opportunity.status,
    "owner": Owner.display_name,
    "source": Source.name,
    "created_at": Opportunity.created_at,
    "updated_at": Opportunity.updated_at,
}


def _status_filter(statuses: tuple[str, ...], on: date) -> ColumnElement[bool]:
    late = and_(Opportunity.status == "open", Opportunity.due_date < on)
    parts: list[ColumnElement[bool]] = []
    plain = [s for s in statuses if s != "late"]
    if plain:
        parts.append(Opportunity.status.in_(plain))
    if "late" in statuses:
        parts.append(late)
    return or_(*parts)


def _text_filter(text: str) -> ColumnElement[bool]:
    pattern = "%" + text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    company_match = (
        select(Company.id)
        .where(
            Company.id == Opportunity.company_id,
            func.lower(Company.name).like(pattern, escape="\\"),
        )
        .exists()
    )
    return or_(
        func.lower(Opportunity.name).like(pattern, escape="\\"),
        func.lower(Opportunity.reference).like(pattern, escape="\\"),
        company_match,
    )


def conditions(actor: Actor, q: OpportunityQuery) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [visible(actor)]
    if q.text.strip():
        conds.append(_text_filter(q.text.strip()))
    for column, value in (
        (Opportunity.company_id, q.company_id),
        (Opportunity.pipeline_id, q.pipeline_id),
        (Opportunity.stage_id, q.stage_id),
        (Opportunity.owner_id, q.owner_id),
        (Opportunity.source_id, q.source_id),
    ):
        if value is not None:
            conds.append(column == value)
    if q.statuses:
        conds.append(_status_filter(q.statuses, today()))
    if q.assignee_id is not None:
        conds.append(
            select(opportunity_assignees.c.user_id)
            .where(
                opportunity_assignees.c.opportunity_id == Opportunity.id,
                opportunity_assignees.c.user_id == q.assignee_id,
            )
            .exists()
        )
    if q.tag:
        conds.append(
            select(SmartTag.id)
            .join(opportunity_tags)
            .where(opportunity_tags.c.opportunity_id == Opportunity.id, SmartTag.name == q.tag)
            .exists()
        )
    if q.due_from is not None:
        conds.append(Opportunity.due_date >= q.due_from)
    if q.due_to is not None:
        conds.append(Opportunity.due_date <= q.due_to)
    if q.amount_min is not None:
        conds.append(Opportunity.amount >= q.amount_min)
    if q.amount_max is not None:
        conds.append(Opportunity.amount <= q.amount_max)
    return conds


def filtered_ids_select(actor: Actor, q: OpportunityQuery) -> Select[uuid.UUID]:
    return select(Opportunity.id).where(*conditions(actor, q))


def _rows_select(
    actor: Actor, q: OpportunityQuery, sort: str, descending: bool
) -> Select[*tuple[Any, ...]]:
    if sort not in SORT_KEYS:
        raise ValidationError.single("sort", "choice", f"must be one of: {', '.join(SORT_KEYS)}")
    key = SORT_KEYS[sort]
    order = [key.desc(), Opportunity.id.desc()] if descending else [key.asc(), Opportunity.id.asc()]
    return (
        select(
            Opportunity.id,
            Opportunity.reference,
            Opportunity.name,
            Company.name,
            Contact.first_name,
            Contact.last_name,
            Opportunity.amount,
            Opportunity.currency,
            Opportunity.probability,
            Opportunity.weighted_amount,
            Opportunity.due_date,
            Pipeline.name,
            Stage.name,
            Opportunity.status,
            Owner.display_name,
            Source.name,
            Opportunity.created_at,
            Opportunity.updated_at,
        )
        .join(Company, Company.id == Opportunity.company_id)
        .outerjoin(Contact, Contact.id == Opportunity.contact_id)
        .join(Pipeline, Pipeline.id == Opportunity.pipeline_id)
        .join(Stage, Stage.id == Opportunity.stage_id)
        .join(Owner, Owner.id == Opportunity.owner_id)
        .outerjoin(Source, Source.id == Opportunity.source_id)
        .where(*conditions(actor, q))
        .order_by(*order)
    )


def _many(session: Session, ids: list[uuid.UUID]) -> tuple[dict[uuid.UUID, list[str]], ...]:
    assignees: dict[uuid.UUID, list[str]] = defaultdict(list)
    tags: dict[uuid.UUID, list[str]] = defaultdict(list)
    if ids:
        for opp_id, name in session.execute(
            select(opportunity_assignees.c.opportunity_id, User.display_name)
            .join(User, User.id == opportunity_assignees.c.user_id)
            .where(opportunity_assignees.c.opportunity_id.in_(ids))
            .order_by(User.display_name)
        ):
            assignees[opp_id].append(name)
        for opp_id, name in session.execute(
            select(opportunity_tags.c.opportunity_id, SmartTag.name)
            .join(SmartTag, SmartTag.id == opportunity_tags.c.tag_id)
            .where(opportunity_tags.c.opportunity_id.in_(ids))
            .order_by(SmartTag.name)
        ):
            tags[opp_id].append(name)
    return assignees, tags


def list_opportunities(
    db: Database,
    actor_id: uuid.UUID,
    query: OpportunityQuery | None = None,
    *,
    sort: str = "updated_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[OpportunityRow]:
    q = query or OpportunityQuery()
    limit = max(1, min(int(limit), MAX_PAGE))
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        rows = s.execute(
            _rows_select(actor, q, sort, descending).offset(max(0, offset)).limit(limit)
        ).all()
        assignees, tags = _many(s, [r[0] for r in rows])
        on = today()
        return [
            OpportunityRow(
                id=r[0],
                reference=r[1],
                name=r[2],
                company=r[3],
                contact=f"{r[4]} {r[5]}".strip() if r[5] is not None else None,
                amount=r[6],
                currency=r[7],
                probability=r[8],
                weighted_amount=r[9],
                due_date=r[10],
                is_late=r[13] == "open" and r[10] is not None and r[10] < on,
                pipeline=r[11],
                stage=r[12],
                status=r[13],
                owner=r[14],
                assignees=tuple(assignees[r[0]]),
                source=r[15],
                tags=tuple(tags[r[0]]),
                created_at=r[16],
                updated_at=r[17],
            )
            for r in rows
        ]


def opportunity_totals(
    db: Database, actor_id: uuid.UUID, query: OpportunityQuery | None = None
) -> Totals:
    q = query or OpportunityQuery()
    with db.uow() as uow:
        actor = load_actor(uow.session, actor_id)
        count, amount, weighted_sum = uow.session.execute(
            select(
                func.count(),
                func.coalesce(func.sum(Opportunity.amount), 0),
                func.coalesce(func.sum(Opportunity.weighted_amount), 0),
            ).where(*conditions(actor, q))
        ).one()
        return Totals(
            int(count),
            Decimal(amount).quantize(Decimal("0.01")),
            Decimal(weighted_sum).quantize(Decimal("0.01")),
        )
