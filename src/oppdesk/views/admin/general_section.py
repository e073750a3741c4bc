"""General settings: reference pattern (with a live preview), default currency, file size
limit, reasons for a lost opportunity (one a line)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from oppdesk import services
from oppdesk.services.admin import FILE_SIZE_LIMIT_RANGE
from oppdesk.views.admin.section import AdminSection, Failed
from oppdesk.views.widgets import named


class GeneralSection(AdminSection):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "general", parent)
        self.title = self.tr("General")
        self._next_number = 1
        self.pattern = named(QLineEdit(self), "general_referencePattern")
        self.pattern.setToolTip(self.tr("Must contain {number}, e.g. OPP-{number:05d}"))
        self.preview = named(QLabel(self), "general_referencePreview")
        self.currency = named(QLineEdit(self), "general_defaultCurrency")
        self.currency.setMaxLength(3)
        self.file_limit = named(QSpinBox(self), "general_fileSizeLimit")
        self.file_limit.setRange(*FILE_SIZE_LIMIT_RANGE)
        self.file_limit.setSuffix(self.tr(" MB"))
        self.loss_reasons = named(QPlainTextEdit(self), "general_lossReasons")
        self.loss_reasons.setPlaceholderText(self.tr("One reason per line"))
        self.save_button = named(QPushButton(self.tr("Save"), self), "general_save")
        form = QFormLayout()
        self.add_field(form, "reference_pattern", self.tr("Reference pattern"), self.pattern)
        form.addRow(self.tr("Next reference"), self.preview)
        self.add_field(form, "default_currency", self.tr("Default currency"), self.currency)
        self.add_field(form, "file_size_limit_mb", self.tr("File size limit"), self.file_limit)
        self.add_field(
            form, "loss_reasons", self.tr("Reasons for a lost opportunity"), self.loss_reasons
        )
        form.addRow(self.save_button)
        self.layout_.addLayout(form)
        self.layout_.addStretch(1)
        self._finish()
        self.pattern.textChanged.connect(lambda _t: self._update_preview())
        self.save_button.clicked.connect(lambda: self.act(self.save()))

    async def load(self) -> None:
        current = await self.call(services.get_general_settings)
        if isinstance(current, Failed):
            return
        self._next_number = current.next_number
        self.pattern.setText(current.reference_pattern)
        self.currency.setText(current.default_currency)
        self.file_limit.setValue(current.file_size_limit_mb)
        self.loss_reasons.setPlainText("\n".join(current.loss_reasons))
        self._update_preview()

    def _update_preview(self) -> None:
        text = services.format_reference(self.pattern.text().strip(), self._next_number)
        if text is None:
            self.preview.setText(self.tr("Invalid pattern: it must contain {number} once."))
            self.preview.setStyleSheet("color: #C62828;")
        else:
            self.preview.setText(text)
            self.preview.setStyleSheet("")

    async def save(self) -> None:
        reasons = self.loss_reasons.toPlainText().splitlines()
        steps: list[tuple[Any, Any]] = [
            (services.set_reference_pattern, self.pattern.text()),
            (services.set_default_currency, self.currency.text()),
            (services.set_file_size_limit, self.file_limit.value()),
            (services.set_loss_reasons, reasons),
        ]
        for fn, value in steps:
            if not await self.ok(fn, value):
                return
        await self.load()
        self.show_info(self.tr("Settings saved."))
