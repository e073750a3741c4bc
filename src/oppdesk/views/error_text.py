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


def field_error_text(error: FieldError) -> str:
    p = error.params
    texts = {
        "required": QCoreApplication.translate("Errors", "This field is required."),
        "too_long": QCoreApplication.translate("Errors", "At most %1 characters.").replace(
            "%1", str(p.get("max", ""))
        ),
        "type": QCoreApplication.translate("Errors", "This value has the wrong format."),
        "negative": QCoreApplication.translate("Errors", "Must not be negative."),
        "too_large": QCoreApplication.translate("Errors", "This amount is too large."),
        "precision": QCoreApplication.translate("Errors", "At most two decimals."),
        "range": QCoreApplication.translate("Errors", "Must be between %1 and %2.")
        .replace("%1", str(p.get("min", "")))
        .replace("%2", str(p.get("max", ""))),
        "choice": QCoreApplication.translate("Errors", "Choose one of the proposed values."),
        "unknown": QCoreApplication.translate(
            "Errors", "This record no longer exists or is inactive."
        ),
        "other_company": QCoreApplication.translate("Errors", "Must belong to the linked company."),
        "other_pipeline": QCoreApplication.translate(
            "Errors", "Choose a stage of the selected pipeline."
        ),
        "duplicate": QCoreApplication.translate("Errors", "This value is already used."),
        "cannot_see": QCoreApplication.translate(
            "Errors", "This person cannot see this opportunity: share it with them first."
        ),
        "email": QCoreApplication.translate(
            "Errors", "Enter an email address such as name@example.com."
        ),
        "url": QCoreApplication.translate(
            "Errors", "Enter a web address starting with http:// or https://."
        ),
        "phone": QCoreApplication.translate(
            "Errors", "Enter a phone number (digits, spaces, + . - ( ))."
        ),
        "currency": QCoreApplication.translate(
            "Errors", "Enter a three-letter currency code such as EUR."
        ),
        "invalid": QCoreApplication.translate(
            "Errors", "Contains characters that are not allowed."
        ),
        "timezone": QCoreApplication.translate("Errors", "This date and time needs a time zone."),
        "format": QCoreApplication.translate("Errors", "This value has the wrong format."),
        "linked_documents": QCoreApplication.translate(
            "Errors", "Unlink the sales documents of the current company before changing it."
        ),
        "too_many": QCoreApplication.translate("Errors", "Too many values."),
        "too_short": QCoreApplication.translate("Errors", "Too short."),
        "future": QCoreApplication.translate("Errors", "Must not be in the future."),
        "before_start": QCoreApplication.translate("Errors", "Must be after the start."),
        "exclusive": QCoreApplication.translate("Errors", "Choose one or the other, not both."),
        "day_full": QCoreApplication.translate(
            "Errors", "More than 24 hours would be logged on that day."
        ),
        "not_task": QCoreApplication.translate("Errors", "This activity is not a task."),
        "not_event": QCoreApplication.translate("Errors", "This activity is not an event."),
        "not_email": QCoreApplication.translate("Errors", "This activity is not an email."),
        "transition": QCoreApplication.translate(
            "Errors", "This email cannot go to that state from its current one."
        ),
    }
    return texts.get(error.code, error.message)


def field_label(field: str) -> str:
    labels = {
        "name": QCoreApplication.translate("Errors", "Name"),
        "reference": QCoreApplication.translate("Errors", "Reference"),
        "company_id": QCoreApplication.translate("Errors", "Company"),
        "contact_id": QCoreApplication.translate("Errors", "Contact"),
        "amount": QCoreApplication.translate("Errors", "Potential amount"),
        "currency": QCoreApplication.translate("Errors", "Currency"),
        "probability": QCoreApplication.translate("Errors", "Probability"),
        "due_date": QCoreApplication.translate("Errors", "Due date"),
        "pipeline_id": QCoreApplication.translate("Errors", "Pipeline"),
        "stage_id": QCoreApplication.translate("Errors", "Stage"),
        "source_id": QCoreApplication.translate("Errors", "Source"),
        "status": QCoreApplication.translate("Errors", "Status"),
        "brief": QCoreApplication.translate("Errors", "Brief"),
        "assignee_ids": QCoreApplication.translate("Errors", "Assigned collaborators"),
        "closed_at": QCoreApplication.translate("Errors", "Closing date"),
        "closed_reason": QCoreApplication.translate("Errors", "Reason"),
    }
    return labels.get(field, field.removeprefix("custom_fields."))


def user_error_text(error: UserError) -> str:
    """One paragraph for a message box or a status line."""
    if isinstance(error, ValidationError):
        return "\n".join(
            f"{field_label(field)} : {field_error_text(err)}" for field, err in error.errors.items()
        )
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate(
            "Errors",
            "Your privilege profile does not allow this action. Ask your administrator to "
            "change your rights in your privilege profile.",
        )
    if isinstance(error, ConflictError):
        who = error.changed_by or QCoreApplication.translate("Errors", "another user")
        return QCoreApplication.translate(
            "Errors", "%1 changed this record since you opened it."
        ).replace("%1", who)
    if isinstance(error, NotFound):
        return QCoreApplication.translate(
            "Errors", "This record no longer exists (it may have been deleted)."
        )
    if isinstance(error, AuthenticationError):
        return QCoreApplication.translate("Errors", "Unknown login or wrong password.")
    return error.message
