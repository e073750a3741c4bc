"""The Documents liés tab over real databases: linking from the picker (same company only),
the refusal for another company's document, creating each of the six types pre-filled and
linked, unlinking after confirmation, and privilege gating."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from oppdesk import services
from oppdesk.views.item_models.sales_document_table_model import Column, SalesDocumentTableModel
from oppdesk.views.link_document_dialog import LinkDocumentDialog
from oppdesk.views.record_tabs.linked_documents_tab import (
    EMPTY_PAGE,
    FORBIDDEN_PAGE,
    TABLE_PAGE,
    LinkedDocumentsTab,
)
from oppdesk.views.rights_text import forbidden_text
from oppdesk.views.sales_document_labels import DOC_TYPES, link_rule_text
from tests.gui.tab_helpers import context_for

TYPE_LABELS = ["Quote", "Invoice", "Order", "Delivery note", "Credit note", "Proforma invoice"]


@pytest.fixture
def contact(db, admin_id, company):
    return services.create_contact(
        db, admin_id, {"company_id": company.id, "first_name": "Éloïse", "last_name": "Martin"}
    )


@pytest.fixture
def opp(make_opportunity, contact):
    return make_opportunity(name="Parc de caisses", amount="48500", contact_id=contact.id)


@pytest.fixture
def other_company(db, admin_id):
    return services.create_company(db, admin_id, {"name": "Durand Industrie", "kind": "prospect"})


def _document(db, admin_id, company, doc_type="quote", amount="1200", title="Devis initial"):
    return services.create_standalone_sales_document(
        db,
        admin_id,
        {"company_id": company.id, "doc_type": doc_type, "amount": amount, "title": title},
    )


def _tab(qtbot, aio, ctx, db, opp, user_id):
    tab = LinkedDocumentsTab(ctx, opp.id)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    aio(tab.load(services.get_opportunity(db, user_id, opp.id)))
    return tab


@pytest.fixture
def tab(qtbot, aio, app_ctx, db, admin_id, opp):
    return _tab(qtbot, aio, app_ctx, db, opp, admin_id)


def test_link_a_document_from_the_picker(
    qtbot, aio, wait_until, tab, db, admin_id, opp, company, other_company
):
    assert tab.title() == "Linked documents" and tab.pages.currentIndex() == EMPTY_PAGE
    mine = _document(db, admin_id, company, "quote")
    _document(db, admin_id, company, "invoice", title="Acompte")
    _document(db, admin_id, other_company, "quote", title="Autre société")
    qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(LinkDocumentDialog, "linkDocumentDialog")
    aio(dialog.load())
    offered = {dialog.model.document_at(r).id for r in range(dialog.model.rowCount())}
    assert len(offered) == 2 and mine.id in offered  # never the other company's
    dialog.search.setText("initial")
    assert dialog.proxy.rowCount() == 1
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    aio(wait_until(lambda: tab.model.rowCount() == 1))
    assert tab.pages.currentIndex() == TABLE_PAGE
    row = [tab.model.index(0, c).data() for c in Column]
    assert row[Column.TYPE] == "Quote" and row[Column.NUMBER] == mine.number
    assert row[Column.TITLE] == "Devis initial"
    assert [d.id for d in services.list_linked_documents(db, admin_id, opp.id)] == [mine.id]
    assert tab.status_label.text() == f"Quote {mine.number} linked."


def test_another_company_document_is_refused_with_the_rule(
    aio, tab, app_ctx, db, admin_id, opp, other_company
):
    foreign = _document(db, admin_id, other_company)
    assert aio(tab.link_document(foreign.id)) is None
    assert app_ctx.prompter.asked[-1] == ("Link a document", link_rule_text())
    assert "same client or prospect record" in tab.status_label.text()
    assert services.list_linked_documents(db, admin_id, opp.id) == []


def test_create_each_type_prefilled_and_linked(
    aio, wait_until, tab, db, admin_id, opp, company, contact
):
    for doc_type in DOC_TYPES:
        tab.create_actions[doc_type].trigger()
        aio(wait_until(lambda t=doc_type: any(d.doc_type == t for d in tab.model.documents())))
    aio(wait_until(lambda: tab.model.rowCount() == 6))
    labels = sorted(tab.model.index(r, Column.TYPE).data() for r in range(6))
    assert labels == sorted(TYPE_LABELS)
    linked = services.list_linked_documents(db, admin_id, opp.id)
    assert {d.doc_type for d in linked} == set(DOC_TYPES)
    for doc in linked:
        assert doc.company.id == company.id and doc.contact.id == contact.id
        assert doc.amount == Decimal("48500.00") and doc.status == "draft"
    assert tab.summary.text() == "Documents: 6"


def test_unlink_after_confirmation(
    qtbot, aio, wait_until, tab, app_ctx, db, admin_id, opp, company
):
    doc = _document(db, admin_id, company)
    services.link_sales_document(db, admin_id, opp.id, doc.id)
    aio(tab.reload())
    tab.table.selectRow(0)
    assert tab.unlink_button.isEnabled()
    app_ctx.prompter.answers.extend([False, True])
    assert aio(tab.unlink_document(doc)) is False
    assert tab.model.rowCount() == 1
    qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    aio(wait_until(lambda: tab.model.rowCount() == 0))
    assert [d.id for d in services.list_linkable_documents(db, admin_id, opp.id)] == [doc.id]


def test_without_the_right_the_tab_explains_and_nothing_can_change(
    qtbot, aio, db, admin_id, opp, company, make_user, tmp_path
):
    doc = _document(db, admin_id, company)
    services.link_sales_document(db, admin_id, opp.id, doc.id)
    reader = make_user("reader", "read_only")
    services.share_opportunity(db, admin_id, opp.id, user_id=reader.id)
    ctx = context_for(db, reader.id, tmp_path)
    try:
        tab = _tab(qtbot, aio, ctx, db, opp, reader.id)
        assert tab.pages.currentIndex() == FORBIDDEN_PAGE
        assert tab.forbidden.text() == forbidden_text()
        for button in (tab.link_button, tab.create_button, tab.unlink_button):
            assert not button.isEnabled() and button.toolTip() == forbidden_text()
        assert tab.model.rowCount() == 0
        assert aio(tab.create_document("quote")) is None  # forced: the service refuses
        assert "privilege profile" in tab.status_label.text()
    finally:
        ctx.runner.shutdown()
    assert len(services.list_linked_documents(db, admin_id, opp.id)) == 1


def test_document_model_passes_the_model_tester(qtmodeltester, db, admin_id, company, qapp):
    model = SalesDocumentTableModel()
    model.set_documents([_document(db, admin_id, company, t) for t in DOC_TYPES])
    qtmodeltester.check(model)
