"""What the Activité tab says about the outbox: why emails wait, what a send did."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oppdesk.services import SendReport


def problem_text(problem: str | None, detail: str = "") -> str:
    """Why the emails stay "To send" (``SendReport.problem``), in the user's language."""
    texts = {
        "not_configured": QCoreApplication.translate(
            "OutboxText",
            "No SMTP server is configured in the settings: emails are kept as “To send” "
            "until an administrator configures one.",
        ),
        "no_keyring": QCoreApplication.translate(
            "OutboxText",
            "The SMTP password cannot be read: no system keyring is available on this "
            "computer. Emails are kept as “To send”.",
        ),
        "no_password": QCoreApplication.translate(
            "OutboxText",
            "No SMTP password is stored on this computer: enter it in the SMTP settings. "
            "Emails are kept as “To send”.",
        ),
        "offline": QCoreApplication.translate(
            "OutboxText",
            "The mail server cannot be reached (offline?): emails are kept as “To send”; "
            "send them again later.",
        ),
        "tls": QCoreApplication.translate(
            "OutboxText",
            "The secure connection to the mail server failed: emails are kept as “To send”.",
        ),
        "authentication": QCoreApplication.translate(
            "OutboxText",
            "The mail server refused the login: check the SMTP settings. Emails are kept as "
            "“To send”.",
        ),
    }
    text = texts.get(problem or "", "")
    return f"{text} ({detail})" if text and detail and problem != "not_configured" else text


def waiting_text(count: int, configured: bool, last: SendReport | None) -> str:
    """The outbox bar: how many emails wait, and why when known."""
    head = QCoreApplication.translate("OutboxText", "Emails waiting to be sent: %1.").replace(
        "%1", str(count)
    )
    if not configured:
        return f"{head} {problem_text('not_configured')}"
    if last is not None and last.problem:
        return f"{head} {problem_text(last.problem, last.detail)}"
    return head


def report_text(report: SendReport) -> tuple[str, str]:
    """One line after a send, and its tone: "ok", "error" or "info"."""
    if report.problem:
        return problem_text(report.problem, report.detail), "error"
    if not report.sent and not report.failed:
        return QCoreApplication.translate("OutboxText", "No email was waiting to be sent."), "info"
    text = QCoreApplication.translate("OutboxText", "Emails sent: %1.").replace(
        "%1", str(len(report.sent))
    )
    if report.failed:
        failed = QCoreApplication.translate(
            "OutboxText", "Refused by the server: %1 (see the error in the history)."
        )
        return f"{text} {failed.replace('%1', str(len(report.failed)))}", "error"
    return text, "ok"
