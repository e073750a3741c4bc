"""Companies (clients and prospects) and their contacts."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oppdesk.models.base import Base, SoftDeleteMixin, TrackedMixin


class Company(TrackedMixin, SoftDeleteMixin, Base):
    __tablename__ = "companies"
    __table_args__ = (
        Index("ix_companies_name_id", "name", "id"),
        Index("ix_companies_name_key_id", "name_key", "id"),
    )

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(10), default="prospect", index=True)
    address: Mapped[str | None] = mapped_column(String(500))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(120))
    country: Mapped[str | None] = mapped_column(String(80))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))
    website: Mapped[str | None] = mapped_column(String(300))
    siren: Mapped[str | None] = mapped_column(String(9))

    contacts: Mapped[list[Contact]] = relationship(back_populates="company")


class Contact(TrackedMixin, SoftDeleteMixin, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_last_name_first_name_id", "last_name", "first_name", "id"),
    )

    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    job_title: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))

    company: Mapped[Company] = relationship(back_populates="contacts")
