"""What a shop's first till needs to bring its catalog, and the hub's stock kept to movements

- counter_bump_sequence(table): after the shop's first till has brought its master rows with
  their own ids, the hub's next ids for that table start above them. A till's role may not
  set a sequence itself: this function does it for the master tables only.
- products.stock on the hub moves only with stock movements (hub_stock_moved): a product
  made on the hub starts at 0 and gets its stock from its first movement, and a statement
  that sets a product's stock directly leaves it as it was. Screens that receive or count
  stock write a movement, which is what counts.

Revision ID: h0002
Revises: h0001
Create Date: 2026-12-01
"""
from alembic import op

revision = "h0002"
down_revision = "h0001"
branch_labels = None
depends_on = None

MASTER_TABLES = ("staff", "collections", "products", "promotions", "policy_versions")


def _schema() -> str:
    name = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    return op.get_bind().dialect.identifier_preparer.quote_identifier(name)


def upgrade() -> None:
    allowed = ", ".join(f"'{table}'" for table in MASTER_TABLES)
    op.execute(
        "CREATE FUNCTION counter_bump_sequence(master_table varchar) RETURNS void "
        f"LANGUAGE plpgsql SECURITY DEFINER SET search_path = {_schema()}, pg_temp AS $$ "
        "DECLARE sequence_name text; highest bigint; BEGIN "
        f"IF master_table NOT IN ({allowed}) THEN "
        "RAISE EXCEPTION 'not a master table: %', master_table; END IF; "
        "sequence_name := pg_get_serial_sequence(master_table, 'id'); "
        "EXECUTE format('SELECT max(id) FROM %I', master_table) INTO highest; "
        "IF highest IS NOT NULL THEN "
        "PERFORM setval(sequence_name, GREATEST(highest, "
        "(SELECT last_value FROM pg_sequences WHERE schemaname || '.' || sequencename "
        "= sequence_name OR sequencename = sequence_name))); END IF; END $$")
    op.execute(
        "CREATE FUNCTION hub_stock_from_movements() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF pg_trigger_depth() = 1 THEN "
        "IF TG_OP = 'INSERT' THEN NEW.stock := 0; ELSE NEW.stock := OLD.stock; END IF; "
        "END IF; RETURN NEW; END $$")
    op.execute("CREATE TRIGGER products_stock_from_movements BEFORE INSERT OR UPDATE OF stock "
               "ON products FOR EACH ROW EXECUTE FUNCTION hub_stock_from_movements()")


def downgrade() -> None:
    op.execute("DROP TRIGGER products_stock_from_movements ON products")
    op.execute("DROP FUNCTION hub_stock_from_movements()")
    op.execute("DROP FUNCTION counter_bump_sequence(varchar)")
