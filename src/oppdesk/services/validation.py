"""Turning untrusted input (a form, a script, a file) into typed values, field by field.

A ``Checker`` collects every problem before anything touches the database, so a user sees
all their mistakes at once and a rejected call changes nothing.
"""

from __future__ import annotations

import math
import re
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NoReturn

from oppdesk.services.errors import FieldError, ValidationError

MAX_AMOUNT = Decimal("999999999999.99")  # fits Numeric(14, 2)
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
PHONE_RE = re.compile(r"^\+?[0-9 ().\-]{4,30}$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


_CONTROL = {c for c in range(32) if c not in (9, 10, 13)} | {127}


def _finite(value: float | Decimal) -> bool:
    return value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)


def _bad_characters(text: str) -> bool:
    """Control characters (other than tab and newlines) or lone surrogates."""
    return any(ord(c) in _CONTROL or 0xD800 <= ord(c) <= 0xDFFF for c in text)


class Checker:
    def __init__(self) -> None:
        self.errors: dict[str, FieldError] = {}

    def fail(self, field: str, code: str, message: str, **params: Any) -> None:
        self.errors.setdefault(field, FieldError(code, message, params))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

    # --- scalar readers: return the clean value, or None after recording an error ---

    def text(
        self, field: str, value: Any, *, required: bool = False, max_len: int = 255
    ) -> str | None:
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.fail(field, "type", "must be text")
            return None
        cleaned: str = value.strip()
        if _bad_characters(cleaned):
            self.fail(field, "invalid", "must not contain control characters")
            return None
        if required and not cleaned:
            self.fail(field, "required", "is required")
            return None
        if len(cleaned) > max_len:
            self.fail(field, "too_long", f"must be at most {max_len} characters", max=max_len)
            return None
        return cleaned

    def optional_text(self, field: str, value: Any, *, max_len: int = 255) -> str | None:
        cleaned = self.text(field, value, max_len=max_len)
        return cleaned or None

    def amount(self, field: str, value: Any, *, required: bool = False) -> Decimal | None:
        if value is None or value == "":
            if required:
                self.fail(field, "required", "is required")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
            self.fail(field, "type", "must be an amount")
            return None
        try:
            number = Decimal(str(value).replace(",", ".").replace(" ", "").replace("\u202f", ""))
        except InvalidOperation:
            self.fail(field, "type", "must be an amount")
            return None
        if not number.is_finite():
            self.fail(field, "type", "must be an amount")
        elif number < 0:
            self.fail(field, "negative", "must not be negative")
        elif number > MAX_AMOUNT:
            self.fail(field, "too_large", f"must be at most {MAX_AMOUNT}", max=str(MAX_AMOUNT))
        elif number != number.quantize(Decimal("0.01")):
            self.fail(field, "precision", "must have at most two decimals")
        else:
            return number.quantize(Decimal("0.01"))
        return None

    def integer(
        self, field: str, value: Any, *, minimum: int, maximum: int, required: bool = False
    ) -> int | None:
        if value is None or value == "":
            if required:
                self.fail(field, "required", "is required")
            return None
        if isinstance(value, bool):
            self.fail(field, "type", "must be a whole number")
            return None
        if isinstance(value, str):
            try:
                value = int(value.strip())
            except ValueError:
                self.fail(field, "type", "must be a whole number")
                return None
        if isinstance(value, float | Decimal):
            if not _finite(value) or value != int(value):
                self.fail(field, "type", "must be a whole number")
                return None
            value = int(value)
        if not isinstance(value, int):
            self.fail(field, "type", "must be a whole number")
            return None
        if not minimum <= value <= maximum:
            self.fail(
                field,
                "range",
                f"must be between {minimum} and {maximum}",
                min=minimum,
                max=maximum,
            )
            return None
        return value

    def day(self, field: str, value: Any, *, required: bool = False) -> date | None:
        if value is None or value == "":
            if required:
                self.fail(field, "required", "is required")
            return None
        if isinstance(value, datetime):
            self.fail(field, "type", "must be a date (without time)")
            return None
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.fail(field, "type", "must be a date (YYYY-MM-DD)")
        return None

    def moment(self, field: str, value: Any, *, required: bool = False) -> datetime | None:
        if value is None or value == "":
            if required:
                self.fail(field, "required", "is required")
            return None
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value.strip())
            except ValueError:
                self.fail(field, "type", "must be a date and time")
                return None
        if not isinstance(value, datetime):
            self.fail(field, "type", "must be a date and time")
            return None
        if value.tzinfo is None:
            self.fail(field, "timezone", "must carry a time zone")
            return None
        return value

    def ident(self, field: str, value: Any, *, required: bool = False) -> uuid.UUID | None:
        if value is None or value == "":
            if required:
                self.fail(field, "required", "is required")
            return None
        if isinstance(value, uuid.UUID):
            return value
        if isinstance(value, str):
            try:
                return uuid.UUID(value)
            except ValueError:
                pass
        self.fail(field, "type", "must be an identifier")
        return None

    def idents(self, field: str, value: Any) -> list[uuid.UUID] | None:
        if value is None:
            return []
        if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
            self.fail(field, "type", "must be a list of identifiers")
            return None
        out: list[uuid.UUID] = []
        for item in value:
            ident = self.ident(field, item, required=True)
            if ident is None:
                return None
            if ident not in out:
                out.append(ident)
        return out

    def choice(
        self, field: str, value: Any, choices: tuple[str, ...], *, required: bool = True
    ) -> str | None:
        if value is None or value == "":
            if required:
                self.fail(field, "required", "is required")
            return None
        if not isinstance(value, str) or value not in choices:
            self.fail(field, "choice", f"must be one of: {', '.join(choices)}", choices=choices)
            return None
        return value

    def boolean(self, field: str, value: Any) -> bool | None:
        if isinstance(value, bool):
            return value
        self.fail(field, "type", "must be true or false")
        return None

    def email(self, field: str, value: Any, *, required: bool = False) -> str | None:
        text = self.text(field, value, required=required, max_len=254)
        if text and not EMAIL_RE.match(text):
            self.fail(field, "email", "must be an email address such as name@example.com")
            return None
        return text or None

    def url(self, field: str, value: Any) -> str | None:
        text = self.text(field, value, max_len=300)
        if text and not URL_RE.match(text):
            self.fail(field, "url", "must be a web address starting with http:// or https://")
            return None
        return text or None

    def phone(self, field: str, value: Any) -> str | None:
        text = self.text(field, value, max_len=40)
        if text and not PHONE_RE.match(text):
            self.fail(field, "phone", "must be a phone number (digits, spaces, + . - ( ))")
            return None
        return text or None

    def currency(self, field: str, value: Any) -> str | None:
        text = self.text(field, value, required=True, max_len=3)
        if text is not None and not CURRENCY_RE.match(text.upper()):
            self.fail(field, "currency", "must be a three-letter ISO 4217 code such as EUR")
            return None
        return text.upper() if text else None


def reject_unknown(fields: dict[str, Any] | Any, allowed: frozenset[str]) -> None:
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise ValidationError(
            {
                name: FieldError("unknown_field", "is not a field that can be set")
                for name in unknown
            }
        )


def fail(field: str, code: str, message: str, **params: Any) -> NoReturn:
    raise ValidationError.single(field, code, message, **params)
