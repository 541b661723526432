"""`python main.py sync`: one line on stdout, exit code 0 only when nothing is left."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import select, update

import main
import tracking.send_now
from db.models import OutboxEvent
from db.types import utc_now
from pos.checkout import CashPayment
from pos.money import Money
from tests.test_checkout import SHIRT, make_cart, pay
from tests.test_tracking_sync import TOKEN, closed_port_url
from tests.tiktok_server import tiktok_server  # noqa: F401 - the fixture


@pytest.fixture
def sold(db):
    """Two sales made now (the CLI sends with the real clock)."""
    for _ in range(2):
        pay(db, make_cart(db, (SHIRT, 1)), CashPayment(Money.of("200")), now=utc_now())
    return db


def test_sync_sends_everything_prints_one_line_and_exits_0(sold, tiktok_server, monkeypatch,  # noqa: F811
                                                           capsys):
    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    assert main.main(["--db", sold.url, "sync"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["TikTok: 2 sent, 0 waiting, 0 failed, 0 expired (all sent)"]
    assert len(tiktok_server.requests) == 1
    with sold.read() as s:
        assert set(s.scalars(select(OutboxEvent.status))) == {"sent"}


def test_sync_exits_non_zero_when_events_are_left_waiting(sold, monkeypatch, capsys):
    monkeypatch.setenv("POS_TIKTOK_API_URL", closed_port_url())
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    assert main.main(["--db", sold.url, "sync", "--max-wait", "0"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "TikTok: 0 sent, 2 waiting, 0 failed, 0 expired (offline)"]
    assert "could not be reached" in captured.err and TOKEN not in captured.out + captured.err
    assert "--max-wait" in captured.err


def test_sync_without_a_token_exits_non_zero_and_says_why(sold, capsys):
    assert main.main(["--db", sold.url, "sync"]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip().endswith("(no token)")
    assert "access token" in captured.err


def sent_event_ids(server) -> list[str]:
    return [event["event_id"] for body in server.bodies for event in body["data"]]


def test_sync_rides_out_errors_that_pass_and_ends_drained(sold, tiktok_server,  # noqa: F811
                                                         monkeypatch, capsys):
    """500, an HTML 502, a 429, a dropped connection, then TikTok accepts: one run of
    `main.py sync` gets through them all, each event accepted once, exit 0."""
    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    monkeypatch.setattr(tracking.send_now, "BACKOFF_BASE", 0.01)
    tiktok_server.enqueue(500, {"code": 50000, "message": "Internal error"})
    tiktok_server.enqueue(502, "<html><body><h1>502 Bad Gateway</h1></body></html>")
    tiktok_server.enqueue(429, {"code": 40100, "message": "Too many requests"},
                          headers={"Retry-After": "0"})
    tiktok_server.enqueue_drop()
    started = time.monotonic()
    assert main.main(["--db", sold.url, "sync"]) == 0
    assert time.monotonic() - started < 5
    assert capsys.readouterr().out.splitlines() == [
        "TikTok: 2 sent, 0 waiting, 0 failed, 0 expired (all sent)"]
    assert len(tiktok_server.requests) == 5
    accepted = tiktok_server.bodies[-1]["data"]
    ids = sent_event_ids(tiktok_server)
    assert len(accepted) == 2 and all(ids.count(e["event_id"]) == 5 for e in accepted)
    with sold.read() as s:
        assert set(s.scalars(select(OutboxEvent.status))) == {"sent"}


def test_sync_sends_what_the_background_schedule_holds_back(sold, tiktok_server,  # noqa: F811
                                                           monkeypatch, capsys):
    """Events whose next try is an hour away still go when a person runs `main.py sync`."""
    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    with sold.write() as s:
        s.execute(update(OutboxEvent).values(attempts=3,
                                             next_attempt_at=utc_now() + timedelta(hours=1)))
    assert main.main(["--db", sold.url, "sync"]) == 0
    assert len(sent_event_ids(tiktok_server)) == 2


def test_sync_gives_up_when_tiktok_asks_to_wait_longer_than_max_wait(
        sold, tiktok_server, monkeypatch, capsys):  # noqa: F811
    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    tiktok_server.enqueue(429, {"code": 40100, "message": "Too many requests"},
                          headers={"Retry-After": "120"})
    started = time.monotonic()
    assert main.main(["--db", sold.url, "sync", "--max-wait", "5"]) == 1
    assert time.monotonic() - started < 3
    captured = capsys.readouterr()
    assert "slow down" in captured.err and "--max-wait" in captured.err
    assert len(tiktok_server.requests) == 1


def test_a_refused_request_is_not_tried_again_within_the_run(sold, tiktok_server,  # noqa: F811
                                                            monkeypatch, capsys):
    monkeypatch.setenv("POS_TIKTOK_API_URL", tiktok_server.url)
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", TOKEN)
    tiktok_server.enqueue(200, {"code": 40001, "message": "No permission"})
    assert main.main(["--db", sold.url, "sync"]) == 1
    assert len(tiktok_server.requests) == 1
    assert "(token rejected)" in capsys.readouterr().out
