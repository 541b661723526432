"""The outbox: TikTok events written to the shop's database, to be sent when the network
is there. Writing happens inside the caller's transaction: a sale and its PlaceAnOrder
event commit together or not at all.

It takes plain values: the shop's currency, the business day, and the user already hashed
(tracking.hashing.hashed_user), or None without the customer's consent."""
from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from db.models import OutboxEvent, Sale
from pos.money import Money
from tracking.events import (INITIATE_CHECKOUT, PLACE_AN_ORDER, VIEW_CONTENT, EventContent,
                             build_event, event_id_for)
from tracking.settings import TikTokSettings, load_tiktok_settings


def queue_event(session: Session, event: dict, event_time: datetime, business_day: date,
                sale_id: int | None = None) -> OutboxEvent | None:
    """Queues one event; an event_id already queued is not queued again (a re-scan, a
    second press of Pay). Returns the row, or None when it was already there."""
    if session.scalar(select(OutboxEvent.id).where(OutboxEvent.event_id == event["event_id"])):
        return None
    row = OutboxEvent(**_row(event, event_time, business_day, sale_id))
    session.add(row)
    return row


def _row(event: dict, event_time: datetime, business_day: date, sale_id: int | None) -> dict:
    return dict(event_id=event["event_id"], event_name=event["event"], event_time=event_time,
                business_date=business_day,
                payload=json.dumps(event, separators=(",", ":")), sale_id=sale_id,
                status="waiting", attempts=0)


_QUEUE = insert(OutboxEvent.__table__)


def queue_place_an_order(session: Session, sale: Sale, currency: str, user: dict | None,
                         value: Money, settings: TikTokSettings | None = None,
                         contents: list[EventContent] | None = None) -> dict | None:
    """The sale's conversion. value is what the customer paid for it (an exchange's
    returned credit is not a new conversion); nothing is queued when it is zero.

    contents are the sale's lines as TikTok sees them, when the caller has them at hand
    (the checkout, which writes the lines without loading them back); else sale.lines.
    The row is written by the session with Core, part of the sale's own few statements.
    Returns the event queued, or None.

    Unlike queue_event, it does not look for the event first: its event_id is made of the
    sale's order number, which the sale row itself holds unique, so it cannot be queued
    yet (and the outbox's own unique event_id would refuse it, with the sale)."""
    settings = settings or load_tiktok_settings(session)
    if not settings.enabled or not value:
        return None
    if contents is None:
        contents = [EventContent(content_id=line.sku, content_name=line.name,
                                 quantity=line.quantity, price=line.unit_price)
                    for line in sale.lines]
    event = build_event(PLACE_AN_ORDER, event_id_for(PLACE_AN_ORDER, sale.order_number),
                        sale.created_at, _page(settings), contents, value, currency,
                        order_id=sale.order_number, user=user,
                        event_source=settings.event_source)
    session.execute(_QUEUE, [_row(event, sale.created_at, sale.business_date, sale.id)])
    return event


def queue_view_content(session: Session, cart_key: str, content: EventContent,
                       moment: datetime, currency: str,
                       business_day: date) -> OutboxEvent | None:
    """A product shown to the customer: added to the cart. Once per product per cart."""
    settings = load_tiktok_settings(session)
    if not settings.enabled:
        return None
    event = build_event(VIEW_CONTENT, event_id_for(VIEW_CONTENT, f"{cart_key}-{content.content_id}"),
                        moment, _page(settings), [content], content.price * content.quantity,
                        currency, event_source=settings.event_source)
    return queue_event(session, event, moment, business_day)


def queue_initiate_checkout(session: Session, cart_key: str, contents: list[EventContent],
                            value: Money, moment: datetime, currency: str, business_day: date,
                            user: dict | None = None) -> OutboxEvent | None:
    """The clerk starts payment for a cart. Once per cart, however often Pay is pressed."""
    settings = load_tiktok_settings(session)
    if not settings.enabled or not contents:
        return None
    event = build_event(INITIATE_CHECKOUT, event_id_for(INITIATE_CHECKOUT, cart_key), moment,
                        _page(settings), contents, value, currency,
                        user=user, event_source=settings.event_source)
    return queue_event(session, event, moment, business_day)


def _page(settings: TikTokSettings) -> str | None:
    return settings.page_url or None


def forget_customer_in_outbox(session: Session, sale_ids: list[int]) -> int:
    """The customer erased from the events of these sales that TikTok has not accepted yet
    (their PlaceAnOrder, and the InitiateCheckout of the same cart): each goes without its
    hashed user, as a sale without consent does. Events already sent are TikTok's. How many
    events changed."""
    changed = 0
    for start in range(0, len(sale_ids), 10_000):  # below SQLite's limit of bound values
        ids = sale_ids[start:start + 10_000]
        checkouts = [event_id_for(INITIATE_CHECKOUT, key) for key in session.scalars(
            select(Sale.checkout_key).where(Sale.id.in_(ids)))]
        for row in session.scalars(select(OutboxEvent).where(
                OutboxEvent.status != "sent",
                or_(OutboxEvent.sale_id.in_(ids), OutboxEvent.event_id.in_(checkouts)))):
            event = json.loads(row.payload)
            if event.pop("user", None) is not None:
                row.payload = json.dumps(event, separators=(",", ":"))
                changed += 1
    return changed
