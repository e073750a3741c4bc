"""Bulk actions (Actions en masse) on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from oppdesk import services
from oppdesk.models import Activity, ChangeLog, Opportunity, StageChange
from oppdesk.services import bulk
from oppdesk.services.opportunity_list import OpportunityQuery, Selection


def _sel(*opps) -> Selection:
    return Selection(OpportunityQuery(), ids=frozenset(o.id for o in opps))


def _get(db, admin_id, opp):
    return services.get_opportunity(db, admin_id, opp.id)


def _log(db, batch_id, field=None):
    with db.uow() as uow:
        q = select(ChangeLog.entity_id, ChangeLog.field, ChangeLog.old_value, ChangeLog.new_value)
        q = q.where(ChangeLog.batch_id == batch_id)
        if field:
            q = q.where(ChangeLog.field == field)
        return list(uow.session.execute(q))


def _three(make_opportunity):
    return [make_opportunity(name=f"Affaire {i}", amount=1000) for i in range(3)]


def test_set_status_changes_only_selected_with_history(db, admin_id, make_opportunity):
    a, b, c = _three(make_opportunity)
    report = bulk.bulk_update(db, admin_id, _sel(a, b), bulk.SetStatus("won"))
    assert (report.matched, report.changed, report.skipped_no_right) == (2, 2, 0)
    for opp in (a, b):
        got = _get(db, admin_id, opp)
        assert got.status == "won" and got.closed_at == date.today()
        assert got.version == opp.version + 1
    assert _get(db, admin_id, c).status == "open"
    rows = _log(db, report.batch_id, "status")
    assert sorted(r[0] for r in rows) == sorted([a.id, b.id])
    assert {(r[2], r[3]) for r in rows} == {("open", "won")}


def test_move_keeps_probability_weighted_and_stage_history(db, admin_id, make_opportunity):
    a, b, _ = _three(make_opportunity)
    pipeline = services.list_pipelines(db, admin_id)[0]
    stage = pipeline.stages[3]
    report = bulk.bulk_update(db, admin_id, _sel(a, b), bulk.Move(pipeline.id, stage.id))
    assert report.changed == 2
    got = _get(db, admin_id, a)
    assert got.stage.id == stage.id and got.probability == stage.default_probability
    assert got.weighted_amount == Decimal(1000) * stage.default_probability / 100
    with db.uow() as uow:
        n = uow.session.scalar(select(func.count()).where(StageChange.batch_id == report.batch_id))
        key = uow.session.scalar(select(Opportunity.stage_key).where(Opportunity.id == a.id))
    assert n == 2 and key == pipeline.position * 1000 + stage.position
    assert {r[3] for r in _log(db, report.batch_id, "stage_id")} == {str(stage.id)}


def test_move_refuses_stage_of_other_pipeline(db, admin_id, make_opportunity):
    a = make_opportunity()
    pipelines = services.list_pipelines(db, admin_id)
    other = uuid_of_other_stage(pipelines)
    with pytest.raises(services.ValidationError) as err:
        bulk.bulk_update(db, admin_id, _sel(a), bulk.Move(pipelines[0].id, other))
    assert "stage_id" in err.value.errors
    assert _get(db, admin_id, a).version == a.version


def uuid_of_other_stage(pipelines):
    import uuid

    if len(pipelines) > 1:
        return pipelines[1].stages[0].id
    return uuid.uuid4()


def test_due_dates_set_and_shift(db, admin_id, make_opportunity):
    a, b, _ = _three(make_opportunity)
    bulk.bulk_update(db, admin_id, _sel(a, b), bulk.SetDueDate(date(2031, 1, 30)))
    report = bulk.bulk_update(db, admin_id, _sel(a), bulk.ShiftDueDate(3))
    assert _get(db, admin_id, a).due_date == date(2031, 2, 2)
    assert _get(db, admin_id, b).due_date == date(2031, 1, 30)
    assert _log(db, report.batch_id, "due_date")[0][2:] == ("2031-01-30", "2031-02-02")


def test_source_owner_shares_tags_assignees(db, admin_id, make_opportunity, make_user):
    a, b, c = _three(make_opportunity)
    sales = make_user("paul")
    source = services.list_sources(db, admin_id)[0]
    bulk.bulk_update(db, admin_id, _sel(a, b), bulk.SetSource(source.id))
    bulk.bulk_update(db, admin_id, _sel(a, b), bulk.EditTags(add=("Urgent", "VIP")))
    bulk.bulk_update(db, admin_id, _sel(a), bulk.EditTags(remove=("VIP",)))
    bulk.bulk_update(db, admin_id, _sel(b, c), bulk.AssignCollaborators(add=(sales.id,)))
    bulk.bulk_update(
        db, admin_id, _sel(c), bulk.ChangeSharing(owner_id=sales.id, add_users=(sales.id,))
    )
    got_a, got_b, got_c = (_get(db, admin_id, o) for o in (a, b, c))
    assert got_a.source.id == source.id and got_c.source is None
    assert [t for t in got_a.tags] == ["Urgent"] or [t.name for t in got_a.tags] == ["Urgent"]
    assert len(got_b.tags) == 2
    assert [u.id for u in got_b.assignees] == [sales.id]
    assert got_c.owner.id == sales.id


def test_custom_fields(db, admin_id, make_opportunity):
    services.create_custom_field(
        db, admin_id, {"label": "Budget", "code": "budget", "field_type": "number"}
    )
    a, b, _ = _three(make_opportunity)
    report = bulk.bulk_update(db, admin_id, _sel(a, b), bulk.SetCustomFields({"budget": 12}))
    assert report.changed == 2
    rows = services.list_opportunities(db, admin_id, OpportunityQuery())
    values = {r.id: r.custom_value("budget") for r in rows}
    assert values[a.id] == values[b.id] == Decimal(12)
    with pytest.raises(services.ValidationError):
        bulk.bulk_update(db, admin_id, _sel(a), bulk.SetCustomFields({"nope": 1}))
    assert bulk.undo_bulk(db, admin_id, report.batch_id) == 2
    rows = services.list_opportunities(db, admin_id, OpportunityQuery())
    assert all(r.custom_value("budget") is None for r in rows)


def test_delete_and_create_task(db, admin_id, make_opportunity):
    a, b, c = _three(make_opportunity)
    due = datetime(2031, 1, 1, 9, tzinfo=UTC)
    report = bulk.bulk_update(db, admin_id, _sel(a, b), bulk.CreateTask("Relancer", due))
    assert report.changed == 2
    with db.uow() as uow:
        tasks = uow.session.execute(
            select(Activity.opportunity_id, Activity.task_assignee_id, Activity.subject).where(
                Activity.kind == "task"
            )
        ).all()
    assert sorted(t[0] for t in tasks) == sorted([a.id, b.id])
    assert tasks[0][1:] == (admin_id, "Relancer")
    assert bulk.undo_bulk(db, admin_id, report.batch_id) == 2
    report = bulk.bulk_update(db, admin_id, _sel(a, c), bulk.Delete())
    assert report.changed == 2
    assert services.count_opportunities(db, admin_id) == 1
    bulk.undo_bulk(db, admin_id, report.batch_id)
    assert services.count_opportunities(db, admin_id) == 3


def test_mixed_rights_skip_rows(db, admin_id, make_opportunity, make_user):
    paul = make_user("paul")
    mine = make_opportunity(owner_id=paul.id)
    theirs = make_opportunity()
    theirs = services.share_opportunity(db, admin_id, theirs.id, user_id=paul.id)
    hidden = make_opportunity()
    sel = _sel(mine, theirs, hidden)
    report = bulk.bulk_update(db, paul.id, sel, bulk.SetStatus("lost"))
    # sales: view shared, edit shared → the hidden one is not even matched
    assert (report.matched, report.changed) == (2, 2)
    report = bulk.bulk_update(db, paul.id, sel, bulk.Delete())
    assert (report.matched, report.changed, report.skipped_no_right) == (2, 1, 1)
    assert _get(db, admin_id, theirs).version == theirs.version + 1  # lost only
    assert _get(db, admin_id, hidden).status == "open"


def test_all_matching_except(db, admin_id, make_opportunity):
    a, b, c = _three(make_opportunity)
    sel = Selection(OpportunityQuery(text="Affaire"), all_matching=True, ids=frozenset({b.id}))
    report = bulk.bulk_update(db, admin_id, sel, bulk.SetStatus("cancelled"))
    assert report.matched == 2
    assert [_get(db, admin_id, o).status for o in (a, b, c)] == ["cancelled", "open", "cancelled"]


def test_validation_errors_change_nothing(db, admin_id, make_opportunity):
    a = make_opportunity()
    with pytest.raises(services.ValidationError) as err:
        bulk.bulk_update(db, admin_id, _sel(a), bulk.SetStatus("bogus"))
    assert "status" in err.value.errors
    with pytest.raises(services.ValidationError):
        bulk.bulk_update(db, admin_id, _sel(a), bulk.CreateTask("", "not a date"))  # type: ignore[arg-type]
    assert _get(db, admin_id, a).version == a.version


def test_cancel_rolls_back(db, admin_id, make_opportunity):
    opps = [make_opportunity(name=f"N{i}") for i in range(5)]
    seen = []
    with pytest.raises(bulk.BulkCancelled):
        bulk.bulk_update(
            db,
            admin_id,
            _sel(*opps),
            bulk.SetStatus("won"),
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: len(seen) >= 2,
            chunk_size=2,
        )
    assert seen == [(0, 5), (2, 5)]
    assert all(_get(db, admin_id, o).status == "open" for o in opps)
    with db.uow() as uow:
        assert uow.session.scalar(select(func.count()).where(ChangeLog.batch_id.is_not(None))) == 0


def test_chunks_cover_everything(db, admin_id, make_opportunity):
    opps = [make_opportunity(name=f"N{i}") for i in range(5)]
    report = bulk.bulk_update(db, admin_id, _sel(*opps), bulk.ShiftDueDate(1), chunk_size=2)
    assert report.changed == 0  # no due dates: nothing to shift
    report = bulk.bulk_update(db, admin_id, _sel(*opps), bulk.SetStatus("won"), chunk_size=2)
    assert report.changed == 5


def test_undo_restores_then_refuses_after_edit(db, admin_id, make_opportunity):
    a, b, _ = _three(make_opportunity)
    pipeline = services.list_pipelines(db, admin_id)[0]
    before = _get(db, admin_id, a)
    report = bulk.bulk_update(
        db, admin_id, _sel(a, b), bulk.Move(pipeline.id, pipeline.stages[2].id)
    )
    assert bulk.undo_bulk(db, admin_id, report.batch_id) == 2
    after = _get(db, admin_id, a)
    assert (after.stage.id, after.probability, after.weighted_amount) == (
        before.stage.id,
        before.probability,
        before.weighted_amount,
    )
    with pytest.raises(bulk.BulkUndoConflict):  # undone already
        bulk.undo_bulk(db, admin_id, report.batch_id)
    report = bulk.bulk_update(db, admin_id, _sel(a, b), bulk.SetStatus("won", closed_reason="x"))
    services.update_opportunity(db, admin_id, a.id, {"name": "Renamed"})
    with pytest.raises(bulk.BulkUndoConflict):
        bulk.undo_bulk(db, admin_id, report.batch_id)
    assert _get(db, admin_id, b).status == "won"


def test_read_only_user_is_refused(db, admin_id, make_opportunity, make_user):
    a = make_opportunity()
    reader = make_user("lea", "read_only")
    a = services.share_opportunity(db, admin_id, a.id, user_id=reader.id)
    pipeline = services.list_pipelines(db, admin_id)[0]
    due = datetime(2031, 1, 1, tzinfo=UTC)
    actions = (
        bulk.ChangeSharing(owner_id=admin_id),
        bulk.Delete(),
        bulk.AssignCollaborators(add=(admin_id,)),
        bulk.SetCustomFields({"x": 1}),
        bulk.EditTags(add=("x",)),
        bulk.Move(pipeline.id, pipeline.stages[1].id),
        bulk.SetStatus("won"),
        bulk.SetDueDate(date(2031, 1, 1)),
        bulk.ShiftDueDate(1),
        bulk.SetSource(None),
        bulk.CreateTask("Relancer", due),
    )
    for action in actions:
        with pytest.raises(services.PermissionDenied):
            bulk.bulk_update(db, reader.id, _sel(a), action)
    with pytest.raises(services.PermissionDenied):
        bulk.undo_bulk(db, reader.id, a.id)
    assert _get(db, admin_id, a).version == a.version
