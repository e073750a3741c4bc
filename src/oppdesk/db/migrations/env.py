"""Alembic environment, configured in code by ``oppdesk.db.migrate`` (no alembic.ini)."""

from alembic import context

from oppdesk.db.migrate import include_name, include_object_on
from oppdesk.models import Base
from oppdesk.models.base import UtcDateTime, add_postgresql_predicates

target_metadata = Base.metadata
config = context.config


def _render_item(type_, obj, autogen_context):
    # Migrations must not import our model code: render our type decorators as plain types.
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("oppdesk migrations run through oppdesk.db.migrate, with a connection")
    if connection.dialect.name == "postgresql":
        add_postgresql_predicates()  # the models' partial indexes, for autogenerate
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
        include_name=include_name,
        include_object=include_object_on(connection.dialect.name),
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
