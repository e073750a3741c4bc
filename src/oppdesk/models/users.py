"""Users, groups of collaborators and privilege profiles."""

from __future__ import annotations

import uuid

from sqlalchemy import Column, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oppdesk.models.base import Base, TrackedMixin

user_groups = Table(
    "user_groups",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class PrivilegeProfile(TrackedMixin, Base):
    """A named set of rights. Scopes are ``none``/``own``/``shared``/``all`` strings."""

    __tablename__ = "privilege_profiles"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    view_scope: Mapped[str] = mapped_column(String(10), default="own")
    can_create: Mapped[bool] = mapped_column(default=False)
    edit_scope: Mapped[str] = mapped_column(String(10), default="none")
    delete_scope: Mapped[str] = mapped_column(String(10), default="none")
    can_share: Mapped[bool] = mapped_column(default=False)
    can_bulk: Mapped[bool] = mapped_column(default=False)
    can_files: Mapped[bool] = mapped_column(default=False)
    can_time_tracking: Mapped[bool] = mapped_column(default=False)
    can_linked_documents: Mapped[bool] = mapped_column(default=False)
    can_redactor: Mapped[bool] = mapped_column(default=False)
    can_admin: Mapped[bool] = mapped_column(default=False)

    users: Mapped[list[User]] = relationship(back_populates="profile")


class Group(TrackedMixin, Base):
    __tablename__ = "groups"

    name: Mapped[str] = mapped_column(String(100), unique=True)
    members: Mapped[list[User]] = relationship(secondary=user_groups, back_populates="groups")


class User(TrackedMixin, Base):
    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(default=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    profile_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("privilege_profiles.id"), index=True)

    profile: Mapped[PrivilegeProfile] = relationship(back_populates="users")
    groups: Mapped[list[Group]] = relationship(secondary=user_groups, back_populates="members")
