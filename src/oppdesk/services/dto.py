"""Frozen data transfer objects: what services return. Never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from oppdesk.services.privileges import RecordRights


@dataclass(frozen=True)
class Ref:
    """A related record by id with the name to show for it."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class CustomFieldDef:
    id: uuid.UUID
    code: str
    label: str
    field_type: str
    required: bool
    choices: tuple[str, ...]
    position: int
    active: bool


@dataclass(frozen=True)
class CustomValue:
    code: str
    label: str
    field_type: str
    value: Any


@dataclass(frozen=True)
class Share:
    id: uuid.UUID
    kind: str  # "user" | "group"
    target: Ref


@dataclass(frozen=True)
class OpportunityDetail:
    id: uuid.UUID
    version: int
    reference: str
    name: str
    company: Ref
    company_kind: str
    contact: Ref | None
    amount: Decimal
    currency: str
    probability: int
    probability_is_manual: bool
    weighted_amount: Decimal
    due_date: date | None
    pipeline: Ref
    stage: Ref
    status: str
    is_late: bool
    brief: str
    owner: Ref
    assignees: tuple[Ref, ...]
    source: Ref | None
    tags: tuple[str, ...]
    custom_fields: tuple[CustomValue, ...]
    shares: tuple[Share, ...]
    closed_at: date | None
    closed_reason: str | None
    created_at: datetime
    updated_at: datetime
    created_by: Ref | None
    updated_by: Ref | None
    rights: RecordRights

    @property
    def display_status(self) -> str:
        return "late" if self.is_late else self.status


@dataclass(frozen=True)
class StageInfo:
    id: uuid.UUID
    name: str
    position: int
    default_probability: int


@dataclass(frozen=True)
class PipelineInfo:
    id: uuid.UUID
    name: str
    position: int
    is_default: bool
    stages: tuple[StageInfo, ...]


@dataclass(frozen=True)
class CompanyInfo:
    id: uuid.UUID
    version: int
    name: str
    kind: str
    address: str | None
    postal_code: str | None
    city: str | None
    country: str | None
    phone: str | None
    email: str | None
    website: str | None
    siren: str | None


@dataclass(frozen=True)
class ContactInfo:
    id: uuid.UUID
    version: int
    company_id: uuid.UUID
    first_name: str
    last_name: str
    job_title: str | None
    email: str | None
    phone: str | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class UserInfo:
    id: uuid.UUID
    login: str
    display_name: str
    email: str | None
    active: bool
    profile: Ref
    groups: tuple[Ref, ...]


@dataclass(frozen=True)
class StageChangeInfo:
    from_stage: Ref | None
    to_stage: Ref
    changed_by: Ref | None
    changed_at: datetime
    duration: timedelta | None = None
    """Time spent in ``to_stage`` after this change: until the next change, or until now."""
    current: bool = False
    """True for the latest change: the opportunity is still in ``to_stage``."""


@dataclass(frozen=True)
class ChangeInfo:
    field: str
    old_value: str | None
    new_value: str | None
    changed_by: Ref | None
    changed_at: datetime
