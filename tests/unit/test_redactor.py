"""Documents Redactor: templates, merge fields, versions and rights, both backends."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from sqlalchemy import func, select

from oppdesk import services
from oppdesk.models import ChangeLog, RedactorDocument
from oppdesk.services import redactor as rd
from oppdesk.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError

NBSP = "\u00a0"


def _count(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(RedactorDocument))


@pytest.fixture
def opp(db, admin_id, make_opportunity):
    dupont = services.create_company(
        db, admin_id, {"name": "Dupont <&> Fils", "kind": "client", "city": "Lyon"}
    )
    contact = services.create_contact(
        db, admin_id, {"company_id": dupont.id, "first_name": "Léa", "last_name": "O'Brien"}
    )
    return make_opportunity(
        name="Refonte <site>",
        company_id=dupont.id,
        contact_id=contact.id,
        amount="12500",
        due_date="2027-01-31",
    )


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)


def test_templates_are_shipped_as_package_data():
    templates = rd.list_redactor_templates()
    assert [(t.code, t.title) for t in templates] == [
        ("lettre_accompagnement", "Lettre d'accompagnement"),
        ("proposition_commerciale", "Proposition commerciale"),
    ]
    code, title = templates[1]  # unpacks as (code, title)
    assert (code, title) == ("proposition_commerciale", "Proposition commerciale")
    for template in templates:
        parser = _Tags()
        parser.feed(rd._templates()[template.code][1])
        assert {"h1", "h2", "table", "li"} <= set(parser.tags)


def test_pure_formatting_and_merging():
    assert rd.format_amount(Decimal("12500")) == f"12{NBSP}500,00{NBSP}€"
    assert rd.format_amount(Decimal("-1234567.5"), "USD") == f"-1{NBSP}234{NBSP}567,50{NBSP}$"
    assert rd.format_amount(Decimal("0.004"), "XOF") == f"0,00{NBSP}XOF"
    assert rd.format_date(date(2027, 1, 31)) == "31/01/2027" and rd.format_date(None) == ""
    merged = rd.merge(
        '<a href="{{company.name}}">{{ company.name }}</a> {{unknown.field}} {{today}}',
        {"company.name": 'A&B "<x>"'},
    )
    assert merged == (
        '<a href="{{company.name}}"><span class="merge-field" data-field="company.name">'
        "A&amp;B &quot;&lt;x&gt;&quot;</span></a> {{unknown.field}} {{today}}"
    )
    assert rd.merge(merged, {"company.name": "C"}).count(">C</span>") == 1


def test_create_from_template_fills_and_escapes_merge_fields(db, admin_id, opp):
    doc = rd.create_redactor_document(
        db, admin_id, opp.id, title="", template_code="proposition_commerciale"
    )
    assert doc.title == "Proposition commerciale" and doc.template_code == "proposition_commerciale"
    assert doc.author.name == "Administrateur" and doc.version == 1
    body = doc.body_html
    assert "Dupont &lt;&amp;&gt; Fils" in body and "Dupont <&>" not in body
    assert "Refonte &lt;site&gt;" in body
    assert "Léa O&#x27;Brien" in body
    assert opp.reference in body
    assert f"12{NBSP}500,00{NBSP}€" in body
    assert "31/01/2027" in body
    assert date.today().strftime("%d/%m/%Y") in body
    assert "{{" not in body

    services.update_opportunity(db, admin_id, opp.id, {"amount": "990.5", "name": "Refonte v2"})
    refreshed = rd.refresh_merge_fields(db, admin_id, doc.id, expected_version=doc.version)
    assert (
        f"990,50{NBSP}€" in refreshed.body_html and "12" + NBSP + "500" not in refreshed.body_html
    )
    assert "Refonte v2" in refreshed.body_html and refreshed.version == 2
    assert rd.refresh_merge_fields(db, admin_id, doc.id).version == 2  # nothing changed


def test_blank_document_edit_versions_list_and_delete(db, admin_id, opp):
    doc = rd.create_redactor_document(
        db, admin_id, opp.id, title="Notes", body_html="<p>Bonjour {{contact.name}}</p>"
    )
    assert doc.body_html == "<p>Bonjour {{contact.name}}</p>"
    edited = rd.update_redactor_document(
        db, admin_id, doc.id, expected_version=1, title="Notes de réunion", body_html="<p>v2</p>"
    )
    assert (edited.title, edited.body_html, edited.version) == ("Notes de réunion", "<p>v2</p>", 2)
    with pytest.raises(ConflictError) as err:
        rd.update_redactor_document(db, admin_id, doc.id, expected_version=1, title="Trop tard")
    assert err.value.current_version == 2 and err.value.changed_by == "Administrateur"
    with pytest.raises(ValidationError) as err:
        rd.update_redactor_document(db, admin_id, doc.id, expected_version=2, title="  ")
    assert err.value.errors["title"].code == "required"
    merged = rd.refresh_merge_fields(db, admin_id, doc.id)
    assert merged.body_html == "<p>v2</p>"
    listed = rd.list_redactor_documents(db, admin_id, opp.id)
    assert [(d.title, d.version) for d in listed] == [("Notes de réunion", 2)]
    assert not hasattr(listed[0], "body_html")
    assert rd.get_redactor_document(db, admin_id, doc.id).body_html == "<p>v2</p>"
    with db.uow() as uow:
        fields = uow.session.scalars(
            select(ChangeLog.field).where(ChangeLog.entity_id == doc.id).order_by(ChangeLog.field)
        ).all()
    assert fields == ["body_html", "title"]
    rd.delete_redactor_document(db, admin_id, doc.id)
    assert rd.list_redactor_documents(db, admin_id, opp.id) == []
    with pytest.raises(NotFound):
        rd.get_redactor_document(db, admin_id, doc.id)
    assert _count(db) == 1


def test_invalid_creation_changes_nothing(db, admin_id, opp):
    for kwargs, field, code in (
        ({"title": "X", "template_code": "inconnu"}, "template_code", "unknown"),
        ({"title": "X", "template_code": "../secret"}, "template_code", "unknown"),
        (
            {"title": "X", "template_code": "lettre_accompagnement", "body_html": "<p>x</p>"},
            "body_html",
            "exclusive",
        ),
        ({"title": ""}, "title", "required"),
        ({"title": "X", "body_html": 3}, "body_html", "type"),
    ):
        with pytest.raises(ValidationError) as err:
            rd.create_redactor_document(db, admin_id, opp.id, **kwargs)
        assert err.value.errors[field].code == code
    assert _count(db) == 0


def test_rights(db, admin_id, opp, make_user):
    reader = make_user("reader", "read_only")
    carol = make_user("carol")
    services.share_opportunity(db, admin_id, opp.id, user_id=reader.id)
    doc = rd.create_redactor_document(db, admin_id, opp.id, title="Doc")
    r = reader.id
    for call in (
        lambda: rd.create_redactor_document(db, r, opp.id, title="X"),
        lambda: rd.update_redactor_document(db, r, doc.id, expected_version=1, title="Y"),
        lambda: rd.refresh_merge_fields(db, r, doc.id),
        lambda: rd.delete_redactor_document(db, r, doc.id),
        lambda: rd.list_redactor_documents(db, r, opp.id),
    ):
        with pytest.raises(PermissionDenied):
            call()
    for call in (
        lambda: rd.create_redactor_document(db, carol.id, opp.id, title="X"),
        lambda: rd.get_redactor_document(db, carol.id, doc.id),
        lambda: rd.update_redactor_document(db, carol.id, doc.id, expected_version=1, title="Y"),
        lambda: rd.list_redactor_documents(db, carol.id, opp.id),
        lambda: rd.get_redactor_document(db, admin_id, uuid.uuid4()),
    ):
        with pytest.raises(NotFound):
            call()
    assert rd.get_redactor_document(db, admin_id, doc.id).version == 1
    assert _count(db) == 1
