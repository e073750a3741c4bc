"""The one place that knows who may do what.

Rights come from the user's privilege profile and are re-read at every service call, so an
administrator's change applies on the user's next action. Record-level rules are SQL
predicates, so lists, counts, bulk actions and exports cannot disagree with single-record
checks.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, false, or_, select, true
from sqlalchemy.orm import Session, joinedload

from oppdesk.models import Opportunity, OpportunityShare, User, opportunity_assignees, user_groups
from oppdesk.services.errors import AuthenticationError, PermissionDenied

SCOPES = ("none", "own", "shared", "all")
DELETE_SCOPES = ("none", "own", "all")

RIGHT_NAMES: dict[str, str] = {
    "view_scope": "view opportunities",
    "can_create": "create opportunities",
    "edit_scope": "edit opportunities",
    "delete_scope": "delete opportunities",
    "can_share": "share opportunities",
    "can_bulk": "run bulk actions",
    "can_files": "see and add files",
    "can_time_tracking": "log time",
    "can_linked_documents": "link sales documents",
    "can_redactor": "write Redactor documents",
    "can_admin": "administer the workspace",
}


@dataclass(frozen=True)
class Rights:
    view_scope: str = "own"
    can_create: bool = False
    edit_scope: str = "none"
    delete_scope: str = "none"
    can_share: bool = False
    can_bulk: bool = False
    can_files: bool = False
    can_time_tracking: bool = False
    can_linked_documents: bool = False
    can_redactor: bool = False
    can_admin: bool = False


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the services see them, loaded fresh for each call."""

    user_id: uuid.UUID
    display_name: str
    group_ids: tuple[uuid.UUID, ...]
    rights: Rights

    def require(self, right: str) -> None:
        if not getattr(self.rights, right):
            raise PermissionDenied(right, RIGHT_NAMES[right])


def load_actor(session: Session, user_id: uuid.UUID) -> Actor:
    user = session.get(User, user_id, options=[joinedload(User.profile)])
    if user is None or not user.active:
        raise AuthenticationError()
    profile = user.profile
    rights = Rights(**{name: getattr(profile, name) for name in Rights.__dataclass_fields__})
    group_ids = tuple(
        session.scalars(select(user_groups.c.group_id).where(user_groups.c.user_id == user_id))
    )
    return Actor(user.id, user.display_name, group_ids, rights)


def _own(actor: Actor) -> ColumnElement[bool]:
    return or_(
        Opportunity.owner_id == actor.user_id,
        exists().where(
            opportunity_assignees.c.opportunity_id == Opportunity.id,
            opportunity_assignees.c.user_id == actor.user_id,
        ),
    )


def _shared(actor: Actor) -> ColumnElement[bool]:
    target = OpportunityShare.user_id == actor.user_id
    if actor.group_ids:
        target = or_(target, OpportunityShare.group_id.in_(actor.group_ids))
    return or_(
        _own(actor),
        exists().where(OpportunityShare.opportunity_id == Opportunity.id, target),
    )


def scope_predicate(scope: str, actor: Actor) -> ColumnElement[bool]:
    if scope == "all":
        return true()
    if scope == "shared":
        return _shared(actor)
    if scope == "own":
        return _own(actor)
    return false()


def visible(actor: Actor, live: ColumnElement[bool] | None = None) -> ColumnElement[bool]:
    """Opportunities ``actor`` may see (soft-deleted ones never). ``live`` replaces the
    live-row test ``deleted_at IS NULL`` by an equivalent one (see opportunity_list)."""
    is_live = Opportunity.deleted_at.is_(None) if live is None else live
    return is_live & scope_predicate(actor.rights.view_scope, actor)


def can_see(session: Session, user_id: uuid.UUID, opportunity_id: uuid.UUID) -> bool:
    """Whether the (active) user ``user_id`` may see the opportunity: a task can only be
    given to someone who can open the record it belongs to."""
    user = load_actor(session, user_id)
    found = session.scalar(
        select(Opportunity.id).where(Opportunity.id == opportunity_id, visible(user))
    )
    return found is not None


def editable(actor: Actor) -> ColumnElement[bool]:
    return visible(actor) & scope_predicate(actor.rights.edit_scope, actor)


def deletable(actor: Actor) -> ColumnElement[bool]:
    return visible(actor) & scope_predicate(actor.rights.delete_scope, actor)


@dataclass(frozen=True)
class RecordRights:
    """What the actor may do on one record — the UI greys out what is False."""

    can_edit: bool
    can_delete: bool
    can_share: bool
    can_duplicate: bool
    can_files: bool
    can_time_tracking: bool
    can_linked_documents: bool
    can_redactor: bool


def record_rights(session: Session, actor: Actor, opportunity_id: uuid.UUID) -> RecordRights:
    row = session.execute(
        select(editable(actor).label("can_edit"), deletable(actor).label("can_delete")).where(
            Opportunity.id == opportunity_id
        )
    ).one()
    can_edit, can_delete = bool(row[0]), bool(row[1])
    r = actor.rights
    return RecordRights(
        can_edit=can_edit,
        can_delete=can_delete,
        can_share=can_edit and r.can_share,
        can_duplicate=r.can_create,
        can_files=r.can_files,
        can_time_tracking=r.can_time_tracking,
        can_linked_documents=r.can_linked_documents,
        can_redactor=r.can_redactor,
    )
