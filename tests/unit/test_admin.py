"""Administration services: users, groups, profiles, pipelines, sources, tags, settings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from oppdesk import services
from oppdesk.models import StageChange, User


def _pipeline(db, admin_id):
    return next(p for p in services.list_pipelines(db, admin_id) if p.is_default)


def _user_row(db, user_id):
    with db.uow() as uow:
        user = uow.session.get_one(User, user_id)
        return user.display_name, user.active, user.password_hash, user.profile.code


# --- users ---


def test_update_user_fields_groups_and_owner_key(db, admin_id, make_user, make_opportunity):
    group = services.create_group(db, admin_id, "Nord")
    alice = make_user("alice")
    zed = make_user("zed")
    make_opportunity(owner_id=alice.id, name="A")
    make_opportunity(owner_id=zed.id, name="Z")
    info = services.update_user(
        db,
        admin_id,
        alice.id,
        {"display_name": "Zoé Zola", "email": "zoe@example.com", "group_ids": [group.id]},
    )
    assert (info.display_name, info.email, info.groups) == (
        "Zoé Zola",
        "zoe@example.com",
        (group,),
    )
    services.update_user(db, admin_id, zed.id, {"display_name": "Albert"})
    rows = services.list_opportunities(db, admin_id, sort="owner", descending=False)
    assert [r.name for r in rows] == ["Z", "A"]


def test_update_user_validation_changes_nothing(db, admin_id, make_user):
    alice = make_user("alice")
    before = _user_row(db, alice.id)
    with pytest.raises(services.ValidationError) as err:
        services.update_user(
            db, admin_id, alice.id, {"display_name": "", "email": "nope", "profile": "zzz"}
        )
    assert set(err.value.errors) == {"display_name", "email", "profile"}
    with pytest.raises(services.ValidationError):
        services.update_user(db, admin_id, alice.id, {"login": "x"})
    assert _user_row(db, alice.id) == before


def test_deactivate_and_reactivate(db, admin_id, make_user):
    alice = make_user("alice", password="secret-123")
    assert not services.deactivate_user(db, admin_id, alice.id).active
    with pytest.raises(services.AuthenticationError):
        services.authenticate(db, "alice", "secret-123")
    assert services.reactivate_user(db, admin_id, alice.id).active
    assert services.authenticate(db, "alice", "secret-123") == alice.id


def test_never_the_last_active_administrator(db, admin_id, make_user):
    with pytest.raises(services.ValidationError) as err:
        services.deactivate_user(db, admin_id, admin_id)
    assert err.value.errors["active"].code == "last_admin"
    with pytest.raises(services.ValidationError):
        services.update_user(db, admin_id, admin_id, {"profile": "sales"})
    admin_profile = next(p for p in services.list_profiles(db, admin_id) if p.code == "admin")
    with pytest.raises(services.ValidationError):
        services.update_profile(db, admin_id, admin_profile.id, {"can_admin": False})
    boss = make_user("boss", "admin")
    services.deactivate_user(db, boss.id, admin_id)
    assert _user_row(db, admin_id)[1] is False


def test_reset_password(db, admin_id, make_user):
    alice = make_user("alice")
    with pytest.raises(services.ValidationError) as err:
        services.reset_password(db, admin_id, alice.id, "short")
    assert err.value.errors["password"].code == "too_short"
    assert _user_row(db, alice.id)[2] is None
    services.reset_password(db, admin_id, alice.id, "long enough")
    stored = _user_row(db, alice.id)[2]
    assert stored.startswith("$argon2") and "long enough" not in stored
    assert services.authenticate(db, "alice", "long enough") == alice.id


def test_non_admin_refused_everywhere(db, admin_id, make_user):
    sales = make_user("sally").id
    pipeline = _pipeline(db, admin_id)
    calls = [
        lambda: services.update_user(db, sales, sales, {"display_name": "X"}),
        lambda: services.reset_password(db, sales, sales, "whatever12"),
        lambda: services.deactivate_user(db, sales, admin_id),
        lambda: services.list_profiles(db, sales),
        lambda: services.create_profile(db, sales, {"name": "P"}),
        lambda: services.create_pipeline(db, sales, "P"),
        lambda: services.add_stage(db, sales, pipeline.id, "S", 5),
        lambda: services.reorder_stages(db, sales, pipeline.id, []),
        lambda: services.add_source(db, sales, "S"),
        lambda: services.set_reference_pattern(db, sales, "X-{number}"),
        lambda: services.set_file_size_limit(db, sales, 10),
        lambda: services.get_general_settings(db, sales),
        lambda: services.merge_tags(db, sales, "a", "b"),
    ]
    for call in calls:
        with pytest.raises(services.PermissionDenied) as err:
            call()
        assert err.value.right == "can_admin"


# --- groups ---


def test_groups_rename_members_delete(db, admin_id, make_user, make_opportunity):
    alice, bob = make_user("alice"), make_user("bob")
    group = services.create_group(db, admin_id, "Nord")
    services.create_group(db, admin_id, "Sud")
    with pytest.raises(services.ValidationError):
        services.rename_group(db, admin_id, group.id, "Sud")
    assert services.rename_group(db, admin_id, group.id, "Nord-Est").name == "Nord-Est"
    members = services.set_group_members(db, admin_id, group.id, [alice.id, bob.id])
    assert {m.id for m in members} == {alice.id, bob.id}
    opp = make_opportunity()
    services.share_opportunity(db, admin_id, opp.id, group_id=group.id)
    assert services.get_opportunity(db, alice.id, opp.id).id == opp.id
    services.delete_group(db, admin_id, group.id)
    assert [g.name for g in services.list_groups(db, admin_id)] == ["Sud"]
    with pytest.raises(services.NotFound):
        services.get_opportunity(db, alice.id, opp.id)


# --- privilege profiles ---


def test_profiles_list_create_update_delete(db, admin_id, make_user):
    codes = {p.code for p in services.list_profiles(db, admin_id)}
    assert codes == {"admin", "sales", "read_only"}
    with pytest.raises(services.ValidationError) as err:
        services.create_profile(db, admin_id, {"name": "", "view_scope": "some"})
    assert set(err.value.errors) == {"name", "view_scope"}
    made = services.create_profile(
        db, admin_id, {"name": "Manager", "view_scope": "all", "can_bulk": True}
    )
    assert made.rights.view_scope == "all" and made.rights.can_bulk and not made.rights.can_admin
    changed = services.update_profile(db, admin_id, made.id, {"delete_scope": "own"})
    assert changed.rights.delete_scope == "own" and changed.rights.view_scope == "all"
    with pytest.raises(services.ValidationError):
        services.update_profile(db, admin_id, made.id, {"delete_scope": "shared"})
    user = make_user("mia")
    services.update_user(db, admin_id, user.id, {"profile": str(made.id)})
    with pytest.raises(services.ValidationError) as err:
        services.delete_profile(db, admin_id, made.id)
    assert err.value.errors["profile"].code == "in_use"
    services.update_user(db, admin_id, user.id, {"profile": "sales"})
    services.delete_profile(db, admin_id, made.id)
    assert "Manager" not in {p.name for p in services.list_profiles(db, admin_id)}


def test_profile_change_applies_on_next_action(db, admin_id, make_user, make_opportunity):
    reader = make_user("reader", "read_only").id
    with pytest.raises(services.PermissionDenied):
        make_opportunity(actor=reader)
    read_only = next(p for p in services.list_profiles(db, admin_id) if p.code == "read_only")
    services.update_profile(db, admin_id, read_only.id, {"can_create": True})
    assert make_opportunity(actor=reader).owner.id == reader
    services.update_user(db, admin_id, reader, {"profile": "admin"})
    assert services.current_user(db, reader).rights.can_admin


# --- pipelines and stages ---


def test_pipeline_create_rename_default_delete(db, admin_id, make_opportunity):
    made = services.create_pipeline(db, admin_id, "Grands comptes")
    with pytest.raises(services.ValidationError):
        services.create_pipeline(db, admin_id, "Grands comptes")
    stage = services.add_stage(db, admin_id, made.id, "Découverte", 20)
    services.set_default_pipeline(db, admin_id, made.id)
    assert _pipeline(db, admin_id).id == made.id
    opp = make_opportunity(pipeline_id=made.id, stage_id=stage.id)
    with pytest.raises(services.ValidationError) as err:
        services.delete_pipeline(db, admin_id, made.id)
    assert err.value.errors["pipeline"].code == "not_empty"
    services.rename_pipeline(db, admin_id, made.id, "Aaa comptes")
    rows = services.list_opportunities(db, admin_id, sort="pipeline")
    assert rows[0].pipeline == "Aaa comptes"
    services.delete_opportunity(db, admin_id, opp.id)
    empty = services.create_pipeline(db, admin_id, "Vide")
    services.set_default_pipeline(db, admin_id, empty.id)
    services.delete_pipeline(db, admin_id, empty.id)
    assert sum(p.is_default for p in services.list_pipelines(db, admin_id)) == 1


def test_stage_add_update_validation(db, admin_id):
    pipeline = _pipeline(db, admin_id)
    with pytest.raises(services.ValidationError) as err:
        services.add_stage(db, admin_id, pipeline.id, "", 150)
    assert set(err.value.errors) == {"name", "default_probability"}
    with pytest.raises(services.ValidationError):
        services.add_stage(db, admin_id, pipeline.id, pipeline.stages[0].name, 10)
    stage = services.add_stage(db, admin_id, pipeline.id, "Relance", 95)
    assert stage.position == len(pipeline.stages)
    changed = services.update_stage(db, admin_id, stage.id, name="Suivi", default_probability=60)
    assert (changed.name, changed.default_probability) == ("Suivi", 60)
    with pytest.raises(services.ValidationError):
        services.update_stage(db, admin_id, stage.id, default_probability=-1)
    assert _pipeline(db, admin_id).stages[-1] == changed


def test_reorder_stages_updates_stage_key(db, admin_id, make_opportunity):
    pipeline = _pipeline(db, admin_id)
    first, last = pipeline.stages[0], pipeline.stages[-1]
    make_opportunity(stage_id=first.id, name="first")
    make_opportunity(stage_id=last.id, name="last")
    with pytest.raises(services.ValidationError):
        services.reorder_stages(db, admin_id, pipeline.id, [first.id])
    order = [s.id for s in reversed(pipeline.stages)]
    result = services.reorder_stages(db, admin_id, pipeline.id, order)
    assert [s.id for s in result.stages] == order
    assert [s.position for s in result.stages] == list(range(len(order)))
    rows = services.list_opportunities(db, admin_id, sort="stage", descending=False)
    assert [r.name for r in rows] == ["last", "first"]


def test_delete_stage_refused_unless_moved(db, admin_id, make_opportunity):
    pipeline = _pipeline(db, admin_id)
    doomed, target = pipeline.stages[1], pipeline.stages[3]
    opps = [make_opportunity(stage_id=doomed.id, amount="1000") for _ in range(2)]
    manual = make_opportunity(stage_id=doomed.id, amount="1000", probability=33)
    opps.append(manual)
    with pytest.raises(services.ValidationError) as err:
        services.delete_stage(db, admin_id, doomed.id)
    assert err.value.errors["move_to"].params["count"] == 3
    other = services.create_pipeline(db, admin_id, "Autre")
    foreign = services.add_stage(db, admin_id, other.id, "X", 10)
    with pytest.raises(services.ValidationError):
        services.delete_stage(db, admin_id, doomed.id, move_to=foreign.id)
    assert len(_pipeline(db, admin_id).stages) == len(pipeline.stages)
    assert services.delete_stage(db, admin_id, doomed.id, move_to=target.id) == 3
    after = _pipeline(db, admin_id)
    assert doomed.id not in {s.id for s in after.stages}
    assert [s.position for s in after.stages] == list(range(len(after.stages)))
    for opp in opps:
        detail = services.get_opportunity(db, admin_id, opp.id)
        assert detail.stage.id == target.id
        expected = 33 if opp is manual else target.default_probability
        assert detail.probability == expected
        assert detail.weighted_amount == Decimal(expected * 10).quantize(Decimal("0.01"))
    with db.uow() as uow:
        moved = uow.session.scalar(
            select(func.count()).where(
                StageChange.to_stage_id == target.id,
                StageChange.opportunity_id.in_([o.id for o in opps]),
            )
        )
    assert moved == 6  # creation (re-pointed to the target) + the move
    rows = services.list_opportunities(db, admin_id, sort="stage")
    assert {r.stage for r in rows} == {target.name}
    empty = after.stages[0]
    services.delete_stage(db, admin_id, empty.id)


# --- sources ---


def test_sources_add_rename_deactivate(db, admin_id, make_opportunity):
    source = services.add_source(db, admin_id, "Webinaire")
    with pytest.raises(services.ValidationError):
        services.add_source(db, admin_id, "  ")
    with pytest.raises(services.ValidationError):
        services.rename_source(db, admin_id, source.id, "Salon")
    salon = next(s for s in services.list_sources(db, admin_id) if s.name == "Salon")
    make_opportunity(source_id=source.id, name="web")
    make_opportunity(source_id=salon.id, name="salon")
    services.rename_source(db, admin_id, source.id, "Atelier")
    rows = services.list_opportunities(db, admin_id, sort="source", descending=False)
    assert [r.name for r in rows] == ["web", "salon"]
    services.deactivate_source(db, admin_id, source.id)
    assert "Atelier" not in {s.name for s in services.list_sources(db, admin_id)}
    all_sources = services.list_sources(db, admin_id, active_only=False)
    assert "Atelier" in {s.name for s in all_sources}


# --- smart-tags ---


def test_tags_rename_and_merge(db, admin_id, make_opportunity):
    one = make_opportunity(tags=["chaud", "vip"])
    two = make_opportunity(tags=["urgent"])
    with pytest.raises(services.ValidationError):
        services.rename_tag(db, admin_id, "chaud", "VIP")
    assert services.rename_tag(db, admin_id, "chaud", "brûlant") == "brûlant"
    with pytest.raises(services.ValidationError):
        services.merge_tags(db, admin_id, "vip", "vip")
    assert services.merge_tags(db, admin_id, "urgent", "vip") == 1
    assert services.merge_tags(db, admin_id, "brûlant", "vip") == 0
    assert services.list_tags(db, admin_id) == ["vip"]
    assert services.get_opportunity(db, admin_id, one.id).tags == ("vip",)
    assert services.get_opportunity(db, admin_id, two.id).tags == ("vip",)


# --- settings ---


def test_general_settings(db, admin_id, make_opportunity):
    services.set_reference_pattern(db, admin_id, "AFF-{number:04d}")
    services.set_default_currency(db, admin_id, "chf")
    services.set_file_size_limit(db, admin_id, "50")
    assert services.set_loss_reasons(db, admin_id, ["Prix", " ", "prix", "Délai"]) == [
        "Prix",
        "Délai",
    ]
    current = services.get_general_settings(db, admin_id)
    assert (current.reference_pattern, current.default_currency) == ("AFF-{number:04d}", "CHF")
    assert current.file_size_limit_mb == 50 and current.loss_reasons == ("Prix", "Délai")
    preview = services.format_reference(current.reference_pattern, current.next_number)
    assert make_opportunity().reference == preview
    assert services.list_loss_reasons(db, admin_id) == ["Prix", "Délai"]


@pytest.mark.parametrize(
    ("call", "value", "field"),
    [
        ("set_reference_pattern", "OPP-{id}", "reference_pattern"),
        ("set_reference_pattern", "OPP", "reference_pattern"),
        ("set_default_currency", "EURO", "default_currency"),
        ("set_file_size_limit", 0, "file_size_limit_mb"),
        ("set_file_size_limit", 201, "file_size_limit_mb"),
        ("set_loss_reasons", "Prix", "loss_reasons"),
    ],
)
def test_settings_validation_changes_nothing(db, admin_id, call, value, field):
    before = services.get_general_settings(db, admin_id)
    with pytest.raises(services.ValidationError) as err:
        getattr(services, call)(db, admin_id, value)
    assert set(err.value.errors) == {field}
    assert services.get_general_settings(db, admin_id) == before
