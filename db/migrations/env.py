from alembic import context

from db.models import Base
from db.search import include_object

config = context.config
engine = config.attributes["engine"]


def run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        before = context.get_context().get_current_revision()
        context.run_migrations()
        ran = context.get_context().get_current_revision() != before
        # The check reads every row: only after a migration, not at every start.
        if ran and connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:
                raise RuntimeError(f"the migration broke foreign keys: {broken[:10]}")
    connection.commit()


with engine.connect() as connection:
    if connection.dialect.name != "sqlite":
        run_migrations(connection)
    else:
        # A batch migration copies a table, drops it and renames the copy (SQLite cannot
        # alter a column in place). With foreign keys enforced, dropping a table deletes the
        # rows that point to it ON DELETE CASCADE (a sale's lines and payments). So, as
        # SQLite's documentation prescribes, they are off while migrating (a PRAGMA that
        # only works outside a transaction: on the driver's connection, before BEGIN) and
        # checked before the commit.
        sqlite = connection.connection.driver_connection
        sqlite.execute("PRAGMA foreign_keys = OFF")
        try:
            run_migrations(connection)
        finally:
            connection.rollback()  # (nothing left to roll back unless the migration failed)
            sqlite.execute("PRAGMA foreign_keys = ON")
