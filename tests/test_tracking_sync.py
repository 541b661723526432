"""The TikTok sender (tracking.sync) against a real local HTTP server playing TikTok.

Sales are made through the real checkout; big queues are written straight to the outbox
with tracking.outbox.queue_event in one transaction."""
from __future__ import annotations

import hashlib
import json
import logging
import socket
import time
from datetime import timedelta

import pytest
from sqlalchemy import select, update

import tracking.sync
from db.models import AuditEntry, OutboxEvent, Setting
from pos.checkout import CashPayment
from pos.customer import make_customer
from pos.money import Money
from pos.shop import load_shop_settings
from pos.staff import PermissionDenied
from pos.tiktok import retry_events, save_tiktok_settings
from tests.conftest import CLERK_NAME, DEMO_NOW, MANAGER_NAME, demo_staff
from tests.test_checkout import SHIRT, TSHIRT, make_cart, pay, staff
from tests.tiktok_server import tiktok_server  # noqa: F401 - the fixture
from tracking.events import EventContent, build_event
from tracking.outbox import queue_event
from tracking.settings import TikTokSettings, TokenStore, load_tiktok_settings
from tracking.sync import (MAX_ATTEMPTS, SyncReport, list_events, pause_state, queue_status,
                           sync_once)

TOKEN = "s3cr3t-TOKEN-0123456789abcdef"
OTHER_TOKEN = "n3w-TOKEN-fedcba9876543210"
T = DEMO_NOW + timedelta(minutes=5)   # "now" for the sender: just after the demo sales
LATER = T + timedelta(hours=1)        # past any backoff of a first or second try
HALF = lambda: 0.5                     # a fixed jitter


# ----- helpers ----------------------------------------------------------------------------------
def closed_port_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/open_api/v1.3/event/track/"


@pytest.fixture
def online(monkeypatch, tiktok_server):  # noqa: F811
    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    return tiktok_server


def sell(db, n=1, customer=None) -> list[str]:
    """n real sales; returns their PlaceAnOrder event_ids."""
    ids = []
    for _ in range(n):
        sale_id = pay(db, make_cart(db, (SHIRT, 1), (TSHIRT, 1)), CashPayment(Money.of("500")),
                      customer=customer)
        with db.read() as s:
            ids.append(s.scalar(select(OutboxEvent.event_id)
                                .where(OutboxEvent.sale_id == sale_id)))
    return ids


def queue_many(db, n, when=DEMO_NOW, prefix="Q") -> list[str]:
    """n PlaceAnOrder events written straight to the outbox, in one transaction."""
    ids = []
    with db.write() as s:
        shop = load_shop_settings(s)
        for i in range(n):
            key = f"{prefix}-{i:05d}"
            event = build_event("PlaceAnOrder", f"{key}_PlaceAnOrder", when,
                                "https://shop.example/pos",
                                [EventContent("1077218", "Linen shirt", 1, Money.of("150"))],
                                Money.of("150"), order_id=key)
            queue_event(s, event, when, shop.local_date(when))
            ids.append(event["event_id"])
    return ids


def rows(db) -> dict[str, OutboxEvent]:
    with db.read() as s:
        return {r.event_id: r for r in s.scalars(select(OutboxEvent).order_by(OutboxEvent.id))}


def statuses(db) -> dict[str, str]:
    return {k: r.status for k, r in rows(db).items()}


def received_ids(server) -> list[str]:
    """Every event_id the server received, one entry per time received."""
    return [e["event_id"] for body in server.bodies for e in body["data"]]


# ----- offline, then online -----------------------------------------------------------------------
def test_sale_completes_offline_and_its_event_is_sent_exactly_once_when_online(
        db, monkeypatch, tiktok_server):  # noqa: F811
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    monkeypatch.setenv("POS_TIKTOK_API_URL", closed_port_url())
    started = time.monotonic()
    event_ids = sell(db, 3)
    assert time.monotonic() - started < 3  # no sale waits for the network
    assert set(statuses(db).values()) == {"waiting"}

    report = sync_once(db, now=T, rng=HALF)
    assert report.state == "offline" and report.sent == 0 and report.waiting == 3
    assert "could not be reached" in report.message
    assert report.summary_line() == "TikTok: 0 sent, 3 waiting, 0 failed, 0 expired (offline)"
    for row in rows(db).values():
        assert row.status == "waiting" and row.attempts == 1
        assert T < row.next_attempt_at <= T + timedelta(seconds=2)
        assert "Could not reach TikTok" in row.last_error
    assert report.next_attempt_at == min(r.next_attempt_at for r in rows(db).values())

    # The network is back, but nothing is due yet: nothing is sent, nothing blocks.
    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
    report = sync_once(db, now=T, rng=HALF)
    assert report.requests == 0 and report.state == "waiting" and tiktok_server.requests == []

    report = sync_once(db, now=LATER, rng=HALF)
    assert report.state == "all_sent" and report.sent == 3 and report.waiting == 0
    assert report.summary_line() == "TikTok: 3 sent, 0 waiting, 0 failed, 0 expired (all sent)"
    assert report.next_attempt_at is None
    assert sorted(received_ids(tiktok_server)) == sorted(event_ids)  # each exactly once
    for row in rows(db).values():
        assert row.status == "sent" and row.sent_at == LATER and row.last_error is None

    # Sent events stay sent: another run sends nothing.
    assert sync_once(db, now=LATER + timedelta(hours=1)).requests == 0
    assert len(tiktok_server.requests) == 1


def test_the_request_is_build_request_of_the_stored_payloads(db, online):
    sell(db, 2)
    with db.read() as s:
        stored = [json.loads(p) for p in s.scalars(select(OutboxEvent.payload)
                                                   .order_by(OutboxEvent.id))]
    sync_once(db, now=T)
    (request,) = online.requests
    assert request.body == {"event_source": "web", "event_source_id": "COQDA8RC77U2TMR44LI0",
                            "data": stored}
    assert request.headers["Access-Token"] == TOKEN



def test_a_test_event_code_goes_at_the_top_level_of_the_request(db, online, monkeypatch):
    monkeypatch.setenv("POS_TIKTOK_TEST_EVENT_CODE", "TEST12345")
    sell(db, 1)
    sync_once(db, now=T)
    (request,) = online.requests
    assert list(request.body) == ["event_source", "event_source_id", "data", "test_event_code"]
    assert request.body["test_event_code"] == "TEST12345"
    assert request.body["data"][0]["event"] == "PlaceAnOrder"

# ----- answers to retry ---------------------------------------------------------------------------
RETRYABLE = {
    "http_500": (lambda s: s.enqueue(500, {"code": 50000, "message": "internal error"}),
                 "offline"),
    "html_502": (lambda s: s.enqueue(502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
                 "offline"),
    "http_429": (lambda s: s.enqueue(429, {"code": 40100, "message": "slow down"},
                                     {"Retry-After": "120"}), "waiting"),
    "code_40100": (lambda s: s.enqueue(200, {"code": 40100, "message": "Too many requests"}),
                   "waiting"),
    "dropped": (lambda s: s.enqueue_drop(), "offline"),
}


@pytest.mark.parametrize("case", list(RETRYABLE))
def test_a_retryable_answer_is_retried_on_a_later_run_then_sent(db, online, case):
    script, state = RETRYABLE[case]
    (event_id,) = sell(db, 1)
    script(online)

    report = sync_once(db, now=T, rng=HALF)
    assert report.state == state and report.sent == 0 and report.waiting == 1
    row = rows(db)[event_id]
    assert row.status == "waiting" and row.attempts == 1 and row.last_error
    if case == "http_429":  # Retry-After is honoured
        assert row.next_attempt_at >= T + timedelta(seconds=120)
        assert "429" in row.last_error
    else:
        assert row.next_attempt_at == T + timedelta(seconds=1)  # next_delay(0) * 0.5

    assert sync_once(db, now=T, rng=HALF).requests == 0      # not due yet
    report = sync_once(db, now=LATER, rng=HALF)
    assert report.state == "all_sent" and report.sent == 1
    assert rows(db)[event_id].status == "sent"
    assert received_ids(online) == [event_id, event_id]      # the same event_id: deduped


def test_repeated_retries_back_off_and_never_fail_the_events(db, online):
    (event_id,) = sell(db, 1)
    now = T
    for attempt in range(1, 11):
        online.enqueue(503, {"code": 50300, "message": "unavailable"})
        report = sync_once(db, now=now, rng=HALF)
        assert report.state == "offline" and "server error (HTTP 503)" in report.message
        row = rows(db)[event_id]
        assert row.status == "waiting" and row.attempts == attempt
        assert row.next_attempt_at - now == timedelta(seconds=min(600, 2 * 2 ** (attempt - 1)) / 2)
        now = row.next_attempt_at
    assert sync_once(db, now=now).sent == 1


def test_another_non_zero_code_is_retried_then_failed_after_max_attempts(db, online):
    (event_id,) = sell(db, 1)
    online.enqueue(200, {"code": 40010, "message": "Something else went wrong"})
    report = sync_once(db, now=T, rng=HALF)
    assert report.state == "waiting" and "40010" in report.message
    row = rows(db)[event_id]
    assert row.status == "waiting" and row.attempts == 1
    assert row.last_error == "Something else went wrong"

    with db.write() as s:
        s.execute(update(OutboxEvent).values(attempts=MAX_ATTEMPTS - 1))
    online.enqueue(200, {"code": 40010, "message": "Something else went wrong"})
    report = sync_once(db, now=LATER, rng=HALF)
    row = rows(db)[event_id]
    assert row.status == "failed" and row.attempts == MAX_ATTEMPTS
    assert "Something else went wrong" in row.last_error
    assert report.failed == 1 and report.waiting == 0


# ----- 40001 ----------------------------------------------------------------------------------------
def test_token_rejected_pauses_until_the_token_changes(db, online, monkeypatch):
    event_ids = sell(db, 2)
    online.enqueue(200, {"code": 40001, "message": f"No permission for token {TOKEN}"})

    report = sync_once(db, now=T)
    assert report.state == "token_rejected" and report.sent == 0 and report.waiting == 2
    assert "rejected the access token, or the pixel code" in report.message
    assert "manager" in report.message and TOKEN not in report.message
    with db.read() as s:
        pause = pause_state(s)
        settings = load_tiktok_settings(s)
        status = queue_status(s, now=T)
    assert pause["fingerprint"] == settings.fingerprint(TOKEN)
    assert TOKEN not in json.dumps(pause) and pause["at"]
    assert status.state == "token_rejected"

    report = sync_once(db, now=LATER)                         # still the same token: nothing
    assert report.state == "token_rejected" and report.requests == 0
    assert len(online.requests) == 1
    assert set(statuses(db).values()) == {"waiting"}

    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", OTHER_TOKEN)  # the manager fixed it
    report = sync_once(db, now=LATER)
    assert report.state == "all_sent" and report.sent == 2
    assert online.requests[-1].headers["Access-Token"] == OTHER_TOKEN
    with db.read() as s:
        assert pause_state(s) is None
    assert sorted(received_ids(online)) == sorted(event_ids * 2)


def test_changing_the_pixel_also_lifts_the_pause(db, online):
    sell(db, 1)
    online.enqueue(200, {"code": 40001, "message": "No permission"})
    assert sync_once(db, now=T).state == "token_rejected"
    with db.write() as s:
        save_tiktok_settings(s, TikTokSettings(event_source_id="NEWPIXEL0000000000"), demo_staff(s, MANAGER_NAME))
    report = sync_once(db, now=T)
    assert report.state == "all_sent"
    assert online.requests[-1].body["event_source_id"] == "NEWPIXEL0000000000"


# ----- 40002: find the bad event -----------------------------------------------------------------------
def test_one_bad_event_in_a_batch_of_1000_fails_alone_in_few_requests(db, online):
    event_ids = queue_many(db, 1000)
    bad = event_ids[637]
    online.reject_event_ids({bad})

    report = sync_once(db, now=T)
    assert report.sent == 999 and report.failed == 1 and report.waiting == 0
    assert report.state == "all_sent"
    assert report.requests == len(online.requests) < 40
    print(f"requests for 1000 events with one bad: {report.requests}")
    final = rows(db)
    assert final[bad].status == "failed"
    assert f"Invalid value for field: event_id {bad}" in final[bad].last_error
    assert all(final[e].status == "sent" for e in event_ids if e != bad)
    accepted = [e["event_id"] for body in online.bodies
                if bad not in {e["event_id"] for e in body["data"]} for e in body["data"]]
    assert sorted(accepted) == sorted(e for e in event_ids if e != bad)  # each accepted once
    assert max(len(body["data"]) for body in online.bodies) == 1000


def test_batches_are_at_most_1000_and_in_id_order(db, online):
    event_ids = queue_many(db, 2100)
    report = sync_once(db, now=T)
    assert report.sent == 2100 and report.requests == 3
    assert [len(b["data"]) for b in online.bodies] == [1000, 1000, 100]
    assert received_ids(online) == event_ids


# ----- a crash between TikTok's answer and the marking --------------------------------------------
def test_a_crash_after_acceptance_loses_nothing_and_resends_only_the_unmarked_batch(
        db, online, monkeypatch):
    event_ids = queue_many(db, 25)
    real_mark = tracking.sync._mark_sent
    calls = []

    def crash_on_second_batch(db_, ids, now):
        calls.append(list(ids))
        if len(calls) == 2:
            raise RuntimeError("power cut")
        real_mark(db_, ids, now)

    monkeypatch.setattr(tracking.sync, "_mark_sent", crash_on_second_batch)
    with pytest.raises(RuntimeError, match="power cut"):
        sync_once(db, now=T, batch_size=10)
    first, second = event_ids[:10], event_ids[10:20]
    after_crash = statuses(db)
    assert all(after_crash[e] == "sent" for e in first)
    assert all(after_crash[e] == "waiting" for e in event_ids[10:])
    received_before = len(online.requests)
    assert received_before == 2  # the second batch reached TikTok, then the crash

    monkeypatch.setattr(tracking.sync, "_mark_sent", real_mark)   # the app restarts
    report = sync_once(db, now=T, batch_size=10)
    assert report.state == "all_sent" and report.sent == 15
    resent = [e["event_id"] for body in online.bodies[received_before:] for e in body["data"]]
    assert not set(resent) & set(first)           # nothing already marked sent is sent again
    assert resent == event_ids[10:]
    counts = {e: received_ids(online).count(e) for e in event_ids}
    assert all(counts[e] == 2 for e in second)    # TikTok dedupes these on event_id
    assert all(counts[e] == 1 for e in first + event_ids[20:])
    assert set(statuses(db).values()) == {"sent"}


# ----- expiry, settings, token ---------------------------------------------------------------------------
def test_events_older_than_the_maximum_age_are_expired_not_sent(db, online):
    old = queue_many(db, 3, when=T - timedelta(days=29), prefix="OLD")
    fresh = queue_many(db, 2, when=T - timedelta(days=27), prefix="NEW")
    report = sync_once(db, now=T)
    assert report.sent == 2 and report.expired == 3 and report.state == "all_sent"
    final = rows(db)
    for e in old:
        assert final[e].status == "expired" and "older than 28 days" in final[e].last_error
    assert sorted(received_ids(online)) == sorted(fresh)


def test_settings_off_sends_nothing(db, online):
    sell(db, 1)
    with db.write() as s:
        save_tiktok_settings(s, TikTokSettings(enabled=False), demo_staff(s, MANAGER_NAME))
    report = sync_once(db, now=T)
    assert report.state == "off" and report.requests == 0 and report.waiting == 1
    assert "turned off" in report.message and online.requests == []
    assert report.summary_line().endswith("(off)")


def test_no_token_sends_nothing_and_the_events_wait(db, tiktok_server, monkeypatch, tmp_path):  # noqa: F811
    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
    sell(db, 1)
    store = TokenStore(folder=tmp_path / "tokens", use_keyring=False)
    report = sync_once(db, now=T, token_store=store)
    assert report.state == "no_token" and report.waiting == 1 and report.requests == 0
    assert "access token" in report.message and tiktok_server.requests == []

    store.set(TOKEN)  # the token store, not the environment
    report = sync_once(db, now=T, token_store=store)
    assert report.state == "all_sent" and report.sent == 1


def test_contact_data_leaves_only_hashed_and_the_token_is_nowhere(db, online, caplog):
    caplog.set_level(logging.DEBUG)
    customer = make_customer(email="  Amina.Berrada@Example.MA ", phone="06 12 34 56 78",
                             consent=True)
    sell(db, 1, customer=customer)
    online.enqueue(500, {"code": 1, "message": f"token {TOKEN} broke something"})
    sync_once(db, now=T, rng=HALF)
    online.enqueue(200, {"code": 40001, "message": f"bad token {TOKEN}"})
    sync_once(db, now=LATER, rng=HALF)
    report = sync_once(db, now=LATER, rng=HALF)  # paused: says so without the token
    assert report.state == "token_rejected"

    raw = b"".join(r.raw for r in online.requests)
    for secret in (b"amina", b"Amina", b"example.ma", b"612345678", b"0612"):
        assert secret not in raw
    user = online.requests[0].body["data"][0]["user"]
    assert user["email"] == hashlib.sha256(b"amina.berrada@example.ma").hexdigest()
    assert user["phone"] == hashlib.sha256(b"+212612345678").hexdigest()

    with db.read() as s:
        stored = " ".join(f"{r.payload} {r.last_error}" for r in s.scalars(select(OutboxEvent)))
        stored += " ".join(r.value for r in s.scalars(select(Setting)))
    assert TOKEN not in stored and "amina" not in stored.lower()
    assert TOKEN not in caplog.text and "amina" not in caplog.text.lower()
    assert TOKEN not in report.message


# ----- the manager's screen -----------------------------------------------------------------------------
def test_retry_events_needs_a_manager_and_moves_failed_back_to_waiting(db, online):
    event_ids = queue_many(db, 3)
    online.reject_event_ids({event_ids[1]})
    sync_once(db, now=T)
    online.accept_all()
    with db.read() as s:
        failed = list_events(s, statuses=("failed",))
        clerk, manager = staff(s, CLERK_NAME), staff(s, MANAGER_NAME)
    assert [r.event_id for r in failed] == [event_ids[1]]

    with pytest.raises(PermissionDenied):
        retry_events(db, [failed[0].id], clerk)
    assert statuses(db)[event_ids[1]] == "failed"

    assert retry_events(db, [failed[0].id], manager) == 1
    row = rows(db)[event_ids[1]]
    assert row.status == "waiting" and row.attempts == 0 and row.next_attempt_at is None
    with db.read() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.staff_id == manager.id)
                        .order_by(AuditEntry.id.desc())) == "tiktok_retry"
    report = sync_once(db, now=T)
    assert report.sent == 1 and report.failed == 0 and report.state == "all_sent"
    assert retry_events(db, [failed[0].id], manager) == 0   # a sent event is left alone


def test_queue_status_and_list_events_need_no_network(db, monkeypatch):
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    queue_many(db, 4)
    with db.read() as s:
        status = queue_status(s, now=T)
        listed = list_events(s, limit=3)
    assert isinstance(status, SyncReport)
    assert (status.waiting, status.failed, status.expired, status.state) == (4, 0, 0, "waiting")
    assert status.next_attempt_at == T
    assert len(listed) == 3 and all(r.status == "waiting" for r in listed)
    monkeypatch.delenv("POS_TIKTOK_ACCESS_TOKEN")
    with db.read() as s:
        assert queue_status(s, token="").state == "no_token"
        assert queue_status(s, token=TOKEN).state == "waiting"


def test_a_damaged_payload_fails_alone(db, online):
    event_ids = queue_many(db, 3)
    with db.write() as s:
        s.execute(update(OutboxEvent).where(OutboxEvent.event_id == event_ids[0])
                  .values(payload="{not json"))
    report = sync_once(db, now=T)
    assert report.sent == 2 and report.failed == 1
    assert "damaged" in rows(db)[event_ids[0]].last_error
    assert received_ids(online) == event_ids[1:]
