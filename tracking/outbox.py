"""The outbox: TikTok events written to the shop's database, to be sent when the network
is there. Writing happens inside the caller's transaction: a sale and its event
(PlaceAnOrder or Purchase, the settings' sale_event) commit together or not at all.

Each row keeps the channel it was queued under (event_source, event_source_id), so a switch
in the settings changes later sales only. A sale that cannot or must not go (no match key:
tracking.sync.NOT_SENT, NO_MATCH_KEY) is written all the same, to be counted, never sent.

It takes plain values: the shop's currency, the business day, and the user already hashed
(tracking.hashing.hashed_user), or None without the customer's consent."""
from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from db.models import OutboxEvent, Sale
from pos.money import Money
from tracking.events import (IN_STORE, INITIATE_CHECKOUT, VIEW_CONTENT, EventContent,
                             build_event, event_id_for, has_match_key)
from tracking.settings import TikTokSettings, load_tiktok_settings
from tracking.sync import NO_MATCH_KEY, NOT_SENT


def queue_event(session: Session, event: dict, event_time: datetime, business_day: date,
                sale_id: int | None = None,
                channel: tuple[str, str] | None = None) -> OutboxEvent | None:
    """Queues one event; an event_id already queued is not queued again (a re-scan, a
    second press of Pay). Returns the row, or None when it was already there.
    channel: (event_source, event_source_id) it goes under; None: the settings' at send."""
    if session.scalar(select(OutboxEvent.id).where(OutboxEvent.event_id == event["event_id"])):
        return None
    row = OutboxEvent(**_row(event, event_time, business_day, sale_id, channel))
    session.add(row)
    return row


def _row(event: dict, event_time: datetime, business_day: date, sale_id: int | None,
         channel: tuple[str, str] | None = None, not_sent: str | None = None) -> dict:
    source, source_id = channel or (None, None)
    return dict(event_id=event["event_id"], event_name=event["event"], event_time=event_time,
                business_date=business_day,
                payload=json.dumps(event, separators=(",", ":")), sale_id=sale_id,
                status=NOT_SENT if not_sent else "waiting", last_error=not_sent, attempts=0,
                event_source=source, event_source_id=source_id)


def _channel(settings: TikTokSettings) -> tuple[str, str]:
    """What the event is queued under, kept with it: a later switch changes later sales."""
    return settings.event_source, settings.event_source_id


_QUEUE = insert(OutboxEvent.__table__)


def queue_sale_event(session: Session, sale: Sale, currency: str, user: dict | None,
                     value: Money, settings: TikTokSettings | None = None,
                     contents: list[EventContent] | None = None,
                     shop_id: str | None = None) -> dict | None:
    """The sale's conversion: settings.sale_event (PlaceAnOrder or Purchase), event_id
    "<order number>_<event>". value is what the customer paid for it (an exchange's
    returned credit is not a new conversion); nothing is queued when it is zero.

    Web (the seeds' shape): with the page, without shop_id. In-store (an offline event
    set): no page, the sale's order_id and shop_id (the caller's: the hub's shop code, else
    the settings', else None and left out).

    A sale without a match key (no hashed email, phone or external id: no consent, or no
    contact details) is queued with status NOT_SENT and reason NO_MATCH_KEY when the
    settings do not send such sales, and always in-store (an offline event set matches no
    one without one; TikTok's offline destinations refuse it): counted, never sent.

    contents are the sale's lines as TikTok sees them, when the caller has them at hand
    (the checkout, which writes the lines without loading them back); else sale.lines.
    The row is written by the session with Core, part of the sale's own few statements.
    Returns the event queued (sent or only counted), or None.

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
    name = settings.sale_event
    in_store = settings.in_store
    event = build_event(name, event_id_for(name, sale.order_number),
                        sale.created_at, None if in_store else _page(settings), contents,
                        value, currency, order_id=sale.order_number, user=user,
                        event_source=settings.event_source,
                        shop_id=(shop_id or None) if in_store else None)
    not_sent = None
    if not has_match_key(user) and not settings.sends_without_contact:
        not_sent = NO_MATCH_KEY  # the channel's default: in-store no, web yes
    session.execute(_QUEUE, [_row(event, sale.created_at, sale.business_date, sale.id,
                                  _channel(settings), not_sent)])
    return event


queue_place_an_order = queue_sale_event  # its name before the sale's event was a setting


def queue_view_content(session: Session, cart_key: str, content: EventContent,
                       moment: datetime, currency: str,
                       business_day: date) -> OutboxEvent | None:
    """A product shown to the customer: added to the cart. Once per product per cart.
    A web event: nothing is queued with the in-store channel."""
    settings = load_tiktok_settings(session)
    if not settings.enabled or settings.in_store:
        return None
    event = build_event(VIEW_CONTENT, event_id_for(VIEW_CONTENT, f"{cart_key}-{content.content_id}"),
                        moment, _page(settings), [content], content.price * content.quantity,
                        currency, event_source=settings.event_source)
    return queue_event(session, event, moment, business_day, channel=_channel(settings))


def queue_initiate_checkout(session: Session, cart_key: str, contents: list[EventContent],
                            value: Money, moment: datetime, currency: str, business_day: date,
                            user: dict | None = None) -> OutboxEvent | None:
    """The clerk starts payment for a cart. Once per cart, however often Pay is pressed.
    A web event: nothing is queued with the in-store channel."""
    settings = load_tiktok_settings(session)
    if not settings.enabled or settings.in_store or not contents:
        return None
    event = build_event(INITIATE_CHECKOUT, event_id_for(INITIATE_CHECKOUT, cart_key), moment,
                        _page(settings), contents, value, currency,
                        user=user, event_source=settings.event_source)
    return queue_event(session, event, moment, business_day, channel=_channel(settings))


def _page(settings: TikTokSettings) -> str | None:
    return settings.page_url or None


def forget_customer_in_outbox(session: Session, sale_ids: list[int]) -> int:
    """The customer erased from the events of these sales that TikTok has not accepted yet
    (their sale event, and the InitiateCheckout of the same cart): each goes without its
    hashed user, as a sale without consent does; a sale's event is then not sent (counted,
    as a sale without a match key is) unless the shop sends sales without contact details
    on that event's channel. Events already sent are TikTok's. How many events changed."""
    settings = load_tiktok_settings(session)
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
                if (row.status != NOT_SENT and row.sale_id is not None
                        and not _sends_without_contact(settings, row, event)):
                    # No match key left: as queue_sale_event would have queued it.
                    row.status, row.last_error, row.next_attempt_at = NOT_SENT, NO_MATCH_KEY, None
                changed += 1
    return changed


def _sends_without_contact(settings: TikTokSettings, row: OutboxEvent, event: dict) -> bool:
    """Whether the shop sends a sale without a match key on the row's own channel: its
    choice, or that channel's default."""
    if settings.send_without_contact is not None:
        return settings.send_without_contact
    return not _in_store(row, event)


def _in_store(row: OutboxEvent, event: dict) -> bool:
    """Queued under the in-store channel (a row from before 0015: no page, as in-store)."""
    if row.event_source is not None:
        return row.event_source == IN_STORE
    return "page" not in event
