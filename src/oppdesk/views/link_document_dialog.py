"""Lier un document: the company's sales documents not linked to the opportunity yet.

Only the opportunity's own company is offered (the source document's rule: a document and
the opportunity must have been created on the same client or prospect record).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oppdesk.services import SalesDocumentInfo, UserError, list_linkable_documents
from oppdesk.views.app_context import AppContext
from oppdesk.views.badge_delegate import BadgeDelegate
from oppdesk.views.companies_widget import make_list_table
from oppdesk.views.error_text import user_error_text
from oppdesk.views.item_models.sales_document_table_model import (
    Column,
    DocumentRole,
    SalesDocumentTableModel,
    SortRole,
)
from oppdesk.views.widgets import named


class LinkDocumentDialog(QDialog):
    chosen = Signal(object)  # SalesDocumentInfo

    def __init__(
        self,
        ctx: AppContext,
        opportunity_id: uuid.UUID,
        company_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("linkDocumentDialog")
        self.setWindowTitle(self.tr("Link a document"))
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self._build_ui(company_name)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.link_button.clicked.connect(self._on_link_clicked)
        self.table.doubleClicked.connect(self._on_link_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

    def _build_ui(self, company_name: str) -> None:
        intro = QLabel(
            self.tr(
                "Sales documents of %1 that are not linked to this opportunity yet. Only "
                "documents created on the same client or prospect record can be linked."
            ).replace("%1", company_name),
            self,
        )
        intro.setWordWrap(True)
        self.search = named(QLineEdit(self), "linkDocumentSearch")
        self.search.setPlaceholderText(self.tr("Filter by number, type, title…"))
        self.search.setClearButtonEnabled(True)
        self._build_table()
        self.message = named(QLabel(self), "linkDocumentMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        buttons = QDialogButtonBox(self)
        self.link_button: QPushButton = named(
            buttons.addButton(self.tr("Link"), QDialogButtonBox.ButtonRole.AcceptRole),
            "linkSelectedButton",
        )
        self.link_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.search, self.table, self.message, buttons):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        self.resize(820, 460)

    def _build_table(self) -> None:
        self.model = SalesDocumentTableModel(self)
        self.proxy = QSortFilterProxyModel(self)  # a company's documents: a short list
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SortRole)
        self.table = make_list_table(self, "linkableDocumentsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setItemDelegateForColumn(Column.STATUS, BadgeDelegate(self.table))
        self.table.horizontalHeader().resizeSection(Column.TITLE, 240)

    async def load(self) -> None:
        try:
            documents = await self.ctx.runner.call(list_linkable_documents, self.opportunity_id)
        except UserError as exc:
            self._say(user_error_text(exc))
            return
        self.model.set_documents(documents)
        if not documents:
            self._say(self.tr("This company has no other sales document to link."))
        else:
            self.table.selectRow(0)
        self.search.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def selected(self) -> SalesDocumentInfo | None:
        index = self.table.currentIndex()
        doc = index.data(DocumentRole) if index.isValid() else None
        return doc if isinstance(doc, SalesDocumentInfo) else None

    def _on_selection_changed(self) -> None:
        self.link_button.setEnabled(self.selected() is not None)

    def _on_link_clicked(self) -> None:
        doc = self.selected()
        if doc is not None:
            self.chosen.emit(doc)
            self.accept()
