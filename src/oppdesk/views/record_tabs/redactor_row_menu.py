"""The "⋮" menu of a Redactor document's row: Consulter, Éditer, Télécharger (PDF, HTML),
and Supprimer; a choice leaves as ``requested(action, document)``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from oppdesk.services import RedactorDocumentInfo
from oppdesk.views.icons import icon
from oppdesk.views.record_tabs.tab_icons import tab_icon
from oppdesk.views.rights_text import allow


class RedactorRowMenu(QMenu):
    requested = Signal(str, object)  # "view" | "edit" | "pdf" | "html" | "delete", info

    def __init__(self, info: RedactorDocumentInfo, can_edit: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("redactorRowMenu")
        self.info = info
        self.view_action = self.addAction(tab_icon("view"), self.tr("View"))
        self.edit_action = self.addAction(icon("edit"), self.tr("Edit"))
        self.download_menu = self.addMenu(tab_icon("download"), self.tr("Download"))
        self.download_menu.setObjectName("redactorDownloadMenu")
        self.pdf_action = self.download_menu.addAction(self.tr("PDF document (.pdf)"))
        self.html_action = self.download_menu.addAction(self.tr("Web page (.html)"))
        self.addSeparator()
        self.delete_action = self.addAction(icon("delete"), self.tr("Delete"))
        for action, name, key in (
            (self.view_action, "redactorViewAction", "view"),
            (self.edit_action, "redactorEditAction", "edit"),
            (self.pdf_action, "redactorDownloadPdfAction", "pdf"),
            (self.html_action, "redactorDownloadHtmlAction", "html"),
            (self.delete_action, "redactorDeleteAction", "delete"),
        ):
            action.setObjectName(name)
            action.triggered.connect(lambda _=False, k=key: self.requested.emit(k, self.info))
        allow(self.edit_action, can_edit)
        allow(self.delete_action, can_edit)
        self.setToolTipsVisible(True)
