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
    return {
        "open": QCoreApplication.translate("Status", "Open"),
        "won": QCoreApplication.translate("Status", "Won"),
        "lost": QCoreApplication.translate("Status", "Lost"),
        "cancelled": QCoreApplication.translate("Status", "Cancelled"),
        "closed": QCoreApplication.translate("Status", "Closed"),
        "late": QCoreApplication.translate("Status", "Late"),
    }


def status_label(_context: object, status: str) -> str:
    return status_labels().get(status, status)


def company_kind_labels() -> dict[str, str]:
    return {
        "client": QCoreApplication.translate("CompanyKind", "Client"),
        "prospect": QCoreApplication.translate("CompanyKind", "Prospect"),
    }
