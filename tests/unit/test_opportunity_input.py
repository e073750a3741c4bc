"""Property-based tests: whatever a form, a script or a file sends, a rejected call is a
typed error naming the field and leaves the database exactly as it was."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from oppdesk import services
from oppdesk.models import ChangeLog, CustomFieldValue, Opportunity, SmartTag, StageChange

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.just("x" * 10_000),
    st.uuids(),
    st.dates(),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)
FIELDS = sorted(
    {
        "name",
        "amount",
        "probability",
        "due_date",
        "status",
        "brief",
        "reference",
        "currency",
        "contact_id",
        "pipeline_id",
        "stage_id",
        "source_id",
        "assignee_ids",
        "tags",
        "custom_fields",
        "closed_at",
        "closed_reason",
        "owner_id",
    }
)


def snapshot(db) -> tuple:
    with db.uow() as uow:
        s = uow.session
        rows = s.execute(
            select(
                Opportunity.id,
                Opportunity.version,
                Opportunity.name,
                Opportunity.amount,
                Opportunity.probability,
                Opportunity.stage_id,
                Opportunity.status,
            ).order_by(Opportunity.id)
        ).all()
        counts = tuple(
            s.scalar(select(func.count()).select_from(m))
            for m in (ChangeLog, StageChange, SmartTag, CustomFieldValue)
        )
        return tuple(map(tuple, rows)), counts


def assert_rejected_cleanly(db, before, call) -> services.ValidationError | None:
    try:
        call()
    except services.ValidationError as err:
        assert err.errors, "a ValidationError must name at least one field"
        assert snapshot(db) == before
        return err
    return None


@FUZZ
@given(data=st.dictionaries(st.sampled_from(FIELDS), junk, min_size=1, max_size=6))
def test_create_with_arbitrary_input(db, admin_id, company, data):
    fields = {"name": "Affaire", "company_id": company.id, **data}
    before = snapshot(db)
    err = assert_rejected_cleanly(
        db, before, lambda: services.create_opportunity(db, admin_id, fields)
    )
    if err is None:
        created = snapshot(db)[0]
        assert len(created) == len(before[0]) + 1


@FUZZ
@given(data=st.dictionaries(st.sampled_from(FIELDS), junk, min_size=1, max_size=6))
def test_update_with_arbitrary_input(db, admin_id, make_opportunity, data):
    data.pop("owner_id", None)
    data.pop("tags", None)
    opp = make_opportunity(amount=100)
    before = snapshot(db)
    assert_rejected_cleanly(
        db, before, lambda: services.update_opportunity(db, admin_id, opp.id, data)
    )


@pytest.mark.parametrize(
    ("fields", "bad_field", "code"),
    [
        ({"amount": -1}, "amount", "negative"),
        ({"amount": "1e15"}, "amount", "too_large"),
        ({"amount": "12,345"}, "amount", "precision"),
        ({"amount": "douze"}, "amount", "type"),
        ({"probability": 101}, "probability", "range"),
        ({"probability": -1}, "probability", "range"),
        ({"probability": 5.5}, "probability", "type"),
        ({"name": "n" * 10_000}, "name", "too_long"),
        ({"name": "   "}, "name", "required"),
        ({"due_date": "31/12/2026"}, "due_date", "type"),
        ({"status": "late"}, "status", "choice"),
        ({"stage_id": uuid.uuid4()}, "stage_id", "unknown"),
        ({"source_id": "not-a-uuid"}, "source_id", "type"),
        ({"assignee_ids": [uuid.uuid4()]}, "assignee_ids", "unknown"),
        ({"currency": "E1R"}, "currency", "currency"),
        ({"colour": "red"}, "colour", "unknown_field"),
    ],
)
def test_bad_values_name_the_field(db, admin_id, company, fields, bad_field, code):
    before = snapshot(db)
    with pytest.raises(services.ValidationError) as err:
        services.create_opportunity(db, admin_id, {"name": "A", "company_id": company.id, **fields})
    assert err.value.errors[bad_field].code == code
    assert bad_field in str(err.value)
    assert snapshot(db) == before


def test_unknown_company_and_all_errors_at_once(db, admin_id):
    with pytest.raises(services.ValidationError) as err:
        services.create_opportunity(
            db,
            admin_id,
            {"name": "", "company_id": uuid.uuid4(), "amount": -5, "probability": 500},
        )
    assert set(err.value.errors) == {"name", "amount", "probability"}  # references checked after
    with pytest.raises(services.ValidationError) as err:
        services.create_opportunity(db, admin_id, {"name": "A", "company_id": uuid.uuid4()})
    assert err.value.errors["company_id"].code == "unknown"


def test_custom_field_types_are_enforced(db, admin_id, make_opportunity):
    for spec in (
        {"label": "Date de signature", "code": "signed_on", "field_type": "date"},
        {"label": "Nombre de postes", "code": "seats", "field_type": "number", "required": True},
        {
            "label": "Canal",
            "code": "channel",
            "field_type": "single_choice",
            "choices": ["Direct", "Revendeur"],
        },
        {"label": "Site", "code": "site", "field_type": "url"},
    ):
        services.create_custom_field(db, admin_id, spec)
    with pytest.raises(services.ValidationError) as err:
        make_opportunity(custom_fields={"signed_on": "hier", "channel": "Web", "site": "ftp://x"})
    assert set(err.value.errors) == {
        "custom_fields.signed_on",
        "custom_fields.seats",
        "custom_fields.channel",
        "custom_fields.site",
    }
    opp = make_opportunity(
        custom_fields={"signed_on": "2027-03-01", "seats": "12,5", "channel": "Direct"}
    )
    values = {v.code: v.value for v in opp.custom_fields}
    assert values == {
        "signed_on": date(2027, 3, 1),
        "seats": Decimal("12.5"),
        "channel": "Direct",
        "site": None,
    }
