"""Demo data: realistic, consistent with the services' rules, deterministic, cancellable."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import URL

from oppdesk import services
from oppdesk.db import Database, create_database
from oppdesk.models import (
    Company,
    Contact,
    Counter,
    CustomFieldValue,
    Group,
    Opportunity,
    Pipeline,
    SmartTag,
    Stage,
    StageChange,
    User,
    opportunity_assignees,
    opportunity_tags,
)
from oppdesk.models.base import built_on
from oppdesk.services import demo_data
from oppdesk.services.demo_data import DemoCancelled, load_demo_data
from oppdesk.services.opportunity_rules import weighted
from oppdesk.services.sort_keys import contact_key, fold, search_text

N = 250


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Several chunks even for a few hundred rows: the batch pipeline runs as at scale."""
    monkeypatch.setattr(demo_data, "CHUNK", 100)


def _scalar(db: Database, statement) -> object:
    with db.engine.connect() as conn:
        return conn.execute(statement).scalar_one()


def _count(db: Database, table) -> int:
    return int(_scalar(db, select(func.count()).select_from(table)))


def _fresh_sqlite(template: Path, path: Path) -> Database:
    shutil.copyfile(template, path)
    database = create_database(URL.create("sqlite+pysqlite", database=str(path)))
    services.ensure_defaults(database)
    return database


def test_fills_the_workspace_consistently(db, admin_id):
    calls: list[tuple[str, int, int]] = []
    report = load_demo_data(db, opportunities=N, seed=7, progress=lambda *a: calls.append(a))
    assert report.opportunities == _count(db, Opportunity) == N
    assert report.companies == _count(db, Company) == max(5, N // 50)
    assert report.companies <= report.contacts == _count(db, Contact) <= 4 * report.companies
    assert report.users == 20 and _count(db, User) == 21
    assert report.groups == _count(db, Group) == 3
    assert report.pipelines == _count(db, Pipeline) == 3
    assert report.tags == _count(db, SmartTag) == 15 and report.custom_fields == 5
    assert _count(db, StageChange) == N
    assert _count(db, opportunity_tags) > 0 and _count(db, opportunity_assignees) > 0
    assert _count(db, CustomFieldValue) > 0
    assert report.activities > 0 and report.sales_documents > 0 and report.time_entries > 0
    assert report.seconds > 0
    assert ("opportunities", N, N) in calls and calls[-1] == ("commit", 1, 1)
    with db.engine.connect() as conn:
        other_company = conn.execute(
            select(func.count())
            .select_from(Opportunity)
            .join(Contact, Contact.id == Opportunity.contact_id)
            .where(Contact.company_id != Opportunity.company_id)
        ).scalar_one()
        other_pipeline = conn.execute(
            select(func.count())
            .select_from(Opportunity)
            .join(Stage, Stage.id == Opportunity.stage_id)
            .where(Stage.pipeline_id != Opportunity.pipeline_id)
        ).scalar_one()
        wrong_history = conn.execute(
            select(func.count())
            .select_from(Opportunity)
            .join(StageChange, StageChange.opportunity_id == Opportunity.id)
            .where(
                (StageChange.to_stage_id != Opportunity.stage_id)
                | StageChange.from_stage_id.is_not(None)
            )
        ).scalar_one()
        stages_per_pipeline = conn.execute(
            select(func.count()).select_from(Stage).group_by(Stage.pipeline_id)
        ).scalars()
        assert all(3 <= count <= 5 for count in stages_per_pipeline)
    assert other_company == other_pipeline == wrong_history == 0


def test_values_follow_the_services_rules(db, admin_id):
    load_demo_data(db, opportunities=N, seed=11)
    with db.uow() as uow:
        rows = uow.session.execute(
            select(Opportunity, Stage.default_probability).join(
                Stage, Stage.id == Opportunity.stage_id
            )
        ).all()
        uow.session.expunge_all()  # plain objects from here on: every column is loaded
    today = datetime.now(UTC).date()
    for opp, default in rows:
        assert opp.amount >= 0 and opp.amount == opp.amount.quantize(Decimal("0.01"))
        assert opp.weighted_amount == weighted(opp.amount, opp.probability)
        assert opp.probability_is_manual or opp.probability == default
        assert opp.currency == "EUR" and opp.version == 1
        assert (opp.closed_at is None) == (opp.status == "open")
        assert opp.created_at <= opp.updated_at <= datetime.now(UTC)
        assert opp.created_by == opp.updated_by == opp.owner_id
    manual = sum(opp.probability_is_manual for opp, _ in rows)
    assert manual < N // 3
    statuses = {opp.status for opp, _ in rows}
    assert statuses == {"open", "won", "lost", "cancelled", "closed"}
    late = [o for o, _ in rows if o.status == "open" and o.due_date and o.due_date < today]
    assert late and any(o.due_date and o.due_date > today for o, _ in rows)
    with db.uow() as uow:
        for opp in uow.session.scalars(select(Opportunity)).unique():
            person = (
                contact_key(opp.contact.first_name, opp.contact.last_name) if opp.contact else ""
            )
            assert opp.name_key == fold(opp.name)
            assert opp.company_key == fold(opp.company.name)
            assert opp.contact_key == person
            assert opp.owner_key == fold(opp.owner.display_name)
            assert opp.source_key == (fold(opp.source.name) if opp.source else "")
            assert opp.pipeline_key == fold(opp.pipeline.name)
            assert opp.search_text == search_text(
                opp.reference, opp.name_key, opp.company_key, person
            )


def test_references_counter_and_services(db, admin_id):
    load_demo_data(db, opportunities=N, seed=1)
    with db.engine.connect() as conn:
        references = conn.scalars(select(Opportunity.reference)).all()
        counter = conn.scalar(select(Counter.value).where(Counter.name == "opportunity_reference"))
    assert sorted(references) == [f"OPP-{i:05d}" for i in range(1, N + 1)]
    assert counter == N
    company = services.search_companies(db, admin_id, "", limit=1)[0]
    created = services.create_opportunity(db, admin_id, {"name": "Suite", "company_id": company.id})
    assert created.reference == f"OPP-{N + 1:05d}"
    rows = services.list_opportunities(db, admin_id, sort="amount", limit=50)
    assert len(rows) == 50 and rows[0].amount >= rows[-1].amount
    assert any(r.contact for r in rows) and any(r.tags for r in rows)
    totals = services.opportunity_totals(db, admin_id)
    with db.engine.connect() as conn:
        amount = conn.scalar(select(func.sum(Opportunity.amount)))
    assert totals.count == N + 1 and totals.amount == Decimal(amount).quantize(Decimal("0.01"))
    detail = services.get_opportunity(db, admin_id, rows[0].id)
    assert detail.reference == rows[0].reference
    word = max(rows[0].company.split(), key=len)
    query = services.OpportunityQuery(text=word)
    found = services.list_opportunities(db, admin_id, query, limit=1000)
    texts = [fold(f"{r.reference} {r.name} {r.company} {r.contact or ''}") for r in found]
    assert rows[0].id in {r.id for r in found} and all(fold(word) in t for t in texts)


def test_same_seed_same_data(sqlite_template, tmp_path):
    first = _fresh_sqlite(sqlite_template, tmp_path / "a.sqlite3")
    second = _fresh_sqlite(sqlite_template, tmp_path / "b.sqlite3")
    third = _fresh_sqlite(sqlite_template, tmp_path / "c.sqlite3")
    query = select(Opportunity.id, Opportunity.reference, Opportunity.name, Opportunity.amount)
    try:
        for database, seed in ((first, 9), (second, 9), (third, 10)):
            load_demo_data(database, opportunities=120, seed=seed)
        with first.engine.connect() as a, second.engine.connect() as b, third.engine.connect() as c:
            rows = [conn.execute(query.order_by(Opportunity.reference)).all() for conn in (a, b, c)]
    finally:
        for database in (first, second, third):
            database.dispose()
    assert rows[0] == rows[1] and len(rows[0]) == 120
    assert rows[0] != rows[2]


def test_refuses_a_workspace_with_opportunities(db, make_opportunity):
    make_opportunity()
    with pytest.raises(services.ValidationError) as caught:
        load_demo_data(db, opportunities=10)
    assert caught.value.errors["opportunities"].code == "not_empty"
    assert _count(db, Opportunity) == 1


def test_refuses_bad_sizes(db):
    for bad in (-1, demo_data.MAX_OPPORTUNITIES + 1, 2.5, True, "10"):
        with pytest.raises(ValueError, match="opportunities"):
            load_demo_data(db, opportunities=bad)
    assert _count(db, Company) == 0


@pytest.mark.parametrize("late", [False, True])
def test_cancel_rolls_everything_back(db, admin_id, late):
    # Late: while SQLite sorts the indexes and a worker builds related rows (PostgreSQL
    # keeps its indexes, so there: while the related rows are written).
    during = "opportunities" if not late else "indexes" if db.is_sqlite else "related records"
    seen: list[str] = []

    def progress(label: str, done: int, total: int) -> None:
        seen.append(label)

    with pytest.raises(DemoCancelled):
        load_demo_data(db, opportunities=N, progress=progress, cancelled=lambda: during in seen)
    assert _count(db, Opportunity) == _count(db, Company) == _count(db, StageChange) == 0
    assert _count(db, User) == 1 and _count(db, Pipeline) == 1
    report = load_demo_data(db, opportunities=20)  # the workspace is intact and usable
    assert report.opportunities == _count(db, Opportunity) == 20


def test_zero_opportunities_loads_the_catalog(db, admin_id):
    report = load_demo_data(db, opportunities=0)
    assert report.opportunities == 0 and report.companies == 5
    company = services.search_companies(db, admin_id, "", limit=1)[0]
    created = services.create_opportunity(
        db, admin_id, {"name": "Premier", "company_id": company.id}
    )
    assert created.reference == "OPP-00001"


def _sqlite_schema(path: Path) -> tuple[list[tuple[str, str]], str, int]:
    with closing(sqlite3.connect(path)) as conn:
        schema = conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1, 2"
        ).fetchall()
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
        return schema, journal, conn.execute("PRAGMA page_size").fetchone()[0]


def test_sqlite_large_load_path_keeps_the_migrated_schema(
    sqlite_template, tmp_path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(demo_data, "LARGE_LOAD", 0)  # take the 16 KiB page path
    path = tmp_path / "large.sqlite3"
    database = _fresh_sqlite(sqlite_template, path)
    before, _, _ = _sqlite_schema(path)
    try:
        load_demo_data(database, opportunities=N, seed=4)
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            conn.exec_driver_sql(
                "INSERT INTO opportunity_search(opportunity_search) VALUES ('integrity-check')"
            )
            config = conn.exec_driver_sql("SELECT k FROM opportunity_search_config").scalars()
            assert list(config) == ["version"]
            hits = conn.execute(
                text("SELECT count(*) FROM opportunity_search WHERE opportunity_search MATCH 'opp'")
            ).scalar_one()
            assert hits == N
    finally:
        database.dispose()
    after, journal, page_size = _sqlite_schema(path)
    assert after == before and journal == "wal" and page_size == demo_data.PAGE_SIZE
    models = {i.name for i in Opportunity.__table__.indexes if built_on(i.name, "sqlite")}
    assert models <= {name for kind, name in after if kind == "index"}


def test_sqlite_with_another_connection_open_stays_in_wal(sqlite_template, tmp_path):
    path = tmp_path / "shared.sqlite3"
    database = _fresh_sqlite(sqlite_template, path)
    reader = sqlite3.connect(path)
    try:
        reader.execute("SELECT count(*) FROM users").fetchall()  # another user of the file
        report = load_demo_data(database, opportunities=50, seed=8)
        assert report.opportunities == 50
        assert reader.execute("SELECT count(*) FROM opportunities").fetchone()[0] == 50
    finally:
        reader.close()
        database.dispose()
    assert _sqlite_schema(path)[1] == "wal"
