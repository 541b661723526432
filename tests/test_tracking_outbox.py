"""The outbox: a sale and its PlaceAnOrder event commit together; contact data is hashed
before it is written; the token stays out of the database."""
from __future__ import annotations

import hashlib
import json
import stat
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from db.models import OutboxEvent, Product, Sale, Setting, Staff
from pos.cart import Cart
from pos.checkout import CardPayment, complete_sale
from pos.customer import make_customer
from pos.money import Money
from pos.products import cart_item
from pos.shop import load_shop_settings
from pos.tiktok import save_tiktok_settings
from tests.conftest import DEMO_NOW, MANAGER_NAME, demo_staff
from tracking.events import EventContent
from tracking.outbox import queue_initiate_checkout, queue_view_content
from tracking.settings import TikTokSettings, TokenStore, load_tiktok_settings, masked, tokens_seen


def sell(db, customer=None, now=DEMO_NOW, sku="1077218"):
    with db.write() as s:
        clerk = s.scalar(select(Staff).where(Staff.role == "clerk"))
        product = s.scalar(select(Product).where(Product.sku == sku))
        cart = Cart([cart_item(s, product)])
        return complete_sale(s, cart, CardPayment(), clerk, load_shop_settings(s),
                             customer=customer, now=now).order_number


def outbox(db) -> list[OutboxEvent]:
    with db.read() as s:
        return list(s.scalars(select(OutboxEvent).order_by(OutboxEvent.id)))


def test_a_sale_queues_its_place_an_order_in_the_seeds_shape(db):
    customer = make_customer("Salma", " Salma@Example.MA ", "06 12 34 56 78", consent=True)
    number = sell(db, customer)
    [row] = outbox(db)
    assert (row.event_id, row.event_name, row.status) == (
        f"{number}_PlaceAnOrder", "PlaceAnOrder", "waiting")
    event = json.loads(row.payload)
    assert event["event_time"] == int(DEMO_NOW.timestamp())
    assert event["page"] == {"url": "https://shop.example/pos"}
    props = event["properties"]
    assert props["contents"] == [{"content_id": "1077218", "content_type": "product",
                                  "content_name": "Linen shirt, white", "quantity": 1,
                                  "price": 150.0}]
    assert (props["value"], props["currency"], props["order_id"]) == (150.0, "MAD", number)
    assert event["user"] == {
        "email": hashlib.sha256(b"salma@example.ma").hexdigest(),
        "phone": hashlib.sha256(b"+212612345678").hexdigest(),
    }
    assert "salma@example.ma" not in row.payload and "612345678" not in row.payload


def test_the_whole_place_an_order_payload_of_a_sale_of_several_lines(db):
    customer = make_customer("Salma", "salma@example.ma", "+212612345678", consent=True)
    with db.write() as s:
        clerk = s.scalar(select(Staff).where(Staff.role == "clerk"))
        cart = Cart()
        for sku, quantity in (("1077218", 1), ("2001001", 2), ("5001001", 3)):
            cart.add(cart_item(s, s.scalar(select(Product).where(Product.sku == sku)), quantity))
        sale = complete_sale(s, cart, CardPayment(), clerk, load_shop_settings(s),
                             customer=customer, now=DEMO_NOW)
        sale_id, number = sale.id, sale.order_number
    [row] = outbox(db)
    assert (row.event_id, row.event_name, row.event_time, row.business_date, row.sale_id,
            row.status, row.attempts, row.next_attempt_at, row.last_error, row.sent_at) == (
        f"{number}_PlaceAnOrder", "PlaceAnOrder", DEMO_NOW, DEMO_NOW.date(), sale_id,
        "waiting", 0, None, None, None)
    # The exact text, keys in this order: what TikTok is sent.
    assert row.payload == json.dumps({
        "event": "PlaceAnOrder", "event_id": f"{number}_PlaceAnOrder",
        "event_time": int(DEMO_NOW.timestamp()),
        "user": {"email": hashlib.sha256(b"salma@example.ma").hexdigest(),
                 "phone": hashlib.sha256(b"+212612345678").hexdigest()},
        "page": {"url": "https://shop.example/pos"},
        "properties": {
            "contents": [
                {"content_id": "1077218", "content_type": "product",
                 "content_name": "Linen shirt, white", "quantity": 1, "price": 150.0},
                {"content_id": "2001001", "content_type": "product",
                 "content_name": "Cotton T-shirt, black", "quantity": 2, "price": 79.0},
                {"content_id": "5001001", "content_type": "product",
                 "content_name": "Argan oil, 100 ml", "quantity": 3, "price": 120.0}],
            "content_type": "product", "value": 591.4, "currency": "MAD",
            "order_id": number, "num_items": 6}}, separators=(",", ":"))


def test_tracking_turned_off_in_the_same_transaction_queues_nothing(db):
    with db.write() as s:
        save_tiktok_settings(s, TikTokSettings(enabled=False),  # not flushed yet
                             demo_staff(s, MANAGER_NAME))
        clerk = s.scalar(select(Staff).where(Staff.role == "clerk"))
        product = s.scalar(select(Product).where(Product.sku == "1077218"))
        complete_sale(s, Cart([cart_item(s, product)]), CardPayment(), clerk,
                      load_shop_settings(s), now=DEMO_NOW)
    assert outbox(db) == [] and len(_sales(db)) == 1


def test_an_exchange_paying_more_queues_only_what_was_paid(db):
    with db.write() as s:
        clerk = s.scalar(select(Staff).where(Staff.role == "clerk"))
        product = s.scalar(select(Product).where(Product.sku == "1077218"))
        complete_sale(s, Cart([cart_item(s, product, 2)]), CardPayment(), clerk,
                      load_shop_settings(s), now=DEMO_NOW, credit=Money.of("100"))
    [row] = outbox(db)
    props = json.loads(row.payload)["properties"]
    assert (props["value"], props["num_items"]) == (200.0, 2)


def test_without_consent_the_event_carries_no_user(db):
    sell(db, make_customer("Omar"))
    assert "user" not in json.loads(outbox(db)[0].payload)


def test_the_sale_and_its_event_commit_together_or_not_at_all(db, monkeypatch):
    import pos.checkout

    def broken(*args, **kwargs):
        raise RuntimeError("power cut while queueing")

    monkeypatch.setattr(pos.checkout, "queue_sale_event", broken)
    with pytest.raises(RuntimeError):
        sell(db)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0
    assert outbox(db) == []


def test_tracking_off_queues_nothing(db):
    with db.write() as s:
        save_tiktok_settings(s, TikTokSettings(enabled=False), demo_staff(s, MANAGER_NAME))
    sell(db)
    assert outbox(db) == [] and len(_sales(db)) == 1


def _sales(db):
    with db.read() as s:
        return list(s.scalars(select(Sale)))


def test_view_content_and_initiate_checkout_are_queued_once_per_cart(db):
    shop_now = DEMO_NOW + timedelta(minutes=1)
    shirt = EventContent("1077218", "Linen shirt, white", 1, Money.of("150"))
    with db.write() as s:
        shop = load_shop_settings(s)
        day = shop.local_date(shop_now)
        assert queue_view_content(s, "cart-1", shirt, shop_now, shop.currency, day) is not None
        assert queue_view_content(s, "cart-1", shirt, shop_now, shop.currency,
                                  day) is None  # scanned again
        assert queue_initiate_checkout(s, "cart-1", [shirt], Money.of("150"), shop_now,
                                       shop.currency, day)
        assert queue_initiate_checkout(s, "cart-1", [shirt], Money.of("150"), shop_now,
                                       shop.currency, day) is None  # Pay pressed twice
    assert [r.event_name for r in outbox(db)] == ["ViewContent", "InitiateCheckout"]


def test_an_even_exchange_is_not_a_new_conversion(db):
    """The returned credit pays for it all: no PlaceAnOrder for the new sale."""
    with db.write() as s:
        clerk = s.scalar(select(Staff).where(Staff.role == "clerk"))
        product = s.scalar(select(Product).where(Product.sku == "1077218"))
        complete_sale(s, Cart([cart_item(s, product)]), CardPayment(), clerk,
                      load_shop_settings(s), now=DEMO_NOW, credit=Money.of("150"))
    assert outbox(db) == []


def test_environment_variables_override_the_stored_settings(db, monkeypatch):
    monkeypatch.setenv("POS_TIKTOK_API_URL", "http://127.0.0.1:9/track/")
    monkeypatch.setenv("POS_TIKTOK_EVENT_SOURCE_ID", "PIXEL2")
    monkeypatch.setenv("POS_TIKTOK_TEST_EVENT_CODE", "TEST123")
    with db.read() as s:
        settings = load_tiktok_settings(s)
    assert (settings.api_url, settings.event_source_id, settings.test_event_code) == (
        "http://127.0.0.1:9/track/", "PIXEL2", "TEST123")


def test_bad_settings_are_refused():
    for wrong in (TikTokSettings(event_source="app"), TikTokSettings(event_source_id=" "),
                  TikTokSettings(page_url="shop.example"), TikTokSettings(max_event_age_days=0)):
        with pytest.raises(ValueError):
            wrong.validate()


def test_the_token_file_is_readable_by_its_user_only_and_never_in_the_database(db, tmp_path):
    store = TokenStore(folder=tmp_path / "config", use_keyring=False)
    store.set("  secret-token-1234  ")
    assert store.get(environ={}) == "secret-token-1234"
    assert stat.S_IMODE(store.file.stat().st_mode) == 0o600
    with db.write() as s:
        save_tiktok_settings(s, TikTokSettings(), demo_staff(s, MANAGER_NAME))
    with db.read() as s:
        assert all("secret-token" not in row.value for row in s.scalars(select(Setting)))
    assert masked("secret-token-1234") == "••••1234" and "secret" not in masked("secret-token-1234")
    store.set("")
    assert store.get(environ={}) == "" and not store.file.exists()
    assert store.get(environ={"POS_TIKTOK_ACCESS_TOKEN": "from-env"}) == "from-env"


def test_a_token_from_the_environment_is_read_without_asking_the_keyring(monkeypatch):
    import db.secrets as secrets
    monkeypatch.setattr(secrets, "_keyring_works",
                        lambda: pytest.fail("the keyring was probed"))
    store = TokenStore()
    assert store.get(environ={"POS_TIKTOK_ACCESS_TOKEN": " env-token-5678 "}) == "env-token-5678"
    assert "env-token-5678" in tokens_seen()  # no log line can carry it now
