"""The opportunity record window over real databases: header, stage bar, Actions menu, time
tracking, conflicts, privileges, and the Pipeline / General information / Custom fields tabs.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import types
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QToolButton

from oppdesk import services
from oppdesk.services.errors import NotFound
from oppdesk.views.app_context import AppContext
from oppdesk.views.closing_dialog import ClosingDialog
from oppdesk.views.combo_data import index_of
from oppdesk.views.conflict_dialog import ConflictDialog
from oppdesk.views.formatting import format_amount, format_percent
from oppdesk.views.opportunity_form_dialog import OpportunityFormDialog
from oppdesk.views.opportunity_record_window import (
    EXTERNAL_TABS,
    TAB_CUSTOM,
    TAB_FILES,
    TAB_GENERAL,
    TAB_PIPELINE,
    OpportunityRecordWindow,
)
from oppdesk.views.prompter import ScriptedPrompter
from oppdesk.views.record_tabs.base import RecordTab
from oppdesk.views.rights_text import forbidden_text
from oppdesk.views.share_dialog import ShareDialog
from oppdesk.views.time_entries_dialog import TimeEntriesDialog

TAB_TITLES = [
    "Activity",
    "Pipeline",
    "General information",
    "Linked documents",
    "Custom fields",
    "Redactor documents",
    "Files",
]


@pytest.fixture
def stages(db, admin_id):
    return next(p for p in services.list_pipelines(db, admin_id) if p.is_default).stages


@pytest.fixture
def opp(db, admin_id, company, make_opportunity, stages):
    contact = services.create_contact(
        db, admin_id, {"company_id": company.id, "first_name": "Claire", "last_name": "Martin"}
    )
    return make_opportunity(
        name="Renouvellement du parc de fours",
        contact_id=contact.id,
        amount="48500",
        due_date=date.today() + timedelta(days=30),
        stage_id=stages[0].id,
    )


@pytest.fixture
def make_ctx(db, app_ctx, tmp_path):
    """An AppContext acting as another user, sharing the database thread and the events."""

    def make(user) -> AppContext:
        return AppContext(
            runner=app_ctx.runner.as_user(user.id),
            me=services.current_user(db, user.id),
            settings=app_ctx.settings,
            events=app_ctx.events,
            prompter=ScriptedPrompter(),
            location="test",
        )

    return make


@pytest.fixture
def open_window(qtbot, aio):
    def open_(ctx, opportunity_id) -> OpportunityRecordWindow:
        window = OpportunityRecordWindow(ctx, opportunity_id)
        qtbot.addWidget(window)
        window.show()
        aio(window.load())
        return window

    return open_


@pytest.fixture
def window(open_window, app_ctx, opp):
    return open_window(app_ctx, opp.id)


def _click(qtbot, widget, pos=None):
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def _show_tab(window, index):
    window.tabs.setCurrentIndex(index)
    QApplication.processEvents()  # lay the page out before clicking at positions in it


def _click_stage(qtbot, bar, index):
    _click(qtbot, bar, bar.stage_rect(index).center().toPoint())


def _dialog(parent, cls, aio, wait_until):
    aio(wait_until(lambda: parent.findChild(cls) is not None and parent.findChild(cls).isVisible()))
    return parent.findChild(cls)


def _fresh(db, admin_id, opp):
    return services.get_opportunity(db, admin_id, opp.id)


# ------------------------------------------------------------------------------ header
def test_header_shows_the_record(window, opp, stages, company):
    header = window.header
    assert window.objectName() == "opportunityRecordWindow"
    assert window.isWindow()
    assert header.name_label.text() == "Renouvellement du parc de fours"
    subtitle = header.subtitle.text()
    assert opp.reference in subtitle and company.name in subtitle and "Claire Martin" in subtitle
    assert header.status_button.text().startswith("Open")
    assert "#1565C0" in header.status_button.styleSheet()
    assert header.figures["amount"].text() == format_amount(Decimal("48500"), "EUR")
    assert header.figures["weighted_amount"].text() == format_amount(Decimal("4850"), "EUR")
    assert header.figures["probability"].text() == format_percent(10)
    assert header.figures["owner"].text() == "Administrateur"
    assert header.figures["due_date"].styleSheet() == ""
    assert [s.name for s in header.stage_bar.stages()] == [s.name for s in stages]
    assert header.stage_bar.current_index() == 0
    assert header.stage_bar.isEnabled()
    assert "10" in header.stage_bar.stage_tooltip(0)
    assert opp.reference in window.windowTitle()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == TAB_TITLES
    for index in (TAB_PIPELINE, TAB_GENERAL, TAB_CUSTOM):
        assert isinstance(window.tabs.widget(index), RecordTab)
    assert window.general_tab.values["company"].text() == company.name


def test_other_tabs_are_used_once_they_exist(
    monkeypatch, open_window, app_ctx, opp, aio, wait_until
):
    for index, (module, _class, _icon) in EXTERNAL_TABS.items():
        if importlib.util.find_spec(f"oppdesk.views.record_tabs.{module}") is None:
            window = open_window(app_ctx, opp.id)
            placeholder = window.tabs.widget(index)
            assert isinstance(placeholder, QLabel)
            assert placeholder.objectName() == f"{module}Placeholder"
            break
    fake = types.ModuleType("oppdesk.views.record_tabs.files_tab")

    class FilesTab(RecordTab):
        loads: list = []  # noqa: RUF012

        async def load(self, detail):
            await super().load(detail)
            FilesTab.loads.append(detail.version)

    fake.FilesTab = FilesTab
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    window = open_window(app_ctx, opp.id)
    tab = window.tabs.widget(TAB_FILES)
    assert isinstance(tab, FilesTab) and tab.opportunity_id == opp.id
    assert FilesTab.loads == [opp.version]
    tab.changed.emit()  # a tab that wrote something: the whole record reloads
    aio(wait_until(lambda: len(FilesTab.loads) == 2))


def test_late_opportunity_is_marked(open_window, app_ctx, make_opportunity):
    late = make_opportunity(due_date=date.today() - timedelta(days=2))
    window = open_window(app_ctx, late.id)
    assert window.header.status_button.text().startswith("Late")
    assert "#E65100" in window.header.status_button.styleSheet()
    assert "#C62828" in window.header.figures["due_date"].styleSheet()


def test_company_link_opens_the_company(window, company, aio, wait_until):
    opened = []
    window.open_company_requested.connect(opened.append)
    window.header.subtitle.linkActivated.emit("company")
    aio(wait_until(lambda: opened))
    assert opened[0].id == company.id and opened[0].name == company.name


# --------------------------------------------------------------------------- stage bar
def test_stage_bar_click_moves_and_writes_history(
    qtbot, window, app_ctx, db, admin_id, opp, stages, aio, wait_until
):
    saved = []
    app_ctx.events.opportunity_saved.connect(saved.append)
    _click_stage(qtbot, window.header.stage_bar, 2)
    aio(wait_until(lambda: window.header.stage_bar.current_index() == 2))
    fresh = _fresh(db, admin_id, opp)
    assert fresh.stage.id == stages[2].id
    assert fresh.probability == stages[2].default_probability
    history = services.stage_history(db, admin_id, opp.id)
    assert [h.to_stage.id for h in history] == [stages[0].id, stages[2].id]
    assert history[-1].changed_by.id == admin_id
    assert saved == [opp.id]
    aio(wait_until(lambda: window.pipeline_tab.history_list.topLevelItemCount() == 2))
    newest = window.pipeline_tab.history_list.topLevelItem(0)
    assert newest.text(2) == stages[2].name and newest.text(1) == stages[0].name
    assert "current" in newest.text(4)


def test_pipeline_tab_click_moves_too(qtbot, window, db, admin_id, opp, stages, aio, wait_until):
    _show_tab(window, TAB_PIPELINE)
    bar = window.pipeline_tab.stage_bar
    assert bar.objectName() == "pipelineStageBar"
    _click_stage(qtbot, bar, 3)
    aio(wait_until(lambda: bar.current_index() == 3))
    assert _fresh(db, admin_id, opp).stage.id == stages[3].id
    assert window.header.stage_bar.current_index() == 3


# ------------------------------------------------------------------------- Actions menu
def test_delete_asks_then_deletes_and_closes(window, app_ctx, db, admin_id, opp, aio, wait_until):
    deleted, closed = [], []
    app_ctx.events.opportunity_deleted.connect(deleted.append)
    window.closed_after_delete.connect(closed.append)
    app_ctx.prompter.answers.extend([False, True])
    window.actions_button.delete_action.trigger()
    aio(wait_until(lambda: len(app_ctx.prompter.asked) == 1))
    aio(asyncio.sleep(0.05))
    assert window.isVisible() and _fresh(db, admin_id, opp).id == opp.id
    window.actions_button.delete_action.trigger()
    aio(wait_until(lambda: not window.isVisible()))
    assert deleted == [opp.id] and closed == [opp.id]
    with pytest.raises(NotFound):
        _fresh(db, admin_id, opp)
    assert opp.reference in app_ctx.prompter.asked[-1][1]


def test_duplicate_opens_a_form_whose_save_creates_a_copy(
    window, app_ctx, db, admin_id, opp, aio, wait_until
):
    opened, saved = [], []
    window.open_opportunity_requested.connect(opened.append)
    app_ctx.events.opportunity_saved.connect(saved.append)
    window.actions_button.duplicate_action.trigger()
    form = _dialog(window, OpportunityFormDialog, aio, wait_until)
    aio(wait_until(lambda: form.name.text() == opp.name))
    form.name.setText("Renouvellement — copie")
    copy = aio(form.save())
    assert copy is not None and copy.id != opp.id
    assert opened == [copy.id] and copy.id in saved
    stored = services.get_opportunity(db, admin_id, copy.id)
    assert stored.name == "Renouvellement — copie" and stored.company.id == opp.company.id
    assert _fresh(db, admin_id, opp).name == opp.name


def test_edit_form_saves_and_the_window_follows(window, db, admin_id, opp, aio, wait_until):
    window.actions_button.edit_action.trigger()
    form = _dialog(window, OpportunityFormDialog, aio, wait_until)
    aio(wait_until(lambda: form.name.text() == opp.name))
    form.name.setText("Fours — phase 2")
    assert aio(form.save()) is not None
    aio(wait_until(lambda: window.header.name_label.text() == "Fours — phase 2"))
    assert _fresh(db, admin_id, opp).name == "Fours — phase 2"


def test_edit_form_keeps_stage_contact_and_source(
    open_window, app_ctx, db, admin_id, opp, stages, aio, wait_until
):
    source = services.list_sources(db, admin_id)[1]
    services.update_opportunity(
        db, admin_id, opp.id, {"stage_id": stages[2].id, "source_id": source.id}
    )
    window = open_window(app_ctx, opp.id)
    form = window.edit()
    aio(wait_until(lambda: form.name.text() == opp.name))
    assert form.stage.currentData() == stages[2].id
    assert form.source_combo.currentData() == source.id
    assert form.contact.currentData() == opp.contact.id
    form.name.setText("Renommée")
    assert aio(form.save()) is not None
    fresh = _fresh(db, admin_id, opp)
    assert (fresh.name, fresh.stage.id, fresh.source.id, fresh.contact.id) == (
        "Renommée",
        stages[2].id,
        source.id,
        opp.contact.id,
    )


# ------------------------------------------------------------------------------ closing
def test_closing_as_lost_requires_a_reason(window, db, admin_id, opp, aio, wait_until):
    window.header.status_actions["lost"].trigger()
    dialog = _dialog(window, ClosingDialog, aio, wait_until)
    assert dialog.reason.count() == len(services.list_loss_reasons(db, admin_id))
    assert aio(dialog.save()) is False
    error = dialog.errors["closed_reason"]
    assert error.isVisible() and error.text() == "This field is required."
    assert _fresh(db, admin_id, opp).status == "open"
    dialog.reason.setEditText("Concurrent retenu")
    assert aio(dialog.save()) is True
    fresh = _fresh(db, admin_id, opp)
    assert (fresh.status, fresh.closed_reason, fresh.closed_at) == (
        "lost",
        "Concurrent retenu",
        date.today(),
    )
    aio(wait_until(lambda: window.header.status_button.text().startswith("Lost")))


def test_won_asks_only_for_the_closing_date(window, db, admin_id, opp, aio, wait_until):
    window.header.status_actions["won"].trigger()
    dialog = _dialog(window, ClosingDialog, aio, wait_until)
    assert not dialog.reason.isVisibleTo(dialog)
    day = date.today() - timedelta(days=1)
    dialog.closed_at.setDate(day)
    assert aio(dialog.save()) is True
    fresh = _fresh(db, admin_id, opp)
    assert (fresh.status, fresh.closed_at, fresh.closed_reason) == ("won", day, None)


def test_edit_form_requires_a_reason_for_lost(window, db, admin_id, opp, aio, wait_until):
    form = window.edit()
    aio(wait_until(lambda: form.name.text() == opp.name))
    assert form.closed_reason.count() > 0  # the workspace's loss reasons
    form.status.setCurrentIndex(form.status.findData("lost"))
    assert form.closed_reason.isEnabled() and form.closed_at.isEnabled()
    assert aio(form.save()) is None
    assert form._errors["closed_reason"].isVisibleTo(form)
    assert _fresh(db, admin_id, opp).status == "open"
    form.closed_reason.setCurrentIndex(0)
    reason = form.closed_reason.itemText(0)
    assert aio(form.save()) is not None
    assert _fresh(db, admin_id, opp).closed_reason == reason


# ---------------------------------------------------------------------------- conflicts
@pytest.fixture
def bob(db, admin_id, opp, make_user):
    user = make_user("bob", display_name="Bob Durand")
    services.share_opportunity(db, admin_id, opp.id, user_id=user.id)
    return user


def test_stale_save_shows_who_and_applies_mine_on_top(
    window, db, admin_id, opp, bob, aio, wait_until
):
    form = window.edit()
    aio(wait_until(lambda: form.name.text() == opp.name))
    services.update_opportunity(db, bob.id, opp.id, {"name": "Nom choisi par Bob"})
    form.amount.setText("12345")
    task = asyncio.ensure_future(form.save())
    dialog = _dialog(form, ConflictDialog, aio, wait_until)
    assert "Bob Durand" in dialog.message.text()
    assert dialog.table.rowCount() == 1  # the amount: mine 12 345, theirs 48 500
    assert dialog.table.item(0, 0).text() == "Potential amount"
    assert "12" in dialog.table.item(0, 1).text() and "48" in dialog.table.item(0, 2).text()
    _click_button(dialog.apply_button)
    result = aio(task)
    assert result is not None
    fresh = _fresh(db, admin_id, opp)
    assert fresh.amount == Decimal("12345.00")
    assert fresh.name == "Nom choisi par Bob"  # their change is kept: only mine was applied


def test_stale_stage_move_can_reload(
    qtbot, window, db, admin_id, opp, bob, stages, aio, wait_until
):
    services.move_to_stage(db, bob.id, opp.id, stages[1].id)
    _click_stage(qtbot, window.header.stage_bar, 3)
    dialog = _dialog(window, ConflictDialog, aio, wait_until)
    assert "Bob Durand" in dialog.message.text()
    assert [dialog.table.item(0, c).text() for c in range(3)] == [
        "Stage",
        stages[3].name,
        stages[1].name,
    ]
    _click_button(dialog.reload_button)
    aio(wait_until(lambda: window.header.stage_bar.current_index() == 1))
    assert _fresh(db, admin_id, opp).stage.id == stages[1].id


def test_custom_fields_conflict_apply_on_top(
    open_window, app_ctx, db, admin_id, opp, bob, aio, wait_until
):
    services.create_custom_field(
        db, admin_id, {"label": "Secteur", "code": "secteur", "field_type": "text"}
    )
    window = open_window(app_ctx, opp.id)
    tab = window.custom_tab
    services.update_opportunity(db, bob.id, opp.id, {"amount": "1"})
    tab.start_editing()
    tab.editors["secteur"].widget.setText("Industrie")
    task = asyncio.ensure_future(tab.save())
    dialog = _dialog(tab, ConflictDialog, aio, wait_until)
    _click_button(dialog.apply_button)
    assert aio(task) is True
    fresh = _fresh(db, admin_id, opp)
    assert fresh.amount == Decimal("1.00")
    assert {v.code: v.value for v in fresh.custom_fields}["secteur"] == "Industrie"


def _click_button(button):
    button.click()


# --------------------------------------------------------------------------- privileges
@pytest.fixture
def lea_window(db, admin_id, opp, make_user, make_ctx, open_window):
    """The record as Léa sees it: a *Lecture seule* user the opportunity is shared with."""
    lea = make_user("lea", "read_only")
    services.share_opportunity(db, admin_id, opp.id, user_id=lea.id)
    return open_window(make_ctx(lea), opp.id)


def test_read_only_user_sees_disabled_actions_with_the_reason(lea_window):
    window = lea_window
    actions = window.actions_button
    gated = [
        actions.edit_action,
        actions.duplicate_action,
        actions.delete_action,
        actions.log_time_action,
        actions.time_entries_action,
        window.general_tab.edit_button,
        window.general_tab.share_button,
        window.general_tab.tags.add_button,
        window.custom_tab.edit_button,
        window.header.stage_bar,
        window.header.status_button,
        window.pipeline_tab.stage_bar,
    ]
    for target in gated:
        assert not target.isEnabled(), target.objectName()
        assert target.toolTip() == forbidden_text(), target.objectName()
    assert all(action.isVisible() for action in actions.menu_.actions())


def test_read_only_user_cannot_change_anything_through_any_path(
    lea_window, db, admin_id, opp, stages, aio, wait_until
):
    window, ctx = lea_window, lea_window.ctx
    before = _fresh(db, admin_id, opp)
    assert aio(window.move_to_stage(stages[3].id)) is False
    assert aio(window.general_tab.add_tag("pirate")) is False
    closing = aio(window.change_status("won"))
    assert aio(closing.save()) is False and closing.general_error.isVisibleTo(closing)
    ctx.prompter.answers.append(True)
    assert aio(window.delete()) is False
    form = window.edit()
    aio(wait_until(lambda: form.name.text() == opp.name))
    form.name.setText("Modifié")
    assert aio(form.save()) is None and form.general_error.isVisibleTo(form)
    share = window.general_tab.open_share_dialog()
    aio(share.load())
    assert not share.owner_button.isEnabled()
    assert aio(share.set_owner(ctx.me.id)) is False
    window.custom_tab.start_editing()
    assert not window.custom_tab.is_editing()
    assert aio(window.custom_tab.save()) is False
    entry = window.log_time()
    entry.duration.setText("1:00")
    assert aio(entry.save()) is None and entry.general_error.isVisibleTo(entry)

    after = _fresh(db, admin_id, opp)
    assert after == before
    assert any("privilege" in text for _title, text in ctx.prompter.asked)


# ------------------------------------------------------------------------ general tab
def test_share_dialog_changes_owner_and_shares_with_group(
    qtbot, window, db, admin_id, opp, bob, aio, wait_until
):
    group = services.create_group(db, admin_id, "Équipe Lyon")
    _show_tab(window, TAB_GENERAL)
    _click(qtbot, window.general_tab.share_button)
    dialog = _dialog(window, ShareDialog, aio, wait_until)
    aio(wait_until(lambda: dialog.group_combo.count() == 1))
    dialog.group_combo.setCurrentIndex(0)
    _click(qtbot, dialog.group_button)
    aio(wait_until(lambda: any(s.kind == "group" for s in _fresh(db, admin_id, opp).shares)))
    dialog.owner_combo.setCurrentIndex(index_of(dialog.owner_combo, bob.id))
    _click(qtbot, dialog.owner_button)
    aio(wait_until(lambda: _fresh(db, admin_id, opp).owner.id == bob.id))
    aio(wait_until(lambda: window.header.figures["owner"].text() == "Bob Durand"))
    shares = _fresh(db, admin_id, opp).shares
    assert {(s.kind, s.target.id) for s in shares} == {("user", bob.id), ("group", group.id)}
    aio(wait_until(lambda: dialog.shares.count() == 2))
    remove = dialog.findChild(QToolButton, "removeShareButton_0")
    assert remove is not None
    remove.click()
    aio(wait_until(lambda: len(_fresh(db, admin_id, opp).shares) == 1))


def test_tags_add_with_completion_and_remove(
    qtbot, window, db, admin_id, opp, make_opportunity, aio, wait_until
):
    make_opportunity(name="Autre", tags=["urgent", "hiver"])
    tags = window.general_tab.tags
    _show_tab(window, TAB_GENERAL)
    _click(qtbot, tags.add_button)
    assert tags.edit.isVisible()
    qtbot.keyClicks(tags.edit, "ur")
    aio(wait_until(lambda: tags.model.stringList() == ["urgent"]))
    tags.edit.setText("urgent")
    qtbot.keyClick(tags.edit, Qt.Key.Key_Return)
    aio(wait_until(lambda: _fresh(db, admin_id, opp).tags == ("urgent",)))
    _click(qtbot, tags.add_button)
    tags.edit.setText("tout nouveau")
    qtbot.keyClick(tags.edit, Qt.Key.Key_Return)
    aio(wait_until(lambda: set(_fresh(db, admin_id, opp).tags) == {"urgent", "tout nouveau"}))
    aio(wait_until(lambda: tags.chip("tout nouveau") is not None))
    assert "tout nouveau" in services.list_tags(db, admin_id, "tout")
    chip = tags.chip("urgent")
    remove = chip.findChild(QToolButton, "removeTagButton_urgent")
    _click(qtbot, remove)
    aio(wait_until(lambda: _fresh(db, admin_id, opp).tags == ("tout nouveau",)))
    # Esc cancels a new tag without closing the window
    _click(qtbot, tags.add_button)
    qtbot.keyClick(tags.edit, Qt.Key.Key_Escape)
    assert not tags.edit.isVisible() and window.isVisible()


def test_general_tab_edit_button_opens_the_form(qtbot, window, aio, wait_until, opp):
    _show_tab(window, TAB_GENERAL)
    _click(qtbot, window.general_tab.edit_button)
    form = _dialog(window, OpportunityFormDialog, aio, wait_until)
    aio(wait_until(lambda: form.name.text() == opp.name))
    assert form.windowTitle() == "Edit the opportunity"
    form.reject()


# ------------------------------------------------------------------- custom fields tab
def test_custom_fields_edit_with_validation_error(
    qtbot, db, admin_id, opp, app_ctx, open_window, aio, wait_until
):
    services.create_custom_field(
        db, admin_id, {"label": "Site du projet", "code": "site", "field_type": "url"}
    )
    services.create_custom_field(
        db, admin_id, {"label": "Budget validé", "code": "budget_ok", "field_type": "boolean"}
    )
    window = open_window(app_ctx, opp.id)
    _show_tab(window, TAB_CUSTOM)
    tab = window.custom_tab
    assert tab.findChild(QLabel, "customValue_site").text() == "—"
    _click(qtbot, tab.edit_button)
    assert tab.is_editing()
    tab.editors["site"].widget.setText("pas une adresse")
    tab.editors["budget_ok"].widget.setChecked(True)
    _click(qtbot, tab.save_button)
    error = tab.errors["site"]
    aio(wait_until(lambda: error.isVisible()))
    assert error.text() == "Enter a web address starting with http:// or https://."
    assert tab.is_editing()
    assert {v.code: v.value for v in _fresh(db, admin_id, opp).custom_fields}["site"] is None
    tab.editors["site"].widget.setText("https://fours.example")
    qtbot.keyClick(tab.editors["site"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    aio(wait_until(lambda: not tab.is_editing()))
    values = {v.code: v.value for v in _fresh(db, admin_id, opp).custom_fields}
    assert values == {"site": "https://fours.example", "budget_ok": True}
    shown = window.general_tab
    aio(wait_until(lambda: shown.findChild(QLabel, "info_custom_site").text() == values["site"]))


# ------------------------------------------------------------------------- time tracking
def test_time_entry_dialog_logs_time_and_totals_show_per_user(
    qtbot, window, app_ctx, db, admin_id, opp, bob, aio, wait_until
):
    window.actions_button.log_time_action.trigger()
    entry = window.findChild(QDialog, "timeEntryDialog")
    entry.duration.setText("une heure")
    assert aio(entry.save()) is None
    assert entry.errors["minutes"].isVisibleTo(entry)
    entry.duration.setText("1:30")
    entry.description.setPlainText("Visite sur site")
    _click(qtbot, entry.save_button)
    aio(wait_until(lambda: services.list_time_entries(db, admin_id, opp.id).total_minutes == 90))
    services.log_time(db, bob.id, opp.id, work_date=date.today(), minutes=45, description="Devis")
    window.actions_button.time_entries_action.trigger()
    sheet = _dialog(window, TimeEntriesDialog, aio, wait_until)
    aio(wait_until(lambda: sheet.entries.topLevelItemCount() == 2))
    totals = {
        sheet.totals.topLevelItem(i).text(0): sheet.totals.topLevelItem(i).text(1)
        for i in range(sheet.totals.topLevelItemCount())
    }
    assert totals == {"Administrateur": "1:30", "Bob Durand": "0:45"}
    assert sheet.grand_total.text() == "Total: 2:15"
    mine = next(i for i in range(2) if sheet.entries.topLevelItem(i).text(1) == "Administrateur")
    sheet.entries.setCurrentItem(sheet.entries.topLevelItem(mine))
    assert sheet.delete_button.isEnabled()
    app_ctx.prompter.answers.append(True)
    _click(qtbot, sheet.delete_button)
    aio(wait_until(lambda: sheet.entries.topLevelItemCount() == 1))
    assert sheet.grand_total.text() == "Total: 0:45"


# ------------------------------------------------------------------ windows and keyboard
def test_other_windows_follow_saves_and_deletes(
    qtbot, window, open_window, app_ctx, db, admin_id, opp, stages, aio, wait_until
):
    other = open_window(app_ctx, opp.id)
    _click_stage(qtbot, window.header.stage_bar, 4)
    aio(wait_until(lambda: other.header.stage_bar.current_index() == 4))
    app_ctx.prompter.answers.append(True)
    assert aio(window.delete()) is True
    aio(wait_until(lambda: not other.isVisible()))
    assert not window.isVisible()


def test_keyboard_moves_between_tabs_and_esc_closes(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.tabs.setCurrentIndex(0)
    qtbot.keyClick(window.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.tabs, Qt.Key.Key_Backtab, modifiers)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(window.tabs, Qt.Key.Key_Backtab, modifiers)
    assert window.tabs.currentIndex() == window.tabs.count() - 1
    qtbot.keyClick(window.tabs, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_esc_leaves_the_custom_fields_edit_mode_first(
    qtbot, db, admin_id, app_ctx, opp, open_window
):
    services.create_custom_field(
        db, admin_id, {"label": "Secteur", "code": "secteur", "field_type": "text"}
    )
    window = open_window(app_ctx, opp.id)
    _show_tab(window, TAB_CUSTOM)
    window.custom_tab.start_editing()
    editor = window.custom_tab.editors["secteur"].widget
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not window.custom_tab.is_editing() and window.isVisible()
    qtbot.keyClick(window.tabs, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_stage_bar_keyboard(qtbot, window, db, admin_id, opp, stages, aio, wait_until):
    bar = window.header.stage_bar
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    qtbot.keyClick(bar, Qt.Key.Key_Space)
    aio(wait_until(lambda: _fresh(db, admin_id, opp).stage.id == stages[1].id))


def test_a_stage_click_on_the_current_stage_does_nothing(qtbot, window, db, admin_id, opp):
    _click_stage(qtbot, window.header.stage_bar, 0)
    assert _fresh(db, admin_id, opp).version == opp.version
