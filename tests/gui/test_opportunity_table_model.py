"""The paged opportunity model over real databases: count, pages, sort in SQL, checkboxes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from oppdesk import services
from oppdesk.services.sort_keys import fold
from oppdesk.views.item_models.opportunity_table_model import (
    PAGE_SIZE,
    Column,
    IdRole,
    OpportunityTableModel,
)
from tests.gui.conftest import wait_until

N = PAGE_SIZE + 30


@pytest.fixture
def filled(db, admin_id):
    names = ["Zèbre", "alpha", "École", "Durand", "bêta"]
    companies = [services.create_company(db, admin_id, {"name": n}) for n in names]
    for i in range(N):
        services.create_opportunity(
            db,
            admin_id,
            {
                "name": f"Affaire {i:03d}",
                "company_id": companies[i % len(companies)].id,
                "amount": Decimal(i * 10),
            },
        )
    return companies


@pytest.fixture
def model(app_ctx, filled):
    return OpportunityTableModel(app_ctx.runner)


def _first_row(aio, model):
    model.data(model.index(0, Column.NAME))  # what a view does: asks, gets a placeholder
    aio(wait_until(lambda: model.row_at(0) is not None))
    return model.row_at(0)


def _load_all(aio, model):
    async def go():
        for row in range(0, model.rowCount(), PAGE_SIZE):
            model.data(model.index(row, Column.NAME))
        await wait_until(lambda: all(model.row_at(r) for r in range(model.rowCount())))

    aio(go())


def test_count_then_pages_on_demand(aio, model):
    aio(model.reload())
    assert model.rowCount() == N
    assert model.row_at(0) is not None  # the first page comes with the count
    assert model.row_at(PAGE_SIZE) is None  # the second page was never asked for
    assert model.data(model.index(PAGE_SIZE, Column.NAME)) == "…"  # placeholder, then fetch
    aio(wait_until(lambda: model.row_at(PAGE_SIZE) is not None))
    assert model.data(model.index(PAGE_SIZE, Column.NAME)).startswith("Affaire")
    assert model.data(model.index(0, Column.CHECK), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )


def test_sort_by_company_is_done_in_sql(aio, model, db, admin_id):
    aio(model.set_sort("company", False))
    _load_all(aio, model)
    companies = [model.row_at(r).company for r in range(N)]
    assert [fold(c) for c in companies] == sorted(fold(c) for c in companies)
    expected = services.list_opportunities(
        db, admin_id, sort="company", descending=False, limit=1000
    )
    assert [model.data(model.index(r, 0), IdRole) for r in range(N)] == [o.id for o in expected]


def test_header_click_sorts_descending_amounts(aio, model):
    aio(model.reload())
    reloaded = []
    model.reloaded.connect(lambda: reloaded.append(True))
    model.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    aio(wait_until(lambda: reloaded))
    assert model.sort_key == ("amount", True)
    _load_all(aio, model)
    amounts = [model.row_at(r).amount for r in range(N)]
    assert amounts == sorted(amounts, reverse=True)


def test_select_all_matching_and_exclusions(aio, model, db, admin_id):
    aio(model.reload())
    model.set_all_checked(True)
    assert model.checked_count == N
    assert model.all_checked_state() == Qt.CheckState.Checked
    _first_row(aio, model)
    first = model.index(0, Column.CHECK)
    assert model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_count == N - 1
    assert model.all_checked_state() == Qt.CheckState.PartiallyChecked
    selection = model.selection
    assert selection.all_matching and len(selection.ids) == 1
    assert services.count_selection(db, admin_id, selection) == N - 1
    model.set_all_checked(False)
    assert model.checked_count == 0


def test_filter_requery(aio, model, filled):
    aio(model.set_query(services.OpportunityQuery(text="ecole")))
    assert model.rowCount() == sum(1 for i in range(N) if i % 5 == 2)
    assert _first_row(aio, model).company == "École"


def test_qt_model_tester(aio, model, qtmodeltester):
    aio(model.reload())
    _load_all(aio, model)
    qtmodeltester.check(model)


def test_first_paint_uses_few_model_calls(aio, model, qtbot):
    from PySide6.QtWidgets import QTableView

    aio(model.reload())
    _load_all(aio, model)
    from oppdesk.views.opportunity_row_delegate import OpportunityRowDelegate

    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setDefaultSectionSize(26)
    view.setModel(model)
    view.setItemDelegate(OpportunityRowDelegate(model, view))
    view.resize(1200, 800)
    view.show()
    model.data_calls = 0
    view.viewport().grab()
    visible_cells = (800 // 26 + 1) * model.columnCount()
    assert 0 < model.data_calls <= visible_cells  # one delegate call per cell, not 7 data()


def test_first_page_is_shown_before_the_count(aio, model):
    shown = []
    model.reloaded.connect(lambda: shown.append(model.rowCount()))
    aio(model.reload())
    assert shown == [PAGE_SIZE, N]  # the page at once, then the rows grow to the count


def test_a_short_first_page_is_the_whole_list_and_needs_no_count(aio, model, app_ctx, db, admin_id):
    called = []
    background = app_ctx.runner.call_background

    async def spy(fn, *args, **kwargs):
        called.append(fn.__name__)
        return await background(fn, *args, **kwargs)

    app_ctx.runner.call_background = spy
    query = services.OpportunityQuery(text="Affaire 007")
    aio(model.set_query(query))
    expected = services.count_opportunities(db, admin_id, query)
    assert 0 < model.rowCount() == expected < PAGE_SIZE
    assert "Affaire 007" in {model.row_at(r).name for r in range(expected)}
    assert "count_opportunities" not in called


def test_a_sort_before_the_first_load_only_records_the_order(aio, model):
    model.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)  # the view restoring its header
    aio(wait_until(lambda: True))
    assert model.sort_key == ("amount", True)
    assert model.rowCount() == 0  # nothing was fetched for it
    aio(model.reload())
    assert model.row_at(0).amount == Decimal((N - 1) * 10)
