import json
import re
from decimal import Decimal
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from pos.money import Money
from tracking.events import (
    MAX_BATCH, BatchTooLarge, EventContent, EventError, batches, build_event, build_request,
    event_id_for, money_to_number,
)
from tracking.hashing import hashed_user, is_sha256_hex

PIXEL = "COQDA8RC77U2TMR44LI0"
PAGE = "https://shop.example/pos"
WHEN = datetime(2026, 11, 22, 8, 0, tzinfo=timezone.utc)  # 1795334400
SHIRT = EventContent("1077218", "shirt", 1, Money.of("150"))
# shared/ sits beside the repository (here, and in CI's fresh clone).
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_5b3d9c6e29ff74ee.txt"


def order_event(**overrides):
    args = dict(name="PlaceAnOrder", event_id=event_id_for("PlaceAnOrder", "S-20261122-0007"),
                event_time=WHEN, page_url=PAGE, contents=[SHIRT], value=Money.of("150"),
                order_id="S-20261122-0007",
                user=hashed_user(email="a@b.ma", phone="0612345678", external_id="c-1"))
    args.update(overrides)
    return build_event(**args)


def test_the_place_an_order_event_is_exactly_the_filled_in_seed():
    user = hashed_user(email="a@b.ma", phone="0612345678", external_id="c-1")
    body = build_request("web", PIXEL, [order_event()])
    assert body == {
        "event_source": "web", "event_source_id": PIXEL,
        "data": [{"event": "PlaceAnOrder", "event_id": "S-20261122-0007_PlaceAnOrder",
                  "event_time": 1795334400,
                  "user": user,
                  "page": {"url": PAGE},
                  "properties": {"contents": [{"content_id": "1077218",
                                               "content_type": "product",
                                               "content_name": "shirt", "quantity": 1,
                                               "price": 150.0}],
                                 "content_type": "product", "value": 150.0,
                                 "currency": "MAD", "order_id": "S-20261122-0007",
                                 "num_items": 1}}]}
    assert list(body) == ["event_source", "event_source_id", "data"]
    assert list(body["data"][0]) == ["event", "event_id", "event_time", "user", "page",
                                     "properties"]


def test_types_are_what_tiktok_expects():
    event = order_event(contents=[SHIRT, EventContent("9", "socks", 3, Money.of("19.99"))],
                        value=Money.of("209.97"))
    assert type(event["event_time"]) is int
    assert type(event["event_id"]) is str
    props = event["properties"]
    assert all(type(c["content_id"]) is str for c in props["contents"])
    assert all(type(c["quantity"]) is int for c in props["contents"])
    assert type(props["value"]) is float and props["value"] == 209.97
    assert props["contents"][1]["price"] == 19.99
    assert props["num_items"] == 4
    text = json.dumps(build_request("web", PIXEL, [event]), allow_nan=False)
    assert '"value": 209.97' in text and '"price": 19.99' in text


def test_money_becomes_an_exact_number_only_at_the_edge():
    for amount in ["0", "0.01", "0.10", "19.99", "150", "1234567.89"]:
        number = money_to_number(Money.of(amount))
        assert type(number) is float
        assert Decimal(repr(number)) == Money.of(amount).amount


def test_event_time_is_when_it_happened_in_unix_seconds():
    casablanca = timezone(timedelta(hours=1))
    event = order_event(event_time=datetime(2026, 11, 22, 9, 0, 30, 900000, tzinfo=casablanca))
    assert event["event_time"] == 1795334430
    with pytest.raises(EventError, match="timezone-aware"):
        order_event(event_time=datetime(2026, 11, 22, 8, 0))


def test_optional_parts_are_left_out():
    event = build_event("ViewContent", "cart-1-line-1_ViewContent", WHEN, PAGE, [SHIRT],
                        Money.of("150"))
    assert "user" not in event
    assert "order_id" not in event["properties"]
    assert event["properties"]["currency"] == "MAD"
    assert "user" not in order_event(user={})
    assert "test_event_code" not in build_request("web", PIXEL, [event])
    assert build_request("web", PIXEL, [event], test_event_code="TEST123")["test_event_code"] \
        == "TEST123"


def test_event_names_are_validated():
    for name in ["ViewContent", "InitiateCheckout", "PlaceAnOrder", "Purchase"]:
        assert order_event(name=name)["event"] == name
    for name in ["CompletePayment", "placeanorder", "purchase", "Refund", ""]:
        with pytest.raises(EventError):
            order_event(name=name)
        with pytest.raises(EventError):
            event_id_for(name, "S-1")


def test_event_ids_are_stable_strings():
    assert event_id_for("PlaceAnOrder", "S-20261122-0007") == "S-20261122-0007_PlaceAnOrder"
    assert event_id_for("InitiateCheckout", "S-1") == event_id_for("InitiateCheckout", "S-1")
    assert event_id_for("InitiateCheckout", "S-1") != event_id_for("PlaceAnOrder", "S-1")
    with pytest.raises(EventError):
        event_id_for("PlaceAnOrder", "  ")


def test_raw_contact_data_is_refused_in_user():
    with pytest.raises(EventError, match="SHA-256"):
        order_event(user={"email": "john@example.com"})
    with pytest.raises(EventError):
        order_event(user={"name": "John"})
    digest = hashed_user(email="a@b.ma")["email"]
    assert order_event(user={"email": digest.upper()})["user"] == {"email": digest}
    assert all(is_sha256_hex(v) for v in order_event()["user"].values())


def test_contents_are_validated():
    with pytest.raises(EventError):
        EventContent(1077218, "shirt", 1, Money.of("150"))
    with pytest.raises(EventError):
        EventContent("1", "shirt", 0, Money.of("150"))
    with pytest.raises(EventError):
        EventContent("1", "shirt", 1, 150.0)
    with pytest.raises(EventError):
        order_event(contents=[])
    with pytest.raises(EventError):
        order_event(value=Money.of("-1"))
    with pytest.raises(EventError):
        order_event(currency="mad")


def test_web_needs_a_page_url_and_offline_does_not():
    with pytest.raises(EventError, match="page.url"):
        order_event(page_url=None)
    offline = order_event(page_url=None, event_source="offline")
    assert "page" not in offline
    assert build_request("offline", "1234567890", [offline])["event_source"] == "offline"
    with pytest.raises(EventError, match="page.url"):
        build_request("web", PIXEL, [offline])
    with pytest.raises(EventError):
        build_request("app", PIXEL, [order_event()])
    with pytest.raises(EventError):
        build_request("web", "", [order_event()])


def test_at_most_1000_events_per_request():
    event = order_event()
    assert len(build_request("web", PIXEL, [event] * MAX_BATCH)["data"]) == 1000
    with pytest.raises(BatchTooLarge):
        build_request("web", PIXEL, [event] * (MAX_BATCH + 1))
    with pytest.raises(EventError):
        build_request("web", PIXEL, [])
    assert [len(b) for b in batches([event] * 2500)] == [1000, 1000, 500]


def _seed_bodies() -> list[dict]:
    # Missing seeds fail the test: a skip would let the shape check quietly stop running.
    assert SEEDS.exists(), f"The TikTok seed requests are missing: {SEEDS}"
    text = SEEDS.read_text(encoding="utf-8")
    bodies = []
    for chunk in re.findall(r"--data-raw '(.*?)'\n", text, flags=re.S):
        clean = re.sub(r"\s//[^\n]*", "", chunk)
        bodies.append(json.loads(clean))
    return bodies


def test_missing_seeds_fail_the_test_instead_of_skipping_it(monkeypatch, tmp_path):
    monkeypatch.setitem(globals(), "SEEDS", tmp_path / "missing.txt")
    with pytest.raises(AssertionError, match="seed requests are missing"):
        _seed_bodies()


def test_every_event_matches_the_seed_shape():
    seeds = _seed_bodies()
    assert [s["data"][0]["event"] for s in seeds] == ["ViewContent", "InitiateCheckout",
                                                      "PlaceAnOrder"]
    for seed in seeds:
        name = seed["data"][0]["event"]
        ours = build_request("web", seed["event_source_id"], [order_event(name=name)])
        assert set(ours) == set(seed)
        assert ours["event_source"] == seed["event_source"]
        ev, sv = ours["data"][0], seed["data"][0]
        assert set(ev) == set(sv)
        assert set(ev["user"]) <= set(sv["user"])
        assert set(ev["page"]) == set(sv["page"])
        assert set(sv["properties"]) <= set(ev["properties"])
        assert set(sv["properties"]["contents"][0]) <= set(ev["properties"]["contents"][0])
