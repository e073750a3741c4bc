"""The list service: every sort in SQL matches the expected order, search is accent- and
case-insensitive, pages read backwards past the middle without changing the result, and
selections count without materialising ids."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from oppdesk import services
from oppdesk.models import ROWID, Opportunity
from oppdesk.services.opportunity_list import (
    SORT_KEYS,
    OpportunityQuery,
    PageRequest,
    Selection,
    conditions,
    page_ids_select,
)
from oppdesk.services.privileges import load_actor
from oppdesk.services.sort_keys import fold

COMPANIES = ["Société Éléphant", "alpha SARL", "Zèbre & Fils", "école des Mines", "Durand"]


@pytest.fixture
def sample(db, admin_id, make_user):
    rng = random.Random(7)
    users = [admin_id, make_user("zoe").id, make_user("albert").id]
    companies = [services.create_company(db, admin_id, {"name": n}) for n in COMPANIES]
    contacts = [
        services.create_contact(
            db, admin_id, {"company_id": c.id, "first_name": "Éva", "last_name": f"Nom{i}"}
        )
        for i, c in enumerate(companies)
    ]
    stages = services.list_pipelines(db, admin_id)[0].stages
    sources = services.list_sources(db, admin_id)
    made = []
    for i in range(40):
        k = rng.randrange(len(companies))
        made.append(
            services.create_opportunity(
                db,
                admin_id,
                {
                    "name": rng.choice(["Étude", "audit", "Zénith", "Brique", "échelle"]) + f" {i}",
                    "company_id": companies[k].id,
                    "contact_id": contacts[k].id if rng.random() < 0.7 else None,
                    "amount": Decimal(rng.randrange(0, 5)) * 1000,
                    "due_date": date.today() + timedelta(days=rng.randrange(-30, 30)),
                    "stage_id": rng.choice(stages).id,
                    "owner_id": rng.choice(users),
                    "source_id": rng.choice(sources).id if rng.random() < 0.5 else None,
                    "status": rng.choice(["open", "open", "won", "lost"]),
                },
            )
        )
    return made


def _all(db, admin_id, sort, descending=False, query=None):
    return services.list_opportunities(
        db, admin_id, query, sort=sort, descending=descending, limit=1000
    )


def _expected_key(row, sort):
    text_keys = {
        "name": row.name,
        "company": row.company,
        "owner": row.owner,
        "pipeline": row.pipeline,
    }
    if sort in text_keys:
        return fold(text_keys[sort])
    if sort == "source":
        return fold(row.source or "")
    return getattr(row, sort)


SORTS = [
    "name",
    "company",
    "amount",
    "probability",
    "weighted_amount",
    "due_date",
    "status",
    "owner",
    "source",
    "reference",
    "created_at",
]


def _tie_breaks(db):
    """Each row's place among equal sort keys: SQLite's rowid (the order rows were written),
    PostgreSQL's id."""
    with db.engine.connect() as conn:
        if db.is_sqlite:
            return {i: r for i, r in conn.execute(select(Opportunity.id, ROWID))}
        return {i: str(i) for i in conn.scalars(select(Opportunity.id))}


def test_sort_orders_match(db, admin_id, sample):
    tie = _tie_breaks(db)
    for sort in SORTS:
        for descending in (False, True):
            rows = _all(db, admin_id, sort, descending)
            assert len(rows) == len(sample)
            keys = [(_expected_key(r, sort), tie[r.id]) for r in rows]
            assert keys == sorted(keys, reverse=descending), (sort, descending)


def _plan(conn, query) -> str:
    compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
        return "\n".join(row[3] for row in rows)
    conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # what a big table would choose
    return "\n".join(conn.exec_driver_sql(f"EXPLAIN {compiled}").scalars())


def test_every_page_reads_a_sort_index_in_order_without_sorting(db, admin_id, sample):
    """Each sort, both directions, both ends of the list: the page query walks the column's
    partial index in its own order (a sort step would read every row: seconds at 1M)."""
    total = len(sample)
    with db.engine.connect() as conn, db.uow() as uow:
        actor = load_actor(uow.session, admin_id)
        for sort in SORT_KEYS:
            for descending in (False, True):
                for offset in (0, total - 5):
                    page = PageRequest(sort, descending, offset, 5, total)
                    built = page_ids_select(actor, OpportunityQuery(), page, db.dialect)
                    assert built is not None
                    plan = _plan(conn, built[0])
                    where = (sort, descending, offset)
                    assert "TEMP B-TREE" not in plan and "Sort" not in plan, (where, plan)
                    index = (
                        "uq_opportunities_reference"
                        if sort == "reference"
                        else "ix_opportunities_live"
                    )
                    assert f"{index}_" in plan, (where, plan)


def test_every_sort_key_is_accepted_and_stage_follows_pipeline_order(db, admin_id, sample):
    order = [s.name for s in services.list_pipelines(db, admin_id)[0].stages]
    for sort in SORT_KEYS:
        assert len(_all(db, admin_id, sort)) == len(sample)
    stages = [order.index(r.stage) for r in _all(db, admin_id, "stage")]
    assert stages == sorted(stages)


def test_french_alphabetical_order(db, admin_id, sample):
    companies = list(dict.fromkeys(r.company for r in _all(db, admin_id, "company")))
    assert companies == sorted(COMPANIES, key=fold)
    assert companies[:3] == ["alpha SARL", "Durand", "école des Mines"]


def test_search_is_accent_and_case_insensitive(db, admin_id, sample):
    for text, company in [
        ("elephant", "Société Éléphant"),
        ("SOCIÉTÉ", "Société Éléphant"),
        ("zebre fils", "Zèbre & Fils"),
        ("ecole", "école des Mines"),
    ]:
        rows = _all(db, admin_id, "name", query=services.OpportunityQuery(text=text))
        assert rows and {r.company for r in rows} == {company}
        assert len(rows) == sum(1 for o in sample if o.company.name == company)


def test_search_by_reference_name_contact_and_short_words(db, admin_id, sample):
    target = sample[5]
    q = services.OpportunityQuery
    assert [r.id for r in _all(db, admin_id, "name", query=q(text=target.reference))] == [target.id]
    by_name = _all(db, admin_id, "name", query=q(text=target.name))
    assert target.id in {r.id for r in by_name}
    for r in by_name:
        haystack = fold(f"{r.reference} {r.name} {r.company} {r.contact or ''}")
        assert all(fold(w) in haystack for w in target.name.split())
    by_contact = _all(db, admin_id, "name", query=q(text="nom1"))
    assert by_contact and all(r.contact and "Nom1" in r.contact for r in by_contact)
    assert len(_all(db, admin_id, "name", query=q(text="é"))) >= 1  # 1-letter: LIKE fallback
    assert _all(db, admin_id, "name", query=q(text='"%_\\')) == []


def test_renaming_a_company_updates_sort_and_search(db, admin_id, sample):
    company = sample[0].company
    services.update_company(db, admin_id, company.id, {"name": "Aardvark Industrie"})
    first = _all(db, admin_id, "company")[0]
    assert first.company == "Aardvark Industrie"
    found = _all(db, admin_id, "name", query=services.OpportunityQuery(text="aardvark"))
    assert found and all(r.company == "Aardvark Industrie" for r in found)


def test_pages_past_the_middle_read_backwards_identically(db, admin_id, sample):
    for sort in ("company", "amount", "due_date"):
        everything = [r.id for r in _all(db, admin_id, sort)]
        total = len(everything)
        for offset in (0, 7, 19, 20, 33, 37):
            page = services.list_opportunities(
                db, admin_id, sort=sort, descending=False, offset=offset, limit=5, total=total
            )
            assert [r.id for r in page] == everything[offset : offset + 5]


def test_filters_and_totals(db, admin_id, sample):
    q = services.OpportunityQuery(statuses=("late",))
    late = _all(db, admin_id, "name", query=q)
    assert late and all(r.is_late and r.status == "open" for r in late)
    expected = [o for o in sample if o.status == "open" and o.due_date < date.today()]
    assert len(late) == len(expected)
    totals = services.opportunity_totals(db, admin_id, services.OpportunityQuery(statuses=("won",)))
    won = [o for o in sample if o.status == "won"]
    assert totals.count == len(won)
    assert totals.amount == sum((o.amount for o in won), Decimal("0.00"))
    amount_q = services.OpportunityQuery(amount_min=Decimal(2000), amount_max=Decimal(3000))
    assert all(2000 <= r.amount <= 3000 for r in _all(db, admin_id, "name", query=amount_q))


def test_selection_counts_without_listing_ids(db, admin_id, sample):
    from oppdesk.services.bulk_selection import count_selection

    q = services.OpportunityQuery(statuses=("open",))
    matching = services.opportunity_totals(db, admin_id, q).count
    excluded = frozenset(r.id for r in _all(db, admin_id, "name", query=q)[:3])
    assert count_selection(db, admin_id, Selection(q, all_matching=True)) == matching
    assert count_selection(db, admin_id, Selection(q, True, excluded)) == matching - 3
    assert count_selection(db, admin_id, Selection(q, False, excluded)) == 3
    assert Selection(q).is_empty


def test_list_choices_is_the_four_lists_in_one_call(db, admin_id, sample):
    """What the list needs before its first page, in one trip to the database thread."""
    services.create_custom_field(
        db, admin_id, {"label": "Région", "code": "region", "field_type": "text"}
    )
    choices = services.list_choices(db, admin_id)
    assert choices.pipelines == services.list_pipelines(db, admin_id)
    assert choices.users == services.list_users(db, admin_id)
    assert choices.sources == services.list_sources(db, admin_id)
    assert choices.custom_fields == services.list_custom_fields(db, admin_id)
    assert [f.code for f in choices.custom_fields] == ["region"]
    assert choices.pipelines and choices.users


def test_reading_every_matching_row_follows_storage_order_on_sqlite(db, admin_id, sample):
    """Totals and the rows of a bulk action read the table in order (SQLite, no statistics:
    walking a sort index instead fetched a million rows at random, 4 s instead of 0.3 s),
    while a range filter still uses its index; the figures are the same either way."""
    ranges = OpportunityQuery(amount_min=Decimal(1000), amount_max=Decimal(2000))
    with db.engine.connect() as conn, db.uow() as uow:
        actor = load_actor(uow.session, admin_id)
        for query, scan_expected in ((OpportunityQuery(), True), (ranges, False)):
            sums = []
            for scan in (False, True):
                where = conditions(actor, query, db.dialect, scan=scan)
                statement = select(func.count(), func.sum(Opportunity.amount)).where(*where)
                sums.append(conn.execute(statement).one())
                if db.is_sqlite and scan:
                    plan = _plan(conn, statement)
                    assert ("USING INDEX" not in plan) == scan_expected, (query, plan)
            assert sums[0] == sums[1]
            assert sums[0][0] == sum(
                1
                for o in sample
                if query.amount_min is None or query.amount_min <= o.amount <= query.amount_max
            )


def test_totals_are_exact_to_the_cent(db, admin_id, make_opportunity):
    """SQLite stores amounts as binary floats: adding 60 of these as floats gives
    59,999,999,999,999.42 — the footer must say .40."""
    made = [make_opportunity(amount=Decimal("999999999999.99")) for _ in range(60)]
    totals = services.opportunity_totals(db, admin_id)
    assert totals.count == 60
    assert totals.amount == Decimal("59999999999999.40")
    assert totals.weighted_amount == sum(o.weighted_amount for o in made)
