from alembic import context

from db.models import Base
from db.search import include_object

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    # A migration that rebuilds a table (SQLite batch mode) drops the old one: with foreign
    # keys on, that DROP would delete the rows of every table whose foreign key cascades.
    # The pragma only takes effect outside a transaction: on the driver's own connection.
    sqlite = engine.dialect.name == "sqlite"
    if sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            compare_type=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise RuntimeError(f"The migration broke foreign keys: {broken[:5]}")
        connection.commit()
    finally:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
