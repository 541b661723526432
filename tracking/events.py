"""TikTok Events API 1.3 event and request bodies, exactly in the seeds' shape.

Pure functions: no database, no network, no Qt. The outbox stores what `build_event`
returns (a plain JSON-ready dict) and the sync worker wraps up to MAX_BATCH of them with
`build_request`.

    {"event_source": "web", "event_source_id": "<pixel code>",
     "data": [{"event": "PlaceAnOrder", "event_id": "S-20261122-0007_PlaceAnOrder",
               "event_time": 1795334400,
               "user": {"email": "<sha256 hex>", "phone": "<sha256 hex>", ...},
               "page": {"url": "https://shop.example/pos"},
               "properties": {"contents": [{"content_id": "1077218",
                                            "content_type": "product",
                                            "content_name": "shirt",
                                            "quantity": 1, "price": 150.0}],
                              "content_type": "product", "value": 150.0,
                              "currency": "MAD", "order_id": "S-20261122-0007",
                              "num_items": 1}}]}

Money becomes a JSON number only here, at the edge: `float(money.amount)`. Every amount is
a whole number of centimes, and any two-decimal amount below about 90 trillion converts to
the float whose shortest repr is exactly those two decimals (150.0, 19.99), so what TikTok
reads is the exact amount; nothing computes with these floats.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from pos.money import Money
from tracking.hashing import HASHED_USER_KEYS, is_sha256_hex

__all__ = [
    "ALLOWED_EVENTS",
    "BatchTooLarge",
    "EVENT_SOURCES",
    "EventContent",
    "EventError",
    "INITIATE_CHECKOUT",
    "IN_STORE",
    "MATCH_KEYS",
    "MAX_BATCH",
    "PLACE_AN_ORDER",
    "PURCHASE",
    "SALE_EVENTS",
    "VIEW_CONTENT",
    "batches",
    "build_event",
    "build_request",
    "event_id_for",
    "has_match_key",
    "money_to_number",
]

VIEW_CONTENT = "ViewContent"
INITIATE_CHECKOUT = "InitiateCheckout"
PLACE_AN_ORDER = "PlaceAnOrder"
PURCHASE = "Purchase"
SALE_EVENTS = (PLACE_AN_ORDER, PURCHASE)  # the sale's event, a TikTok setting
ALLOWED_EVENTS = frozenset({VIEW_CONTENT, INITIATE_CHECKOUT, PLACE_AN_ORDER, PURCHASE})
EVENT_SOURCES = frozenset({"web", "offline"})
IN_STORE = "offline"  # an Offline Event Set: the channel of in-store sales
# What an in-store event matches a person by (TikTok's offline sets take nothing else).
MATCH_KEYS = HASHED_USER_KEYS
MAX_BATCH = 1000  # TikTok rejects a request with more events than this, whole.
CONTENT_TYPE = "product"

# user fields TikTok takes in plain text; everything else in `user` must be a SHA-256 digest.
_PLAIN_USER_KEYS = frozenset({"ttclid", "ttp", "ip", "user_agent", "locale"})
# A browser's, never at a counter: an in-store event carries none of them.
_BROWSER_USER_KEYS = frozenset({"ttp", "ip", "user_agent"})
_CURRENCY = re.compile(r"[A-Z]{3}")


class EventError(ValueError):
    """An event or request that TikTok would reject, or that would leak raw contact data."""


class BatchTooLarge(EventError):
    """More than MAX_BATCH events in one request."""


@dataclass(frozen=True, slots=True)
class EventContent:
    """One cart line as TikTok sees it. price is the unit price."""
    content_id: str
    content_name: str
    quantity: int
    price: Money

    def __post_init__(self) -> None:
        if not isinstance(self.content_id, str) or not self.content_id.strip():
            raise EventError("content_id must be a non-empty string (use str(product_id))")
        if not isinstance(self.content_name, str):
            raise EventError("content_name must be a string")
        if not isinstance(self.quantity, int) or isinstance(self.quantity, bool) \
                or self.quantity < 1:
            raise EventError(f"quantity must be a whole number >= 1, not {self.quantity!r}")
        if not isinstance(self.price, Money):
            raise EventError("price must be Money")
        if self.price.is_negative():
            raise EventError("price must not be negative")

    def to_json(self) -> dict:
        return {
            "content_id": self.content_id,
            "content_type": CONTENT_TYPE,
            "content_name": self.content_name,
            "quantity": self.quantity,
            "price": money_to_number(self.price),
        }


def money_to_number(money: Money) -> float:
    """Money as the JSON number TikTok wants (see the module doc for why float is exact)."""
    if not isinstance(money, Money):
        raise EventError("amount must be Money")
    return float(money.amount)


def _check_name(name: str) -> None:
    if name not in ALLOWED_EVENTS:
        raise EventError(f"event {name!r} is not one of {sorted(ALLOWED_EVENTS)}")


def event_id_for(name: str, key: str) -> str:
    """A stable event_id: the same event gets the same id on every retry, so TikTok's
    deduplication (event_source_id + event + event_id, 48 hours) drops repeats.

    key is what identifies the moment in the shop: the order number for PlaceAnOrder
    ("S-T2-20261122-0007" -> "S-T2-20261122-0007_PlaceAnOrder"), a checkout or cart-line id
    for the others. Each is unique in the shop, whichever till sends it: the order number
    holds the till's code once the till is attached, and a checkout id is a random UUID.
    """
    _check_name(name)
    if not isinstance(key, str) or not key.strip():
        raise EventError("event_id key must be a non-empty string")
    return f"{key.strip()}_{name}"


def _event_time(moment: datetime) -> int:
    if not isinstance(moment, datetime):
        raise EventError("event_time must be a datetime")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise EventError("event_time must be timezone-aware (when it happened, in UTC terms)")
    return int(moment.timestamp())


def has_match_key(user: dict | None) -> bool:
    """Whether this user (from hashed_user) holds a hashed email, phone or external id: what
    an in-store event needs to be matched to anyone."""
    return bool(user) and any(user.get(key) for key in MATCH_KEYS)


def _checked_user(user: dict, event_source: str) -> dict:
    if not isinstance(user, dict):
        raise EventError("user must be a dict (from tracking.hashing.hashed_user)")
    checked = {}
    for key, value in user.items():
        if event_source == IN_STORE and key in _BROWSER_USER_KEYS:
            raise EventError(f"user.{key} is a browser's: an in-store event has none")
        if key in HASHED_USER_KEYS:
            # Refuse rather than hash here: the value must already be a digest, so raw
            # contact data never reaches the queue (and is never hashed twice).
            if not is_sha256_hex(value):
                raise EventError(f"user.{key} must be a SHA-256 hex digest; "
                                 "use tracking.hashing.hashed_user")
            checked[key] = value.lower()
        elif key in _PLAIN_USER_KEYS:
            if not isinstance(value, str):
                raise EventError(f"user.{key} must be a string")
            checked[key] = value
        else:
            raise EventError(f"user.{key} is not a field this app sends")
    return checked


def build_event(name: str, event_id: str, event_time: datetime, page_url: str | None,
                contents: list[EventContent], value: Money, currency: str = "MAD",
                order_id: str | None = None, user: dict | None = None, *,
                event_source: str = "web", shop_id: str | None = None) -> dict:
    """One event dict for `data`. event_time is when it happened (not when it is sent).

    page_url is required for event_source "web" (TikTok's rule); an in-store event
    ("offline") has none, nor a browser's ip, user_agent or ttp, and it carries the sale's
    order_id and, when known, the store's shop_id.
    user, when given and not empty, must be the dict of digests from hashed_user().
    """
    _check_name(name)
    if event_source not in EVENT_SOURCES:
        raise EventError(f"event_source must be one of {sorted(EVENT_SOURCES)}")
    if not isinstance(event_id, str) or not event_id.strip():
        raise EventError("event_id must be a non-empty string")
    seconds = _event_time(event_time)
    if page_url is not None and (not isinstance(page_url, str) or not page_url.strip()):
        raise EventError("page_url must be a non-empty string")
    if event_source == "web" and page_url is None:
        raise EventError("page.url is required when event_source is 'web'")
    if event_source == IN_STORE and page_url is not None:
        raise EventError("an in-store event has no page")
    if event_source == IN_STORE and order_id is None:
        raise EventError("an in-store event needs its order_id")
    if shop_id is not None and (not isinstance(shop_id, str) or not shop_id.strip()):
        raise EventError("shop_id must be a non-empty string")
    contents = list(contents)
    if not contents:
        raise EventError("an event needs at least one content line")
    if not all(isinstance(c, EventContent) for c in contents):
        raise EventError("contents must be EventContent items")
    if not isinstance(value, Money) or value.is_negative():
        raise EventError("value must be Money, not negative")
    if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency):
        raise EventError("currency must be an ISO 4217 code such as 'MAD'")
    if order_id is not None and (not isinstance(order_id, str) or not order_id.strip()):
        raise EventError("order_id must be a non-empty string")

    event: dict = {"event": name, "event_id": event_id, "event_time": seconds}
    if user:
        event["user"] = _checked_user(user, event_source)
    if page_url is not None:
        event["page"] = {"url": page_url}
    properties: dict = {
        "contents": [c.to_json() for c in contents],
        "content_type": CONTENT_TYPE,
        "value": money_to_number(value),
        "currency": currency,
    }
    if order_id is not None:
        properties["order_id"] = order_id
    if shop_id is not None:
        properties["shop_id"] = shop_id
    properties["num_items"] = sum(c.quantity for c in contents)
    event["properties"] = properties
    return event


def build_request(event_source: str, event_source_id: str, events: list[dict],
                  test_event_code: str | None = None) -> dict:
    """The request body: {"event_source", "event_source_id", "data"[, "test_event_code"]}.

    Refuses an empty batch, more than MAX_BATCH events (BatchTooLarge), for "web" any
    event without page.url, and for "offline" (in-store) any event with a page. An in-store
    event without a match key is the shop's choice ('send sales without contact details'):
    the outbox keeps it as not sent unless the shop sends such sales, so it is not refused here.
    """
    if event_source not in EVENT_SOURCES:
        raise EventError(f"event_source must be one of {sorted(EVENT_SOURCES)}")
    if not isinstance(event_source_id, str) or not event_source_id.strip():
        raise EventError("event_source_id (the pixel or offline event set id) is required")
    events = list(events)
    if not events:
        raise EventError("a request needs at least one event")
    if len(events) > MAX_BATCH:
        raise BatchTooLarge(f"{len(events)} events in one request; TikTok takes at most "
                            f"{MAX_BATCH}")
    for event in events:
        if not isinstance(event, dict) or event.get("event") not in ALLOWED_EVENTS:
            raise EventError("data must hold events made by build_event")
        if event_source == "web" and not (event.get("page") or {}).get("url"):
            raise EventError(f"event {event.get('event_id')!r} has no page.url, "
                             "required for event_source 'web'")
        if event_source == IN_STORE:
            if "page" in event:
                raise EventError(f"event {event.get('event_id')!r} has a page: an in-store "
                                 "event has none")
    body: dict = {"event_source": event_source, "event_source_id": event_source_id,
                  "data": events}
    if test_event_code:
        body["test_event_code"] = test_event_code
    return body


def batches(events: list[dict], size: int = MAX_BATCH) -> list[list[dict]]:
    """Split events into lists of at most size (<= MAX_BATCH), in order."""
    if not 1 <= size <= MAX_BATCH:
        raise EventError(f"batch size must be between 1 and {MAX_BATCH}")
    events = list(events)
    return [events[i:i + size] for i in range(0, len(events), size)]
