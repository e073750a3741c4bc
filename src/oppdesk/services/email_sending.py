"""The outbox: send the acting user's queued emails through the workspace's SMTP server.

``send_pending_emails`` does blocking network I/O: run it on the database runner (a worker
thread), never on the UI thread. Each email ends ``sent`` or ``failed`` (with the server's
answer); when the server cannot be used at all — not configured, no keyring, unreachable,
TLS or login refused — every email stays ``to_send`` and the report says why.
"""

from __future__ import annotations

import base64
import re
import smtplib
import ssl
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate

from oppdesk.db import Database
from oppdesk.services.activities import (
    ActivityInfo,
    list_outbox,
    mark_email_failed,
    mark_email_sent,
)
from oppdesk.services.errors import UserError
from oppdesk.services.smtp_settings import (
    KEYRING_SERVICE,
    SECURITY_MODES,
    KeyringUnavailable,
    SmtpSettings,
    get_smtp_settings,
    save_smtp_settings,
    smtp_password,
)

__all__ = [
    "KEYRING_SERVICE",
    "SECURITY_MODES",
    "KeyringUnavailable",
    "SendReport",
    "SmtpSettings",
    "build_message",
    "get_smtp_settings",
    "save_smtp_settings",
    "send_pending_emails",
]

MAX_ERROR = 2000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class SendReport:
    """What one run of the outbox did.

    ``problem`` says why the ``pending`` emails are still waiting: ``not_configured``,
    ``no_keyring``, ``no_password``, ``offline``, ``tls`` or ``authentication``; ``detail``
    is the technical reason in English (the server's or the system's words).
    """

    sent: tuple[uuid.UUID, ...] = ()
    failed: tuple[tuple[uuid.UUID, str], ...] = ()
    pending: tuple[uuid.UUID, ...] = ()
    problem: str | None = None
    detail: str = ""


class _Unusable(Exception):
    """The server cannot be used at all; the emails wait."""

    def __init__(self, problem: str, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail


def _clean(text: str) -> str:
    return _CONTROL.sub("", text).strip()[:MAX_ERROR] or "refused by the server"


def _response_text(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        answer = exc.smtp_error
        words = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)
        return _clean(f"{exc.smtp_code} {words}")
    return _clean(str(exc) or type(exc).__name__)


def _refused_text(refused: Mapping[str, tuple[int, bytes]]) -> str:
    parts = [
        f"{address}: {code} {answer.decode('utf-8', 'replace')}"
        for address, (code, answer) in refused.items()
    ]
    return _clean("Recipient refused — " + "; ".join(parts))


def _domain(address: str) -> str:
    domain = address.rpartition("@")[2]
    return domain if domain.isascii() and domain else "oppdesk.invalid"


def build_message(settings: SmtpSettings, email: ActivityInfo) -> EmailMessage:
    """The MIME message for ``email``: From with name, To, Cc, Subject, Date, Message-ID, and
    a UTF-8 text body. The Message-ID derives from the activity id, so a retry reuses it."""
    message = EmailMessage()
    message["From"] = Address(settings.from_name, addr_spec=settings.from_address)
    message["To"] = ", ".join(email.email_to or ())
    if email.email_cc:
        message["Cc"] = ", ".join(email.email_cc)
    message["Subject"] = " ".join(email.subject.split())
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = f"<{email.id}@{_domain(settings.from_address)}>"
    # quoted-printable: 7-bit safe even for a server without 8BITMIME
    message.set_content(email.body, charset="utf-8", cte="quoted-printable")
    return message


def _open(settings: SmtpSettings, timeout: float) -> smtplib.SMTP:
    context = ssl.create_default_context()
    try:
        if settings.security == "ssl":
            return smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout, context=context)
        server = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    except (ssl.SSLError, ssl.CertificateError) as exc:
        raise _Unusable("tls", _response_text(exc)) from exc
    except OSError as exc:  # refused, unreachable, unknown host, timeout, dropped
        raise _Unusable("offline", _response_text(exc)) from exc
    if settings.security == "starttls":
        try:
            server.starttls(context=context)
        except (smtplib.SMTPException, ssl.SSLError, ssl.CertificateError) as exc:
            _close(server)
            raise _Unusable("tls", _response_text(exc)) from exc
        except OSError as exc:
            _close(server)
            raise _Unusable("offline", _response_text(exc)) from exc
    return server


def _connect(settings: SmtpSettings, timeout: float) -> smtplib.SMTP:
    try:
        password = smtp_password(settings)
    except KeyringUnavailable as exc:
        raise _Unusable("no_keyring", exc.detail) from exc
    if settings.username and password is None:
        raise _Unusable("no_password", f"no password is stored for {settings.keyring_account}")
    server = _open(settings, timeout)
    if settings.username and password is not None:
        try:
            _login(server, settings.username, password)
        except (smtplib.SMTPAuthenticationError, smtplib.SMTPNotSupportedError) as exc:
            _close(server)
            raise _Unusable("authentication", _response_text(exc)) from exc
        except OSError as exc:
            _close(server)
            raise _Unusable("offline", _response_text(exc)) from exc
    return server


def _login(server: smtplib.SMTP, username: str, password: str) -> None:
    """``server.login``, plus UTF-8 credentials over AUTH PLAIN (RFC 4616), which smtplib
    refuses to encode (it only speaks ASCII)."""
    if username.isascii() and password.isascii():
        server.login(username, password)
        return
    server.ehlo_or_helo_if_needed()
    if "plain" not in server.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPNotSupportedError("the server offers no AUTH PLAIN for UTF-8 logins")
    token = base64.b64encode(f"\0{username}\0{password}".encode()).decode("ascii")
    code, answer = server.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


def _close(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except (OSError, smtplib.SMTPException):
        server.close()


def _send_one(server: smtplib.SMTP, settings: SmtpSettings, email: ActivityInfo) -> str | None:
    """Send ``email``; the error text when the server refused it (None when sent).

    Connection problems propagate as ``OSError``: the email then stays queued.
    """
    recipients = list(dict.fromkeys([*(email.email_to or ()), *(email.email_cc or ())]))
    try:
        message = build_message(settings, email)
        refused = server.send_message(message, settings.from_address, recipients)
    except smtplib.SMTPRecipientsRefused as exc:
        return _refused_text(exc.recipients)
    except smtplib.SMTPResponseException as exc:  # sender or data refused
        if exc.smtp_code == 421:  # the server is closing the connection: try again later
            raise smtplib.SMTPServerDisconnected(_response_text(exc)) from exc
        return _response_text(exc)
    except (smtplib.SMTPNotSupportedError, ValueError, UnicodeError) as exc:
        return _response_text(exc)
    return _refused_text(refused) if refused else None


def _send_all(
    db: Database,
    actor_id: uuid.UUID,
    server: smtplib.SMTP,
    settings: SmtpSettings,
    outbox: list[ActivityInfo],
) -> SendReport:
    sent: list[uuid.UUID] = []
    failed: list[tuple[uuid.UUID, str]] = []
    for position, email in enumerate(outbox):
        try:
            error = _send_one(server, settings, email)
        except OSError as exc:  # the connection dropped: this one and the rest wait
            waiting = _ids(outbox[position:])
            return SendReport(tuple(sent), tuple(failed), waiting, "offline", _response_text(exc))
        try:
            if error is None:
                mark_email_sent(db, actor_id, email.id)
                sent.append(email.id)
            else:
                mark_email_failed(db, actor_id, email.id, error)
                failed.append((email.id, error))
        except UserError:
            continue  # deleted or changed meanwhile: nothing left to record
    return SendReport(tuple(sent), tuple(failed))


def _ids(emails: Iterable[ActivityInfo]) -> tuple[uuid.UUID, ...]:
    return tuple(email.id for email in emails)


def send_pending_emails(db: Database, actor_id: uuid.UUID, *, timeout: float = 10) -> SendReport:
    """Send the actor's outbox (emails in state ``to_send``), oldest first. Blocking."""
    outbox = list_outbox(db, actor_id)
    if not outbox:
        return SendReport()
    settings = get_smtp_settings(db, actor_id)
    if settings is None:
        return SendReport(
            pending=_ids(outbox), problem="not_configured", detail="no SMTP server is configured"
        )
    try:
        server = _connect(settings, timeout)
    except _Unusable as exc:
        return SendReport(pending=_ids(outbox), problem=exc.problem, detail=exc.detail)
    try:
        return _send_all(db, actor_id, server, settings, outbox)
    finally:
        _close(server)
