"""Documents liés: sales documents (quotes, invoices…) created on or linked to an opportunity.

The source document's rule: a document can be linked to an opportunity only if both were
created on the same client or prospect record (company).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, delete, insert, select
from sqlalchemy.orm import Session

from oppdesk.db import Database
from oppdesk.models import (
    SALES_DOCUMENT_TYPES,
    Company,
    Contact,
    Opportunity,
    SalesDocument,
    opportunity_sales_documents,
)
from oppdesk.services.dto import Ref
from oppdesk.services.errors import NotFound, ValidationError
from oppdesk.services.history import record_changes
from oppdesk.services.opportunity_read import fetch, today
from oppdesk.services.privileges import Actor, editable, load_actor
from oppdesk.services.settings import bump_counter, get_setting
from oppdesk.services.validation import Checker, reject_unknown

RIGHT = "can_linked_documents"
NUMBER_PREFIXES: dict[str, str] = {
    "quote": "DEV",
    "invoice": "FAC",
    "order": "BC",
    "delivery_note": "BL",
    "credit_note": "AV",
    "proforma": "PRO",
}
DOCUMENT_STATUSES: dict[str, tuple[str, ...]] = {
    "quote": ("draft", "sent", "accepted", "refused", "expired", "cancelled"),
    "invoice": ("draft", "due", "partially_paid", "paid", "cancelled"),
    "order": ("draft", "sent", "accepted", "refused", "cancelled"),
    "delivery_note": ("draft", "sent", "delivered", "cancelled"),
    "credit_note": ("draft", "due", "refunded", "cancelled"),
    "proforma": ("draft", "sent", "accepted", "refused", "cancelled"),
}
DOCUMENT_FIELDS = frozenset(
    {"doc_type", "title", "amount", "currency", "issued_on", "status", "contact_id"}
)
STANDALONE_FIELDS = DOCUMENT_FIELDS | {"company_id"}
LINK_RULE = (
    "a document can be linked to an opportunity only if both were created on the same "
    "client or prospect record"
)
_links = opportunity_sales_documents


@dataclass(frozen=True)
class SalesDocumentInfo:
    id: uuid.UUID
    doc_type: str
    number: str
    issued_on: date
    company: Ref
    contact: Ref | None
    amount: Decimal
    currency: str
    status: str
    title: str
    created_at: datetime


def _query() -> Select[SalesDocument, str, Contact]:
    return (
        select(SalesDocument, Company.name, Contact)
        .join(Company, Company.id == SalesDocument.company_id)
        .outerjoin(Contact, Contact.id == SalesDocument.contact_id)
        .where(SalesDocument.deleted_at.is_(None))
        .order_by(SalesDocument.issued_on.desc(), SalesDocument.number.desc())
    )


def _to_info(doc: SalesDocument, company: str, contact: Contact | None) -> SalesDocumentInfo:
    return SalesDocumentInfo(
        id=doc.id,
        doc_type=doc.doc_type,
        number=doc.number,
        issued_on=doc.issued_on,
        company=Ref(doc.company_id, company),
        contact=Ref(contact.id, f"{contact.first_name} {contact.last_name}".strip())
        if contact
        else None,
        amount=doc.amount,
        currency=doc.currency,
        status=doc.status,
        title=doc.title,
        created_at=doc.created_at,
    )


def _info(s: Session, doc_id: uuid.UUID) -> SalesDocumentInfo:
    doc, company, contact = s.execute(_query().where(SalesDocument.id == doc_id)).one()
    return _to_info(doc, company, contact)


def _check_contact(s: Session, c: Checker, raw: Any, company_id: uuid.UUID) -> uuid.UUID | None:
    contact_id = c.ident("contact_id", raw)
    if contact_id is None:
        return None
    contact = s.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        c.fail("contact_id", "unknown", "is not an existing contact")
    elif contact.company_id != company_id:
        c.fail("contact_id", "other_company", "must be a contact of the document's company")
    return contact_id


def _check(
    s: Session, c: Checker, fields: Mapping[str, Any], company_id: uuid.UUID, defaults: Any
) -> dict[str, Any]:
    """Clean document values; missing ones come from ``defaults`` (an opportunity or None)."""
    doc_type = c.choice("doc_type", fields.get("doc_type"), SALES_DOCUMENT_TYPES)
    issued_on = c.day("issued_on", fields.get("issued_on")) or today()
    if not date(1900, 1, 1) <= issued_on < date(2200, 1, 1):
        c.fail("issued_on", "range", "must be between 1900 and 2199", min=1900, max=2199)
    currency = getattr(defaults, "currency", None) or get_setting(s, "default_currency")
    values: dict[str, Any] = {
        "doc_type": doc_type,
        "issued_on": issued_on,
        "title": c.text("title", fields.get("title", getattr(defaults, "name", "")), max_len=200),
        "amount": c.amount("amount", fields.get("amount", getattr(defaults, "amount", None))),
        "currency": c.currency("currency", fields.get("currency", currency)),
        "status": "draft",
    }
    if doc_type is not None:
        statuses = DOCUMENT_STATUSES[doc_type]
        values["status"] = c.choice("status", fields.get("status", "draft"), statuses)
    if "contact_id" in fields:
        values["contact_id"] = _check_contact(s, c, fields["contact_id"], company_id)
    elif defaults is not None and defaults.contact and defaults.contact.deleted_at is None:
        values["contact_id"] = defaults.contact_id
    if values["amount"] is None:
        values["amount"] = Decimal("0.00")
    return values


def _next_number(s: Session, doc_type: str) -> str:
    prefix = NUMBER_PREFIXES[doc_type]
    while True:
        number = f"{prefix}-{bump_counter(s, f'sales_document_{doc_type}'):05d}"
        if s.scalar(select(SalesDocument.id).where(SalesDocument.number == number)) is None:
            return number


def _insert(s: Session, actor: Actor, company_id: uuid.UUID, values: dict[str, Any]) -> uuid.UUID:
    doc = SalesDocument(
        number=_next_number(s, values["doc_type"]),
        company_id=company_id,
        created_by=actor.user_id,
        updated_by=actor.user_id,
        **values,
    )
    s.add(doc)
    s.flush()
    return doc.id


def _editable(s: Session, actor: Actor, opportunity_id: uuid.UUID) -> Opportunity:
    actor.require(RIGHT)
    return fetch(s, actor, opportunity_id, predicate=editable, right="edit_scope")


def _visible(s: Session, actor: Actor, opportunity_id: uuid.UUID) -> Opportunity:
    actor.require(RIGHT)
    return fetch(s, actor, opportunity_id)


def _link(s: Session, actor: Actor, opp: Opportunity, doc_id: uuid.UUID, number: str) -> None:
    s.execute(insert(_links).values(opportunity_id=opp.id, sales_document_id=doc_id))
    record_changes(s, "opportunity", opp.id, actor.user_id, [("linked_documents", None, number)])


def create_sales_document(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID, fields: Mapping[str, Any]
) -> SalesDocumentInfo:
    """Créer un document: on the opportunity's company, pre-filled from it, already linked."""
    reject_unknown(fields, DOCUMENT_FIELDS)
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        opp = _editable(s, actor, opportunity_id)
        checker = Checker()
        values = _check(s, checker, fields, opp.company_id, opp)
        checker.raise_if_any()
        doc_id = _insert(s, actor, opp.company_id, values)
        _link(s, actor, opp, doc_id, s.get_one(SalesDocument, doc_id).number)
        info = _info(s, doc_id)
        uow.commit()
        return info


def create_standalone_sales_document(
    db: Database, actor_id: uuid.UUID, fields: Mapping[str, Any]
) -> SalesDocumentInfo:
    """A sales document on a company (``company_id``), linked to no opportunity."""
    reject_unknown(fields, STANDALONE_FIELDS)
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require(RIGHT)
        checker = Checker()
        company_id = checker.ident("company_id", fields.get("company_id"), required=True)
        company = s.get(Company, company_id) if company_id else None
        if company_id and (company is None or company.deleted_at is not None):
            checker.fail("company_id", "unknown", "is not an existing client or prospect")
        values = _check(s, checker, fields, company_id or uuid.UUID(int=0), None)
        checker.raise_if_any()
        assert company_id is not None
        info = _info(s, _insert(s, actor, company_id, values))
        uow.commit()
        return info


def list_linked_documents(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID
) -> list[SalesDocumentInfo]:
    """The sales documents linked to the opportunity, newest first."""
    with db.uow() as uow:
        s = uow.session
        opp = _visible(s, load_actor(s, actor_id), opportunity_id)
        query = _query().join(_links, _links.c.sales_document_id == SalesDocument.id)
        rows = s.execute(query.where(_links.c.opportunity_id == opp.id))
        return [_to_info(doc, company, contact) for doc, company, contact in rows]


def list_linkable_documents(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID
) -> list[SalesDocumentInfo]:
    """Documents of the opportunity's company that are not linked to it yet."""
    with db.uow() as uow:
        s = uow.session
        opp = _visible(s, load_actor(s, actor_id), opportunity_id)
        linked = select(_links.c.sales_document_id).where(_links.c.opportunity_id == opp.id)
        query = _query().where(
            SalesDocument.company_id == opp.company_id, SalesDocument.id.not_in(linked)
        )
        return [_to_info(doc, company, contact) for doc, company, contact in s.execute(query)]


def _document(s: Session, document_id: Any) -> SalesDocument:
    checker = Checker()
    doc_id = checker.ident("document_id", document_id, required=True)
    checker.raise_if_any()
    doc = s.get(SalesDocument, doc_id)
    if doc is None or doc.deleted_at is not None:
        raise NotFound("sales document", doc_id)
    return doc


def _is_linked(s: Session, opportunity_id: uuid.UUID, doc_id: uuid.UUID) -> bool:
    return (
        s.scalar(
            select(_links.c.sales_document_id).where(
                _links.c.opportunity_id == opportunity_id, _links.c.sales_document_id == doc_id
            )
        )
        is not None
    )


def link_sales_document(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID, document_id: uuid.UUID
) -> SalesDocumentInfo:
    """Lier un document (only one of the opportunity's company); linking twice is a no-op."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        opp = _editable(s, actor, opportunity_id)
        doc = _document(s, document_id)
        if doc.company_id != opp.company_id:
            raise ValidationError.single(
                "document_id",
                "other_company",
                f"belongs to another client or prospect: {LINK_RULE}",
            )
        if not _is_linked(s, opp.id, doc.id):
            _link(s, actor, opp, doc.id, doc.number)
        info = _info(s, doc.id)
        uow.commit()
        return info


def unlink_sales_document(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID, document_id: uuid.UUID
) -> None:
    """Remove the link (the document itself stays); unlinking twice is a no-op."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        opp = _editable(s, actor, opportunity_id)
        doc = _document(s, document_id)
        if _is_linked(s, opp.id, doc.id):
            s.execute(
                delete(_links).where(
                    _links.c.opportunity_id == opp.id, _links.c.sales_document_id == doc.id
                )
            )
            record_changes(
                s, "opportunity", opp.id, actor.user_id, [("linked_documents", doc.number, None)]
            )
        uow.commit()
