"""A company record: its name and kind on top, then tabs — Information, Contacts, and the
company's Opportunities (the opportunity list limited to this company; its create button
opens the creation form with the company filled in)."""

from __future__ import annotations

import uuid
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from oppdesk.runtime.tasks import spawn
from oppdesk.services import OpportunityQuery, UserError, get_company, list_contacts
from oppdesk.services.dto import CompanyInfo, ContactInfo
from oppdesk.views.app_context import AppContext
from oppdesk.views.companies_widget import add_open_action, make_list_table
from oppdesk.views.company_form_dialog import CompanyFormDialog, FieldFormDialog
from oppdesk.views.contact_form_dialog import ContactFormDialog
from oppdesk.views.error_text import user_error_text
from oppdesk.views.formatting import company_kind_labels
from oppdesk.views.icons import icon
from oppdesk.views.item_models.contact_table_model import Column, ContactTableModel, contact_rows
from oppdesk.views.item_models.opportunity_table_model import Column as OpportunityColumn
from oppdesk.views.opportunity_list_widget import OpportunityListWidget
from oppdesk.views.widgets import named

TAB_INFORMATION, TAB_CONTACTS, TAB_OPPORTUNITIES = range(3)
BADGE_STYLE = {
    "client": "background: #E8F5E9; color: #2E7D32;",
    "prospect": "background: #E3F2FD; color: #1565C0;",
}
INFO_FIELDS = ("address", "postal_code", "city", "country", "phone", "email", "website", "siren")


class CompanyRecordWindow(QWidget):
    open_opportunity_requested = Signal(object)  # uuid
    create_opportunity_requested = Signal(object)  # CompanyInfo
    edit_opportunity_requested = Signal(object)  # uuid
    duplicate_opportunity_requested = Signal(object)  # uuid
    delete_opportunity_requested = Signal(object)  # uuid

    def __init__(
        self, ctx: AppContext, company: CompanyInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("companyRecordWindow")
        self.setWindowIcon(icon("company"))
        self.ctx = ctx
        self.company = company
        self._contacts: dict[uuid.UUID, ContactInfo] = {}
        self._dialogs: set[QWidget] = set()
        self._loaded = False
        self._build_ui()
        self._connect()
        self._show_company(company)
        self.resize(1100, 720)

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        self.name_label = named(QLabel(self), "companyNameLabel")
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_badge = named(QLabel(self), "companyKindBadge")
        header = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(icon("company").pixmap(32, 32))
        header.addWidget(logo)
        header.addWidget(self.name_label)
        header.addWidget(self.kind_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        self.tabs = named(QTabWidget(self), "companyTabs")
        self.tabs.addTab(self._information_tab(), icon("info"), self.tr("Information"))
        self.tabs.addTab(self._contacts_tab(), icon("contact"), self.tr("Contacts"))
        self.opportunities = OpportunityListWidget(
            self.ctx.runner,
            self.ctx.me,
            self.ctx.settings,
            base_query=OpportunityQuery(company_id=self.company.id),
            settings_group="companyOpportunities",
            parent=self,
        )
        self.opportunities.setObjectName("companyOpportunitiesTab")
        self.tabs.addTab(self.opportunities, icon("opportunity"), self.tr("Opportunities"))
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def _information_tab(self) -> QWidget:
        page = named(QWidget(self), "companyInformationTab")
        labels = {
            "address": self.tr("Address"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "country": self.tr("Country"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "website": self.tr("Website"),
            "siren": self.tr("SIREN"),
        }
        form = QFormLayout()
        self.info: dict[str, QLabel] = {}
        for field in INFO_FIELDS:
            value = named(QLabel(page), f"companyInfo_{field}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.setWordWrap(True)
            self.info[field] = value
            form.addRow(labels[field], value)
        self.edit_button = named(
            QPushButton(icon("edit"), self.tr("Edit"), page), "editCompanyButton"
        )
        self.edit_button.setEnabled(self.ctx.me.rights.can_create)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _contacts_tab(self) -> QWidget:
        page = named(QWidget(self), "companyContactsTab")
        self.new_contact_button = named(
            QPushButton(icon("add"), self.tr("New contact"), page), "newCompanyContactButton"
        )
        self.new_contact_button.setEnabled(self.ctx.me.rights.can_create)
        self.contacts_model = ContactTableModel(self)
        self.contacts_table = make_list_table(page, "companyContactTable")
        self.contacts_table.setModel(self.contacts_model)
        self.contacts_table.setColumnHidden(Column.COMPANY, True)
        for column, width in ((Column.NAME, 220), (Column.JOB_TITLE, 200), (Column.EMAIL, 260)):
            self.contacts_table.horizontalHeader().resizeSection(column, width)
        top = QHBoxLayout()
        top.addWidget(self.new_contact_button)
        top.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.contacts_table, 1)
        return page

    def _connect(self) -> None:
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.new_contact_button.clicked.connect(self._on_new_contact_button_clicked)
        self.contacts_table.doubleClicked.connect(self._on_contacts_table_double_clicked)
        add_open_action(self.contacts_table, self._edit_current_contact)
        lst = self.opportunities
        lst.create_requested.connect(self._on_opportunities_create_requested)
        lst.open_requested.connect(self.open_opportunity_requested)
        lst.edit_requested.connect(self.edit_opportunity_requested)
        lst.duplicate_requested.connect(self.duplicate_opportunity_requested)
        lst.delete_requested.connect(self.delete_opportunity_requested)
        lst.error.connect(self._on_opportunities_error)
        events = self.ctx.events
        events.company_saved.connect(self._on_events_company_saved)
        events.contact_saved.connect(self._on_events_contact_saved)
        events.opportunity_saved.connect(self._on_events_opportunity_changed)
        events.opportunity_deleted.connect(self._on_events_opportunity_changed)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

    # ------------------------------------------------------------- loading
    async def load(self) -> None:
        """The company as stored now, its contacts, and its opportunities."""
        await self.reload_company()
        await self.reload_contacts()
        await self.opportunities.load()
        # every row is this company's: its column would only repeat the header
        self.opportunities.header.setSectionHidden(OpportunityColumn.COMPANY, True)
        self._loaded = True

    async def reload_company(self) -> None:
        try:
            company = await self.ctx.runner.call(get_company, self.company.id)
        except UserError as exc:
            if isValid(self):
                await self._inform(exc)
            return
        if isValid(self):
            self._show_company(company)

    async def reload_contacts(self) -> None:
        contacts = await self.ctx.runner.call(list_contacts, self.company.id)
        if not isValid(self):
            return
        self._contacts = {c.id: c for c in contacts}
        self.contacts_model.set_contacts(contact_rows(self.company, contacts))
        self.tabs.setTabText(
            TAB_CONTACTS, self.tr("Contacts (%1)").replace("%1", str(len(contacts)))
        )

    def _show_company(self, company: CompanyInfo) -> None:
        self.company = company
        self.setWindowTitle(self.tr("%1 — Company").replace("%1", company.name))
        self.name_label.setText(company.name)
        self.kind_badge.setText(company_kind_labels().get(company.kind, company.kind))
        self.kind_badge.setStyleSheet(
            BADGE_STYLE.get(company.kind, "") + "border-radius: 9px; padding: 2px 10px;"
        )
        for field, label in self.info.items():
            value = getattr(company, field) or ""
            if field == "address":
                label.setText(value)
                label.setTextFormat(Qt.TextFormat.PlainText)
            elif value and field in ("email", "website"):
                href = f"mailto:{value}" if field == "email" else value
                label.setTextFormat(Qt.TextFormat.RichText)
                label.setText(f'<a href="{escape(href)}">{escape(value)}</a>')
                label.setOpenExternalLinks(True)
            else:
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setText(value or "—")

    # ------------------------------------------------------------- dialogs
    def _keep(self, dialog: FieldFormDialog) -> None:
        self._dialogs.add(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.discard(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        spawn(dialog.load(), name=f"{dialog.objectName()}-load")

    def edit_company(self) -> CompanyFormDialog:
        dialog = CompanyFormDialog(self.ctx.runner, company=self.company, parent=self)
        dialog.saved.connect(self._on_company_dialog_saved)
        self._keep(dialog)
        return dialog

    def edit_contact(self, contact: ContactInfo | None = None) -> ContactFormDialog:
        """The contact form for ``contact`` — or a new contact of this company."""
        dialog = ContactFormDialog(
            self.ctx.runner, company=self.company, contact=contact, parent=self
        )
        dialog.saved.connect(self._on_contact_dialog_saved)
        self._keep(dialog)
        return dialog

    # ------------------------------------------------------------- slots
    def _on_edit_button_clicked(self) -> None:
        self.edit_company()

    def _on_new_contact_button_clicked(self) -> None:
        self.edit_contact()

    def _on_contacts_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.contacts_model.contact_at(index.row())
        if row is not None and row.id in self._contacts and self.ctx.me.rights.can_create:
            self.edit_contact(self._contacts[row.id])

    def _edit_current_contact(self) -> None:
        index = self.contacts_table.currentIndex()
        if index.isValid():
            self._on_contacts_table_double_clicked(index)

    def _on_company_dialog_saved(self, company: CompanyInfo) -> None:
        self._show_company(company)
        self.ctx.events.company_saved.emit(company.id)

    def _on_contact_dialog_saved(self, contact: ContactInfo) -> None:
        self.ctx.events.contact_saved.emit(contact.id)

    def _on_opportunities_create_requested(self) -> None:
        self.create_opportunity_requested.emit(self.company)

    def _on_opportunities_error(self, error: Exception) -> None:
        if isinstance(error, UserError):
            spawn(self._inform(error), name="company-record-error")

    def _on_events_company_saved(self, company_id: uuid.UUID) -> None:
        if company_id == self.company.id:
            spawn(self.reload_company(), name="company-record-company")
            spawn(self.reload_contacts(), name="company-record-contacts")

    def _on_events_contact_saved(self, _contact_id: uuid.UUID) -> None:
        spawn(self.reload_contacts(), name="company-record-contacts")

    def _on_events_opportunity_changed(self, _opportunity_id: uuid.UUID) -> None:
        if self._loaded:
            self.opportunities.refresh()

    async def _inform(self, error: UserError) -> None:
        await self.ctx.prompter.inform(
            self, self.tr("Company"), user_error_text(error), warning=True
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.opportunities.save_state()
        super().closeEvent(event)
