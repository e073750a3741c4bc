"""Documents Redactor: rich documents written on an opportunity, from a template or from scratch.

Merge fields such as ``{{opportunity.name}}`` are filled (HTML-escaped) when a document is
created from a template and when it is refreshed. A filled field is kept as
``<span class="merge-field" data-field="opportunity.name">…</span>`` so a later refresh can
update it again; placeholders inside tags (attributes) are left alone.
"""

from __future__ import annotations

import functools
import html
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from oppdesk.db import Database
from oppdesk.models import Opportunity, RedactorDocument, User, utcnow
from oppdesk.services.dto import Ref
from oppdesk.services.errors import ConflictError, NotFound, ValidationError
from oppdesk.services.history import record_changes
from oppdesk.services.opportunity_read import fetch, today
from oppdesk.services.privileges import Actor, editable, load_actor, visible
from oppdesk.services.validation import Checker

RIGHT = "can_redactor"
ENTITY = "Redactor document"
MAX_BODY = 2_000_000
MERGE_FIELDS = (
    "opportunity.name",
    "opportunity.reference",
    "opportunity.amount",
    "opportunity.weighted_amount",
    "opportunity.probability",
    "opportunity.due_date",
    "opportunity.stage",
    "company.name",
    "company.address",
    "contact.name",
    "contact.email",
    "owner.name",
    "owner.email",
    "today",
)
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}
NBSP = "\u00a0"
_TOKEN = re.compile(
    r'(?P<filled><span class="merge-field" data-field="(?P<f1>[a-z_.]+)">[^<]*</span>)'
    r"|(?P<tag><[^>]*>)"
    r"|\{\{\s*(?P<f2>[a-z_]+(?:\.[a-z_]+)?)\s*\}\}"
)
_CODE_RE = re.compile(r"^[a-z0-9_]{1,60}$")
_TITLE_RE = re.compile(r"<title>(.*?)</title>", re.DOTALL)


class RedactorTemplate(NamedTuple):
    code: str
    title: str


@dataclass(frozen=True)
class RedactorDocumentInfo:
    id: uuid.UUID
    opportunity_id: uuid.UUID
    title: str
    template_code: str | None
    author: Ref
    created_at: datetime
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class RedactorDocumentDetail(RedactorDocumentInfo):
    body_html: str


# --- formatting and merging (pure) ---


def format_amount(amount: Decimal, currency: str = "EUR") -> str:
    """French style: ``12 500,00 €`` (no-break spaces between groups and before the symbol)."""
    value = amount.quantize(Decimal("0.01"))
    units, cents = f"{abs(value):.2f}".split(".")
    grouped = f"{int(units):,}".replace(",", NBSP)
    sign = "-" if value < 0 else ""
    return f"{sign}{grouped},{cents}{NBSP}{CURRENCY_SYMBOLS.get(currency, currency)}"


def format_date(day: date | None) -> str:
    """French style: ``31/01/2027``; empty when there is no date."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}" if day else ""


def merge(body_html: str, values: dict[str, str]) -> str:
    """Fill placeholders and previously filled fields found in ``values`` (HTML-escaped)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group("f1") or match.group("f2")
        if match.group("tag") is not None or name not in values:
            return match.group(0)
        value = html.escape(values[name])
        return f'<span class="merge-field" data-field="{name}">{value}</span>'

    return _TOKEN.sub(replace, body_html)


def merge_values(opp: Opportunity) -> dict[str, str]:
    company, owner = opp.company, opp.owner
    contact = opp.contact if opp.contact and opp.contact.deleted_at is None else None
    city = " ".join(p for p in (company.postal_code, company.city) if p)
    return {
        "opportunity.name": opp.name,
        "opportunity.reference": opp.reference,
        "opportunity.amount": format_amount(opp.amount, opp.currency),
        "opportunity.weighted_amount": format_amount(opp.weighted_amount, opp.currency),
        "opportunity.probability": f"{opp.probability}{NBSP}%",
        "opportunity.due_date": format_date(opp.due_date),
        "opportunity.stage": opp.stage.name,
        "company.name": company.name,
        "company.address": ", ".join(p for p in (company.address, city, company.country) if p),
        "contact.name": f"{contact.first_name} {contact.last_name}".strip() if contact else "",
        "contact.email": (contact.email or "") if contact else "",
        "owner.name": owner.display_name,
        "owner.email": owner.email or "",
        "today": format_date(today()),
    }


# --- templates (package data) ---


@functools.cache
def _templates() -> dict[str, tuple[str, str]]:
    folder = resources.files("oppdesk") / "resources" / "templates"
    found: dict[str, tuple[str, str]] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".html"):
            text = entry.read_text(encoding="utf-8")
            title = _TITLE_RE.search(text)
            code = entry.name.removesuffix(".html")
            found[code] = (html.unescape(title.group(1).strip()) if title else code, text)
    return dict(sorted(found.items()))


def list_redactor_templates() -> tuple[RedactorTemplate, ...]:
    """The templates shipped with the application: (code, title)."""
    return tuple(RedactorTemplate(code, title) for code, (title, _) in _templates().items())


# --- reading ---


def _info_query() -> Any:
    d = RedactorDocument
    return (
        select(d.id, d.opportunity_id, d.title, d.template_code, d.author_id, User.display_name)
        .add_columns(d.created_at, d.updated_at, d.version)
        .join(User, User.id == d.author_id)
        .where(d.deleted_at.is_(None))
    )


def _to_info(row: Any) -> RedactorDocumentInfo:
    return RedactorDocumentInfo(
        row.id,
        row.opportunity_id,
        row.title,
        row.template_code,
        Ref(row.author_id, row.display_name),
        row.created_at,
        row.updated_at,
        row.version,
    )


def _detail(s: Session, doc: RedactorDocument) -> RedactorDocumentDetail:
    author = s.get_one(User, doc.author_id)
    return RedactorDocumentDetail(
        doc.id,
        doc.opportunity_id,
        doc.title,
        doc.template_code,
        Ref(author.id, author.display_name),
        doc.created_at,
        doc.updated_at,
        doc.version,
        doc.body_html,
    )


def _document(s: Session, actor: Actor, document_id: uuid.UUID, *, edit: bool) -> RedactorDocument:
    actor.require(RIGHT)
    doc = None
    if isinstance(document_id, uuid.UUID):
        doc = s.scalar(
            select(RedactorDocument)
            .join(Opportunity, Opportunity.id == RedactorDocument.opportunity_id)
            .where(
                RedactorDocument.id == document_id,
                RedactorDocument.deleted_at.is_(None),
                visible(actor),
            )
        )
    if doc is None:
        raise NotFound(ENTITY, document_id)
    if edit:
        fetch(s, actor, doc.opportunity_id, predicate=editable, right="edit_scope")
    return doc


def list_redactor_documents(
    db: Database, actor_id: uuid.UUID, opportunity_id: uuid.UUID
) -> list[RedactorDocumentInfo]:
    """The opportunity's Redactor documents (without their body), last changed first."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require(RIGHT)
        opp = fetch(s, actor, opportunity_id)
        query = _info_query().where(RedactorDocument.opportunity_id == opp.id)
        order = (RedactorDocument.updated_at.desc(), RedactorDocument.id.desc())
        return [_to_info(row) for row in s.execute(query.order_by(*order))]


def get_redactor_document(
    db: Database, actor_id: uuid.UUID, document_id: uuid.UUID
) -> RedactorDocumentDetail:
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        return _detail(s, _document(s, actor, document_id, edit=False))


# --- writing ---


def create_redactor_document(
    db: Database,
    actor_id: uuid.UUID,
    opportunity_id: uuid.UUID,
    *,
    title: str,
    template_code: str | None = None,
    body_html: str | None = None,
) -> RedactorDocumentDetail:
    """Créer un document Redactor, blank, from ``body_html``, or from a template (merged)."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        actor.require(RIGHT)
        opp = fetch(s, actor, opportunity_id, predicate=editable, right="edit_scope")
        checker = Checker()
        code = checker.optional_text("template_code", template_code, max_len=60)
        template = _templates().get(code) if code and _CODE_RE.match(code) else None
        if code and template is None:
            checker.fail("template_code", "unknown", "is not an available template")
        body = checker.text("body_html", body_html, max_len=MAX_BODY)
        if code and body:
            checker.fail("body_html", "exclusive", "give either a template or a body, not both")
        default_title = template[0] if template else ""
        clean_title = checker.text("title", title or default_title, required=True, max_len=200)
        checker.raise_if_any()
        doc = RedactorDocument(
            opportunity_id=opp.id,
            title=clean_title,
            body_html=merge(template[1], merge_values(opp)) if template else body,
            template_code=code,
            author_id=actor.user_id,
            created_by=actor.user_id,
            updated_by=actor.user_id,
        )
        s.add(doc)
        s.flush()
        record_changes(s, "opportunity", opp.id, actor.user_id, [("redactor", None, doc.title)])
        uow.commit()
        return _detail(s, doc)


def _conflict(s: Session, document_id: uuid.UUID) -> ConflictError:
    s.rollback()
    doc = s.get(RedactorDocument, document_id)
    author = s.get(User, doc.updated_by) if doc and doc.updated_by else None
    return ConflictError(
        ENTITY,
        document_id,
        changed_by=author.display_name if author else None,
        changed_at=doc.updated_at if doc else None,
        current_version=doc.version if doc else None,
        current_values={"title": doc.title, "deleted": doc.deleted_at is not None} if doc else {},
    )


def _save(
    s: Session, actor: Actor, doc: RedactorDocument, changes: list[Any], *, body: bool = False
) -> None:
    """Flush with the version guard, then write the history (a body change as versions)."""
    old_version = doc.version
    doc.updated_by = actor.user_id
    try:
        s.flush()
    except StaleDataError:
        raise _conflict(s, doc.id) from None
    if body:
        changes.append(("body_html", f"version {old_version}", f"version {doc.version}"))
    record_changes(s, "redactor_document", doc.id, actor.user_id, changes)


def _expected(s: Session, doc: RedactorDocument, expected_version: Any) -> None:
    if expected_version is None:
        return
    if isinstance(expected_version, bool) or not isinstance(expected_version, int):
        raise ValidationError.single("expected_version", "type", "must be a whole number")
    if doc.version != expected_version:
        raise _conflict(s, doc.id)


def update_redactor_document(
    db: Database,
    actor_id: uuid.UUID,
    document_id: uuid.UUID,
    *,
    expected_version: int | None,
    title: str | None = None,
    body_html: str | None = None,
) -> RedactorDocumentDetail:
    """Edit the title and/or body; a stale ``expected_version`` raises ``ConflictError``."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        doc = _document(s, actor, document_id, edit=True)
        _expected(s, doc, expected_version)
        checker = Checker()
        new_title = doc.title
        if title is not None:
            new_title = checker.text("title", title, required=True, max_len=200) or ""
        new_body = doc.body_html
        if body_html is not None:
            new_body = checker.text("body_html", body_html, max_len=MAX_BODY) or ""
        checker.raise_if_any()
        changes = [("title", doc.title, new_title)] if new_title != doc.title else []
        body_changed = new_body != doc.body_html
        doc.title, doc.body_html = new_title, new_body
        if changes or body_changed:
            _save(s, actor, doc, changes, body=body_changed)
        uow.commit()
        return _detail(s, doc)


def refresh_merge_fields(
    db: Database,
    actor_id: uuid.UUID,
    document_id: uuid.UUID,
    *,
    expected_version: int | None = None,
) -> RedactorDocumentDetail:
    """Fill the merge fields again from the opportunity as it is now."""
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        doc = _document(s, actor, document_id, edit=True)
        _expected(s, doc, expected_version)
        body = merge(doc.body_html, merge_values(s.get_one(Opportunity, doc.opportunity_id)))
        if body != doc.body_html:
            doc.body_html = body
            _save(s, actor, doc, [], body=True)
        uow.commit()
        return _detail(s, doc)


def delete_redactor_document(db: Database, actor_id: uuid.UUID, document_id: uuid.UUID) -> None:
    with db.uow() as uow:
        s = uow.session
        actor = load_actor(s, actor_id)
        doc = _document(s, actor, document_id, edit=True)
        doc.deleted_at = utcnow()
        _save(s, actor, doc, [("deleted", None, doc.deleted_at)])
        record_changes(
            s, "opportunity", doc.opportunity_id, actor.user_id, [("redactor", doc.title, None)]
        )
        uow.commit()
