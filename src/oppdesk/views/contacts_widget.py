"""The Contacts page: every company's contacts, searched by name or company as you type.
Double-click or Enter opens the contact's company record; New contact opens the form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from oppdesk.runtime.tasks import Generation, spawn
from oppdesk.services import ContactRow, UserError, get_company, search_contacts
from oppdesk.services.dto import CompanyInfo, ContactInfo
from oppdesk.views.app_context import AppContext
from oppdesk.views.companies_widget import add_open_action, make_list_table
from oppdesk.views.error_text import user_error_text
from oppdesk.views.icons import icon
from oppdesk.views.item_models.contact_table_model import Column, ContactTableModel
from oppdesk.views.widgets import named

if TYPE_CHECKING:
    from oppdesk.views.contact_form_dialog import ContactFormDialog  # opened on demand

LIMIT = 500


class ContactsWidget(QWidget):
    open_company_requested = Signal(object)  # CompanyInfo

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsWidget")
        self.ctx = ctx
        self.model = ContactTableModel(self)
        self._generation = Generation()
        self._loaded = False
        self._dialogs: set[QWidget] = set()
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.new_button = named(
            QPushButton(icon("add"), self.tr("New contact"), self), "newContactButton"
        )
        self.new_button.setEnabled(self.ctx.me.rights.can_create)
        self.search = named(QLineEdit(self, clearButtonEnabled=True), "contactSearch")
        self.search.setPlaceholderText(self.tr("Search a contact or a company…"))
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.table = make_list_table(self, "contactTable")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, width in (
            (Column.NAME, 200),
            (Column.COMPANY, 220),
            (Column.JOB_TITLE, 160),
            (Column.EMAIL, 220),
        ):
            header.resizeSection(column, width)
        self.footer = named(QLabel(self), "contactsFooter")
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        add_open_action(self.table, self._open_current)
        self.ctx.events.contact_saved.connect(self._on_events_changed)
        self.ctx.events.company_saved.connect(self._on_events_changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    async def load(self) -> list[ContactRow]:
        return await self.reload()

    async def reload(self) -> list[ContactRow]:
        """Search with the current text; a newer search makes this one's result moot."""
        self._loaded = True
        ticket = self._generation.next()
        try:
            found = await self.ctx.runner.call(search_contacts, self.search.text(), limit=LIMIT)
        except UserError as exc:
            if isValid(self) and self._generation.is_current(ticket):
                self.footer.setText(user_error_text(exc))
            return []
        if isValid(self) and self._generation.is_current(ticket):
            self.model.set_contacts(found)
            if len(found) >= LIMIT:
                text = self.tr("Showing the first %1 — refine the search")
                self.footer.setText(text.replace("%1", str(LIMIT)))
            else:
                self.footer.setText(self.tr("%n contacts", "", len(found)))
        return found

    def refresh(self) -> None:
        spawn(self.reload(), name="contacts-reload")

    async def open_company(self, row: ContactRow) -> CompanyInfo | None:
        try:
            company = await self.ctx.runner.call(get_company, row.company_id)
        except UserError as exc:
            if not isValid(self):
                return None
            await self.ctx.prompter.inform(
                self, self.tr("Contacts"), user_error_text(exc), warning=True
            )
            return None
        if isValid(self):
            self.open_company_requested.emit(company)
        return company

    def create_contact(self) -> ContactFormDialog:
        from oppdesk.views.contact_form_dialog import ContactFormDialog  # noqa: PLC0415

        dialog = ContactFormDialog(self.ctx.runner, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs.add(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.discard(dialog))
        dialog.saved.connect(self._on_dialog_saved)
        dialog.company_created.connect(self._on_dialog_company_created)
        dialog.open()
        spawn(dialog.load(), name="contact-form-load")
        return dialog

    # ------------------------------------------------------------- slots
    def _on_new_button_clicked(self) -> None:
        self.create_contact()

    def _on_dialog_saved(self, contact: ContactInfo) -> None:
        self.ctx.events.contact_saved.emit(contact.id)

    def _on_dialog_company_created(self, company: CompanyInfo) -> None:
        self.ctx.events.company_saved.emit(company.id)

    def _on_search_timer_timeout(self) -> None:
        self.refresh()

    def _on_events_changed(self, _id: object) -> None:
        if self._loaded:
            self.refresh()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.contact_at(index.row())
        if row is not None:
            spawn(self.open_company(row), name="contact-open-company")

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_table_double_clicked(index)
