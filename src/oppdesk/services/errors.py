"""The errors a user can cause. Each carries a code (for translation) and an English message.

Views translate them by code; anything that is not a ``UserError`` is a bug.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any


class UserError(Exception):
    code: str = "user_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldError:
    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)


class ValidationError(UserError):
    """One or more fields are wrong; ``errors`` maps each field name to what is wrong."""

    code = "validation"

    def __init__(self, errors: Mapping[str, FieldError]) -> None:
        self.errors: Mapping[str, FieldError] = MappingProxyType(dict(errors))
        detail = "; ".join(f"{name}: {err.message}" for name, err in self.errors.items())
        super().__init__(f"Invalid input — {detail}")

    @classmethod
    def single(cls, field_name: str, code: str, message: str, **params: Any) -> ValidationError:
        return cls({field_name: FieldError(code, message, params)})


class PermissionDenied(UserError):
    """The acting user's privilege profile lacks ``right``."""

    code = "permission_denied"

    def __init__(self, right: str, action: str) -> None:
        super().__init__(
            f"You are not allowed to {action} (missing right: {right}). "
            "Ask an administrator to change your privilege profile."
        )
        self.right = right
        self.action = action


class NotFound(UserError):
    code = "not_found"

    def __init__(self, entity: str, key: object) -> None:
        super().__init__(f"No {entity} found for {key}.")
        self.entity = entity
        self.key = key


class ConflictError(UserError):
    """Someone changed the record since it was read; nothing was written."""

    code = "conflict"

    def __init__(
        self,
        entity: str,
        entity_id: object,
        *,
        changed_by: str | None,
        changed_at: datetime | None,
        current_version: int | None,
        current_values: Mapping[str, Any],
    ) -> None:
        who = changed_by or "another user"
        super().__init__(
            f"This {entity} was changed by {who} since you opened it; "
            "reload it or apply your change on top of theirs."
        )
        self.entity = entity
        self.entity_id = entity_id
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.current_version = current_version
        self.current_values: Mapping[str, Any] = MappingProxyType(dict(current_values))


class AuthenticationError(UserError):
    code = "authentication"

    def __init__(self) -> None:
        super().__init__("Unknown login or wrong password.")
