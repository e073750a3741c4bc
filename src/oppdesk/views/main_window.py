"""The main window: navigation on the left, the Ajout menu on top, one page per area.

Every way to create an opportunity lands in :meth:`create_opportunity`: the Ajout menu,
the list's Créer une opportunité button (Ctrl+N) and a company's Opportunités tab.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from oppdesk.runtime.tasks import spawn
from oppdesk.services import UserError
from oppdesk.services.dto import CompanyInfo, OpportunityDetail
from oppdesk.views.app_context import AppContext
from oppdesk.views.error_text import user_error_text
from oppdesk.views.icons import icon
from oppdesk.views.opportunity_list_widget import OpportunityListWidget
from oppdesk.views.widgets import named

if TYPE_CHECKING:
    # Dialogs, record windows and the other pages are imported when first needed.
    from oppdesk.views.companies_widget import CompaniesWidget
    from oppdesk.views.contacts_widget import ContactsWidget
    from oppdesk.views.opportunity_form_dialog import OpportunityFormDialog

PAGE_OPPORTUNITIES, PAGE_COMPANIES, PAGE_CONTACTS = range(3)
SETTINGS_ROW = 3


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(
            self.tr("oppdesk — %1 — %2")
            .replace("%1", ctx.location)
            .replace("%2", ctx.me.display_name)
        )
        self._dialogs: set[QWidget] = set()
        self._companies: CompaniesWidget | None = None
        self._contacts: ContactsWidget | None = None
        self._build_ui()
        self._connect()
        self._restore_geometry()

    # ------------------------------------------------------------------ UI
    def _build_ui(self) -> None:
        self.nav = named(QListWidget(self), "navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(180)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        for label, name in (
            (self.tr("Opportunities"), "opportunity"),
            (self.tr("Companies"), "company"),
            (self.tr("Contacts"), "contact"),
        ):
            QListWidgetItem(icon(name), label, self.nav)
        self.pages = named(QStackedWidget(self), "pages")
        self.opportunities = OpportunityListWidget(
            self.ctx.runner, self.ctx.me, self.ctx.settings, parent=self
        )
        self.opportunities.attach_bulk_bar(self.ctx)
        self.pages.addWidget(self.opportunities)
        # Sociétés and Contacts are built the first time they are shown or asked for
        # (``companies``, ``contacts``): start-up paints the opportunity list without them.
        self.pages.addWidget(QWidget(self.pages))
        self.pages.addWidget(QWidget(self.pages))
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_top_bar()
        self.nav.setCurrentRow(PAGE_OPPORTUNITIES)
        self.resize(1360, 820)

    def _build_top_bar(self) -> None:
        bar = named(QToolBar(self.tr("Main"), self), "topBar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.add_button = named(QToolButton(self), "addButton")
        self.add_button.setText(self.tr("Add"))
        self.add_button.setIcon(icon("add"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = named(QMenu(self.add_button), "addMenu")
        self.add_opportunity_action = menu.addAction(icon("opportunity"), self.tr("Opportunity"))
        self.add_opportunity_action.setObjectName("addOpportunityAction")
        self.add_opportunity_action.setEnabled(self.ctx.me.rights.can_create)
        self.add_company_action = menu.addAction(icon("company"), self.tr("Company"))
        self.add_company_action.setObjectName("addCompanyAction")
        self.add_contact_action = menu.addAction(icon("contact"), self.tr("Contact"))
        self.add_contact_action.setObjectName("addContactAction")
        for action in (self.add_company_action, self.add_contact_action):
            action.setEnabled(self.ctx.me.rights.can_create)
        self.add_button.setMenu(menu)
        bar.addWidget(self.add_button)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.user_label = named(QLabel(self.ctx.me.display_name, self), "userLabel")
        bar.addWidget(self.user_label)

    @property
    def companies(self) -> CompaniesWidget:
        """The Sociétés page, built (and its list loaded) on first use."""
        if self._companies is None:
            from oppdesk.views.companies_widget import CompaniesWidget  # noqa: PLC0415

            page = CompaniesWidget(self.ctx, self)
            page.open_company_requested.connect(self.open_company)
            page.create_company_requested.connect(lambda: self.create_company(""))
            self._companies = page
            self._put_page(PAGE_COMPANIES, page)
            spawn(page.load(), name="companies-load")
        return self._companies

    @property
    def contacts(self) -> ContactsWidget:
        """The Contacts page, built on first use (it loads its list when first shown)."""
        if self._contacts is None:
            from oppdesk.views.contacts_widget import ContactsWidget  # noqa: PLC0415

            page = ContactsWidget(self.ctx, self)
            page.open_company_requested.connect(self.open_company)
            self._contacts = page
            self._put_page(PAGE_CONTACTS, page)
        return self._contacts

    def _put_page(self, index: int, page: QWidget) -> None:
        """Replace the placeholder at ``index`` by ``page``, keeping the page shown."""
        current = self.pages.currentIndex()
        placeholder = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.setCurrentIndex(current)

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.add_opportunity_action.triggered.connect(lambda: self.create_opportunity())
        self.add_company_action.triggered.connect(lambda: self.create_company(""))
        self.add_contact_action.triggered.connect(lambda: self.create_contact())
        lst = self.opportunities
        lst.create_requested.connect(lambda: self.create_opportunity())
        lst.open_requested.connect(self.open_opportunity)
        lst.edit_requested.connect(lambda i: spawn(self.edit_opportunity(i)))
        lst.duplicate_requested.connect(lambda i: spawn(self.duplicate_opportunity(i)))
        lst.delete_requested.connect(lambda i: spawn(self.delete_opportunity(i)))
        lst.error.connect(self.show_error)
        events = self.ctx.events
        events.opportunity_saved.connect(lambda _id: self.opportunities.refresh())
        events.opportunity_deleted.connect(lambda _id: self.opportunities.refresh())
        events.company_saved.connect(lambda _id: self.opportunities.refresh())
        new_shortcut = self.opportunities.create_button.shortcut()
        if new_shortcut.isEmpty():
            self.opportunities.create_button.setShortcut(QKeySequence.StandardKey.New)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row == SETTINGS_ROW:
            self.open_settings()
            self.nav.setCurrentRow(self.pages.currentIndex())
            return
        if row == PAGE_COMPANIES:
            self.companies  # noqa: B018 - built on first use
        elif row == PAGE_CONTACTS:
            self.contacts  # noqa: B018
        self.pages.setCurrentIndex(row)

    def open_settings(self) -> QWidget:
        """The administration screens (users, profiles, pipelines, fields…)."""
        from oppdesk.views.admin.settings_window import SettingsWindow  # noqa: PLC0415

        for widget in self._dialogs:
            if isinstance(widget, SettingsWindow):
                widget.raise_()
                return widget
        window = SettingsWindow(self.ctx, self)
        self._keep(window)
        window.show()
        spawn(window.load(), name="settings-load")
        return window

    async def load(self) -> None:
        await self.opportunities.load()

    # ------------------------------------------------------------- actions
    def _keep(self, dialog: QWidget) -> None:
        self._dialogs.add(dialog)
        dialog.destroyed.connect(lambda *_: self._dialogs.discard(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def create_opportunity(self, company: CompanyInfo | None = None) -> OpportunityFormDialog:
        from oppdesk.views.opportunity_form_dialog import OpportunityFormDialog  # noqa: PLC0415

        dialog = OpportunityFormDialog(self.ctx.runner, mode="create", company=company, parent=self)
        self._open_form(dialog)
        return dialog

    def _open_form(self, dialog: OpportunityFormDialog) -> None:
        self._keep(dialog)
        dialog.saved.connect(self._on_form_saved)
        dialog.create_company_requested.connect(
            lambda text: self.create_company(text, picker=dialog.company)
        )
        dialog.open()
        spawn(dialog.load(), name="form-load")

    def _on_form_saved(self, detail: OpportunityDetail) -> None:
        self.ctx.events.opportunity_saved.emit(detail.id)
        self.open_opportunity(detail.id)

    async def edit_opportunity(self, opportunity_id: uuid.UUID) -> None:
        from oppdesk.views.opportunity_form_dialog import OpportunityFormDialog  # noqa: PLC0415

        detail = await self._detail(opportunity_id)
        if detail is not None:
            self._open_form(
                OpportunityFormDialog(self.ctx.runner, mode="edit", source=detail, parent=self)
            )

    async def duplicate_opportunity(self, opportunity_id: uuid.UUID) -> None:
        from oppdesk.views.opportunity_form_dialog import OpportunityFormDialog  # noqa: PLC0415

        detail = await self._detail(opportunity_id)
        if detail is not None:
            self._open_form(
                OpportunityFormDialog(self.ctx.runner, mode="duplicate", source=detail, parent=self)
            )

    async def delete_opportunity(self, opportunity_id: uuid.UUID) -> bool:
        from oppdesk.services import delete_opportunity  # noqa: PLC0415

        detail = await self._detail(opportunity_id)
        if detail is None:
            return False
        question = self.tr("Delete the opportunity %1 — %2?").replace("%1", detail.reference)
        if not await self.ctx.prompter.confirm(
            self, self.tr("Delete the opportunity"), question.replace("%2", detail.name)
        ):
            return False
        try:
            await self.ctx.runner.call(
                delete_opportunity, opportunity_id, expected_version=detail.version
            )
        except UserError as exc:
            self.show_error(exc)
            return False
        self.ctx.events.opportunity_deleted.emit(opportunity_id)
        self.statusBar().showMessage(self.tr("Opportunity deleted."), 5000)
        return True

    async def _detail(self, opportunity_id: uuid.UUID) -> OpportunityDetail | None:
        from oppdesk.services import get_opportunity  # noqa: PLC0415

        try:
            return await self.ctx.runner.call(get_opportunity, opportunity_id)
        except UserError as exc:
            self.show_error(exc)
            return None

    def open_opportunity(self, opportunity_id: uuid.UUID) -> QWidget:
        """Bring up the opportunity's record (one window per record; several may be open)."""
        from oppdesk.views.opportunity_record_window import (  # noqa: PLC0415
            OpportunityRecordWindow,
        )

        for widget in self._dialogs:
            if isinstance(widget, OpportunityRecordWindow) and widget.opportunity_id == (
                opportunity_id
            ):
                widget.raise_()
                widget.activateWindow()
                return widget
        window = OpportunityRecordWindow(self.ctx, opportunity_id, self)
        self._keep(window)
        window.open_opportunity_requested.connect(self.open_opportunity)
        window.open_company_requested.connect(self.open_company)
        window.show()
        spawn(window.load(), name="record-load")
        return window

    def create_company(self, name: str, *, picker: object = None) -> QWidget:
        from oppdesk.views.company_form_dialog import CompanyFormDialog  # noqa: PLC0415

        dialog = CompanyFormDialog(self.ctx.runner, initial_name=name, parent=self)
        self._keep(dialog)

        def saved(company: CompanyInfo) -> None:
            self.ctx.events.company_saved.emit(company.id)
            if picker is not None:
                picker.set_company(company)  # type: ignore[attr-defined]

        dialog.saved.connect(saved)
        dialog.open()
        spawn(dialog.load(), name="company-form-load")
        return dialog

    def create_contact(self, company: CompanyInfo | None = None) -> QWidget:
        from oppdesk.views.contact_form_dialog import ContactFormDialog  # noqa: PLC0415

        dialog = ContactFormDialog(self.ctx.runner, company=company, parent=self)
        self._keep(dialog)
        dialog.saved.connect(lambda c: self.ctx.events.contact_saved.emit(c.id))
        dialog.company_created.connect(lambda c: self.ctx.events.company_saved.emit(c.id))
        dialog.open()
        spawn(dialog.load(), name="contact-form-load")
        return dialog

    def open_company(self, company: CompanyInfo) -> QWidget:
        from oppdesk.views.company_record_window import CompanyRecordWindow  # noqa: PLC0415

        window = CompanyRecordWindow(self.ctx, company, self)
        self._keep(window)
        window.open_opportunity_requested.connect(self.open_opportunity)
        window.create_opportunity_requested.connect(self.create_opportunity)
        window.edit_opportunity_requested.connect(lambda i: spawn(self.edit_opportunity(i)))
        window.duplicate_opportunity_requested.connect(
            lambda i: spawn(self.duplicate_opportunity(i))
        )
        window.delete_opportunity_requested.connect(lambda i: spawn(self.delete_opportunity(i)))
        window.show()
        spawn(window.load(), name="company-record-load")
        return window

    def show_error(self, error: Exception) -> None:
        text = user_error_text(error) if isinstance(error, UserError) else str(error)
        self.statusBar().showMessage(text, 10_000)
        spawn(self.ctx.prompter.inform(self, self.tr("oppdesk"), text, warning=True))

    # --------------------------------------------------------- persistence
    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value(f"mainWindow/{self.ctx.me.id}/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.ctx.settings.setValue(f"mainWindow/{self.ctx.me.id}/geometry", self.saveGeometry())
        self.opportunities.save_state()
        self.ctx.settings.sync()
        super().closeEvent(event)
