"""Maintained sort keys and search text for opportunities (see models.opportunities).

Keys are folded — accents removed, case folded, spaces collapsed — so "École" sorts between
"Durand" and "Fabre" and the search "societe" finds "Société", with one plain index per
column on both backends. Services call :func:`refresh_opportunity_keys` after every edit
and the ``propagate_*`` functions when a related name changes (set-based UPDATEs).
"""

from __future__ import annotations

import unicodedata
import uuid

from sqlalchemy import func, literal, update
from sqlalchemy.orm import Session

from oppdesk.models import Company, Contact, Opportunity, Pipeline, Source, Stage, User


def fold(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def like_escape(text: str) -> str:
    """Escape LIKE wildcards (use with ``escape="\\"``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contact_key(first_name: str | None, last_name: str | None) -> str:
    return fold(f"{last_name or ''} {first_name or ''}")[:200]


def stage_key(pipeline_position: int, stage_position: int) -> int:
    return pipeline_position * 1000 + stage_position


def search_text(reference: str, name_key: str, company_key: str, contact: str) -> str:
    return " ".join(part for part in (fold(reference), name_key, company_key, contact) if part)


def refresh_opportunity_keys(session: Session, opp: Opportunity) -> None:
    company = session.get_one(Company, opp.company_id)
    contact = session.get(Contact, opp.contact_id) if opp.contact_id else None
    owner = session.get_one(User, opp.owner_id)
    source = session.get(Source, opp.source_id) if opp.source_id else None
    pipeline = session.get_one(Pipeline, opp.pipeline_id)
    stage = session.get_one(Stage, opp.stage_id)
    opp.name_key = fold(opp.name)[:200]
    opp.company_key = fold(company.name)[:200]
    opp.contact_key = contact_key(contact.first_name, contact.last_name) if contact else ""
    opp.owner_key = fold(owner.display_name)[:120]
    opp.source_key = fold(source.name)[:120] if source else ""
    opp.pipeline_key = fold(pipeline.name)[:120]
    opp.stage_key = stage_key(pipeline.position, stage.position)
    opp.search_text = search_text(opp.reference, opp.name_key, opp.company_key, opp.contact_key)


def _search_expr(company: object = None, contact: object = None) -> object:
    """search_text rebuilt in SQL from the stored keys, with one key replaced."""
    parts = [
        func.lower(Opportunity.reference),
        Opportunity.name_key,
        Opportunity.company_key if company is None else company,
        Opportunity.contact_key if contact is None else contact,
    ]
    expr = parts[0]
    for part in parts[1:]:
        expr = expr.concat(" ").concat(part)  # type: ignore[attr-defined]
    return expr


def propagate_company_name(session: Session, company_id: uuid.UUID, name: str) -> None:
    key = fold(name)[:200]
    session.execute(
        update(Opportunity)
        .where(Opportunity.company_id == company_id)
        .values(company_key=key, search_text=_search_expr(company=literal(key)))
        .execution_options(synchronize_session=False)
    )


def propagate_contact_name(session: Session, contact_id: uuid.UUID, first: str, last: str) -> None:
    key = contact_key(first, last)
    session.execute(
        update(Opportunity)
        .where(Opportunity.contact_id == contact_id)
        .values(contact_key=key, search_text=_search_expr(contact=literal(key)))
        .execution_options(synchronize_session=False)
    )
