"""Documents liés: the sales documents linked to the opportunity; Lier un document (only the
same company's), Créer un document (one of the six types, pre-filled with the opportunity's
company, contact and amount, already linked), and unlinking after confirmation."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oppdesk.runtime.tasks import Generation, spawn
from oppdesk.services import (
    SalesDocumentInfo,
    UserError,
    ValidationError,
    create_sales_document,
    link_sales_document,
    list_linked_documents,
    unlink_sales_document,
)
from oppdesk.services.dto import OpportunityDetail
from oppdesk.views.app_context import AppContext
from oppdesk.views.badge_delegate import BadgeDelegate
from oppdesk.views.companies_widget import make_list_table
from oppdesk.views.error_text import user_error_text
from oppdesk.views.icons import icon
from oppdesk.views.item_models.sales_document_table_model import (
    Column,
    DocumentRole,
    SalesDocumentTableModel,
)
from oppdesk.views.link_document_dialog import LinkDocumentDialog
from oppdesk.views.record_tabs.base import RecordTab
from oppdesk.views.record_tabs.notice_widget import NoticeWidget, stacked_pages
from oppdesk.views.record_tabs.tab_icons import tab_icon
from oppdesk.views.rights_text import allow, forbidden_text
from oppdesk.views.sales_document_labels import DOC_TYPES, doc_type_label, link_rule_text
from oppdesk.views.widgets import named

TABLE_PAGE, EMPTY_PAGE, FORBIDDEN_PAGE = range(3)


class LinkedDocumentsTab(RecordTab):
    def __init__(
        self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, opportunity_id, parent)
        self.setObjectName("linkedDocumentsTab")
        self._generation = Generation()
        self._dialogs: set[QWidget] = set()
        self._build_ui()
        self._connect()

    def title(self) -> str:
        return self.tr("Linked documents")

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        bar = self._build_bar()
        self._build_table()
        self.status_label = named(QLabel(self), "linkedDocumentsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)
        self.empty = NoticeWidget(
            "linkedDocumentsEmpty",
            self.tr(
                "No sales document is linked to this opportunity yet. Link an existing "
                "quote, invoice, order, delivery note, credit note or proforma invoice of "
                "the same company, or create one."
            ),
            "empty",
        )
        self.forbidden = NoticeWidget("linkedDocumentsForbidden", forbidden_text(), "warning")
        self.pages = stacked_pages(self, self.table, self.empty, self.forbidden)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.pages, 1)

    def _build_bar(self) -> QHBoxLayout:
        self.link_button = named(
            QPushButton(tab_icon("link"), self.tr("Link a document"), self), "linkDocumentButton"
        )
        self.create_button = named(QToolButton(self), "createDocumentButton")
        self.create_button.setText(self.tr("Create a document"))
        self.create_button.setIcon(icon("add"))
        self.create_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.create_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.create_menu = named(QMenu(self.create_button), "createDocumentMenu")
        self.create_actions = {}
        for doc_type in DOC_TYPES:
            action = self.create_menu.addAction(tab_icon("file"), doc_type_label(doc_type))
            action.setObjectName(f"createDocument_{doc_type}")
            action.triggered.connect(lambda _=False, t=doc_type: self._on_create_triggered(t))
            self.create_actions[doc_type] = action
        self.create_button.setMenu(self.create_menu)
        self.unlink_button = named(
            QPushButton(tab_icon("unlink"), self.tr("Unlink"), self), "unlinkDocumentButton"
        )
        self.summary = named(QLabel(self), "linkedDocumentsSummary")
        self.summary.setStyleSheet("color: #607D8B;")
        bar = QHBoxLayout()
        for widget in (self.link_button, self.create_button, self.unlink_button):
            widget.setEnabled(False)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        return bar

    def _build_table(self) -> None:
        self.model = SalesDocumentTableModel(self)
        self.table = make_list_table(self, "linkedDocumentsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(Column.STATUS, BadgeDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        widths = {
            Column.TYPE: 150,
            Column.NUMBER: 110,
            Column.TITLE: 320,
            Column.DATE: 100,
            Column.AMOUNT: 130,
        }
        for column, width in widths.items():
            self.table.horizontalHeader().resizeSection(column, width)

    def _connect(self) -> None:
        self.link_button.clicked.connect(self._on_link_clicked)
        self.unlink_button.clicked.connect(self._on_unlink_clicked)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu_requested)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.unlink_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))

    # ------------------------------------------------------------- loading
    async def load(self, detail: OpportunityDetail) -> None:
        await super().load(detail)
        self._update_buttons()
        if not detail.rights.can_edit:
            self.empty.set_text(self.tr("No sales document is linked to this opportunity."))
        if not detail.rights.can_linked_documents:
            self.model.set_documents([])
            self.pages.setCurrentIndex(FORBIDDEN_PAGE)
            return
        await self.reload()

    async def reload(self) -> None:
        ticket = self._generation.next()
        try:
            documents = await self.ctx.runner.call(list_linked_documents, self.opportunity_id)
        except UserError as exc:
            self._fail(exc)
            return
        if not self._generation.is_current(ticket):
            return
        self.model.set_documents(documents)
        self.pages.setCurrentIndex(TABLE_PAGE if documents else EMPTY_PAGE)
        self.summary.setText(self._summary(documents))
        self._update_buttons()

    def _summary(self, documents: list[SalesDocumentInfo]) -> str:
        return self.tr("Documents: %1").replace("%1", str(len(documents))) if documents else ""

    def _update_buttons(self) -> None:
        rights = self.detail.rights if self.detail else None
        allowed = bool(rights and rights.can_linked_documents and rights.can_edit)
        allow(self.link_button, allowed, self.tr("Link a sales document of the same company"))
        allow(self.create_button, allowed, self.tr("Create a sales document, already linked"))
        allow(self.unlink_button, allowed, self.tr("Unlink the selected document"))
        self.unlink_button.setEnabled(allowed and self.selected() is not None)

    def selected(self) -> SalesDocumentInfo | None:
        index = self.table.currentIndex()
        doc = index.data(DocumentRole) if index.isValid() else None
        return doc if isinstance(doc, SalesDocumentInfo) else None

    def show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #C62828;" if error else "color: #2E7D32;")
        self.status_label.setVisible(bool(text))

    def _fail(self, exc: UserError) -> None:
        self.show_status(user_error_text(exc), error=True)
        self.error.emit(exc)

    # ------------------------------------------------------------- actions
    def open_link_picker(self) -> LinkDocumentDialog | None:
        if self.detail is None:
            return None
        dialog = LinkDocumentDialog(self.ctx, self.opportunity_id, self.detail.company.name, self)
        self._dialogs.add(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.discard(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda doc: spawn(self.link_document(doc.id), name="link-doc"))
        dialog.open()
        spawn(dialog.load(), name="link-picker-load")
        return dialog

    def _on_link_clicked(self) -> None:
        self.open_link_picker()

    def _on_create_triggered(self, doc_type: str) -> None:
        spawn(self.create_document(doc_type), name="create-sales-document")

    def _on_unlink_clicked(self) -> None:
        doc = self.selected()
        if doc is not None:
            spawn(self.unlink_document(doc), name="unlink-sales-document")

    def _on_table_context_menu_requested(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid() or not self.unlink_button.isEnabled():
            return
        self.table.selectRow(index.row())
        menu = named(QMenu(self), "linkedDocumentContextMenu")
        unlink = menu.addAction(tab_icon("unlink"), self.tr("Unlink"))
        unlink.setObjectName("unlinkDocumentAction")
        unlink.triggered.connect(self._on_unlink_clicked)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    async def link_document(self, document_id: uuid.UUID) -> SalesDocumentInfo | None:
        try:
            doc = await self.ctx.runner.call(link_sales_document, self.opportunity_id, document_id)
        except ValidationError as exc:
            if "other_company" not in {e.code for e in exc.errors.values()}:
                self._fail(exc)
                return None
            self.show_status(link_rule_text(), error=True)
            await self.ctx.prompter.inform(
                self, self.tr("Link a document"), link_rule_text(), warning=True
            )
            return None
        except UserError as exc:
            self._fail(exc)
            return None
        await self._after_change(
            self.tr("%1 %2 linked.")
            .replace("%1", doc_type_label(doc.doc_type))
            .replace("%2", doc.number),
            doc.id,
        )
        return doc

    async def create_document(self, doc_type: str) -> SalesDocumentInfo | None:
        try:
            doc = await self.ctx.runner.call(
                create_sales_document, self.opportunity_id, {"doc_type": doc_type}
            )
        except UserError as exc:
            self._fail(exc)
            return None
        text = self.tr("%1 %2 created and linked.")
        await self._after_change(
            text.replace("%1", doc_type_label(doc.doc_type)).replace("%2", doc.number), doc.id
        )
        return doc

    async def unlink_document(self, doc: SalesDocumentInfo) -> bool:
        question = self.tr("Unlink %1 %2 from this opportunity? The document itself is kept.")
        question = question.replace("%1", doc_type_label(doc.doc_type)).replace("%2", doc.number)
        if not await self.ctx.prompter.confirm(self, self.tr("Unlink the document"), question):
            return False
        try:
            await self.ctx.runner.call(unlink_sales_document, self.opportunity_id, doc.id)
        except UserError as exc:
            self._fail(exc)
            return False
        await self._after_change(self.tr("%1 unlinked.").replace("%1", doc.number), None)
        return True

    async def _after_change(self, message: str, select: uuid.UUID | None) -> None:
        self.show_status(message)
        self.changed.emit()
        await self.reload()
        row = self.model.row_of(select) if select else -1
        if row >= 0:
            self.table.selectRow(row)
