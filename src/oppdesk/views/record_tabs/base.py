"""What every tab of the opportunity record shares.

The record window creates each tab with the AppContext and the opportunity id, calls
``await tab.load(detail)`` whenever the record is (re)loaded, and listens to ``changed``:
a tab emits it after a write so the window reloads the header, the other tabs and — via
``ctx.events.opportunity_saved`` — every open list.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from oppdesk.services.dto import OpportunityDetail
from oppdesk.views.app_context import AppContext


class RecordTab(QWidget):
    changed = Signal()
    error = Signal(object)  # an Exception to show (UserError → translated text)

    def __init__(
        self, ctx: AppContext, opportunity_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opportunity_id = opportunity_id
        self.detail: OpportunityDetail | None = None

    async def load(self, detail: OpportunityDetail) -> None:
        """(Re)fill the tab for ``detail``. Subclasses call super() first, then load."""
        self.detail = detail

    def title(self) -> str:
        raise NotImplementedError
