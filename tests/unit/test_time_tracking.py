"""Timetracking: time entries and totals per user, both backends."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from oppdesk import services
from oppdesk.models import TimeEntry
from oppdesk.services import time_tracking as tt
from oppdesk.services.errors import NotFound, PermissionDenied, ValidationError

TODAY = date.today()


def _count(db) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(TimeEntry))


@pytest.fixture
def opp(make_opportunity):
    return make_opportunity()


@pytest.fixture
def bob(db, admin_id, opp, make_user):
    user = make_user("bob")
    services.share_opportunity(db, admin_id, opp.id, user_id=user.id)
    return user


def test_entries_and_totals_per_user(db, admin_id, opp, bob):
    one = tt.log_time(db, bob.id, opp.id, work_date=TODAY, minutes=90, description="Atelier")
    assert (one.user.name, one.minutes, one.work_date, one.description) == (
        "Bob",
        90,
        TODAY,
        "Atelier",
    )
    tt.log_time(
        db, bob.id, opp.id, work_date=str(TODAY - timedelta(days=1)), minutes="30", description=""
    )
    tt.log_time(db, admin_id, opp.id, work_date=TODAY, minutes=45, description="Chiffrage")
    for_bob = tt.log_time(
        db, admin_id, opp.id, work_date=TODAY, minutes=15, description="Oubli", user_id=bob.id
    )
    assert for_bob.user.id == bob.id
    sheet = tt.list_time_entries(db, bob.id, opp.id)
    assert [(t.user.name, t.minutes) for t in sheet.totals] == [
        ("Administrateur", 45),
        ("Bob", 135),
    ]
    assert sheet.total_minutes == 180
    assert [e.work_date for e in sheet.entries] == [TODAY, TODAY, TODAY, TODAY - timedelta(days=1)]
    assert _count(db) == 4


def test_validation_names_the_field_and_changes_nothing(db, admin_id, opp):
    for kwargs, field, code in (
        ({"minutes": 0}, "minutes", "range"),
        ({"minutes": 1441}, "minutes", "range"),
        ({"minutes": "1h"}, "minutes", "type"),
        ({"minutes": float("nan")}, "minutes", "type"),
        ({"minutes": Decimal("sNaN")}, "minutes", "type"),
        ({"work_date": TODAY + timedelta(days=1)}, "work_date", "range"),
        ({"work_date": datetime.now()}, "work_date", "type"),
        ({"work_date": None}, "work_date", "required"),
        ({"description": ["x"]}, "description", "type"),
        ({"user_id": "bob"}, "user_id", "type"),
        ({"user_id": uuid.uuid4()}, "user_id", "unknown"),
    ):
        values = {"work_date": TODAY, "minutes": 30, "description": "x", **kwargs}
        with pytest.raises(ValidationError) as err:
            tt.log_time(db, admin_id, opp.id, **values)
        assert err.value.errors[field].code == code, kwargs
    tt.log_time(db, admin_id, opp.id, work_date=TODAY, minutes=1400, description="")
    with pytest.raises(ValidationError) as err:
        tt.log_time(db, admin_id, opp.id, work_date=TODAY, minutes=41, description="")
    assert err.value.errors["minutes"].code == "day_full"
    assert _count(db) == 1


def test_rights(db, admin_id, opp, bob, make_user):
    reader = make_user("reader", "read_only")
    carol = make_user("carol")
    services.share_opportunity(db, admin_id, opp.id, user_id=reader.id)
    admins_entry = tt.log_time(db, admin_id, opp.id, work_date=TODAY, minutes=10, description="")
    bobs_entry = tt.log_time(db, bob.id, opp.id, work_date=TODAY, minutes=20, description="")
    with pytest.raises(PermissionDenied) as err:  # Lecture seule: no time-tracking right
        tt.log_time(db, reader.id, opp.id, work_date=TODAY, minutes=5, description="")
    assert err.value.right == "can_time_tracking"
    with pytest.raises(PermissionDenied):
        tt.list_time_entries(db, reader.id, opp.id)
    with pytest.raises(PermissionDenied) as err:  # logging for someone else needs can_admin
        tt.log_time(
            db, bob.id, opp.id, work_date=TODAY, minutes=5, description="", user_id=admin_id
        )
    assert err.value.right == "can_admin"
    with pytest.raises(PermissionDenied):
        tt.delete_time_entry(db, bob.id, admins_entry.id)
    for call in (
        lambda: tt.log_time(db, carol.id, opp.id, work_date=TODAY, minutes=5, description=""),
        lambda: tt.list_time_entries(db, carol.id, opp.id),
        lambda: tt.delete_time_entry(db, carol.id, bobs_entry.id),
        lambda: tt.delete_time_entry(db, admin_id, uuid.uuid4()),
    ):
        with pytest.raises(NotFound):
            call()
    assert _count(db) == 2
    tt.delete_time_entry(db, bob.id, bobs_entry.id)  # one's own entry
    tt.delete_time_entry(db, admin_id, admins_entry.id)
    sheet = tt.list_time_entries(db, admin_id, opp.id)
    assert (sheet.entries, sheet.totals, sheet.total_minutes) == ((), (), 0)
    assert _count(db) == 2  # soft delete


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    minutes=st.one_of(
        st.integers(min_value=-100, max_value=2000),
        st.floats(allow_nan=True, allow_infinity=True),
        st.decimals(min_value=-(10**6), max_value=10**6, allow_nan=False),
        st.sampled_from([Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), True, None]),
        st.text(max_size=8),
        st.lists(st.integers(), max_size=2),
    ),
    work_date=st.one_of(
        st.dates(),
        st.datetimes(),
        st.text(max_size=12),
        st.dates().map(date.isoformat),
        st.none(),
        st.integers(),
    ),
)
def test_any_minutes_and_date_are_accepted_or_rejected_cleanly(
    db, admin_id, opp, minutes, work_date
):
    before = _count(db)
    try:
        entry = tt.log_time(
            db, admin_id, opp.id, work_date=work_date, minutes=minutes, description=""
        )
    except ValidationError as err:
        assert set(err.errors) <= {"minutes", "work_date"}
        assert _count(db) == before
    else:
        assert 1 <= entry.minutes <= 1440 and entry.work_date <= TODAY
        assert _count(db) == before + 1
