"""Actions en masse from the list: check rows, choose an action, fill its form, confirm;
the database changes, the list refreshes, and Ctrl+Z's action undoes it."""

from __future__ import annotations

import pytest

from oppdesk import services
from oppdesk.views.bulk_action_bar_widget import BulkActionBarWidget
from oppdesk.views.item_models.opportunity_table_model import Column
from oppdesk.views.opportunity_list_widget import OpportunityListWidget
from tests.gui.conftest import wait_until


@pytest.fixture
def listing(qtbot, aio, app_ctx, make_opportunity):
    for i in range(3):
        make_opportunity(name=f"Affaire {i}", amount=1000)
    lst = OpportunityListWidget(app_ctx.runner, app_ctx.me, app_ctx.settings)
    bar = lst.attach_bulk_bar(app_ctx)
    app_ctx.events.opportunity_saved.connect(lambda _id: lst.refresh())
    qtbot.addWidget(lst)
    lst.show()
    aio(lst.load())
    aio(wait_until(lambda: lst.model.rowCount() == 3, timeout=15))
    loaded = lambda: all(lst.model.id_at(r) is not None for r in range(3))  # noqa: E731
    aio(wait_until(loaded, timeout=15))
    return lst, bar


def _choose(bar: BulkActionBarWidget, key: str) -> None:
    bar.combo.setCurrentIndex(bar.combo.findData(key))


def _status_column(lst) -> list[str]:
    model = lst.model
    return [model.index(r, Column.STATUS).data() for r in range(model.rowCount())]


def test_bar_is_disabled_until_rows_are_checked(listing):
    lst, bar = listing
    assert bar.combo.placeholderText() == "Choose an action"
    assert bar.combo.count() == 10 and bar.combo.currentIndex() == -1
    _choose(bar, "status")
    assert not bar.apply_button.isEnabled()
    lst.model.set_checked(lst.model.id_at(0), True)
    assert bar.apply_button.isEnabled()


def test_change_status_then_undo(aio, listing, app_ctx, db, admin_id):
    lst, bar = listing
    first, second = lst.model.id_at(0), lst.model.id_at(1)
    lst.model.set_checked(first, True)
    lst.model.set_checked(second, True)
    _choose(bar, "status")
    app_ctx.prompter.answers.extend([True])
    task = aio_start(aio, bar.apply())
    aio(wait_until(lambda: bar.dialog is not None and bar.dialog.isVisible()))
    dialog = bar.dialog
    status = dialog.findChild(type(bar.combo), "bulkStatusCombo")
    status.setCurrentIndex(status.findData("won"))
    dialog.accept()
    report = aio(task)
    assert report is not None and (report.changed, report.skipped_no_right) == (2, 0)
    assert services.get_opportunity(db, admin_id, first).status == "won"
    asked = [text for _title, text in app_ctx.prompter.asked]
    assert any("2 opportunities will be changed" in t for t in asked)
    assert any("2 changed" in t for t in asked)
    aio(wait_until(lambda: _status_column(lst).count("Won") == 2))
    assert bar.undo_action.isEnabled()
    assert aio(bar.undo()) == 2
    assert services.get_opportunity(db, admin_id, first).status == "open"
    assert not bar.undo_action.isEnabled()


def test_cancelled_form_changes_nothing(aio, listing, app_ctx, db, admin_id):
    lst, bar = listing
    lst.model.set_checked(lst.model.id_at(0), True)
    _choose(bar, "due_dates")
    task = aio_start(aio, bar.apply())
    aio(wait_until(lambda: bar.dialog is not None and bar.dialog.isVisible()))
    bar.dialog.reject()
    assert aio(task) is None
    assert app_ctx.prompter.asked == []


def aio_start(aio, coro):
    import asyncio

    async def start():
        return asyncio.ensure_future(coro)

    return aio(start())
