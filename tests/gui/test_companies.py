"""Companies and contacts in the GUI, over real databases: the company and contact forms
(creation, edition, errors next to their field), the Companies and Contacts pages (search as
you type, kind filter), and the company record with its Opportunities tab."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from oppdesk import services
from oppdesk.views import companies_widget as companies_module
from oppdesk.views.companies_widget import CompaniesWidget
from oppdesk.views.company_form_dialog import CompanyFormDialog
from oppdesk.views.company_record_window import TAB_OPPORTUNITIES, CompanyRecordWindow
from oppdesk.views.contact_form_dialog import ContactFormDialog
from oppdesk.views.contacts_widget import ContactsWidget
from oppdesk.views.item_models.company_table_model import (
    CompanyRole,
    CompanyTableModel,
    IdRole,
)
from oppdesk.views.item_models.contact_table_model import ContactTableModel
from tests.gui.conftest import settle, wait_until

COMPANIES = [
    ("Société Générale de Test", "client", "Paris"),
    ("Durand SA", "prospect", "Lyon"),
    ("École des Mines", "client", "Nancy"),
    ("Zèbre & Fils", "prospect", None),
]


@pytest.fixture
def companies(db, admin_id):
    return [
        services.create_company(db, admin_id, {"name": n, "kind": k, "city": c})
        for n, k, c in COMPANIES
    ]


@pytest.fixture
def contacts(db, admin_id, companies):
    people = [("Éva", "Dupré", 0), ("Paul", "Martin", 1), ("Zoé", "Adam", 0)]
    return [
        services.create_contact(
            db, admin_id, {"company_id": companies[k].id, "first_name": f, "last_name": last}
        )
        for f, last, k in people
    ]


def _open(qtbot, dialog, aio):
    qtbot.addWidget(dialog)
    saved = []
    dialog.saved.connect(saved.append)
    dialog.open()
    aio(dialog.load())
    return saved


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _table_names(model, column=0):
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


# ---------------------------------------------------------------- company form
def test_create_a_company_through_the_form(qtbot, aio, app_ctx, db, admin_id):
    dialog = CompanyFormDialog(app_ctx.runner, initial_name="Société Nouvelle")
    saved = _open(qtbot, dialog, aio)
    assert dialog.name.text() == "Société Nouvelle"
    assert dialog.prospect_radio.isChecked()
    _click(qtbot, dialog.client_radio)
    dialog.address.setPlainText("12 rue des Lilas")
    qtbot.keyClicks(dialog.edits["postal_code"], "75011")
    qtbot.keyClicks(dialog.edits["city"], "Paris")
    qtbot.keyClicks(dialog.edits["email"], "contact@nouvelle.fr")
    qtbot.keyClicks(dialog.edits["website"], "https://nouvelle.fr")
    qtbot.keyClicks(dialog.edits["siren"], "123 456 789")
    _click(qtbot, dialog.save_button)
    aio(wait_until(lambda: saved))
    assert dialog.result() == QDialog.DialogCode.Accepted
    [found] = services.search_companies(db, admin_id, "nouvelle")
    assert found == saved[0]
    assert (found.kind, found.city, found.postal_code, found.siren) == (
        "client",
        "Paris",
        "75011",
        "123456789",
    )
    assert found.address == "12 rue des Lilas"


def test_errors_show_next_to_their_field_and_nothing_is_saved(qtbot, aio, app_ctx, db, admin_id):
    dialog = CompanyFormDialog(app_ctx.runner, initial_name="Mauvaise Saisie")
    saved = _open(qtbot, dialog, aio)
    qtbot.keyClicks(dialog.edits["email"], "not-an-email")
    qtbot.keyClicks(dialog.edits["website"], "www.example.com")
    qtbot.keyClicks(dialog.edits["siren"], "1234")
    _click(qtbot, dialog.save_button)
    aio(wait_until(lambda: dialog.error_shown("siren")))
    assert "email address" in dialog.error_shown("email")
    assert "http://" in dialog.error_shown("website")
    assert dialog.error_shown("siren") == "A SIREN number has 9 digits."
    assert dialog.error_shown("name") == ""
    assert saved == [] and dialog.isVisible()
    assert services.search_companies(db, admin_id, "mauvaise") == []
    dialog.edits["email"].clear()
    dialog.edits["website"].clear()
    dialog.edits["siren"].clear()
    dialog.name.clear()
    _click(qtbot, dialog.save_button)
    aio(wait_until(lambda: dialog.error_shown("name")))
    assert dialog.error_shown("siren") == ""
    assert dialog.name.hasFocus() or not dialog.isActiveWindow()


def test_edit_a_company(qtbot, aio, app_ctx, db, admin_id, companies):
    durand = companies[1]
    dialog = CompanyFormDialog(app_ctx.runner, company=durand)
    saved = _open(qtbot, dialog, aio)
    assert dialog.windowTitle() == "Edit the company"
    assert dialog.name.text() == "Durand SA" and dialog.prospect_radio.isChecked()
    assert dialog.edits["city"].text() == "Lyon"
    dialog.name.setText("Durand et Fils")
    _click(qtbot, dialog.client_radio)
    dialog.edits["phone"].setText("+33 4 78 00 00 00")
    _click(qtbot, dialog.save_button)
    aio(wait_until(lambda: saved))
    stored = services.get_company(db, admin_id, durand.id)
    assert (stored.name, stored.kind, stored.phone, stored.city) == (
        "Durand et Fils",
        "client",
        "+33 4 78 00 00 00",
        "Lyon",
    )
    assert stored.version > durand.version


def test_a_company_saved_meanwhile_is_not_overwritten_silently(
    qtbot, aio, app_ctx, db, admin_id, companies
):
    """Someone saves the company while the form is open: the first save says so and keeps
    the user's edits in the form; saving again applies them on top of the other change."""
    durand = companies[1]
    dialog = CompanyFormDialog(app_ctx.runner, company=durand)
    saved = _open(qtbot, dialog, aio)
    services.update_company(db, admin_id, durand.id, {"city": "Lille"})  # someone else
    dialog.edits["phone"].setText("+33 4 78 00 00 00")
    _click(qtbot, dialog.save_button)
    aio(wait_until(lambda: dialog.general_error.isVisible()))
    assert not saved and dialog.isVisible()
    assert "after you opened it" in dialog.general_error.text()
    assert dialog.edits["phone"].text() == "+33 4 78 00 00 00"
    assert services.get_company(db, admin_id, durand.id).phone is None
    _click(qtbot, dialog.save_button)
    aio(wait_until(lambda: saved))
    stored = services.get_company(db, admin_id, durand.id)
    assert stored.phone == "+33 4 78 00 00 00"
    assert stored.city == "Lille"  # only what the user changed is applied on top


def test_save_with_ctrl_s(qtbot, aio, app_ctx, db, admin_id):
    dialog = CompanyFormDialog(app_ctx.runner, initial_name="Raccourci")
    saved = _open(qtbot, dialog, aio)
    dialog.activateWindow()
    qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    aio(wait_until(lambda: saved))
    assert [c.name for c in services.search_companies(db, admin_id, "raccourci")] == ["Raccourci"]


# ---------------------------------------------------------------- contact form
def test_create_a_contact_picking_its_company(qtbot, aio, app_ctx, db, admin_id, companies):
    dialog = ContactFormDialog(app_ctx.runner)
    saved = _open(qtbot, dialog, aio)
    assert dialog.picker is not None
    dialog.edits["last_name"].setText("Lefèvre")  # QTest types ASCII only
    _click(qtbot, dialog.save_button)  # no company yet
    aio(wait_until(lambda: dialog.error_shown("company_id")))
    assert saved == []
    picker = dialog.picker
    qtbot.keyClicks(picker.edit, "societe")
    aio(wait_until(lambda: picker._model.rowCount() == 1))
    label = picker._model.index(0).data()
    assert label.startswith("Société Générale de Test")
    picker.completer.activated.emit(label)
    aio(wait_until(lambda: dialog.company is not None))
    qtbot.keyClicks(dialog.edits["first_name"], "Anne")
    qtbot.keyClicks(dialog.edits["job_title"], "Directrice")
    _click(qtbot, dialog.save_button)
    aio(wait_until(lambda: saved))
    [contact] = services.list_contacts(db, admin_id, companies[0].id)
    assert (contact.full_name, contact.job_title) == ("Anne Lefèvre", "Directrice")
    assert saved[0] == contact


def test_contact_errors_and_edition(qtbot, aio, app_ctx, db, admin_id, companies, contacts):
    dialog = ContactFormDialog(app_ctx.runner, contact=contacts[0])
    saved = _open(qtbot, dialog, aio)
    assert dialog.picker is None
    assert dialog.company_label.text() == companies[0].name
    assert dialog.edits["last_name"].text() == "Dupré"
    dialog.edits["email"].setText("eva@")
    _click(qtbot, dialog.save_button)
    aio(wait_until(lambda: dialog.error_shown("email")))
    dialog.edits["email"].setText("eva@example.com")
    _click(qtbot, dialog.save_button)
    aio(wait_until(lambda: saved))
    stored = {c.id: c for c in services.list_contacts(db, admin_id, companies[0].id)}
    assert stored[contacts[0].id].email == "eva@example.com"
    assert saved == [stored[contacts[0].id]]


# ---------------------------------------------------------------- the lists
def test_companies_page_searches_without_accents(qtbot, aio, app_ctx, companies):
    page = CompaniesWidget(app_ctx)
    qtbot.addWidget(page)
    aio(page.load())
    assert page.model.rowCount() == len(COMPANIES)
    assert page.footer.text() == "4 companies"
    qtbot.keyClicks(page.search, "societe")
    aio(wait_until(lambda: page.model.rowCount() == 1))
    assert _table_names(page.model) == ["Société Générale de Test"]
    page.search.clear()
    aio(wait_until(lambda: page.model.rowCount() == len(COMPANIES)))


def test_companies_page_kind_filter_and_limit(qtbot, aio, app_ctx, companies, monkeypatch):
    page = CompaniesWidget(app_ctx)
    qtbot.addWidget(page)
    aio(page.load())
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("client"))
    aio(wait_until(lambda: page.model.rowCount() == 2))
    assert set(_table_names(page.model)) == {"Société Générale de Test", "École des Mines"}
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("prospect"))
    aio(wait_until(lambda: set(_table_names(page.model)) == {"Durand SA", "Zèbre & Fils"}))
    page.kind_filter.setCurrentIndex(0)
    monkeypatch.setattr(companies_module, "LIMIT", 3)
    aio(page.reload())
    assert page.model.rowCount() == 3
    assert page.footer.text() == "Showing the first 3 — refine the search"


def test_companies_page_opens_on_double_click_and_follows_saves(
    qtbot, aio, app_ctx, db, admin_id, companies
):
    page = CompaniesWidget(app_ctx)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    aio(page.load())
    opened = []
    page.open_company_requested.connect(opened.append)
    rect = page.table.visualRect(page.model.index(1, 0))
    viewport = page.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a press first,
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # as a user
    assert opened == [page.model.company_at(1)]
    created = services.create_company(db, admin_id, {"name": "Nouvelle Société"})
    app_ctx.events.company_saved.emit(created.id)
    aio(wait_until(lambda: page.model.rowCount() == len(COMPANIES) + 1))


def test_contacts_page_searches_and_opens_the_company(qtbot, aio, app_ctx, companies, contacts):
    page = ContactsWidget(app_ctx)
    qtbot.addWidget(page)
    aio(page.load())
    assert _table_names(page.model) == ["Zoé Adam", "Éva Dupré", "Paul Martin"]
    assert _table_names(page.model, 1) == [companies[0].name, companies[0].name, companies[1].name]
    qtbot.keyClicks(page.search, "dupre")
    aio(wait_until(lambda: page.model.rowCount() == 1))
    opened = []
    page.open_company_requested.connect(opened.append)
    aio(page.open_company(page.model.contact_at(0)))
    assert opened == [companies[0]]


def test_new_contact_from_the_contacts_page(qtbot, aio, app_ctx, companies):
    page = ContactsWidget(app_ctx)
    qtbot.addWidget(page)
    aio(page.load())
    announced = []
    app_ctx.events.contact_saved.connect(announced.append)
    _click(qtbot, page.new_button)
    [dialog] = page.findChildren(ContactFormDialog)
    aio(settle())  # the form's load
    dialog.picker.set_company(companies[2])
    dialog.edits["last_name"].setText("Curie")
    aio(dialog.save())
    assert len(announced) == 1
    aio(wait_until(lambda: "Curie" in " ".join(_table_names(page.model))))


# ---------------------------------------------------------------- company record
@pytest.fixture
def record(qtbot, aio, app_ctx, db, admin_id, companies, contacts):
    ours, other = companies[0], companies[1]
    for name, amount in (("Maintenance", 1000), ("Audit", 2500)):
        services.create_opportunity(
            db, admin_id, {"name": name, "company_id": ours.id, "amount": Decimal(amount)}
        )
    services.create_opportunity(db, admin_id, {"name": "Ailleurs", "company_id": other.id})
    window = CompanyRecordWindow(app_ctx, ours)
    qtbot.addWidget(window)
    window.show()
    aio(window.load())
    aio(settle())  # the list's load may leave its last re-count running
    return window


def test_the_record_lists_only_the_company_opportunities(aio, record, companies):
    record.tabs.setCurrentIndex(TAB_OPPORTUNITIES)
    model = record.opportunities.model
    assert model.rowCount() == 2
    assert record.opportunities.current_query().company_id == companies[0].id
    aio(wait_until(lambda: model.row_at(0) is not None and model.row_at(1) is not None))
    assert {model.row_at(r).name for r in range(2)} == {"Maintenance", "Audit"}
    assert [record.tabs.tabText(i) for i in range(3)] == [
        "Information",
        "Contacts (2)",
        "Opportunities",
    ]
    assert record.name_label.text() == companies[0].name
    assert record.kind_badge.text() == "Client"


def test_the_record_create_button_prefills_the_company(qtbot, record, companies):
    requested = []
    record.create_opportunity_requested.connect(requested.append)
    record.tabs.setCurrentIndex(TAB_OPPORTUNITIES)
    _click(qtbot, record.opportunities.create_button)
    assert requested == [companies[0]]


def test_the_record_follows_changes(aio, record, app_ctx, db, admin_id, companies):
    ours = companies[0]
    services.update_company(db, admin_id, ours.id, {"name": "Société Renommée"})
    app_ctx.events.company_saved.emit(ours.id)
    aio(wait_until(lambda: record.name_label.text() == "Société Renommée"))
    services.create_contact(db, admin_id, {"company_id": ours.id, "last_name": "Nouveau"})
    app_ctx.events.contact_saved.emit(None)
    aio(wait_until(lambda: record.contacts_model.rowCount() == 3))
    created = services.create_opportunity(
        db, admin_id, {"name": "Troisième", "company_id": ours.id}
    )
    app_ctx.events.opportunity_saved.emit(created.id)
    aio(wait_until(lambda: record.opportunities.model.rowCount() == 3))


def test_the_record_edits_the_company_and_its_contacts(qtbot, aio, record, companies):
    _click(qtbot, record.edit_button)
    [dialog] = record.findChildren(CompanyFormDialog)
    aio(wait_until(lambda: dialog.name.text() == companies[0].name))
    dialog.edits["city"].setText("Marseille")
    aio(dialog.save())
    aio(wait_until(lambda: record.info["city"].text() == "Marseille"))
    _click(qtbot, record.new_contact_button)
    new = [d for d in record.findChildren(ContactFormDialog) if d.isVisible()]
    assert len(new) == 1 and new[0].picker is None
    aio(wait_until(lambda: new[0].company_label.text() == companies[0].name))


# ---------------------------------------------------------------- the models
def test_company_table_model(qtmodeltester, companies):
    model = CompanyTableModel()
    qtmodeltester.check(model)
    model.set_companies(companies)
    qtmodeltester.check(model)
    assert model.rowCount() == len(COMPANIES)
    assert model.data(model.index(0, 1)) == "Client"
    assert model.data(model.index(3, 2)) == ""
    assert model.data(model.index(2, 0), IdRole) == companies[2].id
    assert model.data(model.index(2, 0), CompanyRole) is companies[2]


def test_contact_table_model(qtmodeltester, db, admin_id, contacts):
    model = ContactTableModel()
    qtmodeltester.check(model)
    model.set_contacts(services.search_contacts(db, admin_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Company"


# ---------------------------------------------------------------- in the main window
def test_main_window_add_menu_creates_companies_and_contacts(qtbot, aio, app_ctx, companies):
    from oppdesk.views.main_window import MainWindow

    win = MainWindow(app_ctx)
    qtbot.addWidget(win)
    win.show()
    aio(win.load())
    aio(wait_until(lambda: win.companies.model.rowCount() == len(COMPANIES)))
    win.add_company_action.trigger()
    aio(settle())  # the form's load
    [form] = [d for d in win.findChildren(CompanyFormDialog) if d.isVisible()]
    form.name.setText("Ajoutée par le menu")
    aio(form.save())
    aio(wait_until(lambda: win.companies.model.rowCount() == len(COMPANIES) + 1))
    win.add_contact_action.trigger()
    aio(settle())
    [contact_form] = [d for d in win.findChildren(ContactFormDialog) if d.isVisible()]
    assert contact_form.picker is not None
    win.nav.setCurrentRow(2)
    aio(wait_until(lambda: win.contacts.footer.text() == "0 contacts"))
    contact_form.picker.set_company(companies[1])
    contact_form.edits["last_name"].setText("Menu")
    aio(contact_form.save())
    aio(wait_until(lambda: win.contacts.model.rowCount() == 1))
    record = win.open_company(companies[1])
    assert isinstance(record, CompanyRecordWindow)
    aio(wait_until(lambda: record.contacts_model.rowCount() == 1))
