"""Reading one opportunity: access checks and the detail DTO."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, selectinload

from oppdesk.models import Group, Opportunity, User
from oppdesk.services import custom_fields
from oppdesk.services.dto import OpportunityDetail, Ref, Share
from oppdesk.services.errors import NotFound, PermissionDenied
from oppdesk.services.privileges import Actor, record_rights, visible


def today() -> date:
    return date.today()


def fetch(
    session: Session,
    actor: Actor,
    opportunity_id: uuid.UUID,
    *,
    predicate: Callable[[Actor], ColumnElement[bool]] = visible,
    right: str = "view_scope",
    for_update: bool = False,
) -> Opportunity:
    """The live opportunity if ``predicate`` allows it; else ``NotFound``/``PermissionDenied``.

    A record the actor cannot even see is reported as not found, so its existence leaks no
    more than a wrong id would.
    """
    if not isinstance(opportunity_id, uuid.UUID):
        raise NotFound("opportunity", opportunity_id)
    query = select(Opportunity).where(Opportunity.id == opportunity_id, predicate(actor))
    if for_update:
        query = query.options(
            selectinload(Opportunity.assignees),
            selectinload(Opportunity.tags),
            selectinload(Opportunity.custom_values),
        )
    opp = session.scalar(query)
    if opp is not None:
        return opp
    if predicate is not visible and session.scalar(
        select(Opportunity.id).where(Opportunity.id == opportunity_id, visible(actor))
    ):
        from oppdesk.services.privileges import RIGHT_NAMES  # noqa: PLC0415

        raise PermissionDenied(
            right, RIGHT_NAMES[right].replace("opportunities", "this opportunity")
        )
    raise NotFound("opportunity", opportunity_id)


def _user_ref(session: Session, user_id: uuid.UUID | None) -> Ref | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    return Ref(user_id, user.display_name if user else "?")


def _share_dto(session: Session, share: object) -> Share:
    user_id = getattr(share, "user_id", None)
    if user_id is not None:
        user = session.get_one(User, user_id)
        return Share(share.id, "user", Ref(user.id, user.display_name))  # type: ignore[attr-defined]
    group = session.get_one(Group, share.group_id)  # type: ignore[attr-defined]
    return Share(share.id, "group", Ref(group.id, group.name))  # type: ignore[attr-defined]


def detail(session: Session, actor: Actor, opp: Opportunity) -> OpportunityDetail:
    """The detail DTO, reloaded from the database so relationships match the ids just set."""
    session.expire(opp)
    defs = custom_fields.definitions(session)
    contact = opp.contact
    return OpportunityDetail(
        id=opp.id,
        version=opp.version,
        reference=opp.reference,
        name=opp.name,
        company=Ref(opp.company.id, opp.company.name),
        company_kind=opp.company.kind,
        contact=Ref(contact.id, f"{contact.first_name} {contact.last_name}".strip())
        if contact
        else None,
        amount=opp.amount,
        currency=opp.currency,
        probability=opp.probability,
        probability_is_manual=opp.probability_is_manual,
        weighted_amount=opp.weighted_amount,
        due_date=opp.due_date,
        pipeline=Ref(opp.pipeline.id, opp.pipeline.name),
        stage=Ref(opp.stage.id, opp.stage.name),
        status=opp.status,
        is_late=opp.status == "open" and opp.due_date is not None and opp.due_date < today(),
        brief=opp.brief,
        owner=Ref(opp.owner.id, opp.owner.display_name),
        assignees=tuple(Ref(u.id, u.display_name) for u in opp.assignees),
        source=Ref(opp.source.id, opp.source.name) if opp.source else None,
        tags=tuple(t.name for t in opp.tags),
        custom_fields=custom_fields.values_of(opp, defs),
        shares=tuple(_share_dto(session, s) for s in opp.shares),
        closed_at=opp.closed_at,
        closed_reason=opp.closed_reason,
        created_at=opp.created_at,
        updated_at=opp.updated_at,
        created_by=_user_ref(session, opp.created_by),
        updated_by=_user_ref(session, opp.updated_by),
        rights=record_rights(session, actor, opp.id),
    )
