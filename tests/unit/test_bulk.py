"""Bulk actions (Actions en masse) on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import String, cast, event, func, insert, literal, select, true
from sqlalchemy.exc import OperationalError

from oppdesk import services
from oppdesk.models import (
    Activity,
    ChangeLog,
    CustomFieldValue,
    Opportunity,
    OpportunityShare,
    StageChange,
    opportunity_assignees,
    opportunity_tags,
)
from oppdesk.services import bulk, bulk_sqlite
from oppdesk.services.bulk_sql import new_id
from oppdesk.services.opportunity_list import OpportunityQuery, Selection


@pytest.fixture(autouse=True)
def _checkpoints_done(db) -> Iterator[None]:
    """A big action checkpoints on a thread of its own: let it finish with its test."""
    yield
    if db.is_sqlite:
        bulk_sqlite.wait_for_checkpoint(db.url.database, timeout=60)


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


def test_tasks_go_only_where_their_assignee_can_see(db, admin_id, make_opportunity, make_user):
    a, b, _ = _three(make_opportunity)
    bob = make_user("bob")  # sales: sees his own and shared opportunities
    services.share_opportunity(db, admin_id, a.id, user_id=bob.id)
    due = datetime(2031, 1, 1, 9, tzinfo=UTC)
    action = bulk.CreateTask("Relancer", due, assignee_id=bob.id)
    report = bulk.bulk_update(db, admin_id, _sel(a, b), action)
    assert (report.matched, report.changed, report.skipped_no_right) == (2, 1, 0)
    assert report.unchanged == 1  # b: bob could not open it
    with db.uow() as uow:
        tasks = uow.session.execute(
            select(Activity.opportunity_id, Activity.task_assignee_id).where(
                Activity.kind == "task"
            )
        ).all()
    assert tasks == [(a.id, bob.id)]
    assert bulk.undo_bulk(db, admin_id, report.batch_id) == 1


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


def _clone(db, template, n: int) -> list:
    """``n`` copies of ``template`` (references T-1…T-n, not searchable: nothing for the
    full-text index to do) in one INSERT … SELECT."""
    t = Opportunity.__table__
    numbers = select(literal(1).label("n")).cte("numbers", recursive=True)
    numbers = numbers.union_all(select(numbers.c.n + 1).where(numbers.c.n < n))
    values = {c.name: c for c in t.c}
    values["id"] = new_id(db.dialect)
    values["reference"] = literal("T-").concat(cast(numbers.c.n, String))
    values["search_text"] = literal("")
    rows = (
        select(*values.values()).select_from(t.join(numbers, true())).where(t.c.id == template.id)
    )
    with db.uow() as uow:
        uow.session.execute(insert(t).from_select(list(values), rows))
        ids = list(uow.session.scalars(select(t.c.id).where(t.c.reference.like("T-%"))))
        uow.commit()
    return ids


# One more id than the backend accepts as bound parameters in one statement: SQLite's
# default limit since 3.32 (some builds raise it, the test lowers it back), PostgreSQL's
# protocol limit.
MANY = {"sqlite": 32_766 + 234, "postgresql": 65_535 + 465}


@pytest.fixture
def stock_sqlite_limit(db) -> Iterator[None]:
    """SQLite connections limited to 32,766 bound variables, the stock default."""
    if not db.is_sqlite:
        yield
        return

    def limit(dbapi_connection, _record) -> None:
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766)

    event.listen(db.engine, "connect", limit)
    db.engine.dispose()
    yield
    event.remove(db.engine, "connect", limit)
    db.engine.dispose()


def test_more_checked_ids_than_bound_parameters(db, admin_id, make_opportunity, stock_sqlite_limit):
    n = MANY[db.dialect]
    other = make_opportunity(name="Hors sélection")
    ids = _clone(db, other, n)
    assert len(ids) == n
    with db.uow() as uow, pytest.raises(OperationalError):  # one parameter per id: refused
        uow.session.scalar(select(func.count()).where(Opportunity.id.in_(ids)))
    checked = Selection(OpportunityQuery(), ids=frozenset(ids))
    assert bulk.count_selection(db, admin_id, checked) == n
    # Every checked row matched; none has a due date to clear (cheap on PostgreSQL).
    report = bulk.bulk_update(db, admin_id, checked, bulk.SetDueDate(None))
    assert (report.matched, report.changed, report.skipped_no_right) == (n, 0, 0)
    all_but = Selection(OpportunityQuery(), all_matching=True, ids=frozenset(ids))
    assert bulk.count_selection(db, admin_id, all_but) == 1
    report = bulk.bulk_update(db, admin_id, all_but, bulk.SetDueDate(date(2031, 5, 2)))
    assert (report.matched, report.changed) == (1, 1)
    with db.uow() as uow:
        dates = uow.session.execute(
            select(Opportunity.id, Opportunity.due_date).where(Opportunity.due_date.is_not(None))
        ).all()
    assert dates == [(other.id, date(2031, 5, 2))]
    assert bulk.undo_bulk(db, admin_id, report.batch_id) == 1


def test_rows_already_as_asked_are_left_alone(db, admin_id, make_opportunity):
    a, b, c = _three(make_opportunity)
    bulk.bulk_update(db, admin_id, _sel(a), bulk.SetStatus("won"))
    bulk.bulk_update(db, admin_id, _sel(b), bulk.EditTags(add=("VIP",)))
    a, b, c = (_get(db, admin_id, o) for o in (a, b, c))
    report = bulk.bulk_update(db, admin_id, _sel(a, b, c), bulk.SetStatus("won"))
    assert (report.matched, report.changed) == (3, 2)
    assert _get(db, admin_id, a).version == a.version  # not rewritten, no history
    assert sorted(r[0] for r in _log(db, report.batch_id, "status")) == sorted([b.id, c.id])
    report = bulk.bulk_update(db, admin_id, _sel(a, b, c), bulk.EditTags(add=("VIP",)))
    assert report.changed == 2
    assert _get(db, admin_id, b).version == b.version + 1  # the status above only
    assert sorted(r[0] for r in _log(db, report.batch_id)) == sorted([a.id, c.id])


def test_move_changes_only_what_differs(db, admin_id, make_opportunity):
    pipeline = services.list_pipelines(db, admin_id)[0]
    target = pipeline.stages[2]
    there = make_opportunity(stage_id=target.id)
    manual = make_opportunity(stage_id=pipeline.stages[1].id, probability=42)
    moved = make_opportunity(stage_id=pipeline.stages[1].id)
    report = bulk.bulk_update(
        db, admin_id, _sel(there, manual, moved), bulk.Move(pipeline.id, target.id)
    )
    assert (report.matched, report.changed) == (3, 2)
    assert _get(db, admin_id, there).version == there.version
    fields = {(r[0], r[1]) for r in _log(db, report.batch_id)}
    assert fields == {(manual.id, "stage_id"), (moved.id, "stage_id"), (moved.id, "probability")}
    got = _get(db, admin_id, manual)
    assert (got.stage.id, got.probability) == (target.id, 42)
    assert got.weighted_amount == manual.weighted_amount
    assert _get(db, admin_id, moved).probability == target.default_probability


def _state(db, ids):
    """Everything a bulk action may touch on these opportunities, but the version stamps."""
    stamps = {"version", "updated_at", "updated_by"}
    table = Opportunity.__table__
    with db.uow() as uow:
        s = uow.session
        rows = s.execute(select(table).where(table.c.id.in_(ids)).order_by(table.c.id))
        opps = [{k: v for k, v in row.items() if k not in stamps} for row in rows.mappings()]
        links = [
            sorted(
                s.execute(select(t.c.opportunity_id, t.c[col]).where(t.c.opportunity_id.in_(ids)))
            )
            for t, col in ((opportunity_tags, "tag_id"), (opportunity_assignees, "user_id"))
        ]
        shares = sorted(
            s.execute(
                select(
                    OpportunityShare.opportunity_id,
                    OpportunityShare.user_id,
                    OpportunityShare.group_id,
                ).where(OpportunityShare.opportunity_id.in_(ids)),
            ),
            key=str,
        )
        custom = sorted(
            s.execute(
                select(CustomFieldValue.opportunity_id, CustomFieldValue.value_text).where(
                    CustomFieldValue.opportunity_id.in_(ids)
                )
            )
        )
    return opps, links, shares, custom


ACTIONS = (
    "sharing",
    "delete",
    "collaborators",
    "tags",
    "move",
    "status",
    "due_date",
    "shift",
    "source",
    "custom_fields",
)


@pytest.mark.parametrize("name", ACTIONS)
def test_undo_puts_every_column_back(db, admin_id, make_opportunity, make_user, name):
    paul = make_user("paul")
    pipelines = services.list_pipelines(db, admin_id)
    pipeline = pipelines[-1]
    sources = services.list_sources(db, admin_id)
    services.create_custom_field(
        db, admin_id, {"label": "Canal", "code": "canal", "field_type": "text"}
    )
    a = make_opportunity(name="Alpha", due_date=date(2030, 1, 1), source_id=sources[0].id)
    b = make_opportunity(name="Beta", probability=35, custom_fields={"canal": "web"})
    c = make_opportunity(name="Gamma", stage_id=pipelines[0].stages[1].id, tags=["VIP"])
    services.share_opportunity(db, admin_id, c.id, user_id=paul.id)
    action = {
        "sharing": bulk.ChangeSharing(owner_id=paul.id, add_users=(paul.id,)),
        "delete": bulk.Delete(),
        "collaborators": bulk.AssignCollaborators(add=(paul.id,)),
        "tags": bulk.EditTags(add=("Urgent",), remove=("VIP",)),
        "move": bulk.Move(pipeline.id, pipeline.stages[-1].id),
        "status": bulk.SetStatus("lost", closed_reason="Prix"),
        "due_date": bulk.SetDueDate(date(2031, 2, 3)),
        "shift": bulk.ShiftDueDate(-10),
        "source": bulk.SetSource(sources[-1].id),
        "custom_fields": bulk.SetCustomFields({"canal": "salon"}),
    }[name]
    ids = [a.id, b.id, c.id]
    before = _state(db, ids)
    report = bulk.bulk_update(db, admin_id, _sel(a, b, c), action)
    assert report.changed >= 1
    assert _state(db, ids) != before
    assert bulk.undo_bulk(db, admin_id, report.batch_id) == report.changed
    assert _state(db, ids) == before


def _pragmas(db) -> list:
    with db.engine.connect() as conn:  # the pool's one connection in a single-threaded test
        return [
            conn.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in ("wal_autocheckpoint", "cache_size", "mmap_size")
        ]


def test_big_action_defers_the_checkpoint_and_restores_settings(
    db, admin_id, make_opportunity, monkeypatch
):
    if not db.is_sqlite:
        pytest.skip("the WAL checkpoint is SQLite's")
    a, b, _ = _three(make_opportunity)
    monkeypatch.setattr(bulk_sqlite, "DEFER_CHECKPOINT_ROWS", 2)
    started: list[str | None] = []
    monkeypatch.setattr(bulk, "checkpoint_later", started.append)
    before = _pragmas(db)
    with pytest.raises(bulk.BulkCancelled):
        bulk.bulk_update(db, admin_id, _sel(a, b), bulk.SetStatus("won"), cancelled=lambda: True)
    assert started == [] and _pragmas(db) == before
    report = bulk.bulk_update(db, admin_id, _sel(a, b), bulk.SetStatus("won"))
    assert report.changed == 2 and started == [db.url.database]
    assert _pragmas(db) == before  # the next commits checkpoint as usual again
    bulk_sqlite.checkpoint_later(db.url.database)
    bulk_sqlite.wait_for_checkpoint(db.url.database, timeout=60)
    conn = sqlite3.connect(db.url.database)
    try:
        busy, frames, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert busy == 0 and frames == done
        won = conn.execute("SELECT count(*) FROM opportunities WHERE status = 'won'").fetchone()
        assert won == (2,)
    finally:
        conn.close()
