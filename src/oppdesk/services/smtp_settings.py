"""The workspace's SMTP server (setting "smtp") and its password, kept in the system keyring.

The password never reaches the database: ``save_smtp_settings`` hands it to the keyring under
the service ``oppdesk-smtp`` and the account ``username@host``; sending reads it back. On a
machine without a usable keyring (a headless Linux session, for instance) saving a password
raises ``KeyringUnavailable`` (code ``no_keyring``) instead of storing it anywhere else.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import keyring
import keyring.errors

from oppdesk.db import Database
from oppdesk.services.errors import UserError
from oppdesk.services.privileges import load_actor
from oppdesk.services.settings import get_setting, put_setting
from oppdesk.services.validation import Checker, reject_unknown

SETTING_KEY = "smtp"
KEYRING_SERVICE = "oppdesk-smtp"
SECURITY_MODES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
SMTP_FIELDS = frozenset({"host", "port", "security", "username", "from_address", "from_name"})
_HOST_RE = re.compile(
    r"^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_-]{1,63})*\.?"
    r"|\[?[0-9A-Fa-f:.]{2,45}\]?)$"
)
_LINE_BREAKS = re.compile(r"[\r\n]")


class KeyringUnavailable(UserError):
    """No system keyring can keep the SMTP password on this computer."""

    code = "no_keyring"

    def __init__(self, detail: str) -> None:
        super().__init__(
            "No system keyring is available to keep the SMTP password (install or unlock one: "
            "GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager). "
            f"Details: {detail}"
        )
        self.detail = detail


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # "starttls" | "ssl" | "none"
    username: str
    from_address: str
    from_name: str

    @property
    def keyring_account(self) -> str:
        """The keyring entry holding the password: ``username@host``."""
        return f"{self.username}@{self.host}"


def _read(raw: Any) -> SmtpSettings | None:
    """The stored setting, or None when absent or not in the expected shape."""
    if not isinstance(raw, dict):
        return None
    checker = Checker()
    settings = _check(checker, raw)
    return None if checker.errors else settings


def _one_line(c: Checker, field: str, value: Any, *, required: bool, max_len: int) -> str:
    text = c.text(field, value, required=required, max_len=max_len)
    if text and _LINE_BREAKS.search(text):
        c.fail(field, "invalid", "must fit on one line")
    return text or ""


def _check(c: Checker, fields: Mapping[str, Any]) -> SmtpSettings | None:
    host = _one_line(c, "host", fields.get("host"), required=True, max_len=253)
    if host and not _HOST_RE.match(host):
        c.fail("host", "format", "must be a host name such as smtp.example.com or an IP address")
    security = c.choice("security", fields.get("security") or "starttls", SECURITY_MODES)
    port = fields.get("port")
    if port in (None, "") and security is not None:
        port = DEFAULT_PORTS[security]
    clean_port = c.integer("port", port, minimum=1, maximum=65535, required=True)
    username = _one_line(c, "username", fields.get("username"), required=False, max_len=254)
    sender = c.email("from_address", fields.get("from_address"), required=True)
    name = _one_line(c, "from_name", fields.get("from_name"), required=False, max_len=120)
    if c.errors or security is None or clean_port is None or sender is None:
        return None
    return SmtpSettings(host, clean_port, security, username, sender, name)


def get_smtp_settings(db: Database, actor_id: uuid.UUID) -> SmtpSettings | None:
    """The workspace's SMTP server, or None when none is configured (emails stay queued)."""
    with db.uow() as uow:
        load_actor(uow.session, actor_id)
        return _read(get_setting(uow.session, SETTING_KEY))


def save_smtp_settings(
    db: Database, actor_id: uuid.UUID, fields: Mapping[str, Any], password: str | None = None
) -> SmtpSettings:
    """Configure the SMTP server (administrators only).

    ``password``: None keeps the stored one (moved along if the username or host changes),
    ``""`` forgets it, any other text replaces it in the system keyring.
    """
    reject_unknown(fields, SMTP_FIELDS)
    with db.uow() as uow:
        s = uow.session
        load_actor(s, actor_id).require("can_admin")
        checker = Checker()
        settings = _check(checker, fields)
        if password is not None and not isinstance(password, str):
            checker.fail("password", "type", "must be text")
        elif password and not str(fields.get("username") or "").strip():
            checker.fail("username", "required", "is required to log in with a password")
        checker.raise_if_any()
        assert settings is not None
        _store_password(_read(get_setting(s, SETTING_KEY)), settings, password)
        put_setting(s, SETTING_KEY, asdict(settings))
        uow.commit()
        return settings


def _store_password(old: SmtpSettings | None, new: SmtpSettings, password: str | None) -> None:
    moved = bool(old and old.username and old.keyring_account != new.keyring_account)
    if password:
        try:
            keyring.set_password(KEYRING_SERVICE, new.keyring_account, password)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc
    elif password is None and moved and new.username:
        assert old is not None
        _best_effort_move(old.keyring_account, new.keyring_account)
    elif password == "":
        _best_effort_delete(new.keyring_account)
    if moved:
        assert old is not None
        _best_effort_delete(old.keyring_account)


def _best_effort_move(old_account: str, new_account: str) -> None:
    try:
        secret = keyring.get_password(KEYRING_SERVICE, old_account)
        if secret is not None:
            keyring.set_password(KEYRING_SERVICE, new_account, secret)
    except keyring.errors.KeyringError:
        pass  # nothing could have been stored without a keyring


def _best_effort_delete(account: str) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):  # absent, or no keyring at all
        keyring.delete_password(KEYRING_SERVICE, account)


def smtp_password(settings: SmtpSettings) -> str | None:
    """The password stored for ``settings`` (None without a username or stored password)."""
    if not settings.username:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_account)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc
