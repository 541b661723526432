"""outbox channel: each TikTok event keeps the channel it was queued under

- outbox.event_source, outbox.event_source_id (nullable): 'web' and the pixel code, or
  'offline' and the offline event set's id. A switch in the TikTok settings applies to later
  sales only; the sender groups waiting events by their own channel. The rows already
  queued get the channel they were queued under: the TikTok settings' at the upgrade (with
  the environment's event source id, as the sender read them), and so does a 40001 pause
  (mending that pixel still takes its events). NULL only where no row says otherwise.
- outbox.status may be 'not_sent': a sale's event kept to be counted, never sent (the reason
  code in last_error, e.g. no_match_key).

The outbox is a till's own table (no foreign key to any master table is added).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 07:45:00.000000
"""
import json
import os

import sqlalchemy as sa
from alembic import op


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

OLD_STATUSES = "status IN ('waiting', 'sent', 'failed', 'expired')"
NEW_STATUSES = "status IN ('waiting', 'sent', 'failed', 'expired', 'not_sent')"


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event_source', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('event_source_id', sa.String(length=64), nullable=True))
        batch_op.drop_constraint(batch_op.f('ck_outbox_status'), type_='check')
        batch_op.create_check_constraint('status', NEW_STATUSES)
    _channel_of_what_is_queued()


def _setting(bind, key: str):
    value = bind.execute(sa.text("SELECT value FROM settings WHERE key = :key"),
                         {"key": key}).scalar()
    try:
        return json.loads(value) if value else None
    except ValueError:
        return None


def _channel_of_what_is_queued() -> None:
    """What the sender before 0015 would send the queued rows under: the settings' channel
    (tracking.settings's defaults then: the web, the seeds' pixel)."""
    bind = op.get_bind()
    stored = _setting(bind, "tiktok")
    stored = stored if isinstance(stored, dict) else {}
    source = stored.get("event_source") or "web"
    source_id = (os.environ.get("POS_TIKTOK_EVENT_SOURCE_ID")
                 or stored.get("event_source_id") or "COQDA8RC77U2TMR44LI0")
    bind.execute(sa.text("UPDATE outbox SET event_source = :source, event_source_id = :id "
                         "WHERE event_source IS NULL"), {"source": source, "id": source_id})
    pause = _setting(bind, "tiktok_paused")
    if isinstance(pause, dict) and "event_source" not in pause:
        pause.update(event_source=source, event_source_id=source_id)
        bind.execute(sa.text("UPDATE settings SET value = :value WHERE key = 'tiktok_paused'"),
                     {"value": json.dumps(pause, sort_keys=True)})


def downgrade() -> None:
    # Events never to be sent have no status before 0015: they go (they were only counted).
    op.execute("DELETE FROM outbox WHERE status = 'not_sent'")
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_outbox_status'), type_='check')
        batch_op.create_check_constraint('status', OLD_STATUSES)
        batch_op.drop_column('event_source_id')
        batch_op.drop_column('event_source')
