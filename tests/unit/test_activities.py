"""Activité tab: comments, emails, calls, tasks, events and their .ics export, both backends."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from oppdesk import services
from oppdesk.models import Activity, ChangeLog
from oppdesk.services import activities as act
from oppdesk.services.errors import NotFound, PermissionDenied, ValidationError

PARIS_SUMMER = timezone(timedelta(hours=2))


def _count(db, model=Activity) -> int:
    with db.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _future(days: int = 3, hour: int = 10) -> datetime:
    base = datetime.now(PARIS_SUMMER).replace(hour=hour, minute=0, second=0, microsecond=0)
    return base + timedelta(days=days)


@pytest.fixture
def opp(make_opportunity):
    return make_opportunity(name="Renouvellement parc")


@pytest.fixture
def reader(db, admin_id, opp, make_user):
    """A read-only user the opportunity is shared with: sees it, may not change it."""
    user = make_user("reader", "read_only")
    services.share_opportunity(db, admin_id, opp.id, user_id=user.id)
    return user


def test_each_kind_is_recorded_and_listed_newest_first(db, admin_id, opp, make_user):
    bob = make_user("bob")
    services.share_opportunity(db, admin_id, opp.id, user_id=bob.id)  # he may get a task
    comment = act.add_comment(db, admin_id, opp.id, "  Client très intéressé  ")
    email = act.add_email(
        db,
        admin_id,
        opp.id,
        to=["a@example.com", "A@example.com"],
        subject="Devis",
        body="Ci-joint",
    )
    call = act.log_call(
        db, admin_id, opp.id, direction="out", duration_seconds=125, outcome="Rappeler", notes="RAS"
    )
    task = act.schedule_task(
        db, admin_id, opp.id, title="Relancer", due_at=_future(), assignee_id=bob.id
    )
    event = act.create_event(
        db,
        admin_id,
        opp.id,
        title="Démo",
        start=_future(5),
        end=_future(5, 11),
        location="Lyon",
        attendees=["x@example.com"],
    )
    assert comment.body == "Client très intéressé" and comment.author.name == "Administrateur"
    assert (
        comment.email_to is None and comment.task_assignee is None and comment.event_start is None
    )
    assert (
        email.email_to == ("a@example.com",)
        and email.email_cc == ()
        and email.email_state == "draft"
    )
    assert (call.call_direction, call.call_duration_seconds, call.call_outcome, call.body) == (
        "out",
        125,
        "Rappeler",
        "RAS",
    )
    assert (
        task.task_assignee.name == "Bob" and task.task_done is False and task.subject == "Relancer"
    )
    assert task.task_due_at == _future().astimezone(UTC) and task.task_due_at.tzinfo is not None
    assert event.event_start == _future(5) and event.event_attendees == ("x@example.com",)
    listed = act.list_activities(db, admin_id, opp.id)
    assert [a.id for a in listed] == [event.id, task.id, call.id, email.id, comment.id]
    assert [a.kind for a in act.list_activities(db, admin_id, opp.id, ("call", "task"))] == [
        "task",
        "call",
    ]
    assert [a.id for a in act.list_activities(db, admin_id, opp.id, "email")] == [email.id]
    assert _count(db) == 5


def test_call_can_be_logged_after_the_fact(db, admin_id, opp):
    earlier = datetime.now(UTC) - timedelta(days=2)
    call = act.log_call(
        db, admin_id, opp.id, direction="in", duration_seconds=0, occurred_at=earlier
    )
    assert call.occurred_at == earlier
    assert act.list_activities(db, admin_id, opp.id)[0].occurred_at == earlier


def test_invalid_inputs_name_each_field_and_change_nothing(db, admin_id, opp):
    with pytest.raises(ValidationError) as err:
        act.log_call(
            db,
            admin_id,
            opp.id,
            direction="sideways",
            duration_seconds=-1,
            occurred_at=datetime(2030, 1, 1),
            outcome=42,
        )
    assert {k: e.code for k, e in err.value.errors.items()} == {
        "direction": "choice",
        "duration_seconds": "range",
        "occurred_at": "timezone",
        "outcome": "type",
    }
    with pytest.raises(ValidationError) as err:
        act.add_email(db, admin_id, opp.id, to=["nope"], cc="x@example.com", subject="", body="")
    assert set(err.value.errors) == {"to", "cc"}
    with pytest.raises(ValidationError) as err:
        act.add_email(db, admin_id, opp.id, to=[], subject="S", body="", state="to_send")
    assert err.value.errors["to"].code == "required"
    with pytest.raises(ValidationError) as err:
        act.create_event(db, admin_id, opp.id, title="", start=_future(2), end=_future(1))
    assert {k: e.code for k, e in err.value.errors.items()} == {
        "title": "required",
        "end": "before_start",
    }
    with pytest.raises(ValidationError) as err:
        act.schedule_task(
            db, admin_id, opp.id, title="T", due_at="demain", assignee_id=uuid.uuid4()
        )
    assert {k: e.code for k, e in err.value.errors.items()} == {
        "due_at": "type",
        "assignee_id": "unknown",
    }
    with pytest.raises(ValidationError):
        act.add_comment(db, admin_id, opp.id, "   ")
    with pytest.raises(ValidationError) as err:
        act.list_activities(db, admin_id, opp.id, ("comment", "fax"))
    assert err.value.errors["kinds"].code == "choice"
    assert _count(db) == 0


def test_task_assignee_must_be_active(db, admin_id, opp, make_user):
    gone = make_user("gone")
    with db.uow() as uow:
        from oppdesk.models import User

        uow.session.get(User, gone.id).active = False
        uow.commit()
    with pytest.raises(ValidationError) as err:
        act.schedule_task(db, admin_id, opp.id, title="T", due_at=_future(), assignee_id=gone.id)
    assert err.value.errors["assignee_id"].code == "unknown"
    assert _count(db) == 0


def test_task_assignee_must_see_the_opportunity(db, admin_id, opp, make_user):
    """A task for someone who cannot open its opportunity is refused, naming the field;
    once the opportunity is shared with them it is accepted."""
    bob = make_user("bob")  # sales: sees his own and shared opportunities
    with pytest.raises(ValidationError) as err:
        act.schedule_task(db, admin_id, opp.id, title="T", due_at=_future(), assignee_id=bob.id)
    assert err.value.errors["assignee_id"].code == "cannot_see"
    assert _count(db) == 0
    services.share_opportunity(db, admin_id, opp.id, user_id=bob.id)
    task = act.schedule_task(db, admin_id, opp.id, title="T", due_at=_future(), assignee_id=bob.id)
    assert task.task_assignee is not None and task.task_assignee.id == bob.id


def test_task_done_toggles_and_records_the_time(db, admin_id, opp, make_user):
    bob = make_user("reader_bob", "read_only")  # may tick his own task without edit rights
    services.share_opportunity(db, admin_id, opp.id, user_id=bob.id)
    task = act.schedule_task(
        db, admin_id, opp.id, title="Appeler", due_at=_future(), assignee_id=bob.id
    )
    done = act.set_task_done(db, bob.id, task.id, True)  # the assignee may tick it
    assert done.task_done is True and done.task_done_at is not None
    assert act.set_task_done(db, admin_id, task.id, True).task_done_at == done.task_done_at
    undone = act.set_task_done(db, admin_id, task.id, False)
    assert undone.task_done is False and undone.task_done_at is None
    with db.uow() as uow:
        history = uow.session.scalars(
            select(ChangeLog.new_value)
            .where(ChangeLog.entity_id == task.id)
            .order_by(ChangeLog.changed_at)
        ).all()
    assert history == ["True", "False"]
    comment = act.add_comment(db, admin_id, opp.id, "x")
    with pytest.raises(ValidationError) as err:
        act.set_task_done(db, admin_id, comment.id, True)
    assert err.value.errors["activity_id"].code == "not_task"
    with pytest.raises(ValidationError):
        act.set_task_done(db, admin_id, task.id, "yes")


def test_email_outbox_state_machine(db, admin_id, opp):
    draft = act.add_email(
        db, admin_id, opp.id, to=["c@example.com"], subject="Offre", body="Bonjour"
    )
    assert act.list_outbox(db, admin_id) == []
    queued = act.queue_email(db, admin_id, draft.id)
    assert queued.email_state == "to_send"
    assert [e.id for e in act.list_outbox(db, admin_id)] == [draft.id]
    failed = act.mark_email_failed(db, admin_id, draft.id, "SMTP 550 mailbox unavailable")
    assert (failed.email_state, failed.email_error) == ("failed", "SMTP 550 mailbox unavailable")
    assert act.list_outbox(db, admin_id) == []
    with pytest.raises(ValidationError) as err:
        act.mark_email_sent(db, admin_id, draft.id)
    assert err.value.errors["email_state"].code == "transition"
    act.queue_email(db, admin_id, draft.id)
    sent = act.mark_email_sent(db, admin_id, draft.id)
    assert (sent.email_state, sent.email_error) == ("sent", None)
    assert sent.occurred_at >= draft.occurred_at
    direct = act.add_email(
        db, admin_id, opp.id, to=["d@example.com"], subject="", body="", state="to_send"
    )
    assert [e.id for e in act.list_outbox(db, admin_id)] == [direct.id]
    with pytest.raises(ValidationError):
        act.mark_email_failed(db, admin_id, direct.id, "")
    empty = act.add_email(db, admin_id, opp.id, to=[], subject="brouillon", body="")
    with pytest.raises(ValidationError) as err:
        act.queue_email(db, admin_id, empty.id)
    assert err.value.errors["to"].code == "required"


def test_delete_is_soft_by_author_or_editor(db, admin_id, opp, make_user):
    bob = make_user("bob")
    services.share_opportunity(db, admin_id, opp.id, user_id=bob.id)
    mine = act.add_comment(db, bob.id, opp.id, "de Bob")
    other = act.add_comment(db, admin_id, opp.id, "de l'admin")
    act.delete_activity(db, bob.id, mine.id)
    act.delete_activity(db, bob.id, other.id)  # bob may edit the shared record
    assert act.list_activities(db, admin_id, opp.id) == []
    assert _count(db) == 2
    with pytest.raises(NotFound):
        act.delete_activity(db, admin_id, mine.id)


def test_read_only_user_is_refused_every_change(db, admin_id, opp, reader):
    comment = act.add_comment(db, admin_id, opp.id, "x")
    task = act.schedule_task(db, admin_id, opp.id, title="T", due_at=_future())
    email = act.add_email(db, admin_id, opp.id, to=["a@example.com"], subject="s", body="b")
    before = (_count(db), _count(db, ChangeLog))
    r = reader.id
    for call in (
        lambda: act.add_comment(db, r, opp.id, "x"),
        lambda: act.add_email(db, r, opp.id, to=["a@example.com"], subject="s", body="b"),
        lambda: act.log_call(db, r, opp.id, direction="in", duration_seconds=3),
        lambda: act.schedule_task(db, r, opp.id, title="T", due_at=_future()),
        lambda: act.create_event(db, r, opp.id, title="E", start=_future(1), end=_future(2)),
        lambda: act.delete_activity(db, r, comment.id),
        lambda: act.set_task_done(db, r, task.id, True),
        lambda: act.queue_email(db, r, email.id),
        lambda: act.mark_email_sent(db, r, email.id),
        lambda: act.mark_email_failed(db, r, email.id, "x"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert (_count(db), _count(db, ChangeLog)) == before
    assert len(act.list_activities(db, r, opp.id)) == 3  # reading is fine


def test_sales_user_who_cannot_see_the_record_gets_not_found(db, admin_id, opp, make_user):
    carol = make_user("carol")
    comment = act.add_comment(db, admin_id, opp.id, "x")
    for call in (
        lambda: act.add_comment(db, carol.id, opp.id, "x"),
        lambda: act.list_activities(db, carol.id, opp.id),
        lambda: act.delete_activity(db, carol.id, comment.id),
        lambda: act.list_activities(db, admin_id, uuid.uuid4()),
        lambda: act.delete_activity(db, admin_id, "not-an-id"),
    ):
        with pytest.raises(NotFound):
            call()
    assert act.list_outbox(db, carol.id) == []


# --- .ics export ---


def parse_ics(text: str) -> list[tuple[str, dict[str, str], str]]:
    """A tiny RFC 5545 reader: checks CRLF and folding, returns (name, params, value)."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in physical)
    assert all(len(line.encode()) <= 75 for line in physical)
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    out = []
    for line in logical:
        head, _, value = line.partition(":")
        name, *params = head.split(";")
        out.append((name, dict(p.split("=", 1) for p in params), value))
    return out


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\":
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            assert value[i] not in ",;", f"unescaped {value[i]!r} in {value!r}"
            out.append(value[i])
            i += 1
    return "".join(out)


def test_event_exports_to_a_valid_vevent(db, admin_id, opp):
    notes = "Ordre du jour ; démo, questions\nPrévoir l'accès \\\\serveur\\partage " + "é" * 60
    event = act.create_event(
        db,
        admin_id,
        opp.id,
        title="Démo produit, équipe achats",
        start=datetime(2031, 3, 4, 14, 30, tzinfo=PARIS_SUMMER),
        end=datetime(2031, 3, 4, 16, 0, tzinfo=PARIS_SUMMER),
        location="Salle 2; bâtiment B",
        attendees=["anne@example.com", "paul@example.org"],
        notes=notes,
    )
    ics = act.event_to_ics(event, opportunity_name="Renouvellement parc")
    props = parse_ics(ics)
    names = [p[0] for p in props]
    assert names[:5] == ["BEGIN", "VERSION", "PRODID", "CALSCALE", "BEGIN"]
    assert names[-2:] == ["END", "END"]
    values = {name: value for name, _, value in props if name not in ("BEGIN", "END", "ATTENDEE")}
    assert [v for n, _, v in props if n in ("BEGIN", "END")] == [
        "VCALENDAR",
        "VEVENT",
        "VEVENT",
        "VCALENDAR",
    ]
    assert values["VERSION"] == "2.0"
    assert values["UID"] == f"{event.id}@oppdesk"
    assert values["DTSTART"] == "20310304T123000Z" and values["DTEND"] == "20310304T140000Z"
    assert len(values["DTSTAMP"]) == 16 and values["DTSTAMP"].endswith("Z")
    assert values["SUMMARY"] == "Démo produit\\, équipe achats"
    assert unescape(values["LOCATION"]) == "Salle 2; bâtiment B"
    assert unescape(values["DESCRIPTION"]) == f"Renouvellement parc\n\n{notes}"
    attendees = [(params, value) for name, params, value in props if name == "ATTENDEE"]
    assert attendees == [
        ({"RSVP": "TRUE"}, "mailto:anne@example.com"),
        ({"RSVP": "TRUE"}, "mailto:paul@example.org"),
    ]
    assert " " in ics and "\r\n " in ics  # the long description was folded
    for line in ics.split("\r\n"):
        line.encode().decode()  # folding never splits a UTF-8 character


def test_only_events_export(db, admin_id, opp):
    comment = act.add_comment(db, admin_id, opp.id, "x")
    with pytest.raises(ValidationError):
        act.event_to_ics(comment, opportunity_name="x")


def test_fold_keeps_short_lines_and_cuts_long_ones_at_75_octets():
    assert act._fold("A" * 75) == "A" * 75
    folded = act._fold("B" * 200).split("\r\n ")
    assert [len(part) for part in folded] == [75, 74, 51]
    multi = act._fold("€" * 40)  # 3 octets each
    assert all(len(p.encode()) <= 75 for p in multi.split("\r\n"))
    assert multi.replace("\r\n ", "") == "€" * 40


# --- property-based: any input is accepted or rejected cleanly ---

FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
ZONES = st.sampled_from([None, UTC, PARIS_SUMMER, timezone(timedelta(hours=-11))])
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.just("x" * 30_000),
    st.lists(st.one_of(st.emails(), st.text(max_size=12), st.integers()), max_size=3),
    st.datetimes(timezones=ZONES),
    st.uuids(),
)
KINDS = {
    "comment": ("body",),
    "email": ("to", "subject", "body", "cc", "state"),
    "call": ("direction", "duration_seconds", "outcome", "notes", "occurred_at"),
    "task": ("title", "due_at", "assignee_id", "notes"),
    "event": ("title", "start", "end", "location", "attendees", "notes"),
}
CALLS = {
    "comment": lambda db, a, o, v: act.add_comment(db, a, o, v["body"]),
    "email": lambda db, a, o, v: act.add_email(db, a, o, **v),
    "call": lambda db, a, o, v: act.log_call(db, a, o, **v),
    "task": lambda db, a, o, v: act.schedule_task(db, a, o, **v),
    "event": lambda db, a, o, v: act.create_event(db, a, o, **v),
}


@FUZZ
@given(data=st.data())
def test_any_activity_input_is_accepted_or_rejected_cleanly(db, admin_id, opp, data):
    kind = data.draw(st.sampled_from(sorted(KINDS)))
    values = {name: data.draw(junk, label=name) for name in KINDS[kind]}
    before = _count(db)
    try:
        info = CALLS[kind](db, admin_id, opp.id, values)
    except ValidationError as err:
        assert err.errors and set(err.errors) <= set(KINDS[kind])
        assert _count(db) == before
    else:
        assert info.kind == kind and _count(db) == before + 1
        if kind == "event":
            parse_ics(act.event_to_ics(info, opportunity_name="x"))
