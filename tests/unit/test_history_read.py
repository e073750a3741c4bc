"""Stage history (the Pipeline tab): who moved the opportunity, when, and how long it stayed
in each stage — on both backends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from oppdesk import services
from oppdesk.api import Workspace
from oppdesk.models import StageChange
from oppdesk.services.errors import NotFound


@pytest.fixture
def stages(db, admin_id):
    pipeline = next(p for p in services.list_pipelines(db, admin_id) if p.is_default)
    return pipeline.stages


def _set_times(db, opportunity_id, times):
    """Give the stage changes of ``opportunity_id`` (in creation order) the ``times``."""
    with db.uow() as uow:
        rows = uow.session.scalars(
            select(StageChange.id)
            .where(StageChange.opportunity_id == opportunity_id)
            .order_by(StageChange.changed_at)
        ).all()
        assert len(rows) == len(times)
        for row_id, at in zip(rows, times, strict=True):
            uow.session.execute(
                update(StageChange).where(StageChange.id == row_id).values(changed_at=at)
            )
        uow.commit()


def test_creation_is_the_first_entry(db, admin_id, make_opportunity, stages):
    opp = make_opportunity(stage_id=stages[1].id)
    history = services.stage_history(db, admin_id, opp.id)
    assert len(history) == 1
    (only,) = history
    assert only.from_stage is None
    assert only.to_stage.id == stages[1].id
    assert only.to_stage.name == stages[1].name
    assert only.changed_by is not None and only.changed_by.id == admin_id
    assert only.current is True
    assert only.duration is not None and only.duration >= timedelta(0)


def test_moves_are_listed_oldest_first_with_time_in_each_stage(
    db, admin_id, make_opportunity, make_user, stages
):
    bob = make_user("bob")
    opp = make_opportunity(stage_id=stages[0].id)
    services.share_opportunity(db, admin_id, opp.id, user_id=bob.id)
    opp = services.move_to_stage(db, admin_id, opp.id, stages[2].id)
    services.move_to_stage(db, bob.id, opp.id, stages[3].id, expected_version=opp.version)
    start = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
    times = [start, start + timedelta(days=3, hours=4), start + timedelta(days=10)]
    _set_times(db, opp.id, times)
    now = start + timedelta(days=12, hours=1)

    history = services.stage_history(db, admin_id, opp.id, now=now)

    assert [(h.from_stage and h.from_stage.id, h.to_stage.id) for h in history] == [
        (None, stages[0].id),
        (stages[0].id, stages[2].id),
        (stages[2].id, stages[3].id),
    ]
    assert [h.changed_by.id for h in history] == [admin_id, admin_id, bob.id]
    assert history[-1].changed_by.name == "Bob"
    assert [h.changed_at for h in history] == times
    assert [h.duration for h in history] == [
        timedelta(days=3, hours=4),
        timedelta(days=6, hours=20),
        timedelta(days=2, hours=1),
    ]
    assert [h.current for h in history] == [False, False, True]


def test_a_move_to_the_same_stage_writes_nothing(db, admin_id, make_opportunity, stages):
    opp = make_opportunity(stage_id=stages[0].id)
    services.move_to_stage(db, admin_id, opp.id, stages[0].id)
    assert len(services.stage_history(db, admin_id, opp.id)) == 1


def test_history_follows_visibility(db, admin_id, make_opportunity, make_user):
    opp = make_opportunity()
    outsider = make_user("outsider", "read_only")
    with pytest.raises(NotFound):
        services.stage_history(db, outsider.id, opp.id)
    services.share_opportunity(db, admin_id, opp.id, user_id=outsider.id)
    assert len(services.stage_history(db, outsider.id, opp.id)) == 1


def test_deleted_opportunity_has_no_history_to_show(db, admin_id, make_opportunity):
    opp = make_opportunity()
    services.delete_opportunity(db, admin_id, opp.id)
    with pytest.raises(NotFound):
        services.stage_history(db, admin_id, opp.id)


def test_the_api_exposes_it(db, admin_id, make_opportunity):
    opp = make_opportunity()
    ws = Workspace(db, admin_id, migration=None)  # type: ignore[arg-type]
    assert [h.to_stage.id for h in ws.stage_history(opp.id)] == [opp.stage.id]
    assert ws.list_loss_reasons()[0] == "Prix trop élevé"


def test_loss_reasons_come_from_the_workspace_setting(db, admin_id):
    from oppdesk.services.settings import put_setting

    assert services.list_loss_reasons(db, admin_id) == [
        "Prix trop élevé",
        "Concurrent retenu",
        "Projet abandonné",
        "Sans réponse",
    ]
    with db.uow() as uow:
        put_setting(uow.session, "loss_reasons", ["Budget", "  ", "Délai"])
        uow.commit()
    assert services.list_loss_reasons(db, admin_id) == ["Budget", "Délai"]
