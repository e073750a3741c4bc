"""Documents liés: creating, linking and listing sales documents, both backends."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from oppdesk import services
from oppdesk.models import ChangeLog, SalesDocument, opportunity_sales_documents
from oppdesk.services import sales_documents as sd
from oppdesk.services.errors import NotFound, PermissionDenied, ValidationError


def _counts(db) -> tuple[int, int, int]:
    with db.uow() as uow:
        s = uow.session
        return (
            s.scalar(select(func.count()).select_from(SalesDocument)),
            s.scalar(select(func.count()).select_from(opportunity_sales_documents)),
            s.scalar(select(func.count()).select_from(ChangeLog)),
        )


@pytest.fixture
def contact(db, admin_id, company):
    return services.create_contact(
        db, admin_id, {"company_id": company.id, "first_name": "Jeanne", "last_name": "Martin"}
    )


@pytest.fixture
def opp(make_opportunity, contact):
    return make_opportunity(name="Équipement atelier", amount="12500.50", contact_id=contact.id)


def test_created_document_is_prefilled_numbered_and_linked(db, admin_id, company, contact, opp):
    quote = sd.create_sales_document(db, admin_id, opp.id, {"doc_type": "quote"})
    assert quote.number == "DEV-00001"
    assert (quote.company.id, quote.company.name) == (company.id, company.name)
    assert quote.contact.id == contact.id and quote.contact.name == "Jeanne Martin"
    assert (quote.amount, quote.currency, quote.status) == (Decimal("12500.50"), "EUR", "draft")
    assert quote.title == "Équipement atelier" and quote.issued_on == date.today()
    second = sd.create_sales_document(
        db,
        admin_id,
        opp.id,
        {
            "doc_type": "quote",
            "amount": "990,00",
            "title": "Variante",
            "status": "sent",
            "issued_on": "2020-02-01",
            "contact_id": None,
        },
    )
    assert second.number == "DEV-00002" and second.amount == Decimal("990.00")
    assert (second.status, second.issued_on, second.contact) == ("sent", date(2020, 2, 1), None)
    numbers = {
        t: sd.create_sales_document(db, admin_id, opp.id, {"doc_type": t}).number
        for t in ("invoice", "order", "delivery_note", "credit_note", "proforma")
    }
    assert numbers == {
        "invoice": "FAC-00001",
        "order": "BC-00001",
        "delivery_note": "BL-00001",
        "credit_note": "AV-00001",
        "proforma": "PRO-00001",
    }
    linked = sd.list_linked_documents(db, admin_id, opp.id)
    assert len(linked) == 7 and linked[-1].number == "DEV-00002"  # newest first
    assert {d.number for d in linked} == {"DEV-00001", "DEV-00002", *numbers.values()}
    assert sd.list_linkable_documents(db, admin_id, opp.id) == []
    assert _counts(db)[:2] == (7, 7)


def test_invalid_fields_are_all_reported_and_nothing_is_written(db, admin_id, opp):
    before = _counts(db)
    with pytest.raises(ValidationError) as err:
        sd.create_sales_document(
            db,
            admin_id,
            opp.id,
            {"doc_type": "invoice", "status": "accepted", "amount": -3, "currency": "E1R"},
        )
    assert {k: e.code for k, e in err.value.errors.items()} == {
        "status": "choice",
        "amount": "negative",
        "currency": "currency",
    }
    with pytest.raises(ValidationError) as err:
        sd.create_sales_document(db, admin_id, opp.id, {"doc_type": "receipt", "issued_on": 5})
    assert set(err.value.errors) == {"doc_type", "issued_on"}
    with pytest.raises(ValidationError) as err:
        sd.create_sales_document(db, admin_id, opp.id, {"doc_type": "quote", "company_id": 1})
    assert err.value.errors["company_id"].code == "unknown_field"
    with pytest.raises(ValidationError) as err:
        sd.create_standalone_sales_document(db, admin_id, {"doc_type": "quote"})
    assert err.value.errors["company_id"].code == "required"
    with pytest.raises(ValidationError) as err:
        sd.create_standalone_sales_document(
            db, admin_id, {"doc_type": "quote", "company_id": uuid.uuid4()}
        )
    assert err.value.errors["company_id"].code == "unknown"
    assert _counts(db) == before


def test_link_only_documents_of_the_same_company(db, admin_id, company, opp):
    other = services.create_company(db, admin_id, {"name": "Autre SARL"})
    stranger = services.create_contact(db, admin_id, {"company_id": other.id, "last_name": "Roux"})
    mine = sd.create_standalone_sales_document(
        db, admin_id, {"doc_type": "invoice", "company_id": company.id, "amount": 100}
    )
    theirs = sd.create_standalone_sales_document(
        db, admin_id, {"doc_type": "quote", "company_id": other.id, "contact_id": stranger.id}
    )
    assert (mine.number, theirs.number, theirs.contact.name) == ("FAC-00001", "DEV-00001", "Roux")
    assert [d.id for d in sd.list_linkable_documents(db, admin_id, opp.id)] == [mine.id]
    before = _counts(db)
    with pytest.raises(ValidationError) as err:
        sd.link_sales_document(db, admin_id, opp.id, theirs.id)
    error = err.value.errors["document_id"]
    assert error.code == "other_company"
    assert "only if both were created on the same client or prospect record" in error.message
    with pytest.raises(ValidationError) as err:
        sd.create_sales_document(
            db, admin_id, opp.id, {"doc_type": "quote", "contact_id": stranger.id}
        )
    assert err.value.errors["contact_id"].code == "other_company"
    assert _counts(db) == before

    linked = sd.link_sales_document(db, admin_id, opp.id, mine.id)
    assert linked.id == mine.id
    assert sd.link_sales_document(db, admin_id, opp.id, mine.id) == linked  # idempotent
    assert [d.id for d in sd.list_linked_documents(db, admin_id, opp.id)] == [mine.id]
    assert sd.list_linkable_documents(db, admin_id, opp.id) == []
    assert _counts(db)[1:] == (before[1] + 1, before[2] + 1)

    sd.unlink_sales_document(db, admin_id, opp.id, mine.id)
    sd.unlink_sales_document(db, admin_id, opp.id, mine.id)
    assert sd.list_linked_documents(db, admin_id, opp.id) == []
    assert [d.id for d in sd.list_linkable_documents(db, admin_id, opp.id)] == [mine.id]
    with db.uow() as uow:
        rows = uow.session.execute(
            select(ChangeLog.old_value, ChangeLog.new_value)
            .where(ChangeLog.entity_id == opp.id, ChangeLog.field == "linked_documents")
            .order_by(ChangeLog.changed_at)
        ).all()
    assert [tuple(r) for r in rows] == [(None, "FAC-00001"), ("FAC-00001", None)]
    with pytest.raises(NotFound):
        sd.link_sales_document(db, admin_id, opp.id, uuid.uuid4())
    with pytest.raises(ValidationError) as err:
        sd.link_sales_document(db, admin_id, opp.id, "nope")
    assert err.value.errors["document_id"].code == "type"


def test_rights_read_only_refused_and_invisible_not_found(db, admin_id, company, opp, make_user):
    reader = make_user("reader", "read_only")
    carol = make_user("carol")
    services.share_opportunity(db, admin_id, opp.id, user_id=reader.id)
    doc = sd.create_standalone_sales_document(
        db, admin_id, {"doc_type": "quote", "company_id": company.id}
    )
    before = _counts(db)
    r = reader.id
    for call in (
        lambda: sd.create_sales_document(db, r, opp.id, {"doc_type": "quote"}),
        lambda: sd.create_standalone_sales_document(
            db, r, {"doc_type": "quote", "company_id": company.id}
        ),
        lambda: sd.link_sales_document(db, r, opp.id, doc.id),
        lambda: sd.unlink_sales_document(db, r, opp.id, doc.id),
        lambda: sd.list_linked_documents(db, r, opp.id),
    ):
        with pytest.raises(PermissionDenied) as err:
            call()
        assert err.value.right == "can_linked_documents"
    for call in (
        lambda: sd.create_sales_document(db, carol.id, opp.id, {"doc_type": "quote"}),
        lambda: sd.link_sales_document(db, carol.id, opp.id, doc.id),
        lambda: sd.list_linked_documents(db, carol.id, opp.id),
        lambda: sd.list_linkable_documents(db, carol.id, opp.id),
    ):
        with pytest.raises(NotFound):
            call()
    assert _counts(db) == before
