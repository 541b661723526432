"""The hub layer: shops and their tills, each row's shop, the catalog's change numbers, the
shop's stock as the sum of its movements, and row-level security for the tills' roles.

Runs after the till's chain has built its tables (db.hub.schema.upgrade_hub). It reads the
keys to change from the live database rather than from db.models, which move on.

Revision ID: h0001
Revises:
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None

# Master data: made on the hub, pulled by the tills; every verb within the till's shop.
MASTER_TABLES = ("staff", "collections", "products", "product_collections", "promotions",
                 "policy_versions", "settings")
# Facts: made at a till, pushed to the hub, never changed there.
FACT_TABLES = ("sales", "sale_lines", "payments", "returns", "return_lines", "stock_movements",
               "cash_movements", "day_closes", "audit_log")
# A fact's number is unique within its till of its shop, as the till printed it.
TILL_NUMBERS = {"sales": "order_number", "returns": "return_number",
                "day_closes": "business_date"}
TILLS_ROLE = "counter_tills"
# The first key of the hub's advisory locks (the second is the shop's): "CNTR".
LOCK_SPACE = 0x434E5452
CODE = sa.String(16)


def upgrade() -> None:
    _create_shops_and_tills()
    _add_shop_columns()
    _rekey_by_shop()
    _create_change_numbers()
    _create_stock_trigger()
    _secure_rows()


def downgrade() -> None:
    _unsecure_rows()
    op.execute("DROP TRIGGER stock_movements_stock ON stock_movements")
    op.execute("DROP FUNCTION hub_stock_moved()")
    _drop_change_numbers()
    _rekey_without_shop()
    for table in FACT_TABLES:
        op.alter_column(table, "till", server_default=None)
    for table in MASTER_TABLES + FACT_TABLES:
        op.drop_column(table, "shop")
    op.execute("DROP FUNCTION counter_shop()")
    op.execute("DROP FUNCTION counter_till()")
    op.drop_table("tills")
    op.drop_table("shops")


# --- shops, tills, and who is asking ---------------------------------------------------------

def _create_shops_and_tills() -> None:
    op.create_table(
        "shops",
        sa.Column("code", CODE, nullable=False),
        sa.Column("name", sa.String(120), nullable=True),
        sa.PrimaryKeyConstraint("code", name="pk_shops"),
    )
    op.create_table(
        "tills",
        sa.Column("shop", CODE, nullable=False),
        sa.Column("code", CODE, nullable=False),
        sa.Column("role_name", sa.String(63), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False,
                  server_default=sa.text("timezone('utc', now())")),
        sa.PrimaryKeyConstraint("shop", "code", name="pk_tills"),
        sa.UniqueConstraint("role_name", name="uq_tills_role_name"),
        sa.ForeignKeyConstraint(["shop"], ["shops.code"], name="fk_tills_shop_shops"),
    )
    # session_user, not current_user: inside a SECURITY DEFINER function current_user is the
    # function's owner. session_user is the role that logged in, which a till cannot change
    # (SET SESSION AUTHORIZATION is for superusers). SECURITY DEFINER lets a till ask without
    # being able to read the tills table; the fixed search_path keeps a till's own objects
    # from standing in for ours.
    schema = _schema()
    for function, column in (("counter_shop", "shop"), ("counter_till", "code")):
        op.execute(
            f"CREATE FUNCTION {function}() RETURNS varchar LANGUAGE sql STABLE "
            f"SECURITY DEFINER SET search_path = {_quoted(schema)}, pg_temp AS "
            f"$$ SELECT {column} FROM tills WHERE role_name = session_user $$")


def _quoted(name: str) -> str:
    return op.get_bind().dialect.identifier_preparer.quote_identifier(name)


def _add_shop_columns() -> None:
    # A row's shop (and a fact's till) default to the inserting till's own: a till's role
    # need not say them, and the policies below refuse any other.
    for table in MASTER_TABLES + FACT_TABLES:
        op.add_column(table, sa.Column("shop", CODE, nullable=False,
                                       server_default=sa.text("counter_shop()")))
    for table in FACT_TABLES:
        op.alter_column(table, "till", server_default=sa.text("counter_till()"))


# --- keys within the shop ---------------------------------------------------------------------

def _references_to_master_data(inspector) -> list[tuple[str, dict]]:
    found = []
    for table in inspector.get_table_names():
        for key in inspector.get_foreign_keys(table):
            if key["referred_table"] in MASTER_TABLES:
                if table not in MASTER_TABLES + FACT_TABLES:
                    raise RuntimeError(f"{table} refers to master data but has no shop")
                found.append((table, key))
    return found


def _rekey_by_shop() -> None:
    """Master rows are known by (shop, their key): two shops may both have a product 17's
    barcode or a staff member named Amina. Facts keep the hub's own id; their numbers are
    unique within a till of a shop."""
    inspector = sa.inspect(op.get_bind())
    references = _references_to_master_data(inspector)
    for table, key in references:
        op.drop_constraint(key["name"], table, type_="foreignkey")
    for table in MASTER_TABLES:
        primary = inspector.get_pk_constraint(table)
        op.drop_constraint(primary["name"], table, type_="primary")
        op.create_primary_key(primary["name"], table, ["shop", *primary["constrained_columns"]])
        for unique in inspector.get_unique_constraints(table):
            op.drop_constraint(unique["name"], table, type_="unique")
            op.create_unique_constraint(unique["name"], table,
                                        ["shop", *unique["column_names"]])
    for table, column in TILL_NUMBERS.items():
        for unique in inspector.get_unique_constraints(table):
            if unique["column_names"] == [column]:
                op.drop_constraint(unique["name"], table, type_="unique")
                op.create_unique_constraint(unique["name"], table, ["shop", "till", column])
    for table, key in references:
        op.create_foreign_key(
            key["name"], table, key["referred_table"],
            ["shop", *key["constrained_columns"]], ["shop", *key["referred_columns"]],
            ondelete=key["options"].get("ondelete"))


def _rekey_without_shop() -> None:
    inspector = sa.inspect(op.get_bind())
    references = _references_to_master_data(inspector)
    for table, key in references:
        op.drop_constraint(key["name"], table, type_="foreignkey")
    for table, column in TILL_NUMBERS.items():
        for unique in inspector.get_unique_constraints(table):
            if unique["column_names"] == ["shop", "till", column]:
                op.drop_constraint(unique["name"], table, type_="unique")
                op.create_unique_constraint(unique["name"], table, [column])
    for table in MASTER_TABLES:
        for unique in inspector.get_unique_constraints(table):
            op.drop_constraint(unique["name"], table, type_="unique")
            op.create_unique_constraint(unique["name"], table, unique["column_names"][1:])
        primary = inspector.get_pk_constraint(table)
        op.drop_constraint(primary["name"], table, type_="primary")
        op.create_primary_key(primary["name"], table, primary["constrained_columns"][1:])
    for table, key in references:
        op.create_foreign_key(
            key["name"], table, key["referred_table"], key["constrained_columns"][1:],
            key["referred_columns"][1:], ondelete=key["options"].get("ondelete"))


# --- the catalog's change numbers -------------------------------------------------------------

def _create_change_numbers() -> None:
    """Every insert or update of master data takes the next number of one sequence, and a
    deletion leaves a row in hub_deletions with its own: a till pulls what is newer than the
    last number it applied. Each takes the shop's advisory lock first, held to the commit,
    so within a shop the numbers are given in commit order: a row committed late cannot
    carry a number lower than one a till has already pulled past."""
    op.execute("CREATE SEQUENCE hub_changes AS bigint")
    op.create_table(
        "hub_deletions",
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("shop", CODE, nullable=False),
        sa.Column("table_name", sa.String(63), nullable=False),
        sa.Column("key", JSONB(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_hub_deletions"),
    )
    op.create_index("ix_hub_deletions_shop_seq", "hub_deletions", ["shop", "seq"])
    op.execute(
        "CREATE FUNCTION hub_lock_shop(shop varchar) RETURNS void LANGUAGE sql AS "
        f"$$ SELECT pg_advisory_xact_lock({LOCK_SPACE}, hashtext(shop)) $$")
    # A till's statement takes its shop's lock before it locks any row: a row-level trigger
    # would lock the row first, and two tills (or a till and a stock push) could then wait
    # for each other.
    op.execute(
        "CREATE FUNCTION hub_lock_own_shop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF counter_shop() IS NOT NULL THEN PERFORM hub_lock_shop(counter_shop()); END IF; "
        "RETURN NULL; END $$")
    # SECURITY DEFINER: a till's role uses neither the sequence nor hub_deletions itself.
    schema = _schema()
    definer = f"SECURITY DEFINER SET search_path = {_quoted(schema)}, pg_temp"
    op.execute(
        f"CREATE FUNCTION hub_changed() RETURNS trigger LANGUAGE plpgsql {definer} AS $$ "
        "BEGIN PERFORM hub_lock_shop(NEW.shop); NEW.hub_seq := nextval('hub_changes'); "
        "RETURN NEW; END $$")
    # The deleted row's key without its shop, e.g. {"id": 17}: the trigger's arguments name
    # its columns.
    op.execute(
        f"CREATE FUNCTION hub_deleted() RETURNS trigger LANGUAGE plpgsql {definer} AS $$ "
        "BEGIN PERFORM hub_lock_shop(OLD.shop); "
        "INSERT INTO hub_deletions (seq, shop, table_name, key) VALUES "
        "(nextval('hub_changes'), OLD.shop, TG_TABLE_NAME, "
        "(SELECT jsonb_object_agg(name, to_jsonb(OLD) -> name) FROM unnest(TG_ARGV) AS name)); "
        "RETURN NULL; END $$")
    inspector = sa.inspect(op.get_bind())
    for table in MASTER_TABLES:
        _number_changes(table, inspector.get_pk_constraint(table)["constrained_columns"][1:])


def _number_changes(table: str, key: list[str]) -> None:
    op.add_column(table, sa.Column("hub_seq", sa.BigInteger(), nullable=True))
    op.execute(f"UPDATE {table} SET hub_seq = nextval('hub_changes')")
    op.alter_column(table, "hub_seq", nullable=False)
    op.create_index(f"ix_{table}_shop_hub_seq", table, ["shop", "hub_seq"])
    op.execute(f"CREATE TRIGGER {table}_hub_lock BEFORE INSERT OR UPDATE OR DELETE ON {table} "
               "FOR EACH STATEMENT EXECUTE FUNCTION hub_lock_own_shop()")
    op.execute(f"CREATE TRIGGER {table}_hub_changed BEFORE INSERT OR UPDATE ON {table} "
               "FOR EACH ROW EXECUTE FUNCTION hub_changed()")
    arguments = ", ".join(f"'{column}'" for column in key)
    op.execute(f"CREATE TRIGGER {table}_hub_deleted AFTER DELETE ON {table} "
               f"FOR EACH ROW EXECUTE FUNCTION hub_deleted({arguments})")


def _drop_change_numbers() -> None:
    for table in MASTER_TABLES:
        for trigger in ("hub_lock", "hub_changed", "hub_deleted"):
            op.execute(f"DROP TRIGGER {table}_{trigger} ON {table}")
        op.drop_index(f"ix_{table}_shop_hub_seq", table_name=table)
        op.drop_column(table, "hub_seq")
    for function in ("hub_changed()", "hub_deleted()", "hub_lock_own_shop()",
                     "hub_lock_shop(varchar)"):
        op.execute(f"DROP FUNCTION {function}")
    op.drop_table("hub_deletions")
    op.execute("DROP SEQUENCE hub_changes")


# --- stock: the sum of the movements ----------------------------------------------------------

# Movements that leave a product's count as it was: goods received, a count or a correction
# make it counted (pos/catalog_admin.py does the same at the till).
NOT_A_COUNT = "'sale', 'return', 'write_off', 'opening'"


def _create_stock_trigger() -> None:
    """Once per INSERT statement (a till's pushed batch), each product's stock moves by the
    sum of its movements: one update a product, not one a movement. The shops' locks first,
    then the products' rows in the order of their ids, as every such statement takes them:
    two batches wait for each other, never for each other in a circle."""
    schema = _schema()
    op.execute(
        "CREATE FUNCTION hub_stock_moved() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        f"SET search_path = {_quoted(schema)}, pg_temp AS $$ "
        "DECLARE moved_shop varchar; BEGIN "
        "FOR moved_shop IN SELECT DISTINCT shop FROM moved ORDER BY shop LOOP "
        "PERFORM hub_lock_shop(moved_shop); END LOOP; "
        "PERFORM 1 FROM products JOIN (SELECT DISTINCT shop, product_id FROM moved) AS m "
        "ON products.shop = m.shop AND products.id = m.product_id "
        "ORDER BY products.shop, products.id FOR NO KEY UPDATE OF products; "
        "UPDATE products SET stock = products.stock + m.delta, "
        "stock_counted = products.stock_counted OR m.counted "
        "FROM (SELECT shop, product_id, sum(delta) AS delta, "
        f"bool_or(reason NOT IN ({NOT_A_COUNT})) AS counted FROM moved "
        "GROUP BY shop, product_id) AS m "
        "WHERE products.shop = m.shop AND products.id = m.product_id; "
        "RETURN NULL; END $$")
    op.execute("CREATE TRIGGER stock_movements_stock AFTER INSERT ON stock_movements "
               "REFERENCING NEW TABLE AS moved FOR EACH STATEMENT "
               "EXECUTE FUNCTION hub_stock_moved()")


# --- row-level security -----------------------------------------------------------------------

def _secure_rows() -> None:
    """Each till logs in as its own role, a member of counter_tills. Its rows are its shop's:
    master data with every verb, facts read and added (its own till's only), never changed.
    The owner who runs `hub upgrade` owns the tables and is not subject (ENABLE, not FORCE).
    A till's role has no privilege on the other tables (shops, tills, the tills' own outbox
    and order counters)."""
    op.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
               f"'{TILLS_ROLE}') THEN CREATE ROLE {TILLS_ROLE} NOLOGIN; END IF; END $$")
    own_shop = "shop = (SELECT counter_shop())"
    for table in MASTER_TABLES:
        op.execute(f"CREATE POLICY till_shop ON {table} FOR ALL TO {TILLS_ROLE} "
                   f"USING ({own_shop}) WITH CHECK ({own_shop})")
        op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {TILLS_ROLE}")
    for table in FACT_TABLES:
        op.execute(f"CREATE POLICY till_reads_shop ON {table} FOR SELECT TO {TILLS_ROLE} "
                   f"USING ({own_shop})")
        op.execute(f"CREATE POLICY till_adds_own ON {table} FOR INSERT TO {TILLS_ROLE} "
                   f"WITH CHECK ({own_shop} AND till = (SELECT counter_till()))")
        op.execute(f"GRANT SELECT, INSERT ON {table} TO {TILLS_ROLE}")
    op.execute(f"CREATE POLICY till_reads_shop ON hub_deletions FOR SELECT TO {TILLS_ROLE} "
               f"USING ({own_shop})")
    op.execute(f"GRANT SELECT ON hub_deletions TO {TILLS_ROLE}")
    for table in MASTER_TABLES + FACT_TABLES:
        sequence = _id_sequence(table)
        if sequence is not None:
            op.execute(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {TILLS_ROLE}")
    for table in _secured_tables():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")


def _secured_tables() -> list[str]:
    """Every table: those no policy names (shops, tills, the tills' own outbox, order
    counters and hub link) show a till's role no row even if it were granted one."""
    return sa.inspect(op.get_bind()).get_table_names()


def _id_sequence(table: str) -> str | None:
    """The sequence that numbers the table's rows (a till's role adds rows), if any."""
    return op.get_bind().exec_driver_sql(
        "SELECT pg_get_serial_sequence(attrelid::regclass::text, attname) FROM pg_attribute "
        f"WHERE attrelid = '{table}'::regclass AND attnum > 0 AND NOT attisdropped "
        "AND pg_get_serial_sequence(attrelid::regclass::text, attname) IS NOT NULL").scalar()


def _unsecure_rows() -> None:
    for table in _secured_tables():
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for table in MASTER_TABLES:
        op.execute(f"DROP POLICY till_shop ON {table}")
    for table in FACT_TABLES + ("hub_deletions",):
        op.execute(f"DROP POLICY till_reads_shop ON {table}")
    for table in FACT_TABLES:
        op.execute(f"DROP POLICY till_adds_own ON {table}")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {_quoted(_schema())} FROM {TILLS_ROLE}")
    op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {_quoted(_schema())} FROM {TILLS_ROLE}")
    # Roles belong to the whole server: the tills' and the group go unless another database
    # still grants them something.
    roles = [row[0] for row in op.get_bind().exec_driver_sql("SELECT role_name FROM tills")]
    for role in [*roles, TILLS_ROLE]:
        op.execute(f"DO $$ BEGIN DROP ROLE IF EXISTS {_quoted(role)}; "
                   "EXCEPTION WHEN dependent_objects_still_exist THEN NULL; END $$")


def _schema() -> str:
    return op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
