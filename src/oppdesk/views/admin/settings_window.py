"""The settings (administration) window: sections listed on the left, one page at a time.

Only for users whose privilege profile has the administration right; the services check it
again on every call, so a window left open after a profile change cannot act.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oppdesk.views.admin.custom_fields_section import CustomFieldsSection
from oppdesk.views.admin.general_section import GeneralSection
from oppdesk.views.admin.groups_section import GroupsSection
from oppdesk.views.admin.pipelines_section import PipelinesSection
from oppdesk.views.admin.profiles_section import ProfilesSection
from oppdesk.views.admin.section import AdminSection
from oppdesk.views.admin.smtp_section import SmtpSection
from oppdesk.views.admin.sources_section import SourcesSection
from oppdesk.views.admin.tags_section import TagsSection
from oppdesk.views.admin.users_section import UsersSection
from oppdesk.views.app_context import AppContext
from oppdesk.views.widgets import named


class SettingsWindow(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self.setObjectName("settingsWindow")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(1240, 700)
        self.allowed = ctx.me.rights.can_admin
        self._build_ui()

    def _build_ui(self) -> None:
        self.sections: dict[str, AdminSection] = {}
        self.section_list = named(QListWidget(self), "settings_sections")
        self.section_list.setFixedWidth(200)
        self.stack = named(QStackedWidget(self), "settings_stack")
        self.denied = named(QLabel(self), "settings_denied")
        self.denied.setText(
            self.tr(
                "Your privilege profile does not include administration. Ask an "
                "administrator to change your rights."
            )
        )
        self.denied.setWordWrap(True)
        self.denied.setVisible(not self.allowed)
        layout = QHBoxLayout(self)
        layout.addWidget(self.section_list)
        right = QVBoxLayout()
        right.addWidget(self.denied)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        if not self.allowed:
            self.section_list.setEnabled(False)
            self.stack.setEnabled(False)
            return
        for key, cls in (
            ("users", UsersSection),
            ("groups", GroupsSection),
            ("profiles", ProfilesSection),
            ("pipelines", PipelinesSection),
            ("sources", SourcesSection),
            ("customFields", CustomFieldsSection),
            ("tags", TagsSection),
            ("general", GeneralSection),
            ("smtp", SmtpSection),
        ):
            section = cls(self._ctx, self.stack)
            self.sections[key] = section
            self.stack.addWidget(section)
            self.section_list.addItem(section.title)
        self.section_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.section_list.setCurrentRow(0)

    def show_section(self, key: str) -> AdminSection:
        section = self.sections[key]
        self.section_list.setCurrentRow(self.stack.indexOf(section))
        return section

    async def load(self) -> None:
        """Fill every section (nothing for a user without the administration right)."""
        for section in self.sections.values():
            await section.load()
