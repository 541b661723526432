"""`python main.py sync`: one line on stdout, exit code 0 only when nothing is left."""
from __future__ import annotations

import pytest
from sqlalchemy import select

import main
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
    assert main.main(["--db", sold.url, "sync"]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "TikTok: 0 sent, 2 waiting, 0 failed, 0 expired (offline)"]
    assert "could not be reached" in captured.err and TOKEN not in captured.out + captured.err


def test_sync_without_a_token_exits_non_zero_and_says_why(sold, capsys):
    assert main.main(["--db", sold.url, "sync"]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip().endswith("(no token)")
    assert "access token" in captured.err
