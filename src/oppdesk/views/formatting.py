"""Labels and formats the views share: statuses, kinds, amounts and dates for the locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oppdesk.views.i18n import format_amount, format_date, format_datetime, format_percent

__all__ = [
    "format_amount",
    "format_date",
    "format_datetime",
    "format_percent",
    "status_label",
    "status_labels",
]


def status_labels() -> dict[str, str]:
    """Stored status → label; "late" is computed (open and due before today)."""
    t = QCoreApplication.translate
    return {
        "open": t("Status", "Open"),
        "won": t("Status", "Won"),
        "lost": t("Status", "Lost"),
        "cancelled": t("Status", "Cancelled"),
        "closed": t("Status", "Closed"),
        "late": t("Status", "Late"),
    }


def status_label(_context: object, status: str) -> str:
    return status_labels().get(status, status)


def company_kind_labels() -> dict[str, str]:
    t = QCoreApplication.translate
    return {"client": t("CompanyKind", "Client"), "prospect": t("CompanyKind", "Prospect")}
