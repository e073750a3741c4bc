"""Sales documents in words: the six types (Devis, Facture…) and their statuses as badges."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oppdesk.views.badge_delegate import Badge

DOC_TYPES = ("quote", "invoice", "order", "delivery_note", "credit_note", "proforma")
_STATUS_COLORS = {
    "draft": ("#ECEFF1", "#455A64"),
    "sent": ("#E3F2FD", "#1565C0"),
    "due": ("#FFF3E0", "#E65100"),
    "partially_paid": ("#FFF8E1", "#F57F17"),
    "accepted": ("#E8F5E9", "#2E7D32"),
    "paid": ("#E8F5E9", "#2E7D32"),
    "delivered": ("#E8F5E9", "#2E7D32"),
    "refunded": ("#E8F5E9", "#2E7D32"),
    "refused": ("#FFEBEE", "#C62828"),
    "expired": ("#FBE9E7", "#BF360C"),
    "cancelled": ("#F5F5F5", "#757575"),
}


def doc_type_label(doc_type: str) -> str:
    """Quote → « Devis » in French (the source document's words)."""
    return {
        "quote": QCoreApplication.translate("SalesDocuments", "Quote"),
        "invoice": QCoreApplication.translate("SalesDocuments", "Invoice"),
        "order": QCoreApplication.translate("SalesDocuments", "Order"),
        "delivery_note": QCoreApplication.translate("SalesDocuments", "Delivery note"),
        "credit_note": QCoreApplication.translate("SalesDocuments", "Credit note"),
        "proforma": QCoreApplication.translate("SalesDocuments", "Proforma invoice"),
    }.get(doc_type, doc_type)


def status_label(status: str) -> str:
    return {
        "draft": QCoreApplication.translate("SalesDocuments", "Draft"),
        "sent": QCoreApplication.translate("SalesDocuments", "Sent"),
        "accepted": QCoreApplication.translate("SalesDocuments", "Accepted"),
        "refused": QCoreApplication.translate("SalesDocuments", "Refused"),
        "expired": QCoreApplication.translate("SalesDocuments", "Expired"),
        "cancelled": QCoreApplication.translate("SalesDocuments", "Cancelled"),
        "due": QCoreApplication.translate("SalesDocuments", "Due"),
        "partially_paid": QCoreApplication.translate("SalesDocuments", "Partially paid"),
        "paid": QCoreApplication.translate("SalesDocuments", "Paid"),
        "delivered": QCoreApplication.translate("SalesDocuments", "Delivered"),
        "refunded": QCoreApplication.translate("SalesDocuments", "Refunded"),
    }.get(status, status)


def status_badge(status: str) -> Badge:
    background, foreground = _STATUS_COLORS.get(status, ("#ECEFF1", "#455A64"))
    return Badge(status_label(status), background, foreground)


def link_rule_text() -> str:
    """The source document's rule, for a refused link (code ``other_company``)."""
    return QCoreApplication.translate(
        "SalesDocuments",
        "This document cannot be linked: a document can be linked to an opportunity only if "
        "the document and the opportunity were created on the same client or prospect record.",
    )
