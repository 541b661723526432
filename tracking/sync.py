"""Sending the outbox to TikTok: one run of the background sender, and the queue's status.

No Qt and no sleeping here: `sync_once` sends what is due now and returns a SyncReport; the
caller (the app's timer, or `python main.py sync` through tracking/send_now.py) decides when
to run it again, using `SyncReport.next_attempt_at` (the schedule) or `SyncReport.transient`
and `retry_after` (a person waiting for the queue to drain).

One run:

1. Settings off -> state "off"; no access token -> "no_token"; a stored 40001 pause whose
   fingerprint (settings + token) is still the current one -> "token_rejected". Nothing is
   sent and nothing changes in those cases. A pause whose fingerprint differs (the manager
   changed the token or the pixel) is cleared and sending resumes.
2. Waiting events older than `max_event_age_days` (by event_time) are marked expired.
3. Due waiting events (next_attempt_at null or passed; every waiting event when a person
   asked, `everything=True`) are read oldest first, by id, at most
   `batch_size` (<= 1000) at a time, and each batch is POSTed as one request through one
   pooled TikTokClient. The queue is read a batch at a time, never whole.
   Each event goes under the channel it was queued under (its event_source and
   event_source_id; a row queued without one: the current settings'): a batch holding
   several channels is sent as one request per channel, in id order, so a switch in the
   settings changes later sales only. Events NOT_SENT (a sale without a match key where one
   is needed: tracking/outbox.py) are never read here, never expired, never requeued; the
   report counts them by reason (SyncReport.not_sent).
4. What TikTok answers decides:
   - accepted: the batch is marked sent in one write transaction right after the answer.
     A crash before that write re-sends the batch with the same event_ids next run; TikTok
     deduplicates on event_id, so nothing is lost and nothing is counted twice.
   - retry (network, timeout, 5xx, HTML 502, 429, 40100): attempts + 1, next_attempt_at =
     now + backoff (never before Retry-After), the run stops.
   - token_rejected (40001): a pause is stored in the settings, the run stops. Mending the
     pixel (or event set id) lifts it and takes the events waiting under the refused id.
     For an earlier channel than the settings' (switched since) the run goes on with the
     others; at its end those events are marked failed if the run proved the token good,
     else they are tried again later (attempts + 1, backoff, failed after MAX_ATTEMPTS).
   - invalid (40002): the batch is split in halves, recursively, until the bad events are
     alone; those are marked failed with TikTok's message, the others are sent.
   - failed (any other code): attempts + 1 with backoff, message kept; after MAX_ATTEMPTS
     tries the events are marked failed. The run stops.

The access token is never logged, stored in the outbox or put in a message.
"""
from __future__ import annotations

import json
import logging
import os
import random
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models import OutboxEvent
from db.settings import delete_setting, load_json_setting, save_json_setting
from db.types import utc_now
from db.words import N_, Said
from tracking.backoff import next_delay
from tracking.client import (ACCEPTED, INVALID, NO_ANSWER_IN_TIME, NOT_REACHED, RETRY,
                             TOKEN_REJECTED, SendResult, TikTokClient)
from tracking.events import MAX_BATCH, EventError, build_request
from tracking.settings import PAUSE_KEY, TikTokSettings, TokenStore, load_tiktok_settings

__all__ = [
    "ALL_SENT",
    "HELD_STATES",
    "MAX_ATTEMPTS",
    "NOT_SENT",
    "NO_MATCH_KEY",
    "NO_TOKEN",
    "OFF",
    "OFFLINE",
    "STATES",
    "TOKEN_REJECTED_STATE",
    "WAITING",
    "SyncReport",
    "list_events",
    "pause_state",
    "queue_status",
    "requeue",
    "sync_once",
    "with_words",
]

log = logging.getLogger(__name__)

NOT_SENT = "not_sent"          # an outbox status: kept to be counted, never sent
NO_MATCH_KEY = "no_match_key"  # why: no hashed email, phone or external id
ALL_SENT = "all_sent"
WAITING = "waiting"
OFFLINE = "offline"
TOKEN_REJECTED_STATE = "token_rejected"
NO_TOKEN = "no_token"
OFF = "off"
STATES = (ALL_SENT, WAITING, OFFLINE, TOKEN_REJECTED_STATE, NO_TOKEN, OFF)
# Nothing is sent in these until a manager acts in the TikTok settings.
HELD_STATES = (OFF, NO_TOKEN, TOKEN_REJECTED_STATE)

MAX_ATTEMPTS = 8          # a request TikTok keeps failing (other codes): then marked failed
SPLIT_BUDGET = 200        # at most this many 40002-splitting requests per run
REQUEUE_CHUNK = 500       # ids in one UPDATE ... IN (...), well under SQLite's limit
_RUN_LOCK = threading.Lock()
_MASK = "***"
_DAMAGED = N_("This event cannot be sent: its stored JSON is damaged.")
# The sentences an outbox row's last_error is written from: a record, stored in English, read
# back in the reader's language by pos.records (what they quote stays as it was written).
REJECTED_RECORD = N_("TikTok rejected this event (code 40002): {message}")
UNSENDABLE_RECORD = N_("This event cannot be sent: {error}")
GAVE_UP_RECORD = N_("{message} (gave up after {attempts} tries)")
OLD_CHANNEL_RECORD = N_("TikTok refused the access token or the event source {source_id} "
                        "these events were queued under (code 40001): {message}")
TOO_OLD_RECORD = N_("Not sent: the event is older than {days} days, the maximum event age in "
                    "the TikTok settings.")
RECORDS = (_DAMAGED, REJECTED_RECORD, GAVE_UP_RECORD, TOO_OLD_RECORD, UNSENDABLE_RECORD,
           OLD_CHANNEL_RECORD,
           NO_ANSWER_IN_TIME, NOT_REACHED)

_OUTBOX = OutboxEvent.__table__
_STATUS, _ID = _OUTBOX.c.status, _OUTBOX.c.id


class StoredEvent(NamedTuple):
    """A due waiting event as the outbox holds it."""
    outbox_id: int
    payload: str      # the event's JSON text, sent as it is
    attempts: int | None
    event_source: str | None = None     # the channel it was queued under (None: before
    event_source_id: str | None = None  # 0015, the current settings')


class Channel(NamedTuple):
    """Where a request goes: the event source and its id (pixel code or event set id)."""
    event_source: str
    event_source_id: str


class ReadyEvent(NamedTuple):
    """A stored event whose payload decoded to one JSON object."""
    outbox_id: int
    event: dict
    attempts: int | None
    payload: str


class Hold(NamedTuple):
    """Why a run sends nothing, or why it ended: the state and what TikTok (or the network)
    said, already scrubbed of the token: TikTok's own text (a str, as TikTok wrote it) or
    our sentence about it (a Said, written in the reader's language at the edge)."""
    state: str
    detail: str | Said | tuple = ""


@dataclass(frozen=True)
class SyncReport:
    sent: int          # sent in this run (queue_status: sent in the whole outbox)
    waiting: int       # left waiting after the run (whole outbox)
    failed: int
    expired: int
    state: str         # one of STATES
    message: str       # plain English sentences (for logs), never containing the token
    # When a waiting event is next due. None: none wait, or none can go until a manager acts
    # (sending off, no token, token rejected).
    next_attempt_at: datetime | None = None
    requests: int = 0  # HTTP requests made in this run
    # The run ended on a failure that may pass (network, 5xx, 429): worth trying again soon,
    # not before retry_after seconds when TikTok said so.
    transient: bool = False
    retry_after: float | None = None
    # The message's sentences as Said (a template and its values, or TikTok's own text as a
    # str), for pos.tiktok.report_words to write in the reader's language.
    said: tuple = ()
    # Sales' events never to be sent, by why (outbox status NOT_SENT, the reason code in
    # last_error): NO_MATCH_KEY, a sale without contact details on a channel that needs them.
    not_sent: tuple[tuple[str, int], ...] = ()

    def summary_line(self) -> str:
        """For the log (pos.tiktok.summary_words is the person's)."""
        label = STATE_LABELS.get(self.state, self.state)
        return (f"TikTok: {self.sent} sent, {self.waiting} waiting, {self.failed} failed, "
                f"{self.expired} expired ({label})")


def with_words(report: SyncReport, *sentences: str | Said, keep: bool = False) -> SyncReport:
    """The report with these sentences as its message (after its own, with keep)."""
    said = (report.said if keep else ()) + sentences
    return replace(report, said=said, message=" ".join(str(s) for s in said))


# ----- reading the queue -------------------------------------------------------------------------
def _counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(_STATUS, func.count()).group_by(_STATUS)).all()
    return {status: count for status, count in rows}


def _not_sent(session: Session) -> tuple[tuple[str, int], ...]:
    """The events never to be sent, by reason (the code in last_error), most first."""
    rows = session.execute(select(_OUTBOX.c.last_error, func.count())
                           .where(_STATUS == NOT_SENT).group_by(_OUTBOX.c.last_error)).all()
    return tuple(sorted(((reason or NO_MATCH_KEY, count) for reason, count in rows),
                        key=lambda pair: (-pair[1], pair[0])))


def _next_due(session: Session, now: datetime) -> datetime | None:
    """When the next waiting event is due: now if one is due already, None if none wait."""
    total, scheduled, earliest = session.execute(
        select(func.count(), func.count(OutboxEvent.next_attempt_at),
               func.min(OutboxEvent.next_attempt_at))
        .where(OutboxEvent.status == "waiting")).one()
    if not total:
        return None
    if scheduled < total or earliest is None or earliest <= now:
        return now
    return earliest


def pause_state(session: Session) -> dict | None:
    """The stored 40001 pause {"message", "fingerprint", "at"}, or None."""
    pause = load_json_setting(session, PAUSE_KEY)
    if not isinstance(pause, dict) or not pause.get("fingerprint"):
        return None
    return pause


def list_events(session: Session, statuses=("waiting", "failed", "expired"),
                limit: int = 500, newest_first: bool = False) -> list[OutboxEvent]:
    """Outbox rows with these statuses, oldest first (or newest), at most limit."""
    order = OutboxEvent.id.desc() if newest_first else OutboxEvent.id
    return list(session.scalars(
        select(OutboxEvent).where(OutboxEvent.status.in_(tuple(statuses)))
        .order_by(order).limit(max(0, int(limit)))))


# The states in the summary line's words (marked for the catalog: the CLI prints them).
STATE_LABELS = {ALL_SENT: N_("all sent"), WAITING: N_("waiting"), OFFLINE: N_("offline"),
                 TOKEN_REJECTED_STATE: N_("token rejected"), NO_TOKEN: N_("no token"),
                 OFF: N_("off")}


def _waiting_sentence(waiting: int) -> Said:
    if not waiting:
        return Said(N_("Nothing is waiting."))
    return Said(N_("Events waiting: {waiting}."), waiting=waiting)


def _state_message(state: str, waiting: int, sent: int = 0,
                   extra: str | Said | tuple = "",
                   kept_unsent: bool = False) -> tuple[str | Said, ...]:
    """The queue's state in whole sentences (counts as "label: n", so no sentence needs a
    plural form). kept_unsent: some sales are NOT_SENT, so never "all are sent"."""
    if state == OFF:
        return (Said(N_("Sending to TikTok is turned off in the settings.")),
                _waiting_sentence(waiting))
    if state == NO_TOKEN:
        return (Said(N_("No TikTok access token is set: a manager must enter it in the TikTok "
                        "settings.")), _waiting_sentence(waiting))
    if state == TOKEN_REJECTED_STATE:
        if extra:
            rejected = Said(N_("TikTok rejected the access token, or the pixel code or event "
                               "set ID: a manager must fix the TikTok settings (TikTok said: "
                               "{said})."),
                            said=extra)
        else:
            rejected = Said(N_("TikTok rejected the access token, or the pixel code or event "
                               "set ID: a manager must fix the TikTok settings."))
        return rejected, _waiting_sentence(waiting)
    if state == ALL_SENT and not kept_unsent:
        if sent:
            return (Said(N_("All TikTok events are sent (just now: {sent})."), sent=sent),)
        return (Said(N_("All TikTok events are sent.")),)
    if state == OFFLINE:
        reason = extra or Said(N_("TikTok could not be reached."))
        if not waiting:
            return reason, _waiting_sentence(0)
        return reason, Said(N_("Events waiting: {waiting}; they will be sent when the "
                               "connection is back."), waiting=waiting)
    # WAITING
    sentences: tuple[str | Said, ...] = ()
    if sent:
        sentences += (Said(N_("Sent to TikTok: {sent}."), sent=sent),)
    if extra:
        sentences += extra if isinstance(extra, tuple) else (extra,)
    if not waiting:
        return sentences + (_waiting_sentence(0),)
    return sentences + (Said(N_("Events waiting for the next try: {waiting}."),
                             waiting=waiting),)


def _token(token_store: TokenStore | None, environ) -> str:
    store = token_store if token_store is not None else TokenStore()
    try:
        return store.get(environ) or ""
    except Exception:  # noqa: BLE001 - a keyring that fails (D-Bus...): as if no token
        log.warning("The TikTok access token could not be read from the token store")
        return ""


def _scrub(text: str, token: str) -> str:
    text = str(text or "")
    return text.replace(token, _MASK) if token else text


def _held(settings: TikTokSettings, token: str, pause: dict | None) -> Hold | None:
    """The one gate before sending: off, no token, or a 40001 pause that still holds for
    these settings and this token. None: sending may go."""
    if not settings.enabled:
        return Hold(OFF)
    if not token:
        return Hold(NO_TOKEN)
    if pause and pause["fingerprint"] == settings.fingerprint(token):
        return Hold(TOKEN_REJECTED_STATE, _scrub(pause.get("message", ""), token))
    return None


def _report(session: Session, now: datetime, hold: Hold | None, sent: int | None = None,
            requests: int = 0, message: Said | None = None) -> SyncReport:
    """The queue's counts after a run that sent `sent` (None: the outbox's total of sent
    events, for queue_status), in the hold's state or else waiting / all sent."""
    counts = _counts(session)
    waiting = counts.get("waiting", 0)
    not_sent = _not_sent(session) if counts.get(NOT_SENT) else ()
    state, detail = hold or Hold(WAITING if waiting else ALL_SENT)
    said = (message,) if message else _state_message(state, waiting, sent or 0, detail,
                                                     kept_unsent=bool(not_sent))
    return SyncReport(sent=counts.get("sent", 0) if sent is None else sent, waiting=waiting,
                      failed=counts.get("failed", 0), expired=counts.get("expired", 0),
                      state=state, message=" ".join(str(s) for s in said),
                      next_attempt_at=None if state in HELD_STATES else _next_due(session, now),
                      requests=requests, said=said, not_sent=not_sent)


def queue_status(session: Session, now: datetime | None = None, *, environ=os.environ,
                 token_store: TokenStore | None = None, token: str | None = None) -> SyncReport:
    """The queue's counts and state, without the network. `sent` is the outbox's total of
    sent events. The state comes from the settings, the token's presence, the 40001 pause
    and the counts ("offline" is only known by trying: see sync_once)."""
    settings = load_tiktok_settings(session, environ)
    token = _token(token_store, environ) if token is None else token
    return _report(session, now or utc_now(), _held(settings, token, pause_state(session)))


# ----- writing: each a short transaction of its own ------------------------------------------------
def _mark_sent(db, ids: list[int], now: datetime) -> None:
    """TikTok accepted these events: one transaction, right after the answer."""
    with db.write() as session:
        session.execute(update(_OUTBOX).where(_ID.in_(ids)).values(
            status="sent", sent_at=now, next_attempt_at=None, last_error=None))


def _mark_failed(db, ids: list[int], message: str) -> None:
    with db.write() as session:
        session.execute(update(_OUTBOX).where(_ID.in_(ids)).values(
            status="failed", next_attempt_at=None, last_error=message))


def _schedule_retry(db, events: list[ReadyEvent], message: str, now: datetime, rng,
                    retry_after: float | None, give_up_after: int | None) -> int:
    """attempts + 1 for each event and a next try after a backoff (per attempts value); with
    give_up_after, events reaching that many attempts are marked failed. Returns how many
    were marked failed."""
    by_attempts: dict[int, list[int]] = defaultdict(list)
    for event in events:
        by_attempts[(event.attempts or 0) + 1].append(event.outbox_id)
    given_up = 0
    with db.write() as session:
        for attempts, ids in by_attempts.items():
            if give_up_after is not None and attempts >= give_up_after:
                session.execute(update(_OUTBOX).where(_ID.in_(ids)).values(
                    status="failed", attempts=attempts, next_attempt_at=None,
                    last_error=GAVE_UP_RECORD.format(message=message, attempts=attempts)))
                given_up += len(ids)
                continue
            delay = next_delay(attempts - 1, rng=rng, retry_after=retry_after)
            session.execute(update(_OUTBOX).where(_ID.in_(ids)).values(
                attempts=attempts, next_attempt_at=now + timedelta(seconds=delay),
                last_error=message))
    return given_up


def _store_pause(db, message: str, fingerprint: str, now: datetime,
                 channel: Channel | None = None) -> None:
    record = {"message": message, "fingerprint": fingerprint, "at": now.isoformat()}
    if channel is not None:
        record.update(event_source=channel.event_source,
                      event_source_id=channel.event_source_id)
    with db.write() as session:
        save_json_setting(session, PAUSE_KEY, record)


def _carry_over(session: Session, pause: dict, settings: TikTokSettings) -> int:
    """The manager mended a refused pixel or event set id (40001): the events waiting
    under the refused id go under the mended one, when it is for the same event source.
    (A switch made without a refusal applies to later sales only.) How many moved."""
    source, refused = pause.get("event_source"), pause.get("event_source_id")
    if source != settings.event_source or not refused \
            or refused == settings.event_source_id:
        return 0
    result = session.execute(update(_OUTBOX).where(
        _STATUS == WAITING, _OUTBOX.c.event_source == source,
        _OUTBOX.c.event_source_id == refused).values(event_source_id=settings.event_source_id))
    return result.rowcount or 0


def _expire_old(session: Session, settings: TikTokSettings, now: datetime) -> int:
    days = settings.max_event_age_days
    cutoff = now - timedelta(days=days)
    result = session.execute(update(_OUTBOX)
                             .where(_STATUS == "waiting", _OUTBOX.c.event_time < cutoff)
                             .values(status="expired", next_attempt_at=None,
                                     last_error=TOO_OLD_RECORD.format(days=days)))
    return result.rowcount or 0


def requeue(session: Session, outbox_ids: Iterable[int]) -> int:
    """Failed or expired events back to waiting, their attempts reset and no wait; other
    statuses are left alone. Returns how many moved. Who may ask is the shop's rule
    (pos/tiktok.py). An expired event still older than the maximum event age expires
    again at the next run."""
    ids = sorted({int(i) for i in outbox_ids})
    moved = 0
    for start in range(0, len(ids), REQUEUE_CHUNK):
        chunk = ids[start:start + REQUEUE_CHUNK]
        result = session.execute(
            update(_OUTBOX).where(_ID.in_(chunk), _STATUS.in_(("failed", "expired")))
            .values(status="waiting", attempts=0, next_attempt_at=None, last_error=None))
        moved += result.rowcount or 0
    return moved


# ----- one run -------------------------------------------------------------------------------------
class _RunEnded(Exception):
    """Ends the run: hold is what TikTok (or the network) said; transient when trying again
    soon may work (not before retry_after seconds, if TikTok said)."""

    def __init__(self, state: str, detail: str | Said | tuple = "", transient: bool = False,
                 retry_after: float | None = None):
        super().__init__(state)
        self.hold = Hold(state, detail)
        self.transient, self.retry_after = transient, retry_after


def _decoded(stored: list[StoredEvent]) -> list[ReadyEvent] | None:
    """The events with their payloads decoded in one json.loads call (a quarter faster than
    a thousand calls). None if any payload is not exactly one JSON object."""
    try:
        events = json.loads("[" + ",".join(row.payload for row in stored) + "]")
    except (TypeError, ValueError):
        return None
    if len(events) != len(stored) or not all(isinstance(e, dict) for e in events):
        return None
    return [ReadyEvent(row.outbox_id, event, row.attempts, row.payload)
            for row, event in zip(stored, events)]


def _decoded_one_by_one(stored: list[StoredEvent], broken: list) -> list[ReadyEvent]:
    ready = []
    for row in stored:
        try:
            event = json.loads(row.payload)
        except (TypeError, ValueError):
            broken.append((row.outbox_id, _DAMAGED))
            continue
        ready.append(ReadyEvent(row.outbox_id, event, row.attempts, row.payload))
    return ready


class _SyncRun:
    """One run of the sender: what it sent and how many requests it made."""

    def __init__(self, db, client: TikTokClient, settings: TikTokSettings, token: str,
                 now: datetime, rng: Callable[[], float]):
        self.db, self.client, self.settings, self.token = db, client, settings, token
        self.now, self.rng = now, rng
        self.sent = 0
        self.requests = 0
        self.split_requests = 0
        self.test_code = settings.test_event_code or None
        self.current = Channel(settings.event_source, settings.event_source_id)
        self.channel = self.current  # the channel of the events being sent
        self.token_works = False     # TikTok took or judged a request of this run
        self.refused_earlier: list[tuple[list[ReadyEvent], str]] = []  # 40001, earlier channel

    def settle_refused(self) -> None:
        """An earlier channel's events refused with 40001 ("token or pixel"): failed when
        this run proved the token good (their pixel or event set is at fault; a manager may
        retry them); otherwise tried again later like any refused request, never at once, so
        that they go with the others once a refused token is mended."""
        for events, record in self.refused_earlier:
            if self.token_works:
                _mark_failed(self.db, [e.outbox_id for e in events], record)
            else:
                _schedule_retry(self.db, events, record, self.now, self.rng, None,
                                give_up_after=MAX_ATTEMPTS)
        self.refused_earlier = []

    def batch(self, stored: list[StoredEvent]) -> None:
        """Sends these events, each under the channel it was queued under (a row from
        before 0015: the current settings'), one channel's events in their own requests,
        in id order; raises _RunEnded to end the run."""
        groups: dict[Channel, list[StoredEvent]] = {}
        for row in stored:
            channel = Channel(row.event_source, row.event_source_id) \
                if row.event_source and row.event_source_id else self.current
            groups.setdefault(channel, []).append(row)
        for channel, rows in groups.items():
            self.channel = channel
            self._channel_batch(rows)

    def _check_request(self, events: list[dict]) -> None:
        """Raises EventError if build_request refuses these events (what _send sends)."""
        build_request(self.channel.event_source, self.channel.event_source_id,
                      events, self.test_code)

    def _send(self, events: list[ReadyEvent]) -> SendResult:
        """The stored payload texts go out as they are: the body is build_request's (checked
        in batch()), assembled from the text instead of decoding and encoding it again."""
        head = json.dumps({"event_source": self.channel.event_source,
                           "event_source_id": self.channel.event_source_id},
                          ensure_ascii=False, separators=(",", ":"))[:-1]
        tail = "]" + (f',"test_event_code":{json.dumps(self.test_code, ensure_ascii=False)}'
                      if self.test_code else "") + "}"
        body = head + ',"data":[' + ",".join(e.payload for e in events) + tail
        self.requests += 1
        return self.client.send_encoded(body.encode("utf-8"), len(events))

    def _channel_batch(self, stored: list[StoredEvent]) -> None:
        ready, broken = _decoded(stored), []
        if ready is None:  # a damaged payload somewhere: decode one by one
            ready = _decoded_one_by_one(stored, broken)
        if ready:
            try:
                self._check_request([e.event for e in ready])
            except EventError:
                ready = self._drop_unsendable(ready, broken)
        for outbox_id, message in broken:
            _mark_failed(self.db, [outbox_id], message)
        if ready:
            self.deliver(ready)

    def _drop_unsendable(self, ready: list[ReadyEvent], broken: list) -> list[ReadyEvent]:
        keep = []
        for event in ready:
            try:
                self._check_request([event.event])
            except EventError as error:
                broken.append((event.outbox_id, UNSENDABLE_RECORD.format(error=error)))
            else:
                keep.append(event)
        return keep

    def deliver(self, events: list[ReadyEvent]) -> None:
        result = self._send(events)
        if result.kind == ACCEPTED:
            _mark_sent(self.db, [e.outbox_id for e in events], self.now)
            self.sent += len(events)
            self.token_works = True
            return
        message = _scrub(result.message, self.token)
        if result.kind == INVALID:
            self.token_works = True
            self._find_invalid(events, message)
        elif result.kind == TOKEN_REJECTED and self.channel != self.current:
            # The token or that earlier pixel or event set: the rest of the run tells which
            # (settle_refused); the current channel keeps going.
            self.refused_earlier.append((events, OLD_CHANNEL_RECORD.format(
                source_id=self.channel.event_source_id, message=message)))
        elif result.kind == TOKEN_REJECTED:
            _store_pause(self.db, message, self.settings.fingerprint(self.token), self.now,
                         self.channel)
            raise _RunEnded(TOKEN_REJECTED_STATE, message)
        elif result.kind == RETRY:
            self._retry_later(events, message, result)
        else:
            self._refused(events, message, result)

    def _find_invalid(self, events: list[ReadyEvent], message: str) -> None:
        """TikTok's 40002: halves sent apart until the bad events are alone, then failed."""
        if len(events) == 1:
            _mark_failed(self.db, [events[0].outbox_id],
                         REJECTED_RECORD.format(message=message))
            return
        middle = len(events) // 2
        for half in (events[:middle], events[middle:]):
            if self.split_requests >= SPLIT_BUDGET:
                raise _RunEnded(WAITING, Said(N_(
                    "TikTok found invalid events and the search for them continues at the "
                    "next run.")))
            self.split_requests += 1
            self.deliver(half)

    def _retry_later(self, events: list[ReadyEvent], message: str, result: SendResult) -> None:
        _schedule_retry(self.db, events, message, self.now, self.rng, result.retry_after,
                        give_up_after=None)
        if result.http_status == 429 or result.code == 40100:
            state, detail = WAITING, Said(N_("TikTok asked the shop to slow down."))
        elif result.http_status and result.http_status >= 500:
            state, detail = OFFLINE, Said(N_("TikTok answered with a server error (HTTP "
                                             "{status})."), status=result.http_status)
        else:
            state, detail = OFFLINE, Said(N_("TikTok could not be reached."))
        raise _RunEnded(state, detail, transient=True, retry_after=result.retry_after)

    def _refused(self, events: list[ReadyEvent], message: str, result: SendResult) -> None:
        """Any other code, a redirect, a request that could not be made."""
        given_up = _schedule_retry(self.db, events, message, self.now, self.rng,
                                   result.retry_after, give_up_after=MAX_ATTEMPTS)
        # message: TikTok's own text (or the client's record of the request), kept as it is.
        if result.code is not None:
            refused = Said(N_("TikTok refused a request (code {code}: {message})."),
                           code=result.code, message=message)
        elif result.http_status:
            refused = Said(N_("TikTok refused a request (HTTP {status}: {message})."),
                           status=result.http_status, message=message)
        else:
            refused = Said(N_("TikTok refused a request without answering ({message})."),
                           message=message)
        if given_up:
            refused = (refused, Said(N_("Marked failed after {tries} tries: {given_up}."),
                                     tries=MAX_ATTEMPTS, given_up=given_up))
        raise _RunEnded(WAITING, refused)


def _due_events(db, after_id: int, due_by: datetime | None, limit: int) -> list[StoredEvent]:
    """Waiting events due by then, oldest first; due_by None: every waiting event."""
    query = select(_ID, _OUTBOX.c.payload, _OUTBOX.c.attempts, _OUTBOX.c.event_source,
                   _OUTBOX.c.event_source_id) \
        .where(_STATUS == "waiting", _ID > after_id)
    if due_by is not None:
        next_at = _OUTBOX.c.next_attempt_at
        query = query.where(next_at.is_(None) | (next_at <= due_by))
    with db.read() as session:
        rows = session.execute(query.order_by(_ID).limit(limit))
        return [StoredEvent._make(row) for row in rows]


def _finished(db, now: datetime, hold: Hold | None, sent: int = 0, requests: int = 0,
              message: str | None = None) -> SyncReport:
    with db.read() as session:
        return _report(session, now, hold, sent, requests, message)


def sync_once(db, now: datetime | None = None, client: TikTokClient | None = None,
              token_store: TokenStore | None = None, environ=os.environ,
              batch_size: int = MAX_BATCH, rng: Callable[[], float] = random.random,
              everything: bool = False,
              after_batch: Callable[[int], None] | None = None) -> SyncReport:
    """Sends every due waiting event (see the module doc) and reports. Never sleeps.
    everything: every waiting event, whatever its next try says (a person asked).
    after_batch: told how many events this run has sent so far, after each batch.

    client: a TikTokClient to use (kept open); by default one is made from the settings and
    the token, and closed at the end. Only one run at a time per process: a second caller
    gets the queue's status back without sending.
    """
    now = now or utc_now()
    batch_size = max(1, min(int(batch_size), MAX_BATCH))
    if not _RUN_LOCK.acquire(blocking=False):
        with db.read() as session:
            status = queue_status(session, now, environ=environ, token_store=token_store)
        return with_words(replace(status, sent=0), Said(N_("A TikTok send is already running.")))
    try:
        return _sync(db, now, client, token_store, environ, batch_size, rng, everything,
                     after_batch)
    finally:
        _RUN_LOCK.release()


def _open_gate(db, settings: TikTokSettings, token: str, now: datetime) -> Hold | None:
    """The gate, read first, then again in the write transaction that clears a pause the
    manager has mended (new token or pixel) and expires events too old to send."""
    with db.read() as session:
        hold = _held(settings, token, pause_state(session))
    if hold is not None:
        return hold
    with db.write() as session:
        pause = pause_state(session)
        hold = _held(settings, token, pause)
        if hold is not None:
            return hold
        if pause:
            delete_setting(session, PAUSE_KEY)
            log.info("TikTok settings or token changed since the 40001 pause: sending resumes")
            moved = _carry_over(session, pause, settings)
            if moved:
                log.info("TikTok outbox: %d waiting event(s) moved to the mended event "
                         "source id", moved)
        expired = _expire_old(session, settings, now)
    if expired:
        log.info("TikTok outbox: %d event(s) expired before sending", expired)
    return None


def _sync(db, now, client, token_store, environ, batch_size, rng, everything,
          after_batch) -> SyncReport:
    token = _token(token_store, environ)
    with db.read() as session:
        settings = load_tiktok_settings(session, environ)
    hold = _open_gate(db, settings, token, now)
    if hold is not None:
        report = _finished(db, now, hold)
        log.info("%s", report.summary_line())
        return report
    own_client = client is None
    if own_client:
        try:
            client = TikTokClient(settings.api_url, token)
        except (TypeError, ValueError) as error:  # messages never include the token
            report = _finished(db, now, Hold(TOKEN_REJECTED_STATE), message=Said(N_(
                "The TikTok settings cannot be used ({error}): a manager must fix the access "
                "token or the API address; nothing was sent."), error=_scrub(error, token)))
            log.warning("%s", report.summary_line())
            return report
    run = _SyncRun(db, client, settings, token, now, rng)
    ended = None
    try:
        after_id = 0
        while due := _due_events(db, after_id, None if everything else now, batch_size):
            after_id = due[-1].outbox_id
            run.batch(due)
            if after_batch is not None:
                after_batch(run.sent)
    except _RunEnded as why:
        ended, hold = why, why.hold
    finally:
        if own_client:
            client.close()
    run.settle_refused()
    report = _finished(db, now, hold, run.sent, run.requests)
    if ended is not None and ended.transient:
        report = replace(report, transient=True, retry_after=ended.retry_after)
    log.info("%s (%d request(s))", report.summary_line(), run.requests)
    return report
