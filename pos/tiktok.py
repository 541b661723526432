"""What only a manager may do to the shop's TikTok reporting: change where the sales are
reported, and send failed or expired events again. tracking/ does the work; the check that
the person is an active manager is the shop's rule, so it is here."""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from db.models import AuditEntry, Staff
from db.types import utc_now
from db.words import Said
from pos.hub import hub_state
from pos.i18n import N_, _, ngettext, words_of
from pos.records import record_words
from pos.staff import require_manager
from tracking.settings import TikTokSettings, load_tiktok_settings, store_tiktok_settings
from tracking import sync
from tracking.sync import requeue

AUDITED_IDS = 1000  # the audit entry lists at most this many outbox ids


def save_tiktok_settings(session: Session, settings: TikTokSettings, manager: Staff | None
                         ) -> None:
    """Raises PermissionDenied for anyone but an active manager, ValueError for settings
    that cannot be used."""
    require_manager(manager, "change the TikTok settings")
    store_tiktok_settings(session, settings)


def retry_events(db, outbox_ids: Iterable[int], manager: Staff | None) -> int:
    """A manager sends failed or expired events again: they go back to waiting with their
    attempts reset and no wait, and the audit log says who. Returns how many moved. An
    expired event still older than the maximum event age expires again at the next run:
    raise the setting first. Raises PermissionDenied for anyone but an active manager."""
    require_manager(manager, "retry TikTok events")
    ids = sorted({int(i) for i in outbox_ids})
    if not ids:
        return 0
    with db.write() as session:
        moved = requeue(session, ids)
        if moved:
            session.add(AuditEntry(created_at=utc_now(), staff_id=manager.id,
                                   action="tiktok_retry", subject=f"{moved} events",
                                   details=json.dumps({"outbox_ids": ids[:AUDITED_IDS],
                                                       "moved": moved}, sort_keys=True)))
    return moved


QUEUE_LIMIT = 500  # the most events the queue screen lists


@dataclass(frozen=True)
class QueueRow:
    id: int
    event_id: str
    event_name: str
    event_time: datetime
    status: str
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None


@dataclass(frozen=True)
class QueueView:
    rows: list[QueueRow]
    report: object         # SyncReport: the counts
    pause: dict | None


def queue_view(session: Session) -> QueueView:
    """The queue as the manager's screen shows it: plain values, no live rows. What waits or
    failed comes first; sales not sent (never to be: counted, not acted on) fill the rest,
    newest first, so thousands of them never hide a failed event nor the latest sales."""
    events = sync.list_events(session, limit=QUEUE_LIMIT)
    events += sync.list_events(session, statuses=(sync.NOT_SENT,),
                               limit=QUEUE_LIMIT - len(events), newest_first=True)
    rows = [QueueRow(e.id, e.event_id, e.event_name, e.event_time, e.status, e.attempts,
                     e.next_attempt_at, e.last_error) for e in events]
    return QueueView(rows, sync.queue_status(session), sync.pause_state(session))


# Why an event is not sent (an outbox row's status NOT_SENT, its reason code in last_error).
NOT_SENT_REASONS = {
    sync.NO_MATCH_KEY: N_("no contact details (no hashed email, phone or external id)"),
}


def not_sent_reason_words(reason: str) -> str:
    """A reason code of SyncReport.not_sent in the reader's language."""
    sentence = NOT_SENT_REASONS.get(reason)
    return _(sentence) if sentence else reason


def not_sent_lines(report) -> list[str]:
    """One line per reason for the screens: "4 sales not sent: no contact details (...)"."""
    return [ngettext("{count} sale not sent: {reason}", "{count} sales not sent: {reason}",
                     count).format(count=count, reason=not_sent_reason_words(reason))
            for reason, count in report.not_sent]


def reason_words(last_error: str | None) -> str:
    """An outbox row's last error (a record, in English) in the reader's language; TikTok's
    own text inside it as TikTok wrote it; for a row not sent, why."""
    if last_error in NOT_SENT_REASONS:
        return not_sent_reason_words(last_error)
    return record_words(last_error, sync.RECORDS)


def report_words(report) -> str:
    """A SyncReport's message in the reader's language: our sentences translated, TikTok's
    own text as TikTok wrote it."""
    if not report.said:
        return report.message
    return " ".join(words_of(s) if isinstance(s, Said) else str(s) for s in report.said)


def summary_words(report) -> str:
    """The one-line summary `python main.py sync` prints, then what is not sent and why."""
    state = sync.STATE_LABELS.get(report.state)
    line = _("TikTok: {sent} sent, {waiting} waiting, {failed} failed, {expired} expired "
             "({state})").format(sent=report.sent, waiting=report.waiting,
                                  failed=report.failed, expired=report.expired,
                                  state=_(state) if state else report.state)
    return "\n".join([line, *not_sent_lines(report)])


# ----- the settings screen (tiktokui) --------------------------------------------------------
@dataclass(frozen=True)
class SettingsView:
    """What the TikTok settings screen opens on."""
    settings: TikTokSettings  # as stored, without this computer's environment's overrides
    hub_shop: str | None      # the hub's shop code when the till is attached: the shop's id


def hub_shop_code(session: Session) -> str | None:
    """The shop's code on its hub, the shop id of in-store events; None for a till alone."""
    state = hub_state(session)
    return None if state is None else state.link.shop


def settings_view(session: Session) -> SettingsView:
    return SettingsView(load_tiktok_settings(session, environ={}), hub_shop_code(session))
