"""Companies (clients and prospects) and their contacts."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import Company, Contact, User
from oppdesk.services.dto import CompanyInfo, ContactInfo
from oppdesk.services.errors import ConflictError, NotFound
from oppdesk.services.history import record_changes
from oppdesk.services.privileges import load_actor
from oppdesk.services.sort_keys import (
    fold,
    like_escape,
    propagate_company_name,
    propagate_contact_name,
)
from oppdesk.services.validation import Checker, reject_unknown

COMPANY_KINDS = ("client", "prospect")
COMPANY_FIELDS = frozenset(
    {
        "name",
        "kind",
        "address",
        "postal_code",
        "city",
        "country",
        "phone",
        "email",
        "website",
        "siren",
    }
)
CONTACT_FIELDS = frozenset({"company_id", "first_name", "last_name", "job_title", "email", "phone"})


def _company_dto(c: Company) -> CompanyInfo:
    return CompanyInfo(
        c.id,
        c.version,
        c.name,
        c.kind,
        c.address,
        c.postal_code,
        c.city,
        c.country,
        c.phone,
        c.email,
        c.website,
        c.siren,
    )


def _contact_dto(c: Contact) -> ContactInfo:
    return ContactInfo(
        c.id, c.version, c.company_id, c.first_name, c.last_name, c.job_title, c.email, c.phone
    )


def _check_company(checker: Checker, raw: Mapping[str, Any], creating: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if creating or "name" in raw:
        out["name"] = checker.text("name", raw.get("name"), required=True, max_len=200)
    if creating or "kind" in raw:
        out["kind"] = checker.choice("kind", raw.get("kind", "prospect"), COMPANY_KINDS)
    for name, max_len in (("address", 500), ("postal_code", 20), ("city", 120), ("country", 80)):
        if name in raw:
            out[name] = checker.optional_text(name, raw[name], max_len=max_len)
    if "phone" in raw:
        out["phone"] = checker.phone("phone", raw["phone"])
    if "email" in raw:
        out["email"] = checker.email("email", raw["email"])
    if "website" in raw:
        out["website"] = checker.url("website", raw["website"])
    if "siren" in raw:
        siren = checker.optional_text("siren", raw["siren"], max_len=11)
        if siren is not None:
            siren = siren.replace(" ", "")
            if not (siren.isdigit() and len(siren) == 9):
                checker.fail("siren", "format", "must be 9 digits")
        out["siren"] = siren
    return out


def create_company(db: Database, actor_id: uuid.UUID, fields: Mapping[str, Any]) -> CompanyInfo:
    reject_unknown(fields, COMPANY_FIELDS)
    with db.uow() as uow:
        load_actor(uow.session, actor_id).require("can_create")
        checker = Checker()
        clean = _check_company(checker, fields, True)
        checker.raise_if_any()
        company = Company(
            **clean, name_key=fold(clean["name"]), created_by=actor_id, updated_by=actor_id
        )
        uow.session.add(company)
        uow.commit()
        return _company_dto(company)


def _check_version(
    s: Session, entity: str, row: Company | Contact, expected_version: int | None
) -> None:
    """``expected_version`` is the version the user's form was filled from: a newer one
    means someone saved in between, and saving now would silently undo their change."""
    if expected_version is None or row.version == expected_version:
        return
    author = s.get(User, row.updated_by) if row.updated_by else None
    fields = COMPANY_FIELDS if entity == "company" else CONTACT_FIELDS
    raise ConflictError(
        entity,
        row.id,
        changed_by=author.display_name if author else None,
        changed_at=row.updated_at,
        current_version=row.version,
        current_values={f: getattr(row, f) for f in sorted(fields)},
    )


def update_company(
    db: Database,
    actor_id: uuid.UUID,
    company_id: uuid.UUID,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> CompanyInfo:
    """Edit a company; ``expected_version`` (the version the form shows) guards staleness."""
    reject_unknown(changes, COMPANY_FIELDS)
    with db.uow() as uow:
        s = uow.session
        load_actor(s, actor_id).require("can_create")
        company = s.get(Company, company_id) if isinstance(company_id, uuid.UUID) else None
        if company is None or company.deleted_at is not None:
            raise NotFound("company", company_id)
        _check_version(s, "company", company, expected_version)
        checker = Checker()
        clean = _check_company(checker, changes, False)
        checker.raise_if_any()
        history = [
            (k, getattr(company, k), v) for k, v in clean.items() if getattr(company, k) != v
        ]
        for key, value in clean.items():
            setattr(company, key, value)
        company.updated_by = actor_id
        if "name" in clean and fold(clean["name"]) != company.name_key:
            company.name_key = fold(clean["name"])
            propagate_company_name(s, company.id, company.name)
        s.flush()
        record_changes(s, "company", company.id, actor_id, history)
        uow.commit()
        return _company_dto(company)


def get_company(db: Database, actor_id: uuid.UUID, company_id: uuid.UUID) -> CompanyInfo:
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        company = (
            uow.session.get(Company, company_id) if isinstance(company_id, uuid.UUID) else None
        )
        if company is None or company.deleted_at is not None:
            raise NotFound("company", company_id)
        return _company_dto(company)


def search_companies(
    db: Database, actor_id: uuid.UUID, text: str = "", *, limit: int = 50, kind: str | None = None
) -> list[CompanyInfo]:
    """Companies whose name contains ``text`` (accent/case-insensitive), prefixes first."""
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        query = select(Company).where(Company.deleted_at.is_(None))
        folded = fold(text) if isinstance(text, str) else ""
        if folded:
            pattern = like_escape(folded)
            query = query.where(Company.name_key.like(f"%{pattern}%", escape="\\"))
            query = query.order_by(Company.name_key.like(f"{pattern}%", escape="\\").desc())
        if kind is not None:
            query = query.where(Company.kind == kind)
        query = query.order_by(Company.name_key, Company.id).limit(max(1, min(limit, 500)))
        return [_company_dto(c) for c in uow.session.scalars(query)]


def _check_contact(checker: Checker, raw: Mapping[str, Any], creating: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if creating or "company_id" in raw:
        out["company_id"] = checker.ident("company_id", raw.get("company_id"), required=True)
    if creating or "last_name" in raw:
        out["last_name"] = checker.text(
            "last_name", raw.get("last_name"), required=True, max_len=100
        )
    if "first_name" in raw:
        out["first_name"] = checker.text("first_name", raw["first_name"], max_len=100)
    if "job_title" in raw:
        out["job_title"] = checker.optional_text("job_title", raw["job_title"], max_len=120)
    if "email" in raw:
        out["email"] = checker.email("email", raw["email"])
    if "phone" in raw:
        out["phone"] = checker.phone("phone", raw["phone"])
    return out


def create_contact(db: Database, actor_id: uuid.UUID, fields: Mapping[str, Any]) -> ContactInfo:
    reject_unknown(fields, CONTACT_FIELDS)
    with db.uow() as uow:
        s = uow.session
        load_actor(s, actor_id).require("can_create")
        checker = Checker()
        clean = _check_contact(checker, fields, True)
        if clean.get("company_id") is not None:
            company = s.get(Company, clean["company_id"])
            if company is None or company.deleted_at is not None:
                checker.fail("company_id", "unknown", "is not an existing company")
        checker.raise_if_any()
        contact = Contact(**clean, created_by=actor_id, updated_by=actor_id)
        s.add(contact)
        uow.commit()
        return _contact_dto(contact)


def update_contact(
    db: Database,
    actor_id: uuid.UUID,
    contact_id: uuid.UUID,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None = None,
) -> ContactInfo:
    """Edit a contact; ``expected_version`` (the version the form shows) guards staleness."""
    reject_unknown(changes, CONTACT_FIELDS - {"company_id"})
    with db.uow() as uow:
        s = uow.session
        load_actor(s, actor_id).require("can_create")
        contact = s.get(Contact, contact_id) if isinstance(contact_id, uuid.UUID) else None
        if contact is None or contact.deleted_at is not None:
            raise NotFound("contact", contact_id)
        _check_version(s, "contact", contact, expected_version)
        checker = Checker()
        clean = _check_contact(checker, changes, False)
        checker.raise_if_any()
        history = [
            (k, getattr(contact, k), v) for k, v in clean.items() if getattr(contact, k) != v
        ]
        renamed = any(k in clean for k in ("first_name", "last_name"))
        for key, value in clean.items():
            setattr(contact, key, value)
        contact.updated_by = actor_id
        if renamed:
            propagate_contact_name(s, contact.id, contact.first_name, contact.last_name)
        s.flush()
        record_changes(s, "contact", contact.id, actor_id, history)
        uow.commit()
        return _contact_dto(contact)


def list_contacts(db: Database, actor_id: uuid.UUID, company_id: uuid.UUID) -> list[ContactInfo]:
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        rows = uow.session.scalars(
            select(Contact)
            .where(Contact.company_id == company_id, Contact.deleted_at.is_(None))
            .order_by(Contact.last_name, Contact.first_name, Contact.id)
        )
        return [_contact_dto(c) for c in rows]


@dataclass(frozen=True)
class ContactRow:
    """A contact as the contact list shows it: its fields plus its company's name."""

    id: uuid.UUID
    version: int
    company_id: uuid.UUID
    company_name: str
    first_name: str
    last_name: str
    job_title: str | None
    email: str | None
    phone: str | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


# fold() for text without a stored folded key (contact names). SQLite runs fold() itself, as a
# function registered on the connection; PostgreSQL translates what fold() changes (both cases:
# lower() folds only ASCII under the C locale) — the checks in tests/unit/test_companies.py.
_ACCENTED = "àâäáãåçéèêëîïíìñôöóòõùûüúÿýÀÂÄÁÃÅÇÉÈÊËÎÏÍÌÑÔÖÓÒÕÙÛÜÚŸÝØÆŒ"
_PLAIN = "aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyyøæœ"


def _folded(session: Session, expr: ColumnElement[str]) -> ColumnElement[str]:
    """``expr`` folded like :func:`fold` (case and accents), in SQL."""
    if session.get_bind().dialect.name == "sqlite":
        raw = session.connection().connection.driver_connection
        raw.create_function("oppdesk_fold", 1, fold, deterministic=True)  # type: ignore[union-attr]
        return func.oppdesk_fold(expr)
    return func.replace(func.lower(func.translate(expr, _ACCENTED, _PLAIN)), "ß", "ss")


def search_contacts(
    db: Database, actor_id: uuid.UUID, text: str = "", *, limit: int = 100
) -> list[ContactRow]:
    """Live contacts of live companies whose name ("last first" or "first last") or company
    name contains ``text`` (accent/case-insensitive), by last name, first name, id."""
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        query = (
            select(
                Contact.id,
                Contact.version,
                Contact.company_id,
                Company.name,
                Contact.first_name,
                Contact.last_name,
                Contact.job_title,
                Contact.email,
                Contact.phone,
            )
            .join(Company, Company.id == Contact.company_id)
            .where(Contact.deleted_at.is_(None), Company.deleted_at.is_(None))
        )
        folded = fold(text) if isinstance(text, str) else ""
        if folded:
            pattern = f"%{like_escape(folded)}%"
            last_first = _folded(
                uow.session, Contact.last_name.concat(" ").concat(Contact.first_name)
            )
            first_last = _folded(
                uow.session, Contact.first_name.concat(" ").concat(Contact.last_name)
            )
            query = query.where(
                last_first.like(pattern, escape="\\")
                | first_last.like(pattern, escape="\\")
                | Company.name_key.like(pattern, escape="\\")
            )
        query = query.order_by(Contact.last_name, Contact.first_name, Contact.id)
        rows = uow.session.execute(query.limit(max(1, min(limit, 500))))
        return [ContactRow(*row) for row in rows]
