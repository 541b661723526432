"""A customer erased at a till is erased on the hub too

A till's role may only add facts, never change them; a manager's erasure (pos/customers.py)
blanks the customer on the till's own sales, and records an audit row "customer erased"
naming those sales by uid (never the phone). When that row reaches the hub, this trigger
blanks the customer on the shop's sales it names, and on every other sale of the shop with
the same phone hash (another till's), the hashes read from the named sales first; and the
address a return of those sales was shipped from. Sales the till had not pushed yet arrive
already blank.

The other tills keep their own copies (their sales, and sales they copied from the hub for a
return): the trigger lists every sale it blanked in hub_erasures (its uid and shop, numbered
from hub_changes as master data's changes are, no personal data), which each till reads with
its shop's row security and pulls as it pulls master data (db/hub/pull.py).

SECURITY DEFINER, as h0001's functions: it runs as the hub's owner, whom row-level security
does not hold, and it touches only the shop of the audit row.

Revision ID: h0003
Revises: h0002
Create Date: 2026-12-02
"""
from alembic import op
import sqlalchemy as sa

revision = "h0003"
down_revision = "h0002"
branch_labels = None
depends_on = None

ERASED = "customer erased"  # pos.customers.ERASED
TILLS_ROLE = "counter_tills"


def _schema() -> str:
    name = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    return op.get_bind().dialect.identifier_preparer.quote_identifier(name)


def upgrade() -> None:
    op.create_table(
        "hub_erasures",
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("shop", sa.String(16), nullable=False),
        sa.Column("sale_uid", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_hub_erasures"),
    )
    op.create_index("ix_hub_erasures_shop_seq", "hub_erasures", ["shop", "seq"])
    op.execute(f"CREATE POLICY till_reads_shop ON hub_erasures FOR SELECT TO {TILLS_ROLE} "
               "USING (shop = (SELECT counter_shop()))")
    op.execute(f"GRANT SELECT ON hub_erasures TO {TILLS_ROLE}")
    op.execute("ALTER TABLE hub_erasures ENABLE ROW LEVEL SECURITY")
    # The shop's lock first (h0001's hub_lock_shop, held to the commit): the numbers are
    # given in commit order, as master data's, and a till pulls past them with one mark.
    op.execute(
        "CREATE FUNCTION hub_customer_erased() RETURNS trigger LANGUAGE plpgsql "
        f"SECURITY DEFINER SET search_path = {_schema()}, pg_temp AS $$ "
        "DECLARE named uuid[]; hashes varchar[]; erased bigint[]; BEGIN "
        "PERFORM hub_lock_shop(NEW.shop); "
        "named := ARRAY(SELECT jsonb_array_elements_text(NEW.details::jsonb -> 'sales')::uuid); "
        "hashes := ARRAY(SELECT DISTINCT customer_phone_hash FROM sales "
        "WHERE shop = NEW.shop AND uid = ANY(named) AND customer_phone_hash IS NOT NULL); "
        "erased := ARRAY(SELECT id FROM sales WHERE shop = NEW.shop "
        "AND (uid = ANY(named) OR customer_phone_hash = ANY(hashes))); "
        "UPDATE sales SET customer_name = NULL, customer_email = NULL, customer_phone = NULL, "
        "customer_phone_hash = NULL, customer_consent = false WHERE id = ANY(erased); "
        "UPDATE returns SET shipped_city = NULL, shipped_address = NULL "
        "WHERE shop = NEW.shop AND sale_id = ANY(erased) "
        "AND (shipped_city IS NOT NULL OR shipped_address IS NOT NULL); "
        "INSERT INTO hub_erasures (seq, shop, sale_uid) "
        "SELECT nextval('hub_changes'), NEW.shop, uid FROM sales WHERE id = ANY(erased) "
        "ORDER BY id; "
        "RETURN NULL; END $$")
    op.execute("CREATE TRIGGER audit_log_customer_erased AFTER INSERT ON audit_log "
               f"FOR EACH ROW WHEN (NEW.action = '{ERASED}') "
               "EXECUTE FUNCTION hub_customer_erased()")


def downgrade() -> None:
    op.execute("DROP TRIGGER audit_log_customer_erased ON audit_log")
    op.execute("DROP FUNCTION hub_customer_erased()")
    op.execute("DROP POLICY till_reads_shop ON hub_erasures")
    op.drop_table("hub_erasures")
