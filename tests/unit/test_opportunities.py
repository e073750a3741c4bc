"""Opportunity use cases on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from oppdesk import services
from oppdesk.models import ChangeLog, Opportunity, StageChange


def _count(db, model) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_create_fills_defaults_and_follows_stage(db, admin_id, company, make_opportunity):
    opp = make_opportunity(amount="12500,50", due_date="2030-01-31")
    pipeline = services.list_pipelines(db, admin_id)[0]
    assert opp.reference == "OPP-00001"
    assert opp.pipeline.name == "Pipeline commercial"
    assert opp.stage.id == pipeline.stages[0].id
    assert opp.probability == pipeline.stages[0].default_probability == 10
    assert opp.amount == Decimal("12500.50")
    assert opp.weighted_amount == Decimal("1250.05")
    assert opp.currency == "EUR"
    assert opp.owner.id == admin_id
    assert opp.status == "open" and not opp.is_late
    assert opp.due_date == date(2030, 1, 31)
    assert opp.version == 1
    assert opp.company.id == company.id
    assert _count(db, StageChange) == 1


def test_references_increase_and_skip_taken(db, make_opportunity):
    make_opportunity(reference="OPP-00002")
    first = make_opportunity()
    second = make_opportunity()
    assert (first.reference, second.reference) == ("OPP-00001", "OPP-00003")


def test_duplicate_reference_is_refused(db, make_opportunity):
    make_opportunity(reference="X-1")
    with pytest.raises(services.ValidationError) as err:
        make_opportunity(reference="X-1")
    assert err.value.errors["reference"].code == "duplicate"
    assert _count(db, Opportunity) == 1


def test_move_to_stage_records_history_and_probability(db, admin_id, make_opportunity):
    opp = make_opportunity(amount=1000)
    stages = services.list_pipelines(db, admin_id)[0].stages
    moved = services.move_to_stage(db, admin_id, opp.id, stages[3].id)
    assert moved.stage.name == stages[3].name
    assert moved.probability == stages[3].default_probability
    assert moved.weighted_amount == Decimal("750.00")
    assert moved.version == opp.version + 1
    with db.uow() as uow:
        changes = uow.session.execute(
            select(StageChange.from_stage_id, StageChange.to_stage_id)
            .where(StageChange.opportunity_id == opp.id)
            .order_by(StageChange.changed_at)
        ).all()
    assert [tuple(c) for c in changes] == [(None, stages[0].id), (stages[0].id, stages[3].id)]


def test_manual_probability_sticks_across_stages(db, admin_id, make_opportunity):
    opp = make_opportunity(probability=42, amount=100)
    stages = services.list_pipelines(db, admin_id)[0].stages
    moved = services.move_to_stage(db, admin_id, opp.id, stages[4].id)
    assert moved.probability == 42 and moved.probability_is_manual
    reset = services.update_opportunity(db, admin_id, opp.id, {"probability": None})
    assert reset.probability == stages[4].default_probability
    assert not reset.probability_is_manual


def test_update_writes_field_history(db, admin_id, make_opportunity):
    opp = make_opportunity(amount=10)
    services.update_opportunity(db, admin_id, opp.id, {"name": "Nouveau nom", "amount": 20})
    with db.uow() as uow:
        rows = uow.session.execute(
            select(ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value)
            .where(ChangeLog.entity_id == opp.id)
            .order_by(ChangeLog.field)
        ).all()
    assert ("name", "Contrat de maintenance", "Nouveau nom") in rows
    assert ("amount", "10.00", "20.00") in rows


def test_closing_sets_closed_date_and_reopening_clears_it(db, admin_id, make_opportunity):
    opp = make_opportunity()
    lost = services.update_opportunity(
        db,
        admin_id,
        opp.id,
        {"status": "lost", "closed_at": "2026-01-15", "closed_reason": "Prix trop élevé"},
    )
    assert (lost.status, lost.closed_at, lost.closed_reason) == (
        "lost",
        date(2026, 1, 15),
        "Prix trop élevé",
    )
    reopened = services.update_opportunity(db, admin_id, opp.id, {"status": "open"})
    assert reopened.closed_at is None and reopened.closed_reason is None


def test_late_is_computed_not_stored(db, make_opportunity):
    past = make_opportunity(due_date=date.today() - timedelta(days=1))
    future = make_opportunity(due_date=date.today() + timedelta(days=1))
    assert past.is_late and past.display_status == "late" and past.status == "open"
    assert not future.is_late


def test_stale_version_raises_conflict_and_changes_nothing(db, admin_id, make_opportunity):
    opp = make_opportunity(amount=5)
    services.update_opportunity(db, admin_id, opp.id, {"amount": 6}, expected_version=opp.version)
    with pytest.raises(services.ConflictError) as err:
        services.update_opportunity(
            db, admin_id, opp.id, {"amount": 7}, expected_version=opp.version
        )
    assert err.value.changed_by == "Administrateur"
    assert err.value.current_values["amount"] == Decimal("6.00")
    assert services.get_opportunity(db, admin_id, opp.id).amount == Decimal("6.00")


def test_contact_must_belong_to_company(db, admin_id, company, make_opportunity):
    other = services.create_company(db, admin_id, {"name": "Autre SARL"})
    stranger = services.create_contact(
        db, admin_id, {"company_id": other.id, "last_name": "Durand"}
    )
    with pytest.raises(services.ValidationError) as err:
        make_opportunity(contact_id=stranger.id)
    assert err.value.errors["contact_id"].code == "other_company"


def test_stage_must_belong_to_pipeline(db, admin_id, make_opportunity):
    from oppdesk.models import Pipeline
    from oppdesk.services.setup import add_pipeline

    with db.uow() as uow:
        other = add_pipeline(uow.session, "Partenariats", (("Contact", 5),), position=1)
        uow.commit()
        other_stage = other.stages[0].id
    default = services.list_pipelines(db, admin_id)[0]
    with pytest.raises(services.ValidationError) as err:
        make_opportunity(pipeline_id=default.id, stage_id=other_stage)
    assert err.value.errors["stage_id"].code == "other_pipeline"
    assert _count(db, Opportunity) == 0
    assert _count(db, Pipeline) == 2


def test_duplicate_copies_fields_tags_custom_fields_and_collaborators(
    db, admin_id, make_opportunity, make_user
):
    bob = make_user("bob")
    services.create_custom_field(
        db, admin_id, {"label": "Budget validé", "code": "budget_ok", "field_type": "boolean"}
    )
    opp = make_opportunity(
        amount=900,
        assignee_ids=[bob.id],
        tags=["vip", "salon"],
        probability=33,
        custom_fields={"budget_ok": True},
        brief="À rappeler",
    )
    copy = services.duplicate_opportunity(db, admin_id, opp.id)
    assert copy.id != opp.id and copy.reference != opp.reference
    assert (copy.name, copy.amount, copy.brief, copy.probability) == (
        opp.name,
        opp.amount,
        opp.brief,
        33,
    )
    assert copy.tags == ("salon", "vip")
    assert [a.id for a in copy.assignees] == [bob.id]
    assert copy.custom_fields[0].value is True


def test_delete_is_soft_and_hides_from_lists(db, admin_id, make_opportunity):
    opp = make_opportunity()
    services.delete_opportunity(db, admin_id, opp.id)
    assert services.list_opportunities(db, admin_id) == []
    with pytest.raises(services.NotFound):
        services.get_opportunity(db, admin_id, opp.id)
    assert _count(db, Opportunity) == 1  # still there for history and sync


def test_deleted_reference_can_be_reused(db, make_opportunity, admin_id):
    opp = make_opportunity(reference="R-1")
    services.delete_opportunity(db, admin_id, opp.id)
    assert make_opportunity(reference="R-1").reference == "R-1"
