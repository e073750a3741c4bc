"""Pick a company by typing part of its name: the database searches (latest wins), so it
stays instant over tens of thousands of companies. A button creates a new one inline."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QToolButton, QWidget

from oppdesk.runtime.db_runner import DbRunner
from oppdesk.runtime.tasks import Generation, spawn
from oppdesk.services import search_companies
from oppdesk.services.dto import CompanyInfo
from oppdesk.views.formatting import company_kind_labels
from oppdesk.views.icons import icon
from oppdesk.views.widgets import named


class CompanyPickerWidget(QWidget):
    company_changed = Signal(object)  # CompanyInfo | None
    create_requested = Signal(str)  # the text typed so far

    def __init__(self, runner: DbRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._company: CompanyInfo | None = None
        self._found: dict[str, CompanyInfo] = {}
        self._generation = Generation()
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._build_ui()
        self._connect()

    def _build_ui(self) -> None:
        self.edit = named(QLineEdit(self), "companyPicker")
        self.edit.setPlaceholderText(self.tr("Type to search a client or prospect…"))
        self.edit.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.new_button = named(QToolButton(self), "createCompanyInline")
        self.new_button.setIcon(icon("add"))
        self.new_button.setToolTip(self.tr("Create a new company"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.new_button)

    def _connect(self) -> None:
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.completer.activated.connect(self._on_completer_activated)
        self.new_button.clicked.connect(lambda: self.create_requested.emit(self.edit.text()))

    @property
    def company(self) -> CompanyInfo | None:
        return self._company

    @property
    def company_id(self) -> uuid.UUID | None:
        return self._company.id if self._company else None

    def set_company(self, company: CompanyInfo | None) -> None:
        self._company = company
        self.edit.setText(company.name if company else "")
        self.company_changed.emit(company)

    def _label(self, company: CompanyInfo) -> str:
        kind = company_kind_labels().get(company.kind, company.kind)
        place = f" · {company.city}" if company.city else ""
        return f"{company.name} ({kind}{place})"

    def _on_edit_text_edited(self, _text: str) -> None:
        if self._company is not None:
            self._company = None
            self.company_changed.emit(None)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        spawn(self.search(self.edit.text()), name="company-search")

    async def search(self, text: str) -> list[CompanyInfo]:
        ticket = self._generation.next()
        found = await self._runner.call(search_companies, text, limit=30)
        if not self._generation.is_current(ticket):
            return found
        self._found = {self._label(c): c for c in found}
        self._model.setStringList(list(self._found))
        if found and self.edit.hasFocus():
            self.completer.complete()
        return found

    def _on_completer_activated(self, label: str) -> None:
        company = self._found.get(label)
        if company is not None:
            # setText after the completer has written the label into the line edit
            QTimer.singleShot(0, lambda: self.set_company(company))
