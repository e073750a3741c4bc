"""User errors in the user's language: services raise codes, views say them in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oppdesk.services.errors import (
    AuthenticationError,
    ConflictError,
    FieldError,
    NotFound,
    PermissionDenied,
    UserError,
    ValidationError,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def field_error_text(error: FieldError) -> str:
    p = error.params
    texts = {
        "required": _t("This field is required."),
        "too_long": _t("At most %1 characters.").replace("%1", str(p.get("max", ""))),
        "type": _t("This value has the wrong format."),
        "negative": _t("Must not be negative."),
        "too_large": _t("This amount is too large."),
        "precision": _t("At most two decimals."),
        "range": _t("Must be between %1 and %2.")
        .replace("%1", str(p.get("min", "")))
        .replace("%2", str(p.get("max", ""))),
        "choice": _t("Choose one of the proposed values."),
        "unknown": _t("This record no longer exists or is inactive."),
        "other_company": _t("Must belong to the linked company."),
        "other_pipeline": _t("Choose a stage of the selected pipeline."),
        "duplicate": _t("This value is already used."),
        "email": _t("Enter an email address such as name@example.com."),
        "url": _t("Enter a web address starting with http:// or https://."),
        "phone": _t("Enter a phone number (digits, spaces, + . - ( ))."),
        "currency": _t("Enter a three-letter currency code such as EUR."),
        "invalid": _t("Contains characters that are not allowed."),
        "timezone": _t("This date and time needs a time zone."),
        "format": _t("This value has the wrong format."),
        "linked_documents": _t(
            "Unlink the sales documents of the current company before changing it."
        ),
        "too_many": _t("Too many values."),
    }
    return texts.get(error.code, error.message)


def field_label(field: str) -> str:
    labels = {
        "name": _t("Name"),
        "reference": _t("Reference"),
        "company_id": _t("Company"),
        "contact_id": _t("Contact"),
        "amount": _t("Potential amount"),
        "currency": _t("Currency"),
        "probability": _t("Probability"),
        "due_date": _t("Due date"),
        "pipeline_id": _t("Pipeline"),
        "stage_id": _t("Stage"),
        "source_id": _t("Source"),
        "status": _t("Status"),
        "brief": _t("Brief"),
        "assignee_ids": _t("Assigned collaborators"),
        "closed_at": _t("Closing date"),
        "closed_reason": _t("Reason"),
    }
    return labels.get(field, field.removeprefix("custom_fields."))


def user_error_text(error: UserError) -> str:
    """One paragraph for a message box or a status line."""
    if isinstance(error, ValidationError):
        return "\n".join(
            f"{field_label(field)} : {field_error_text(err)}" for field, err in error.errors.items()
        )
    if isinstance(error, PermissionDenied):
        return _t(
            "Your privilege profile does not allow this action. Ask your administrator to "
            "change your rights in your privilege profile."
        )
    if isinstance(error, ConflictError):
        who = error.changed_by or _t("another user")
        return _t("%1 changed this record since you opened it.").replace("%1", who)
    if isinstance(error, NotFound):
        return _t("This record no longer exists (it may have been deleted).")
    if isinstance(error, AuthenticationError):
        return _t("Unknown login or wrong password.")
    return error.message
