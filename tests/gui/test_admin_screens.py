"""Administration screens and the sign-in dialog, over the real services (both backends)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QListWidget, QPushButton

from oppdesk import services
from oppdesk.views.admin.settings_window import SettingsWindow
from oppdesk.views.sign_in_dialog import SignInDialog


@pytest.fixture
def ctx_for_user(db, tmp_path, loop):
    from PySide6.QtCore import QSettings

    from oppdesk.runtime.db_runner import DbRunner
    from oppdesk.runtime.events import Events
    from oppdesk.views.app_context import AppContext
    from oppdesk.views.prompter import ScriptedPrompter

    runners = []

    def make(user_id):
        runner = DbRunner(db, user_id)
        runners.append(runner)
        settings = QSettings(str(tmp_path / f"{user_id}.ini"), QSettings.Format.IniFormat)
        me = services.current_user(db, user_id)
        return AppContext(runner, me, settings, Events(), ScriptedPrompter(), "test")

    yield make
    for runner in runners:
        runner.shutdown()


@pytest.fixture
def window(qtbot, aio, app_ctx):
    win = SettingsWindow(app_ctx)
    qtbot.addWidget(win)
    aio(win.load())
    return win


def test_create_user_through_the_form(aio, window, db, admin_id):
    users = window.show_section("users")
    users.new_button.click()
    users.login.setText("marie")
    users.display_name.setText("Marie Curie")
    users.email.setText("marie@example.com")
    users.password.setText("radium-1898")
    users.profile.setCurrentIndex(users.profile.findText("Lecture seule"))
    aio(users.save())
    made = next(u for u in services.list_users(db, admin_id) if u.login == "marie")
    assert (made.display_name, made.profile.name) == ("Marie Curie", "Lecture seule")
    assert services.authenticate(db, "marie", "radium-1898") == made.id
    assert users.table.rowCount() == 2


def test_user_form_shows_errors_and_changes_nothing(aio, window, db, admin_id):
    users = window.show_section("users")
    users.new_button.click()
    users.login.setText("x")
    users.email.setText("not-an-email")
    users.password.setText("short")
    aio(users.save())
    for field in ("login", "display_name", "email", "password"):
        assert users.field_error(field), field
    assert users.field_error("profile") == ""
    assert len(services.list_users(db, admin_id)) == 1
    users.login.setText("valid.login")
    users.display_name.setText("Valid")
    users.email.setText("")
    users.password.setText("")
    aio(users.save())
    assert users.field_error("login") == "" and users.field_error("email") == ""
    assert len(services.list_users(db, admin_id)) == 2


def test_edit_user_groups_and_reset_password(aio, window, db, admin_id, make_user):
    group = services.create_group(db, admin_id, "Nord")
    make_user("paul")
    aio(window.load())
    users = window.show_section("users")
    users.select_user("paul")
    assert not users.login.isEnabled() and users.display_name.text() == "Paul"
    users.groups.item(0).setCheckState(Qt.CheckState.Checked)
    users.display_name.setText("Paul Valéry")
    aio(users.save())
    paul = next(u for u in services.list_users(db, admin_id) if u.login == "paul")
    assert paul.display_name == "Paul Valéry" and paul.groups == (group,)
    users.password.setText("cimetière marin")
    aio(users.reset_password())
    assert services.authenticate(db, "paul", "cimetière marin") == paul.id
    aio(users.toggle_active())
    every = services.list_users(db, admin_id, active_only=False)
    assert not next(u for u in every if u.login == "paul").active
    assert users.active_button.text() == "Reactivate"


def test_smtp_section_saves_without_password(aio, window, db, admin_id):
    smtp = window.show_section("smtp")
    smtp.host.setText("bad host")
    aio(smtp.save())
    assert smtp.field_error("host") and smtp.field_error("from_address")
    smtp.host.setText("smtp.example.com")
    smtp.from_address.setText("crm@example.com")
    aio(smtp.save())
    saved = services.get_smtp_settings(db, admin_id)
    assert (saved.host, saved.port, saved.from_address) == (
        "smtp.example.com",
        587,
        "crm@example.com",
    )


def test_deactivate_last_admin_refused_in_screen(aio, window, db, admin_id):
    users = window.show_section("users")
    users.select_user("admin")
    aio(users.toggle_active())
    assert users.status.text()
    assert services.list_users(db, admin_id)[0].active


def test_matrix_right_change_saved(aio, window, db, admin_id, make_user, make_opportunity):
    reader = make_user("reader", "read_only")
    profiles = window.show_section("profiles")
    box = profiles.right_widget("read_only", "can_create")
    assert isinstance(box, QCheckBox) and not box.isChecked()
    box.setChecked(True)
    combo = profiles.right_widget("read_only", "edit_scope")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("own"))
    save = profiles.findChild(QPushButton, "profiles_read_only_save")
    save.click()
    aio(profiles.idle())
    rights = next(p for p in services.list_profiles(db, admin_id) if p.code == "read_only").rights
    assert rights.can_create and rights.edit_scope == "own"
    assert make_opportunity(actor=reader.id).owner.id == reader.id


def test_reorder_stages_by_moving_items(aio, window, db, admin_id):
    section = window.show_section("pipelines")
    stages: QListWidget = section.stage_list
    names = [stages.item(i).text() for i in range(stages.count())]
    item = stages.takeItem(stages.count() - 1)
    stages.insertItem(0, item)
    aio(section.save_order())
    pipeline = next(p for p in services.list_pipelines(db, admin_id) if p.is_default)
    assert pipeline.stages[0].name == names[-1].split(" (")[0]
    assert [s.position for s in pipeline.stages] == list(range(len(names)))


def test_delete_stage_with_opportunities_needs_a_target(
    aio, window, app_ctx, db, admin_id, make_opportunity
):
    pipeline = next(p for p in services.list_pipelines(db, admin_id) if p.is_default)
    make_opportunity(stage_id=pipeline.stages[0].id)
    section = window.show_section("pipelines")
    app_ctx.prompter.answers.extend([True, True])
    section.stage_list.setCurrentRow(0)
    aio(section.delete_stage())
    assert "Move opportunities to" in section.status.text()
    section.move_to.setCurrentIndex(section.move_to.findText(pipeline.stages[1].name))
    aio(section.delete_stage())
    after = next(p for p in services.list_pipelines(db, admin_id) if p.is_default)
    assert len(after.stages) == len(pipeline.stages) - 1


def test_general_settings_preview_and_save(aio, window, db, admin_id):
    general = window.show_section("general")
    general.pattern.setText("AFF-{number:03d}")
    assert general.preview.text() == "AFF-001"
    general.pattern.setText("AFF")
    assert "Invalid" in general.preview.text()
    general.pattern.setText("AFF-{number:03d}")
    general.file_limit.setValue(42)
    aio(general.save())
    current = services.get_general_settings(db, admin_id)
    assert (current.reference_pattern, current.file_size_limit_mb) == ("AFF-{number:03d}", 42)


def test_non_admin_cannot_open_or_act(aio, qtbot, make_user, ctx_for_user, db, admin_id):
    sales = make_user("sally")
    win = SettingsWindow(ctx_for_user(sales.id))
    qtbot.addWidget(win)
    aio(win.load())
    assert not win.allowed and win.sections == {}
    assert not win.denied.isHidden() and not win.stack.isEnabled()
    # a window opened while admin acts no more once the profile loses the right
    boss = make_user("boss", "admin")
    ctx = ctx_for_user(boss.id)
    admin_win = SettingsWindow(ctx)
    qtbot.addWidget(admin_win)
    aio(admin_win.load())
    services.update_user(db, admin_id, boss.id, {"profile": "sales"})
    sources = admin_win.show_section("sources")
    sources.name.setText("Nouvelle")
    aio(sources.add())
    assert "privilege profile" in sources.status.text()
    assert "Nouvelle" not in {s.name for s in services.list_sources(db, admin_id)}


@pytest.mark.parametrize(
    "key",
    [
        "users",
        "groups",
        "profiles",
        "pipelines",
        "sources",
        "customFields",
        "tags",
        "general",
        "smtp",
    ],
)
def test_sections_render(window, key, tmp_path):
    window.show_section(key)
    window.show()
    assert window.grab().save(str(tmp_path / f"admin_{key}.png"))


def test_sign_in_dialog(qtbot, db, make_user):
    alice = make_user("alice", password="wonderland")
    dialog = SignInDialog(lambda login, pw: services.authenticate(db, login, pw))
    qtbot.addWidget(dialog)
    dialog.login.setText("alice")
    dialog.password.setText("wrong-one")
    assert not dialog.submit()
    assert "wrong password" in dialog.error.text() and dialog.password.text() == ""
    dialog.password.setText("wonderland")
    with qtbot.waitSignal(dialog.signed_in, timeout=2000) as signal:
        dialog.sign_in_button.click()
    assert signal.args == [alice.id] and dialog.user_id == alice.id
    assert dialog.result() == dialog.DialogCode.Accepted


def test_custom_field_created_from_section(aio, window, db, admin_id):
    section = window.show_section("customFields")
    section.label.setText("Budget validé")
    section.code.setText("budget_ok")
    section.field_type.setCurrentIndex(section.field_type.findData("boolean"))
    aio(section.save())
    assert [f.code for f in services.list_custom_fields(db, admin_id)] == ["budget_ok"]
    assert section.field_list.count() == 1
