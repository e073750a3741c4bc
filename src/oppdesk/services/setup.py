"""What a new workspace starts with: profiles, the built-in administrator, a pipeline, sources."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import Pipeline, PrivilegeProfile, Source, Stage, User
from oppdesk.services.errors import AuthenticationError
from oppdesk.services.passwords import verify_password
from oppdesk.services.settings import DEFAULTS, put_setting

ADMIN_LOGIN = "admin"

PROFILES: dict[str, dict[str, object]] = {
    "admin": dict(
        name="Administrateur",
        view_scope="all",
        can_create=True,
        edit_scope="all",
        delete_scope="all",
        can_share=True,
        can_bulk=True,
        can_files=True,
        can_time_tracking=True,
        can_linked_documents=True,
        can_redactor=True,
        can_admin=True,
    ),
    "sales": dict(
        name="Commercial",
        view_scope="shared",
        can_create=True,
        edit_scope="shared",
        delete_scope="own",
        can_share=True,
        can_bulk=True,
        can_files=True,
        can_time_tracking=True,
        can_linked_documents=True,
        can_redactor=True,
        can_admin=False,
    ),
    "read_only": dict(
        name="Lecture seule",
        view_scope="shared",
        can_create=False,
        edit_scope="none",
        delete_scope="none",
        can_share=False,
        can_bulk=False,
        can_files=True,
        can_time_tracking=False,
        can_linked_documents=False,
        can_redactor=False,
        can_admin=False,
    ),
}

DEFAULT_PIPELINE = (
    "Pipeline commercial",
    (
        ("Prospection", 10),
        ("Qualification", 25),
        ("Proposition", 50),
        ("Négociation", 75),
        ("Signature", 90),
    ),
)
DEFAULT_SOURCES = (
    "Site web",
    "Salon",
    "Recommandation",
    "Appel entrant",
    "Campagne emailing",
    "Partenaire",
)


def add_pipeline(
    session: Session,
    name: str,
    stages: tuple[tuple[str, int], ...],
    *,
    position: int,
    is_default: bool = False,
) -> Pipeline:
    pipeline = Pipeline(name=name, position=position, is_default=is_default)
    pipeline.stages = [
        Stage(name=stage, position=i, default_probability=prob)
        for i, (stage, prob) in enumerate(stages)
    ]
    session.add(pipeline)
    return pipeline


def seed_defaults(session: Session) -> uuid.UUID:
    """Fill an empty workspace; returns the built-in administrator's id."""
    profiles = {code: PrivilegeProfile(code=code, **rights) for code, rights in PROFILES.items()}
    session.add_all(profiles.values())
    admin = User(login=ADMIN_LOGIN, display_name="Administrateur", profile=profiles["admin"])
    session.add(admin)
    add_pipeline(session, DEFAULT_PIPELINE[0], DEFAULT_PIPELINE[1], position=0, is_default=True)
    session.add_all(Source(name=name, position=i) for i, name in enumerate(DEFAULT_SOURCES))
    for key in ("reference_pattern", "default_currency", "file_size_limit_mb", "loss_reasons"):
        put_setting(session, key, DEFAULTS[key])
    session.flush()
    return admin.id


def ensure_defaults(db: Database) -> uuid.UUID:
    """Seed the workspace if it has no user yet; returns the built-in administrator's id."""
    with db.uow() as uow:
        s = uow.session
        admin_id = s.scalar(select(User.id).where(User.login == ADMIN_LOGIN))
        if admin_id is None and not s.scalar(select(func.count()).select_from(User)):
            admin_id = seed_defaults(s)
            uow.commit()
        if admin_id is None:
            admin_id = s.scalar(select(User.id).order_by(User.created_at))
        assert admin_id is not None
        return admin_id


@dataclass(frozen=True)
class SignInNeeds:
    """Whether the app must ask who is signing in (more than the built-in administrator)."""

    needs_sign_in: bool
    default_user_id: uuid.UUID


def sign_in_needs(db: Database) -> SignInNeeds:
    """Sign-in is asked once the workspace has several active users and passwords were set
    (an administrator gave them): a single-user or demo workspace opens straight away."""
    with db.uow() as uow:
        s = uow.session
        active = s.scalar(select(func.count()).select_from(User).where(User.active.is_(True))) or 0
        with_password = s.scalar(
            select(func.count())
            .select_from(User)
            .where(User.active.is_(True), User.password_hash.is_not(None))
        )
        admin_id = s.scalar(select(User.id).where(User.login == ADMIN_LOGIN))
        if admin_id is None:
            admin_id = s.scalar(select(User.id).where(User.active.is_(True)).order_by(User.login))
        assert admin_id is not None
        return SignInNeeds(active > 1 and bool(with_password), admin_id)


def authenticate(db: Database, login: str, password: str) -> uuid.UUID:
    with db.uow() as uow:
        user = uow.session.scalar(select(User).where(User.login == login, User.active.is_(True)))
        if user is None or not verify_password(user.password_hash, password):
            raise AuthenticationError()
        return user.id
