"""E-mail sending against a real local SMTP server (aiosmtpd), on both backends: MIME headers
and UTF-8 body, states after sending, offline and refused cases, the SMTP settings and the
password kept in the system keyring (an in-memory one here), never in the database."""

from __future__ import annotations

import json

import keyring.backends.fail
import pytest
from sqlalchemy import select

from oppdesk import services
from oppdesk.models import WorkspaceSetting
from oppdesk.services import email_sending as es
from oppdesk.services.errors import PermissionDenied, ValidationError
from tests.smtp_fixtures import Collector, MemoryKeyring, free_port, installed_keyring, smtp_server

BODY = "Bonjour Éloïse,\n\nVoici le devis « Été 2027 » : 12 500 € HT.\n— L'équipe"


@pytest.fixture
def memory_keyring():
    with installed_keyring(MemoryKeyring()) as backend:
        yield backend


@pytest.fixture
def collector():
    return Collector()


@pytest.fixture
def server_port(collector):
    with smtp_server(collector) as port:
        yield port


@pytest.fixture
def opp(make_opportunity):
    return make_opportunity(name="Renouvellement parc")


def _configure(db, admin_id, port, **extra):
    fields = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "from_address": "ventes@example.com",
        "from_name": "Équipe Ventes",
    }
    password = extra.pop("password", None)
    fields.update(extra)
    return services.save_smtp_settings(db, admin_id, fields, password)


def _queue(db, admin_id, opp, to, cc=(), subject="Proposition", body=BODY):
    return services.add_email(
        db,
        admin_id,
        opp.id,
        to=list(to),
        cc=list(cc),
        subject=subject,
        body=body,
        state="to_send",
    )


def _states(db, admin_id, opp):
    return {
        a.id: (a.email_state, a.email_error)
        for a in services.list_activities(db, admin_id, opp.id, ("email",))
    }


def test_queued_emails_are_sent_with_proper_mime(
    db, admin_id, opp, memory_keyring, collector, server_port
):
    _configure(db, admin_id, server_port)
    first = _queue(
        db, admin_id, opp, ["eloise@client.fr"], ["chef@client.fr"], subject="Devis « été »"
    )
    second = _queue(db, admin_id, opp, ["paul@client.fr"], body="Second")
    report = services.send_pending_emails(db, admin_id, timeout=5)
    assert report.sent == (first.id, second.id) and report.problem is None
    assert report.failed == () and report.pending == ()
    assert len(collector.received) == 2
    got = collector.received[0]
    assert got.mail_from == "ventes@example.com"
    assert got.rcpt_tos == ["eloise@client.fr", "chef@client.fr"]
    message = got.message
    sender = message["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == ("Équipe Ventes", "ventes@example.com")
    assert str(message["To"]) == "eloise@client.fr"
    assert str(message["Cc"]) == "chef@client.fr"
    assert str(message["Subject"]) == "Devis « été »"
    assert message["Date"] and message["Message-ID"] == f"<{first.id}@example.com>"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == BODY  # CRLF on the wire
    assert collector.received[1].message["Cc"] is None
    assert _states(db, admin_id, opp) == {first.id: ("sent", None), second.id: ("sent", None)}
    assert services.list_outbox(db, admin_id) == []
    assert services.send_pending_emails(db, admin_id) == es.SendReport()


def test_unreachable_server_leaves_emails_to_send(db, admin_id, opp, memory_keyring):
    _configure(db, admin_id, free_port())  # nobody listens there: connection refused
    email = _queue(db, admin_id, opp, ["eloise@client.fr"])
    report = services.send_pending_emails(db, admin_id, timeout=2)
    assert report.problem == "offline" and report.pending == (email.id,)
    assert report.detail  # the system's words, e.g. "[Errno 111] Connection refused"
    assert _states(db, admin_id, opp) == {email.id: ("to_send", None)}


def test_without_smtp_settings_emails_wait(db, admin_id, opp):
    email = _queue(db, admin_id, opp, ["eloise@client.fr"])
    assert services.get_smtp_settings(db, admin_id) is None
    report = services.send_pending_emails(db, admin_id)
    assert (report.problem, report.pending) == ("not_configured", (email.id,))
    assert _states(db, admin_id, opp) == {email.id: ("to_send", None)}


def test_refused_recipient_marks_that_email_failed(
    db, admin_id, opp, memory_keyring, collector, server_port
):
    collector.refuse.add("inconnu@client.fr")
    _configure(db, admin_id, server_port)
    bad = _queue(db, admin_id, opp, ["inconnu@client.fr"])
    good = _queue(db, admin_id, opp, ["paul@client.fr"])
    report = services.send_pending_emails(db, admin_id, timeout=5)
    assert report.sent == (good.id,)
    assert [i for i, _ in report.failed] == [bad.id]
    states = _states(db, admin_id, opp)
    assert states[good.id] == ("sent", None)
    state, error = states[bad.id]
    assert state == "failed" and "inconnu@client.fr" in error and "550" in error
    # Retry: back in the outbox, refused again, still failed with the error
    services.queue_email(db, admin_id, bad.id)
    assert services.send_pending_emails(db, admin_id, timeout=5).failed[0][0] == bad.id


def test_starttls_not_offered_keeps_emails_waiting(db, admin_id, opp, memory_keyring, server_port):
    _configure(db, admin_id, server_port, security="starttls")
    email = _queue(db, admin_id, opp, ["paul@client.fr"])
    report = services.send_pending_emails(db, admin_id, timeout=5)
    assert report.problem == "tls" and report.pending == (email.id,)
    assert _states(db, admin_id, opp) == {email.id: ("to_send", None)}


def test_password_lives_in_the_keyring_never_in_the_database(
    db, admin_id, opp, memory_keyring, collector
):
    with smtp_server(collector, auth=True) as port:
        _configure(db, admin_id, port, username="ventes", password="s3cret-Été")
        assert memory_keyring.passwords == {("oppdesk-smtp", "ventes@127.0.0.1"): "s3cret-Été"}
        _queue(db, admin_id, opp, ["paul@client.fr"])
        report = services.send_pending_emails(db, admin_id, timeout=5)
    assert len(report.sent) == 1
    assert collector.logins == [("ventes", "s3cret-Été")]
    with db.uow() as uow:
        stored = {
            k: v
            for k, v in uow.session.execute(select(WorkspaceSetting.key, WorkspaceSetting.value))
        }
    dumped = json.dumps(stored, ensure_ascii=False)
    assert "s3cret" not in dumped and "password" not in dumped
    assert stored["smtp"]["username"] == "ventes"
    settings = services.get_smtp_settings(db, admin_id)
    assert not hasattr(settings, "password")


def test_password_follows_a_new_username_and_can_be_forgotten(db, admin_id, memory_keyring):
    _configure(db, admin_id, 25, username="ventes", password="un")
    _configure(db, admin_id, 25, username="commercial")  # None: keep it, under the new name
    assert memory_keyring.passwords == {("oppdesk-smtp", "commercial@127.0.0.1"): "un"}
    _configure(db, admin_id, 25, username="commercial", password="")
    assert memory_keyring.passwords == {}


def test_without_a_keyring_the_password_is_refused_clearly(db, admin_id, opp):
    with installed_keyring(keyring.backends.fail.Keyring()):
        with pytest.raises(es.KeyringUnavailable) as err:
            _configure(db, admin_id, 25, username="ventes", password="secret")
        assert err.value.code == "no_keyring"
        assert services.get_smtp_settings(db, admin_id) is None  # nothing half-saved
        _configure(db, admin_id, 25, username="ventes")  # no password given: saved
        email = _queue(db, admin_id, opp, ["paul@client.fr"])
        report = services.send_pending_emails(db, admin_id)
    assert (report.problem, report.pending) == ("no_keyring", (email.id,))


def test_missing_password_keeps_emails_waiting(db, admin_id, opp, memory_keyring):
    _configure(db, admin_id, 25, username="ventes")
    email = _queue(db, admin_id, opp, ["paul@client.fr"])
    report = services.send_pending_emails(db, admin_id)
    assert (report.problem, report.pending) == ("no_password", (email.id,))


def test_settings_are_validated_field_by_field(db, admin_id, make_user):
    with pytest.raises(ValidationError) as err:
        services.save_smtp_settings(
            db,
            admin_id,
            {
                "host": "smtp example",
                "port": 70000,
                "security": "tls",
                "username": "a\nb",
                "from_address": "nope",
                "from_name": "x" * 121,
            },
        )
    assert {k: e.code for k, e in err.value.errors.items()} == {
        "host": "format",
        "port": "range",
        "security": "choice",
        "username": "invalid",
        "from_address": "email",
        "from_name": "too_long",
    }
    with pytest.raises(ValidationError) as err:
        services.save_smtp_settings(db, admin_id, {"host": "smtp.example.com"}, "pw")
    assert {k: e.code for k, e in err.value.errors.items()} == {
        "from_address": "required",
        "username": "required",
    }
    with pytest.raises(ValidationError) as err:
        services.save_smtp_settings(db, admin_id, {"hots": "x"})
    assert err.value.errors["hots"].code == "unknown_field"
    saved = services.save_smtp_settings(
        db, admin_id, {"host": "smtp.example.com", "security": "ssl", "from_address": "a@b.fr"}
    )
    assert (saved.port, saved.username, saved.from_name) == (465, "", "")
    assert services.get_smtp_settings(db, admin_id) == saved
    seller = make_user("seller")
    assert services.get_smtp_settings(db, seller.id) == saved
    with pytest.raises(PermissionDenied):
        services.save_smtp_settings(db, seller.id, {"host": "x.fr", "from_address": "a@b.fr"})


def test_a_subject_cannot_inject_headers(db, admin_id, opp):
    settings = es.SmtpSettings("h", 25, "none", "", "ventes@example.com", "")
    email = services.add_email(
        db, admin_id, opp.id, to=["a@example.com"], subject="Bonjour\nBcc: x@evil.com", body=""
    )
    message = es.build_message(settings, email)
    assert message["Bcc"] is None and message["Subject"] == "Bonjour Bcc: x@evil.com"
    assert str(message["From"]) == "ventes@example.com"
