"""What the opportunity record's tabs hold: activities, documents, files, time, history."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, LargeBinary, String, Table, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from oppdesk.models.base import (
    Base,
    IdMixin,
    SoftDeleteMixin,
    TrackedMixin,
    partial_index,
    utcnow,
)

ACTIVITY_KINDS = ("comment", "email", "call", "task", "event")


def batch_index(table: str) -> Index:
    """History rows written by a bulk action carry its batch id (undo finds them by it);
    the far more numerous rows of single edits have none and stay out of the index."""
    return partial_index(f"ix_{table}_batch_id", "batch_id", where="batch_id IS NOT NULL")


EMAIL_STATES = ("draft", "to_send", "sent", "failed")
SALES_DOCUMENT_TYPES = ("quote", "invoice", "order", "delivery_note", "credit_note", "proforma")


class Activity(TrackedMixin, SoftDeleteMixin, Base):
    """One entry of the activity history; the columns of other kinds stay NULL."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_opportunity_id_occurred_at", "opportunity_id", "occurred_at"),
        Index("ix_activities_task_assignee_id_task_done", "task_assignee_id", "task_done"),
    )

    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"))
    kind: Mapped[str] = mapped_column(String(10))
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    # email
    email_to: Mapped[list[str] | None]
    email_cc: Mapped[list[str] | None]
    email_state: Mapped[str | None] = mapped_column(String(10))
    email_error: Mapped[str | None] = mapped_column(Text)
    # call
    call_direction: Mapped[str | None] = mapped_column(String(10))
    call_duration_seconds: Mapped[int | None]
    call_outcome: Mapped[str | None] = mapped_column(String(120))
    # task
    task_due_at: Mapped[datetime | None]
    task_assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    task_done: Mapped[bool | None]
    task_done_at: Mapped[datetime | None]
    # event
    event_start: Mapped[datetime | None]
    event_end: Mapped[datetime | None]
    event_location: Mapped[str | None] = mapped_column(String(300))
    event_attendees: Mapped[list[str] | None]


opportunity_sales_documents = Table(
    "opportunity_sales_documents",
    Base.metadata,
    Column("opportunity_id", ForeignKey("opportunities.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "sales_document_id",
        ForeignKey("sales_documents.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class SalesDocument(TrackedMixin, SoftDeleteMixin, Base):
    __tablename__ = "sales_documents"

    doc_type: Mapped[str] = mapped_column(String(20), index=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    issued_on: Mapped[date]
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    amount: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    title: Mapped[str] = mapped_column(String(200), default="")


class RedactorDocument(TrackedMixin, SoftDeleteMixin, Base):
    __tablename__ = "redactor_documents"

    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    body_html: Mapped[str] = mapped_column(Text, default="")
    template_code: Mapped[str | None] = mapped_column(String(60))
    author_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class FileAttachment(TrackedMixin, SoftDeleteMixin, Base):
    """A file stored in the database itself, so a shared workspace shares it."""

    __tablename__ = "file_attachments"

    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(120))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    uploaded_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))


class TimeEntry(TrackedMixin, SoftDeleteMixin, Base):
    __tablename__ = "time_entries"

    opportunity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("opportunities.id"), index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    work_date: Mapped[date]
    minutes: Mapped[int]
    description: Mapped[str] = mapped_column(Text, default="")


class StageChange(IdMixin, Base):
    __tablename__ = "stage_changes"
    __table_args__ = (
        Index("ix_stage_changes_opportunity_id_changed_at", "opportunity_id", "changed_at"),
        batch_index("stage_changes"),
    )

    opportunity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE")
    )
    from_stage_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stages.id"))
    to_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id"))
    changed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    batch_id: Mapped[uuid.UUID | None]


class ChangeLog(IdMixin, Base):
    """Field-level history written by the services (one row per changed field)."""

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_entity_id_changed_at", "entity_id", "changed_at"),
        batch_index("change_log"),
    )

    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID]
    field: Mapped[str] = mapped_column(String(80))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_by: Mapped[uuid.UUID | None]
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    batch_id: Mapped[uuid.UUID | None]


class WorkspaceSetting(Base):
    """Workspace-wide settings (reference pattern, currency, file size limit…), JSON values."""

    __tablename__ = "workspace_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Counter(Base):
    """Monotonic counters (next opportunity reference number…), bumped atomically in SQL."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)
