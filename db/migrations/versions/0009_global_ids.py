"""every fact's id, unique at every till and shop, and its till

Each fact a till records (sales and their lines and payments, returns and their lines, stock
and cash movements, day closes, the audit log) gets uid, a UUID that no other till or shop
will make, so a shop's hub can gather the facts of all its tills and take the same one twice
without keeping it twice; and till, the code of the till that made it, empty until the till
is attached to a hub. The facts already recorded get a UUID version 7 made from their own
time (a line or payment from its sale's or return's), so the ids keep the order of the facts.

The audit log refuses changes (its triggers, db/migrations/append_only.py): they are taken
away for the fill and put back.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-01 21:30:00.000000
"""
import secrets
import warnings
from contextlib import contextmanager
from datetime import timezone
from uuid import UUID

from alembic import op
import sqlalchemy as sa

from db.migrations import append_only


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# Each table's rows with the time their id is made from.
FACT_TIMES = {
    'sales': 'SELECT id, created_at FROM sales',
    'sale_lines': 'SELECT l.id, s.created_at FROM sale_lines l JOIN sales s ON s.id = l.sale_id',
    'payments': 'SELECT p.id, s.created_at FROM payments p JOIN sales s ON s.id = p.sale_id',
    'returns': 'SELECT id, created_at FROM returns',
    'return_lines': 'SELECT l.id, r.created_at FROM return_lines l '
                    'JOIN returns r ON r.id = l.return_id',
    'stock_movements': 'SELECT id, created_at FROM stock_movements',
    'cash_movements': 'SELECT id, created_at FROM cash_movements',
    'day_closes': 'SELECT id, closed_at FROM day_closes',
    'audit_log': 'SELECT id, created_at FROM audit_log',
}
BATCH = 10_000


def uuid7(millisecond: int, sequence: int) -> UUID:
    """A UUID version 7 (RFC 9562) of a given time. The rows of one millisecond are told
    apart, in order, by a 42-bit counter (the RFC's method 1: rand_a and the top of rand_b);
    32 random bits follow. Written out here because the libraries make ids of the present."""
    rand_a = (sequence >> 30) & 0xFFF
    rand_b = ((sequence & (1 << 30) - 1) << 32) | secrets.randbits(32)
    return UUID(int=(millisecond << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b)


def fill_uids(table: str) -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(FACT_TIMES[table] + ' ORDER BY 2, 1').columns(
        sa.column('id', sa.Integer), sa.column('at', sa.DateTime))).all()
    uids, previous, sequence = [], None, 0
    for row_id, at in rows:
        millisecond = int(at.replace(tzinfo=timezone.utc).timestamp() * 1000)
        sequence = sequence + 1 if millisecond == previous else 0
        previous = millisecond
        uids.append({'row_id': row_id, 'uid': uuid7(millisecond, sequence)})
    update = sa.text(f'UPDATE {table} SET uid = :uid WHERE id = :row_id').bindparams(
        sa.bindparam('uid', type_=sa.Uuid()))
    for start in range(0, len(uids), BATCH):
        bind.execute(update, uids[start:start + BATCH])


@contextmanager
def altering(table: str):
    """A batch of changes to a table. SQLite alters a column by copying the table, which
    Alembic reflects, and with it the tables it points to: products, whose lower(sku) index
    SQLAlchemy cannot read (the copy does not need it)."""
    with warnings.catch_warnings():
        warnings.filterwarnings('ignore', 'Skipped unsupported reflection of expression')
        with op.batch_alter_table(table, schema=None) as batch_op:
            yield batch_op


def upgrade() -> None:
    append_only.drop_triggers()
    for table in FACT_TIMES:
        with altering(table) as batch_op:
            batch_op.add_column(sa.Column('uid', sa.Uuid(), nullable=True))
            batch_op.add_column(sa.Column('till', sa.String(length=16), nullable=True))
        fill_uids(table)
        with altering(table) as batch_op:
            batch_op.alter_column('uid', existing_type=sa.Uuid(), nullable=False)
            batch_op.create_index(batch_op.f(f'ix_{table}_uid'), ['uid'], unique=True)
    append_only.create_triggers()


def downgrade() -> None:
    append_only.drop_triggers()
    for table in FACT_TIMES:
        with altering(table) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_uid'))
            batch_op.drop_column('till')
            batch_op.drop_column('uid')
    append_only.create_triggers()
