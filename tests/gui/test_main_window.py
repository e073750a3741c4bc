"""The main window end to end on real databases: the three ways to create an opportunity,
validation next to the fields, the row menu (Dupliquer…), privileges greying, filters and
select-all."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtGui import QKeySequence

from oppdesk import services
from oppdesk.bootstrap import offer_demo_data
from oppdesk.views.item_models.opportunity_table_model import Column
from oppdesk.views.main_window import MainWindow
from oppdesk.views.opportunity_form_dialog import OpportunityFormDialog
from tests.gui.conftest import wait_until


@pytest.fixture
def window(qtbot, aio, app_ctx, company, make_opportunity):
    make_opportunity(name="Existante", amount=100)
    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    win.show()
    aio(win.load())
    return win


def _form(aio, win) -> OpportunityFormDialog:
    forms = [w for w in win.findChildren(OpportunityFormDialog) if w.isVisible()]
    assert len(forms) == 1
    form = forms[0]
    aio(wait_until(lambda: form.pipeline.count() > 0))
    return form


def _fill_and_save(aio, form, company, name="Nouvelle affaire", amount="1 234,50"):
    if form.company.company is None:
        form.company.set_company(company)
    form.name.setText(name)
    form.amount.setText(amount)
    return aio(form.save())


def test_create_from_the_add_menu(aio, window, company, db, admin_id):
    window.add_opportunity_action.trigger()
    detail = _fill_and_save(aio, _form(aio, window), company)
    assert detail.name == "Nouvelle affaire" and detail.amount == Decimal("1234.50")
    assert detail.reference == "OPP-00002"
    aio(wait_until(lambda: window.opportunities.model.rowCount() == 2))


def test_create_from_the_list_button_and_ctrl_n(aio, qtbot, window, company):
    window.opportunities.create_button.click()
    detail = _fill_and_save(aio, _form(aio, window), company, name="Par le bouton")
    assert detail.name == "Par le bouton"
    shortcut = window.opportunities.create_button.shortcut()
    assert shortcut == QKeySequence(QKeySequence.StandardKey.New)
    assert shortcut.toString() == "Ctrl+N"


def test_create_from_the_company_record(aio, window, company):
    record = window.open_company(company)
    aio(wait_until(lambda: record.isVisible()))
    aio(record.load())
    record.create_opportunity_requested.emit(company)
    form = _form(aio, window)
    aio(wait_until(lambda: form.company.company is not None))
    assert form.company.company.id == company.id  # pre-filled
    detail = _fill_and_save(aio, form, company, name="Depuis la fiche société")
    assert detail.company.id == company.id


def test_errors_show_next_to_fields_and_nothing_is_saved(aio, window, company, db, admin_id):
    window.add_opportunity_action.trigger()
    form = _form(aio, window)
    form.company.set_company(company)
    form.name.setText("")
    form.amount.setText("-12")
    assert aio(form.save()) is None
    assert form.isVisible()
    assert form._errors["name"].isVisibleTo(form) and form._errors["name"].text()
    assert form._errors["amount"].isVisibleTo(form)
    assert not form._errors["due_date"].isVisibleTo(form)
    assert services.opportunity_totals(db, admin_id).count == 1
    form.name.setText("Corrigée")
    form.amount.setText("12")
    assert aio(form.save()) is not None


def test_row_menu_duplicate(aio, window, db, admin_id):
    lst = window.opportunities
    lst.model.data(lst.model.index(0, Column.NAME))
    aio(wait_until(lambda: lst.model.row_at(0) is not None))
    menu = lst.row_menu(0)
    actions = {a.objectName(): a for a in menu.actions()}
    assert set(actions) >= {"rowMenu_open", "rowMenu_edit", "rowMenu_duplicate", "rowMenu_delete"}
    assert all(a.isEnabled() for a in actions.values())
    actions["rowMenu_duplicate"].trigger()
    aio(wait_until(lambda: any(f.isVisible() for f in window.findChildren(OpportunityFormDialog))))
    form = _form(aio, window)
    aio(wait_until(lambda: form.name.text() == "Existante"))
    detail = aio(form.save())
    assert detail.name == "Existante" and detail.reference != "OPP-00001"
    assert services.opportunity_totals(db, admin_id).count == 2


def test_row_menu_delete_asks_first(aio, window, app_ctx, db, admin_id):
    lst = window.opportunities
    lst.model.data(lst.model.index(0, Column.NAME))
    aio(wait_until(lambda: lst.model.row_at(0) is not None))
    opp_id = lst.model.id_at(0)
    app_ctx.prompter.answers.extend([False, True])
    assert aio(window.delete_opportunity(opp_id)) is False
    assert services.opportunity_totals(db, admin_id).count == 1
    assert aio(window.delete_opportunity(opp_id)) is True
    assert services.opportunity_totals(db, admin_id).count == 0
    aio(wait_until(lambda: lst.model.rowCount() == 0))


def test_read_only_user_sees_disabled_actions(
    aio, qtbot, db, admin_id, make_user, company, make_opportunity, ctx_for_user
):
    reader = make_user("lecteur", "read_only")
    opp = make_opportunity(name="Partagée")
    services.share_opportunity(db, admin_id, opp.id, user_id=reader.id)
    win = MainWindow(ctx_for_user(reader.id))
    qtbot.addWidget(win)
    aio(win.load())
    assert not win.opportunities.create_button.isEnabled()
    assert not win.add_opportunity_action.isEnabled()
    lst = win.opportunities
    assert lst.model.rowCount() == 1
    lst.model.data(lst.model.index(0, Column.NAME))
    aio(wait_until(lambda: lst.model.row_at(0) is not None))
    actions = {a.objectName(): a for a in lst.row_menu(0).actions()}
    assert actions["rowMenu_open"].isEnabled()
    for name in ("rowMenu_edit", "rowMenu_duplicate", "rowMenu_delete"):
        assert not actions[name].isEnabled()
        assert "administrator" in actions[name].toolTip()


def test_search_filter_and_select_all(aio, qtbot, window, make_opportunity, db, admin_id):
    other = services.create_company(db, admin_id, {"name": "Établissements Zola"})
    for i in range(3):
        make_opportunity(name=f"Zola {i}", company_id=other.id)
    lst = window.opportunities
    lst.search.setText("etablissements")
    aio(wait_until(lambda: lst.model.rowCount() == 3, timeout=5))
    lst.header.toggled.emit(True)
    assert lst.model.checked_count == 3
    assert "3" in lst.checked_label.text()
    assert services.count_selection(db, admin_id, lst.model.selection) == 3
    lst.search.clear()
    aio(wait_until(lambda: lst.model.rowCount() == 4))
    assert lst.model.checked_count == 0  # a new filter starts a new selection
    aio(wait_until(lambda: "4" in lst.totals_label.text()))


@pytest.fixture
def ctx_for_user(db, tmp_path, loop):
    from PySide6.QtCore import QSettings

    from oppdesk.runtime.db_runner import DbRunner
    from oppdesk.runtime.events import Events
    from oppdesk.views.app_context import AppContext
    from oppdesk.views.prompter import ScriptedPrompter

    runners = []

    def make(user_id):
        runner = DbRunner(db, user_id)
        runners.append(runner)
        settings = QSettings(str(tmp_path / f"{user_id}.ini"), QSettings.Format.IniFormat)
        return AppContext(
            runner,
            services.current_user(db, user_id),
            settings,
            Events(),
            ScriptedPrompter(),
            "test",
        )

    yield make
    for runner in runners:
        runner.shutdown()


def test_saved_views_restore_search_and_filters(aio, window, db, admin_id, make_opportunity):
    lst = window.opportunities
    pipeline = services.list_pipelines(db, admin_id)[0]
    lst.search.setText("existante")
    lst.filter_bar.status.setCurrentIndex(lst.filter_bar.status.findData("open"))
    lst.filter_bar.pipeline.setCurrentIndex(1)
    lst.saved_views.save_view("Mes affaires ouvertes", lst.current_view())
    lst.search.setText("autre chose")
    lst.filter_bar.clear()
    assert lst.saved_views.combo.findText("Mes affaires ouvertes") >= 0
    lst.saved_views.view_chosen.emit(lst.saved_views.views()["Mes affaires ouvertes"])
    assert lst.search.text() == "existante"
    query = lst.current_query()
    assert query.statuses == ("open",) and query.pipeline_id == pipeline.id
    aio(wait_until(lambda: lst.model.rowCount() == 1 and lst.model.query == query))
    # views belong to the user and survive a restart (same settings)
    again = MainWindow(window.ctx)
    assert "Mes affaires ouvertes" in again.opportunities.saved_views.views()
    again.close()


def test_companies_and_contacts_pages_are_built_when_first_shown(aio, window, company):
    """Start-up paints the list without building Sociétés and Contacts; the navigation
    builds each page the first time it is shown, once, and the page fills itself."""
    from oppdesk.views.companies_widget import CompaniesWidget
    from oppdesk.views.contacts_widget import ContactsWidget

    assert not window.findChildren(CompaniesWidget)
    assert not window.findChildren(ContactsWidget)
    assert window.pages.count() == 3
    window.nav.setCurrentRow(1)
    companies = window.pages.currentWidget()
    assert isinstance(companies, CompaniesWidget) and companies is window.companies
    aio(wait_until(lambda: companies.model.rowCount() == 1))
    window.nav.setCurrentRow(2)
    assert isinstance(window.pages.currentWidget(), ContactsWidget)
    assert window.pages.currentWidget() is window.contacts
    window.nav.setCurrentRow(1)
    assert window.pages.currentWidget() is companies  # built once
    assert window.pages.count() == 3
    assert len(window.findChildren(CompaniesWidget)) == 1


def test_only_an_empty_workspace_offers_demo_data(aio, qtbot, app_ctx, db, admin_id):
    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    aio(win.load())
    asked = app_ctx.prompter.asked  # type: ignore[attr-defined]
    aio(offer_demo_data(win))  # empty: asked, and the scripted answer is "no"
    assert [title for title, _text in asked] == ["Empty workspace"]
    assert services.opportunity_totals(db, admin_id).count == 0  # "no" loads nothing

    company = services.create_company(db, admin_id, {"name": "Première SARL"})
    services.create_opportunity(db, admin_id, {"name": "Première", "company_id": company.id})
    aio(offer_demo_data(win))
    assert len(asked) == 1  # not asked again once the workspace holds something


def test_prefetched_choices_serve_one_load_only(aio, qtbot, app_ctx, db, admin_id):
    """Start-up queues the pickers' choices before the window is shown; the load that
    follows uses them, and later loads ask again (a pipeline added meanwhile shows)."""
    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    win.opportunities.prefetch()
    aio(win.load())
    pipelines = win.opportunities.filter_bar.pipeline
    names = {pipelines.itemText(i) for i in range(pipelines.count())}
    assert {p.name for p in services.list_pipelines(db, admin_id)} <= names

    services.create_pipeline(db, admin_id, "Grands comptes")
    aio(win.load())
    assert pipelines.findText("Grands comptes") >= 0
