"""The hub layer's Alembic environment: a chain of its own, run after the till's (which
builds the same tables as on a till), recorded in its own version table."""
from alembic import context

from db.hub.schema import HUB_VERSION_TABLE, hub_metadata

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=hub_metadata(),
        version_table=HUB_VERSION_TABLE,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
