import logging
import socket
import time
from datetime import datetime, timezone

import pytest
import requests

from pos.money import Money
from tests.tiktok_server import tiktok_server  # noqa: F401 - the fixture
from tracking.backoff import next_delay
from tracking.client import DEFAULT_API_URL, SendResult, TikTokClient
from tracking.events import (
    BatchTooLarge, EventContent, build_event, build_request, event_id_for,
)
from tracking.hashing import hashed_user

TOKEN = "s3cr3t-TOKEN-0123456789abcdef"
PIXEL = "COQDA8RC77U2TMR44LI0"
WHEN = datetime(2026, 11, 22, 8, 0, tzinfo=timezone.utc)


def event(name="PlaceAnOrder", key="S-20261122-0007"):
    return build_event(name, event_id_for(name, key), WHEN, "https://shop.example/pos",
                       [EventContent("1077218", "shirt", 1, Money.of("150"))],
                       Money.of("150"), order_id=key,
                       user=hashed_user(email="a@b.ma", phone="0612345678"))


def body(*events):
    return build_request("web", PIXEL, list(events) or [event()])


@pytest.fixture
def client(tiktok_server):  # noqa: F811
    with TikTokClient(tiktok_server.url, TOKEN, timeout=(1, 2)) as c:
        yield c


def test_code_0_is_accepted_and_the_request_has_the_seed_shape(client, tiktok_server):  # noqa: F811
    result = client.send(body(event("ViewContent", "cart-1"), event()))
    assert result.kind == "accepted" and result.accepted
    assert result.code == 0 and result.http_status == 200 and result.request_id
    [request] = tiktok_server.requests
    assert request.method == "POST" and request.path == "/open_api/v1.3/event/track/"
    assert request.headers["Access-Token"] == TOKEN
    assert request.headers["Content-Type"] == "application/json"
    sent = request.body
    assert list(sent) == ["event_source", "event_source_id", "data"]
    assert sent["event_source"] == "web" and sent["event_source_id"] == PIXEL
    first = sent["data"][0]
    assert set(first) == {"event", "event_id", "event_time", "user", "page", "properties"}
    assert type(first["event_time"]) is int and first["event_time"] == 1795334400
    assert type(first["event_id"]) is str
    props = sent["data"][1]["properties"]
    assert type(props["contents"][0]["content_id"]) is str
    assert isinstance(props["value"], (int, float)) and props["value"] == 150
    assert props["currency"] == "MAD" and props["order_id"] == "S-20261122-0007"
    assert b"a@b.ma" not in request.raw


@pytest.mark.parametrize("code, kind", [
    (40001, "token_rejected"), (40002, "invalid"), (40100, "retry"), (50000, "failed"),
    (40105, "failed"),
])
def test_http_200_with_a_non_zero_code_is_not_success(client, tiktok_server, code, kind):  # noqa: F811
    tiktok_server.enqueue(200, {"code": code, "message": f"TikTok says {code}",
                                "request_id": "req-1", "data": {}})
    result = client.send(body())
    assert result.kind == kind and not result.accepted
    assert result.code == code and result.http_status == 200 and result.request_id == "req-1"
    assert result.message == f"TikTok says {code}"


def test_a_rejected_event_id_gets_tiktoks_message(client, tiktok_server):  # noqa: F811
    bad = event("InitiateCheckout", "S-9")
    tiktok_server.reject_event_ids({bad["event_id"]})
    result = client.send(body(event(), bad))
    assert result.kind == "invalid" and "S-9_InitiateCheckout" in result.message
    assert client.send(body(event())).kind == "accepted"


def test_http_500_is_retried(client, tiktok_server):  # noqa: F811
    tiktok_server.enqueue(500, {"code": 50002, "message": "Internal error"})
    result = client.send(body())
    assert result.kind == "retry" and result.http_status == 500
    assert "Internal error" in result.message


def test_an_html_502_page_is_retried(client, tiktok_server):  # noqa: F811
    tiktok_server.enqueue(502, "<html><body><h1>502 Bad Gateway</h1></body></html>")
    result = client.send(body())
    assert result.kind == "retry" and result.http_status == 502 and result.code is None
    assert "502" in result.message and "not JSON" in result.message


def test_429_honours_retry_after(client, tiktok_server):  # noqa: F811
    tiktok_server.enqueue(429, {"code": 40100, "message": "Too many requests"},
                          headers={"Retry-After": "7"})
    result = client.send(body())
    assert result.kind == "retry" and result.http_status == 429 and result.retry_after == 7.0
    tiktok_server.enqueue(429, "slow down")
    assert client.send(body()).retry_after is None


def test_a_non_json_2xx_body_is_retried_with_a_clear_message(client, tiktok_server):  # noqa: F811
    tiktok_server.enqueue(200, "<html>Welcome to the cafe wifi</html>")
    result = client.send(body())
    assert result.kind == "retry" and "not JSON" in result.message
    tiktok_server.enqueue(200, {"message": "no code here"})
    assert client.send(body()).kind == "retry"


def test_a_dropped_connection_is_retried(client, tiktok_server):  # noqa: F811
    tiktok_server.enqueue_drop()
    result = client.send(body())
    assert result.kind == "retry" and result.http_status is None
    assert "Could not reach TikTok: no internet connection" in result.message
    # In words for the manager: none of requests' pools and sockets.
    assert not any(word in result.message for word in ("Connection", "HTTP", "Errno", "("))
    assert client.send(body()).kind == "accepted"   # the pool recovers
    assert len(tiktok_server.requests) == 2


def test_a_timeout_is_retried(tiktok_server):  # noqa: F811
    tiktok_server.delay(1.0)
    started = time.monotonic()
    with TikTokClient(tiktok_server.url, TOKEN, timeout=0.2) as client:
        result = client.send(body())
    assert time.monotonic() - started < 0.9
    assert result.kind == "retry" and "in time" in result.message


def test_nothing_listening_is_retried():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # the port is free again: nobody listens there
    with TikTokClient(f"http://127.0.0.1:{port}/", TOKEN, timeout=0.5) as client:
        result = client.send(body())
    assert result.kind == "retry" and result.http_status is None


def test_1001_events_are_refused_before_sending(client, tiktok_server):  # noqa: F811
    too_many = {"event_source": "web", "event_source_id": PIXEL, "data": [event()] * 1001}
    with pytest.raises(BatchTooLarge):
        client.send(too_many)
    assert tiktok_server.requests == []


def test_connections_are_pooled(client, tiktok_server):  # noqa: F811
    for _ in range(3):
        assert client.send(body()).accepted
    assert len({r.client_address for r in tiktok_server.requests}) == 1


def test_the_token_never_shows(tiktok_server, caplog):  # noqa: F811
    caplog.set_level(logging.DEBUG)
    client = TikTokClient(tiktok_server.url, TOKEN, timeout=0.2)
    assert TOKEN not in repr(client) and TOKEN not in str(client) and "***" in repr(client)
    tiktok_server.enqueue(200, {"code": 40001, "message": f"Access token {TOKEN} is invalid",
                                "request_id": TOKEN})
    tiktok_server.enqueue(502, f"<html>{TOKEN}</html>")
    tiktok_server.enqueue_drop()
    tiktok_server.enqueue_delay(1.0)
    results = [client.send(body()) for _ in range(4)]
    assert [r.kind for r in results] == ["token_rejected", "retry", "retry", "retry"]
    for result in results:
        assert TOKEN not in str(result) and TOKEN not in repr(result)
    assert "***" in results[0].message
    bad_url = TikTokClient("http://127.0.0.1:notaport/", TOKEN)
    failed = bad_url.send(body())
    assert failed.kind == "failed" and TOKEN not in str(failed)
    with pytest.raises(ValueError) as info:
        TikTokClient(tiktok_server.url, "bad token\n")
    assert "bad token" not in str(info.value)
    assert caplog.records and TOKEN not in caplog.text
    client.close()
    bad_url.close()


def test_a_shared_session_is_used_and_not_closed(tiktok_server):  # noqa: F811
    session = requests.Session()
    with TikTokClient(tiktok_server.url, TOKEN, session=session) as client:
        assert client.send(body()).accepted
    assert client.send(body()).accepted   # still usable: the caller owns the session
    session.close()


def test_send_result_kinds_are_checked():
    with pytest.raises(ValueError):
        SendResult("ok", 0, "")
    assert DEFAULT_API_URL == "https://business-api.tiktok.com/open_api/v1.3/event/track/"


def test_next_delay_is_exponential_with_full_jitter():
    assert [next_delay(a, rng=lambda: 0.999999) for a in range(4)] == \
        pytest.approx([2.0, 4.0, 8.0, 16.0], rel=1e-5)
    assert next_delay(3, rng=lambda: 0.0) == 0.0
    assert next_delay(50, rng=lambda: 0.5) == 300.0
    assert next_delay(10**6, rng=lambda: 0.5) == 300.0
    assert next_delay(0, rng=lambda: 0.1, retry_after=30) == 30.0
    delays = [next_delay(4) for _ in range(200)]
    assert all(0 <= d < 32 for d in delays) and len(set(delays)) > 100
    with pytest.raises(ValueError):
        next_delay(-1)
