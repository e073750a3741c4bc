"""Companies and contacts: the cross-company contact search is accent- and case-insensitive,
matches the company's name too, orders by last name, and never shows deleted records."""

from __future__ import annotations

import pytest

from oppdesk import services
from oppdesk.models import Company, Contact
from oppdesk.models.base import utcnow
from oppdesk.services.companies import _ACCENTED, _PLAIN
from oppdesk.services.sort_keys import fold


@pytest.fixture
def people(db, admin_id):
    societe = services.create_company(db, admin_id, {"name": "Société Éléphant"})
    durand = services.create_company(db, admin_id, {"name": "Durand SA", "kind": "client"})

    def contact(company, first, last, **extra):
        fields = {"company_id": company.id, "first_name": first, "last_name": last, **extra}
        return services.create_contact(db, admin_id, fields)

    return {
        "societe": societe,
        "durand": durand,
        "dupre": contact(durand, "Éva", "Dupré", job_title="Acheteuse"),
        "martin": contact(societe, "Paul", "Martin", email="paul@example.com"),
        "zoe": contact(durand, "Zoé", "Adam"),
    }


def _names(rows):
    return [row.last_name for row in rows]


def _soft_delete(db, entity, ident):
    with db.uow() as uow:
        uow.session.get_one(entity, ident).deleted_at = utcnow()
        uow.commit()


def test_without_text_every_live_contact_comes_by_last_name(db, admin_id, people):
    rows = services.search_contacts(db, admin_id)
    assert _names(rows) == ["Adam", "Dupré", "Martin"]
    martin = rows[2]
    assert martin.company_id == people["societe"].id
    assert martin.company_name == "Société Éléphant"
    assert martin.email == "paul@example.com"
    assert martin.full_name == "Paul Martin"
    assert rows[1].job_title == "Acheteuse"


@pytest.mark.parametrize("text", ["dupre", "DUPRÉ", "  dupre   eva ", "eva dupre", "Éva"])
def test_names_match_without_accents_or_case(db, admin_id, people, text):
    assert _names(services.search_contacts(db, admin_id, text)) == ["Dupré"]


def test_the_postgresql_translation_table_agrees_with_fold():
    assert len(_ACCENTED) == len(_PLAIN)
    assert [fold(c) for c in _ACCENTED] == list(_PLAIN)


@pytest.mark.parametrize("last", ["ÇA VA", "Strauß", "ŒDIPE", "Cœur", "Øberg", "NAÏVE", "ÆSOP"])
def test_unusual_letters_fold_like_the_query(db, admin_id, people, last):
    company = people["societe"]
    services.create_contact(db, admin_id, {"company_id": company.id, "last_name": last})
    assert _names(services.search_contacts(db, admin_id, fold(last))) == [last]
    assert _names(services.search_contacts(db, admin_id, last.lower())) == [last]


def test_the_company_name_matches_too(db, admin_id, people):
    assert _names(services.search_contacts(db, admin_id, "societe eleph")) == ["Martin"]
    assert _names(services.search_contacts(db, admin_id, "durand")) == ["Adam", "Dupré"]


def test_like_wildcards_are_plain_characters(db, admin_id, people):
    assert services.search_contacts(db, admin_id, "%") == []
    assert services.search_contacts(db, admin_id, "_") == []


def test_deleted_contacts_and_contacts_of_deleted_companies_are_left_out(db, admin_id, people):
    _soft_delete(db, Contact, people["dupre"].id)
    assert _names(services.search_contacts(db, admin_id)) == ["Adam", "Martin"]
    assert services.search_contacts(db, admin_id, "dupre") == []
    _soft_delete(db, Company, people["durand"].id)
    assert _names(services.search_contacts(db, admin_id)) == ["Martin"]
    assert services.search_contacts(db, admin_id, "adam") == []


def test_the_limit_is_kept(db, admin_id, people):
    assert _names(services.search_contacts(db, admin_id, limit=2)) == ["Adam", "Dupré"]
    assert len(services.search_contacts(db, admin_id, limit=0)) == 1


def test_search_companies_is_accent_insensitive_and_filters_by_kind(db, admin_id, people):
    assert [c.name for c in services.search_companies(db, admin_id, "societe")] == [
        "Société Éléphant"
    ]
    clients = services.search_companies(db, admin_id, "", kind="client")
    assert [c.name for c in clients] == ["Durand SA"]


def test_the_scripting_api_offers_the_contact_search():
    from oppdesk.api import Workspace

    assert hasattr(Workspace, "search_contacts")


def test_stale_company_and_contact_edits_are_refused_untouched(db, admin_id, make_user):
    """Two people edit the same company (or contact): the second save names who changed it
    and changes nothing; with the version now stored it goes through."""
    company = services.create_company(db, admin_id, {"name": "Durand SA", "city": "Lyon"})
    contact = services.create_contact(
        db, admin_id, {"company_id": company.id, "last_name": "Martin"}
    )
    colleague = make_user("claire", "admin", display_name="Claire Dupont")
    theirs = services.update_company(
        db, colleague.id, company.id, {"city": "Lille"}, expected_version=company.version
    )
    with pytest.raises(services.ConflictError) as err:
        services.update_company(
            db, admin_id, company.id, {"phone": "01 02"}, expected_version=company.version
        )
    assert err.value.changed_by == "Claire Dupont"
    assert err.value.current_version == theirs.version
    assert err.value.current_values["city"] == "Lille"
    stored = services.get_company(db, admin_id, company.id)
    assert (stored.version, stored.phone) == (theirs.version, None)
    ours = services.update_company(
        db, admin_id, company.id, {"phone": "01 02"}, expected_version=theirs.version
    )
    assert (ours.city, ours.phone) == ("Lille", "01 02")

    services.update_contact(
        db, colleague.id, contact.id, {"job_title": "DAF"}, expected_version=contact.version
    )
    with pytest.raises(services.ConflictError) as err:
        services.update_contact(
            db, admin_id, contact.id, {"last_name": "Moreau"}, expected_version=contact.version
        )
    assert err.value.current_values["job_title"] == "DAF"
    [stored_contact] = services.list_contacts(db, admin_id, company.id)
    assert stored_contact.last_name == "Martin"
    # Scripts that do not say which version they read are not guarded (as before).
    assert services.update_contact(db, admin_id, contact.id, {"last_name": "Moreau"}).version


def test_company_and_contact_edits_leave_field_history(db, admin_id):
    from sqlalchemy import select

    from oppdesk.models import ChangeLog

    company = services.create_company(db, admin_id, {"name": "Durand SA", "city": "Lyon"})
    contact = services.create_contact(
        db, admin_id, {"company_id": company.id, "last_name": "Martin", "job_title": "DAF"}
    )
    services.update_company(db, admin_id, company.id, {"city": "Lille", "name": "Durand SA"})
    services.update_contact(db, admin_id, contact.id, {"job_title": "DG", "last_name": "Martin"})
    with db.uow() as uow:
        rows = uow.session.execute(
            select(ChangeLog.entity, ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value)
            .where(ChangeLog.entity_id.in_([company.id, contact.id]))
            .order_by(ChangeLog.entity)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("company", "city", "Lyon", "Lille"),
        ("contact", "job_title", "DAF", "DG"),
    ]
