"""The Activité tab over real databases: the five forms, the history (newest first, kind
filter, ticking tasks, deleting), emails really sent to a local SMTP server or kept "to send",
.ics export, privileges, and a long history."""

from __future__ import annotations

import contextlib
import socket
import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QDialog, QToolTip

from oppdesk import services
from oppdesk.views.activity_row_delegate import DELETE, EXPORT_ICS, SEND, TOGGLE_DONE
from oppdesk.views.file_chooser import ScriptedFileChooser
from oppdesk.views.item_models.activity_list_model import ActivityListModel
from oppdesk.views.record_tabs.activity_tab import ActivityTab
from oppdesk.views.rights_text import forbidden_text
from tests.gui.tab_helpers import context_for, fill_activities, soon
from tests.smtp_fixtures import Collector, MemoryKeyring, free_port, installed_keyring, smtp_server


@pytest.fixture
def contact(db, admin_id, company):
    return services.create_contact(
        db,
        admin_id,
        {
            "company_id": company.id,
            "first_name": "Éloïse",
            "last_name": "Martin",
            "email": "eloise.martin@client.fr",
        },
    )


@pytest.fixture
def buyer(db, admin_id, company):
    return services.create_contact(
        db,
        admin_id,
        {
            "company_id": company.id,
            "first_name": "Paul",
            "last_name": "Durand",
            "email": "paul.durand@client.fr",
        },
    )


@pytest.fixture
def opp(make_opportunity, contact, buyer):
    return make_opportunity(name="Renouvellement parc", contact_id=contact.id)


@pytest.fixture
def memory_keyring():
    with installed_keyring(MemoryKeyring()) as backend:
        yield backend


def _tab(qtbot, aio, ctx, db, opp, user_id):
    tab = ActivityTab(ctx, opp.id)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    aio(tab.load(services.get_opportunity(db, user_id, opp.id)))
    return tab


@pytest.fixture
def tab(qtbot, aio, app_ctx, db, admin_id, opp):
    return _tab(qtbot, aio, app_ctx, db, opp, admin_id)


def _kinds(tab):
    return [a.kind for a in tab.history.model.activities()]


def _open(qtbot, aio, tab, kind):
    qtbot.mouseClick(tab.buttons[kind], Qt.MouseButton.LeftButton)
    dialog = next(d for d in tab.findChildren(QDialog) if d.isVisible())
    aio(dialog.load())
    return dialog


def _click_action(qtbot, tab, row, action):
    view = tab.history.view
    rect = tab.history.delegate.action_rect(tab.history.model.index(row, 0), action)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_each_form_adds_to_the_history_newest_first(qtbot, aio, wait_until, tab, db, admin_id):
    assert tab.title() == "Activity" and tab.history.empty_label.isVisible() is False
    comment = _open(qtbot, aio, tab, "comment")
    aio(comment.save())
    assert comment.error_text("body") == "This field is required."
    comment.body.insertPlainText("Client très intéressé")  # keyClicks: ASCII only
    assert aio(comment.save()) is not None
    aio(wait_until(lambda: _kinds(tab) == ["comment"]))
    call = _open(qtbot, aio, tab, "call")
    call.duration.setValue(12)
    call.outcome.setEditText("Rappeler")
    qtbot.keyClicks(call.notes, "Point calendrier")
    assert aio(call.save()).call_duration_seconds == 720
    task = _open(qtbot, aio, tab, "task")
    assert task.assignee.currentData() == admin_id
    qtbot.keyClicks(task.title_edit, "Relancer le client")
    assert aio(task.save()).task_done is False
    event = _open(qtbot, aio, tab, "event")
    event.title_edit.setText("Démo")
    event.end.setDateTime(event.start.dateTime().addSecs(-60))
    assert aio(event.save()) is None
    assert event.error_text("end") == "Must be after the start."
    event.end.setDateTime(event.start.dateTime().addSecs(3600))
    qtbot.keyClicks(event.location, "Lyon")
    assert aio(event.save()).event_location == "Lyon"
    aio(wait_until(lambda: _kinds(tab) == ["event", "task", "call", "comment"]))
    assert tab.history.count_label.text() == "4"
    stored = services.list_activities(db, admin_id, tab.opportunity_id)
    assert [a.kind for a in stored] == ["event", "task", "call", "comment"]


def test_kind_filter_and_ticking_a_task(qtbot, aio, wait_until, tab, db, admin_id, opp):
    fill_activities(db, admin_id, opp)
    aio(tab.reload())
    assert len(_kinds(tab)) == 7
    tab.history.filter.setCurrentIndex(tab.history.filter.findData("task"))
    aio(wait_until(lambda: _kinds(tab) == ["task", "task"]))
    late = next(a for a in tab.history.model.activities() if a.subject.startswith("Relancer"))
    row = tab.history.model.row_of(late.id)
    _click_action(qtbot, tab, row, TOGGLE_DONE)
    aio(wait_until(lambda: tab.history.model.activity_at(row).task_done is True))
    stored = {a.id: a for a in services.list_activities(db, admin_id, opp.id, ("task",))}
    assert stored[late.id].task_done is True and stored[late.id].task_done_at is not None
    tab.history.view.setCurrentIndex(tab.history.model.index(row, 0))
    tab.history.menu_actions[TOGGLE_DONE].trigger()  # the keyboard path (Space)
    aio(wait_until(lambda: tab.history.model.activity_at(row).task_done is False))
    tab.history.filter.setCurrentIndex(tab.history.filter.findData("call"))
    aio(wait_until(lambda: _kinds(tab) == ["call"]))


def _write_email(qtbot, aio, tab):
    dialog = _open(qtbot, aio, tab, "email")
    assert dialog.to.addresses() == ["eloise.martin@client.fr"]  # the opportunity's contact
    assert dialog.cc.contact_addresses() == ["paul.durand@client.fr", "eloise.martin@client.fr"]
    dialog.cc.menu.actions()[0].trigger()
    assert dialog.cc.addresses() == ["paul.durand@client.fr"]
    dialog.subject.setText("Proposition « été »")
    dialog.body.setPlainText("Bonjour Éloïse,\nVoici notre offre.")
    return dialog


def _email(tab):
    return next(a for a in tab.history.model.activities() if a.kind == "email")


def test_an_email_is_really_sent_when_smtp_is_configured(
    qtbot, aio, wait_until, tab, db, admin_id, memory_keyring
):
    collector = Collector()
    with smtp_server(collector) as port:
        services.save_smtp_settings(
            db,
            admin_id,
            {
                "host": "127.0.0.1",
                "port": port,
                "security": "none",
                "from_address": "ventes@example.com",
                "from_name": "Équipe Ventes",
            },
        )
        dialog = _write_email(qtbot, aio, tab)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        aio(
            wait_until(
                lambda: tab.history.model.rowCount() == 1 and _email(tab).email_state == "sent",
                timeout=10,
            )
        )
    assert len(collector.received) == 1
    message = collector.received[0].message
    assert str(message["Subject"]) == "Proposition « été »"
    assert collector.received[0].rcpt_tos == ["eloise.martin@client.fr", "paul.durand@client.fr"]
    assert str(message["Cc"]) == "paul.durand@client.fr"
    assert tab.status_label.text() == "Emails sent: 1."
    assert tab.outbox_bar.isHidden()


def test_without_smtp_the_email_waits_visibly(qtbot, aio, wait_until, tab):
    dialog = _write_email(qtbot, aio, tab)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    aio(wait_until(lambda: tab.history.model.rowCount() == 1 and not tab.outbox_bar.isHidden()))
    assert _email(tab).email_state == "to_send"
    assert "No SMTP server is configured" in tab.outbox_label.text()
    assert tab.send_pending_button.isEnabled() is False


def test_offline_keeps_the_email_to_send_and_a_draft_can_be_sent_later(
    qtbot, aio, wait_until, tab, db, admin_id, memory_keyring
):
    services.save_smtp_settings(
        db,
        admin_id,
        {
            "host": "127.0.0.1",
            "port": free_port(),
            "security": "none",
            "from_address": "ventes@example.com",
        },
    )
    dialog = _write_email(qtbot, aio, tab)
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    aio(wait_until(lambda: tab.history.model.rowCount() == 1))
    assert _email(tab).email_state == "draft"
    _click_action(qtbot, tab, 0, SEND)
    aio(wait_until(lambda: _email(tab).email_state == "to_send" and tab.last_report is not None))
    assert tab.last_report.problem == "offline"
    assert "cannot be reached" in tab.status_label.text()
    assert "cannot be reached" in tab.outbox_label.text()


def test_event_exports_as_ics(qtbot, aio, wait_until, tab, db, admin_id, opp, tmp_path):
    services.create_event(
        db,
        admin_id,
        opp.id,
        title="Démo, Lyon",
        start=soon(days=2),
        end=soon(days=2, hours=1),
        location="Lyon",
    )
    aio(tab.reload())
    target = tmp_path / "demo.ics"
    tab.file_chooser = chooser = ScriptedFileChooser(save=[str(target)])
    _click_action(qtbot, tab, 0, EXPORT_ICS)
    aio(wait_until(lambda: target.exists()))
    assert chooser.asked[0][1] == "Démo, Lyon.ics"
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    lines = data.decode("utf-8").split("\r\n")[:-1]
    assert "\n" not in "".join(lines) and "SUMMARY:Démo\\, Lyon" in lines
    assert "BEGIN:VEVENT" in lines and "END:VEVENT" in lines
    assert all(len(line.encode()) <= 75 for line in lines)


# Showing the tooltip raises its window: a limit of the offscreen test platform.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_delete_own_entry_after_confirmation(
    qtbot, aio, wait_until, tab, app_ctx, db, admin_id, opp
):
    services.add_comment(db, admin_id, opp.id, "À supprimer")
    aio(tab.reload())
    view = tab.history.view
    tab.show()
    rect = tab.history.delegate.action_rect(tab.history.model.index(0, 0), DELETE)
    tip = QHelpEvent(QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(view.viewport(), tip)
    assert QToolTip.text() == "Delete this entry"
    app_ctx.prompter.answers.extend([False, True])
    _click_action(qtbot, tab, 0, DELETE)
    aio(wait_until(lambda: len(app_ctx.prompter.asked) == 1))
    assert tab.history.model.rowCount() == 1
    _click_action(qtbot, tab, 0, DELETE)
    aio(wait_until(lambda: tab.history.model.rowCount() == 0))
    assert services.list_activities(db, admin_id, opp.id) == []
    assert tab.history.empty_label.isVisibleTo(tab)


def test_read_only_user_can_read_but_not_write(qtbot, aio, db, admin_id, opp, make_user, tmp_path):
    fill_activities(db, admin_id, opp)
    reader = make_user("reader", "read_only")
    services.share_opportunity(db, admin_id, opp.id, user_id=reader.id)
    ctx = context_for(db, reader.id, tmp_path)
    try:
        tab = _tab(qtbot, aio, ctx, db, opp, reader.id)
        assert tab.history.model.rowCount() == 7
        for button in tab.buttons.values():
            assert not button.isEnabled() and button.toolTip() == forbidden_text()
        for info in tab.history.model.activities():
            assert DELETE not in tab.history.delegate.actions_for(info)
            assert SEND not in tab.history.delegate.actions_for(info)
            assert not tab.history.delegate.can_tick(info)
        assert tab.open_form("comment") is not None  # even forced open, the service refuses
    finally:
        ctx.runner.shutdown()


def test_activity_model_passes_the_model_tester(qtmodeltester, db, admin_id, opp, qapp):
    fill_activities(db, admin_id, opp)
    model = ActivityListModel()
    model.set_activities(services.list_activities(db, admin_id, opp.id))
    qtmodeltester.check(model)
    first = model.activity_at(0)
    model.remove(first.id)
    assert model.rowCount() == 6 and model.row_of(first.id) == -1
    qtmodeltester.check(model)


def test_a_long_history_stays_usable(qtbot, aio, tab, db, admin_id, opp):
    for i in range(500):
        services.add_comment(db, admin_id, opp.id, f"Commentaire {i}\nDeuxième ligne")
    started = time.perf_counter()
    aio(tab.reload())
    tab.show()
    qtbot.waitExposed(tab)
    tab.history.view.scrollToBottom()
    tab.grab()
    elapsed = time.perf_counter() - started
    assert tab.history.model.rowCount() == 500
    assert elapsed < 5, f"loading and painting 500 activities took {elapsed:.1f} s"


def test_a_silent_smtp_server_never_holds_up_the_database_thread(
    qtbot, aio, wait_until, tab, db, admin_id, memory_keyring
):
    """Sending runs on a thread of its own: while the SMTP client waits for a server that
    accepted the connection but says nothing, list pages are still served."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        listener.setblocking(False)
        services.save_smtp_settings(
            db,
            admin_id,
            {
                "host": "127.0.0.1",
                "port": listener.getsockname()[1],
                "security": "none",
                "from_address": "ventes@example.com",
            },
        )
        accepted: list[socket.socket] = []

        def connected() -> bool:
            with contextlib.suppress(BlockingIOError):
                accepted.append(listener.accept()[0])
            return bool(accepted)

        dialog = _write_email(qtbot, aio, tab)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        aio(wait_until(connected, timeout=10))  # the client now waits for the greeting
        rows = aio(tab.ctx.runner.call(services.list_opportunities))
        assert rows and tab.last_report is None  # served while the send still waits
        assert not tab.send_pending_button.isEnabled()
        accepted[0].close()  # the server hangs up: the email stays queued
        aio(wait_until(lambda: tab.last_report is not None and _kinds(tab) == ["email"]))
    assert tab.last_report.problem == "offline"
    assert _email(tab).email_state == "to_send"
