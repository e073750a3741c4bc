"""Privilege profiles: who sees and changes what, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from oppdesk import services
from oppdesk.models import ChangeLog, Opportunity


def _snapshot(db):
    with db.uow() as uow:
        s = uow.session
        return (
            s.scalar(select(func.count()).select_from(Opportunity)),
            s.scalar(select(func.count()).select_from(ChangeLog)),
            s.scalar(select(func.max(Opportunity.version))),
        )


@pytest.fixture
def team(db, make_user):
    group = services.create_group(db, services.ensure_defaults(db), "Équipe Nord")
    return {
        "alice": make_user("alice", "sales", group_ids=[group.id]),
        "bob": make_user("bob", "sales"),
        "reader": make_user("reader", "read_only", group_ids=[group.id]),
        "group": group,
    }


def test_read_only_cannot_create_edit_delete_or_share(db, admin_id, team, make_opportunity):
    reader = team["reader"].id
    opp = make_opportunity()
    services.share_opportunity(db, admin_id, opp.id, user_id=reader)
    before = _snapshot(db)
    with pytest.raises(services.PermissionDenied) as err:
        make_opportunity(actor=reader)
    assert err.value.right == "can_create"
    assert "administrator" in err.value.message
    for call in (
        lambda: services.update_opportunity(db, reader, opp.id, {"name": "x"}),
        lambda: services.delete_opportunity(db, reader, opp.id),
        lambda: services.add_tag(db, reader, opp.id, "x"),
        lambda: services.change_owner(db, reader, opp.id, reader),
        lambda: services.duplicate_opportunity(db, reader, opp.id),
    ):
        with pytest.raises(services.PermissionDenied):
            call()
    assert _snapshot(db) == before
    # …but the shared record is visible to them, read-only
    seen = services.get_opportunity(db, reader, opp.id)
    assert not seen.rights.can_edit and not seen.rights.can_delete


def test_read_only_does_not_see_unshared_records(db, admin_id, team, make_opportunity):
    opp = make_opportunity()
    reader = team["reader"].id
    assert services.list_opportunities(db, reader) == []
    assert services.opportunity_totals(db, reader).count == 0
    with pytest.raises(services.NotFound):
        services.get_opportunity(db, reader, opp.id)


def test_sales_sees_own_assigned_and_shared_only(db, admin_id, team, make_opportunity):
    alice, bob = team["alice"].id, team["bob"].id
    own = make_opportunity(actor=alice, name="own")
    assigned = make_opportunity(name="assigned", assignee_ids=[alice])
    shared_user = make_opportunity(name="shared-user")
    services.share_opportunity(db, admin_id, shared_user.id, user_id=alice)
    shared_group = make_opportunity(name="shared-group")
    services.share_opportunity(db, admin_id, shared_group.id, group_id=team["group"].id)
    make_opportunity(name="hidden")
    make_opportunity(actor=bob, name="bob's")

    names = {r.name for r in services.list_opportunities(db, alice, limit=50)}
    assert names == {"own", "assigned", "shared-user", "shared-group"}
    assert services.opportunity_totals(db, alice).count == 4
    assert {r.name for r in services.list_opportunities(db, admin_id)} >= names | {"hidden"}
    # shared records are editable by a sales profile (edit scope "shared")
    services.update_opportunity(db, alice, shared_group.id, {"amount": 10})
    # but deleting needs ownership (delete scope "own")
    with pytest.raises(services.PermissionDenied):
        services.delete_opportunity(db, alice, shared_group.id)
    services.delete_opportunity(db, alice, own.id)
    assert assigned.id in {r.id for r in services.list_opportunities(db, alice)}


def test_profile_change_applies_on_next_action(db, admin_id, team, make_opportunity):
    bob = team["bob"].id
    make_opportunity(actor=bob)
    services.set_user_profile(db, admin_id, bob, "read_only")
    with pytest.raises(services.PermissionDenied):
        make_opportunity(actor=bob)
    services.set_user_profile(db, admin_id, bob, "sales")
    make_opportunity(actor=bob)


def test_inactive_or_unknown_user_is_refused(db, admin_id, team):
    import uuid

    with pytest.raises(services.AuthenticationError):
        services.list_opportunities(db, uuid.uuid4())


def test_admin_only_paths(db, team):
    alice = team["alice"].id
    with pytest.raises(services.PermissionDenied):
        services.create_user(db, alice, {"login": "eve", "display_name": "Eve"})
    with pytest.raises(services.PermissionDenied):
        services.create_custom_field(db, alice, {"label": "X", "code": "x", "field_type": "text"})


def test_sign_in_is_asked_once_passwords_exist(db, admin_id, make_user):
    from oppdesk.services.setup import sign_in_needs

    assert not sign_in_needs(db).needs_sign_in  # a single-user workspace opens at once
    make_user("sans.motdepasse")
    assert not sign_in_needs(db).needs_sign_in  # nobody could sign in: demo-like workspace
    user = make_user("claire", password="correct horse")
    assert sign_in_needs(db).needs_sign_in
    assert services.authenticate(db, "claire", "correct horse") == user.id
    with pytest.raises(services.AuthenticationError):
        services.authenticate(db, "claire", "wrong password")
