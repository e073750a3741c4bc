"""The opportunity (deal) and what hangs directly off it: collaborators, shares, tags, fields."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    Column,
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    literal_column,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oppdesk.models.base import (
    Base,
    IdMixin,
    SoftDeleteMixin,
    TrackedMixin,
    partial_index,
    utcnow,
)

if TYPE_CHECKING:
    from oppdesk.models.companies import Company, Contact
    from oppdesk.models.pipelines import Pipeline, Source, Stage
    from oppdesk.models.users import User

STATUSES = ("open", "won", "lost", "cancelled", "closed")
CLOSED_STATUSES = ("won", "lost", "cancelled", "closed")

# Link tables are keyed by their primary key alone on SQLite (WITHOUT ROWID): one B-tree
# less per row to write — a quarter faster to fill (migration 0005).
opportunity_assignees = Table(
    "opportunity_assignees",
    Base.metadata,
    Column("opportunity_id", ForeignKey("opportunities.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True),
    sqlite_with_rowid=False,
)

opportunity_tags = Table(
    "opportunity_tags",
    Base.metadata,
    Column("opportunity_id", ForeignKey("opportunities.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("smart_tags.id", ondelete="CASCADE"), primary_key=True, index=True),
    sqlite_with_rowid=False,
)

# Filters on a related record (and foreign-key checks) use a one-column index: its entries
# already end with the row's key, and dropping the id made them half as wide (migration 0004).
_FK_INDEXES = ("company_id", "contact_id", "pipeline_id", "stage_id", "owner_id", "source_id")
# Every column the list sorts by has a partial index over live rows in the list's order —
# the column, then the tie-break (rowid on SQLite, id on PostgreSQL) — so
# ``WHERE deleted_at IS NULL ORDER BY col, <tie> LIMIT n`` reads n index entries. Names and
# related records sort through maintained, accent- and case-folded keys (``*_key``): one
# single-table index walk for every column, on SQLite and PostgreSQL alike, and a French
# alphabetical order ("École" between "Durand" and "Fabre") that BINARY collation lacks.
SORT_COLUMNS = (
    "name_key",
    "company_key",
    "contact_key",
    "amount",
    "probability",
    "weighted_amount",
    "due_date",
    "pipeline_key",
    "stage_key",
    "status",
    "owner_key",
    "source_key",
    "created_at",
    "updated_at",
)
LIVE_ROWS = "deleted_at IS NULL"
ROWID: ColumnElement[int] = literal_column("opportunities.rowid", Integer)
"""SQLite's row number of an opportunity: the list's tie-break there, and how bulk actions
reach their rows. Stable: the full-text index is keyed by it, and nothing rebuilds the table."""
# Full-text search objects created by migrations, outside the metadata (FTS5 virtual table
# and its shadow tables on SQLite; a pg_trgm GIN index on PostgreSQL).
SEARCH_OBJECT_PREFIXES = ("opportunity_search", "ix_opportunities_search_text_trgm")


class Opportunity(TrackedMixin, SoftDeleteMixin, Base):
    __tablename__ = "opportunities"
    __table_args__ = (
        *(Index(f"ix_opportunities_{col}", col) for col in _FK_INDEXES),
        # One partial index per sortable column, ordered as the list sorts: by the column,
        # ties by row. On SQLite every index entry already ends with the rowid, which is the
        # tie-break there (:data:`ROWID`): (column) alone. On PostgreSQL, (column, id).
        # Naming the 32-character id in SQLite's entries made them 2-3x wider: +500 MB at a
        # million rows, and every bulk delete or move rewrote that much more.
        *(
            partial_index(
                f"ix_opportunities_live_{col}_by_rowid", col, where=LIVE_ROWS, only_on="sqlite"
            )
            for col in SORT_COLUMNS
        ),
        *(
            partial_index(
                f"ix_opportunities_live_{col}", col, "id", where=LIVE_ROWS, only_on="postgresql"
            )
            for col in SORT_COLUMNS
        ),
        partial_index("uq_opportunities_reference_live", "reference", unique=True, where=LIVE_ROWS),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint("probability BETWEEN 0 AND 100", name="probability_range"),
        CheckConstraint(
            "status IN ('open', 'won', 'lost', 'cancelled', 'closed')", name="status_known"
        ),
    )

    # No plain index on deleted_at here (unlike the mixin): SQLite's planner preferred it to
    # the partial sort indexes and sorted a million rows in a temp B-tree (400 ms a page).
    # Every live-row query is served by the partial indexes below instead.
    deleted_at: Mapped[datetime | None] = mapped_column()
    reference: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    amount: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    probability: Mapped[int] = mapped_column(default=0)
    probability_is_manual: Mapped[bool] = mapped_column(default=False)
    weighted_amount: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    due_date: Mapped[date | None]
    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id"))
    stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id"))
    status: Mapped[str] = mapped_column(String(10), default="open")
    brief: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    source_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sources.id"))
    closed_at: Mapped[date | None]
    closed_reason: Mapped[str | None] = mapped_column(String(200))
    # Maintained by the services (see services/sort_keys.py): folded sort keys and the text
    # the search box matches (reference, name, company, contact).
    name_key: Mapped[str] = mapped_column(String(200), default="")
    company_key: Mapped[str] = mapped_column(String(200), default="")
    contact_key: Mapped[str] = mapped_column(String(200), default="")
    owner_key: Mapped[str] = mapped_column(String(120), default="")
    source_key: Mapped[str] = mapped_column(String(120), default="")
    pipeline_key: Mapped[str] = mapped_column(String(120), default="")
    stage_key: Mapped[int] = mapped_column(default=0)
    search_text: Mapped[str] = mapped_column(Text, default="")

    company: Mapped[Company] = relationship("Company", lazy="joined", innerjoin=True)
    contact: Mapped[Contact | None] = relationship("Contact", lazy="joined")
    pipeline: Mapped[Pipeline] = relationship("Pipeline", lazy="joined", innerjoin=True)
    stage: Mapped[Stage] = relationship("Stage", lazy="joined", innerjoin=True)
    owner: Mapped[User] = relationship(
        "User", foreign_keys=[owner_id], lazy="joined", innerjoin=True
    )
    source: Mapped[Source | None] = relationship("Source", lazy="joined")
    assignees: Mapped[list[User]] = relationship(
        "User", secondary=opportunity_assignees, order_by="User.display_name"
    )
    tags: Mapped[list[SmartTag]] = relationship(
        secondary=opportunity_tags, back_populates="opportunities", order_by="SmartTag.name"
    )
    shares: Mapped[list[OpportunityShare]] = relationship(
        back_populates="opportunity", cascade="all, delete-orphan"
    )
    custom_values: Mapped[list[CustomFieldValue]] = relationship(
        back_populates="opportunity", cascade="all, delete-orphan"
    )


class OpportunityShare(IdMixin, Base):
    """The opportunity is shared with exactly one user or one group."""

    __tablename__ = "opportunity_shares"
    __table_args__ = (
        CheckConstraint("(user_id IS NULL) <> (group_id IS NULL)", name="exactly_one_target"),
        Index("ix_opportunity_shares_user_id_opportunity_id", "user_id", "opportunity_id"),
        Index("ix_opportunity_shares_group_id_opportunity_id", "group_id", "opportunity_id"),
    )

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID | None]

    opportunity: Mapped[Opportunity] = relationship(back_populates="shares")


class SmartTag(TrackedMixin, Base):
    __tablename__ = "smart_tags"

    name: Mapped[str] = mapped_column(String(60), unique=True)
    opportunities: Mapped[list[Opportunity]] = relationship(
        secondary=opportunity_tags, back_populates="tags"
    )


CUSTOM_FIELD_TYPES = (
    "text",
    "long_text",
    "number",
    "amount",
    "date",
    "boolean",
    "single_choice",
    "multiple_choice",
    "url",
    "email",
    "phone",
)


class CustomFieldDefinition(TrackedMixin, Base):
    __tablename__ = "custom_field_definitions"

    label: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(String(60), unique=True)
    field_type: Mapped[str] = mapped_column(String(20))
    required: Mapped[bool] = mapped_column(default=False)
    choices: Mapped[list[str]] = mapped_column(default=list)
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class CustomFieldValue(Base):
    """One typed value; exactly the column matching the definition's type is used."""

    __tablename__ = "custom_field_values"
    __table_args__ = (
        Index("ix_custom_field_values_field_id_opportunity_id", "field_id", "opportunity_id"),
        {"sqlite_with_rowid": False},
    )

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), primary_key=True
    )
    field_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("custom_field_definitions.id", ondelete="CASCADE"), primary_key=True
    )
    value_text: Mapped[str | None] = mapped_column(Text)
    value_number: Mapped[Decimal | None] = mapped_column(Numeric(20, 6))
    value_date: Mapped[date | None]
    value_bool: Mapped[bool | None]
    value_list: Mapped[list[str] | None]

    opportunity: Mapped[Opportunity] = relationship(back_populates="custom_values")
    field: Mapped[CustomFieldDefinition] = relationship()
