"""TikTok for in-store sales (issue 19): the offline event set's shape, Purchase, the match
key a sale needs, switching channel mid-queue, and hashing exactly once. Real sales through
the checkout and the counter, sent to the real local server playing TikTok."""
from __future__ import annotations

import hashlib
import json
from datetime import timedelta

import pytest
from sqlalchemy import event as sa_event, select

from db.models import HubLink, OutboxEvent, Sale
from pos.checkout import CashPayment, tiktok_user
from pos.customer import Customer, make_customer
from pos.i18n import speaking
from pos.money import Money
from pos.shop import load_shop_settings
from pos.tiktok import (not_sent_lines, reason_words, report_words, retry_events,
                        save_tiktok_settings,
                        summary_words)
from tests.conftest import DEMO_NOW, MANAGER_NAME, demo_staff
from tests.test_checkout import SHIRT, TSHIRT, make_cart, pay
from tests.test_counter import sale  # noqa: F401 - the fixture: a clerk's sale at the counter
from tests.test_tracking_sync import T, online  # noqa: F401 - the fixture
from tests.tiktok_server import tiktok_server  # noqa: F401 - the fixture
from tracking.events import EventContent, EventError, build_event, build_request
from tracking.hashing import hashed_user, sha256_hex
from tracking.outbox import forget_customer_in_outbox, queue_event
from tracking.settings import TikTokSettings
from tracking.sync import NO_MATCH_KEY, NOT_SENT, queue_status, sync_once

EVENT_SET = "7412345678901234567"   # an offline event set's id
PIXEL = "COQDA8RC77U2TMR44LI0"      # the seeds' pixel
IN_STORE = dict(event_source="offline", event_source_id=EVENT_SET, sale_event="Purchase")
BROWSER_KEYS = {"ip", "user_agent", "ttp"}


def use(db, **settings) -> None:
    with db.write() as s:
        save_tiktok_settings(s, TikTokSettings(**settings), demo_staff(s, MANAGER_NAME))


def salma() -> Customer:
    return make_customer("Salma", "salma@example.ma", "06 12 34 56 78", consent=True)


def sell(db, customer=None) -> str:
    """A real sale; its order number."""
    sale_id = pay(db, make_cart(db, (SHIRT, 1), (TSHIRT, 1)), CashPayment(Money.of("500")),
                  customer=customer)
    with db.read() as s:
        return s.get(Sale, sale_id).order_number


def outbox(db) -> list[OutboxEvent]:
    with db.read() as s:
        return list(s.scalars(select(OutboxEvent).order_by(OutboxEvent.id)))


def sent_events(server) -> list[tuple[str, str, dict]]:
    """(event_source, event_source_id, event) for every event the server received."""
    return [(body["event_source"], body["event_source_id"], e)
            for body in server.bodies for e in body["data"]]


# ----- the two shapes ----------------------------------------------------------------------------
def test_an_in_store_sale_goes_to_the_event_set_as_purchase_without_page_or_browser(db, online):
    use(db, shop_id="CASA-MAARIF", **IN_STORE)
    number = sell(db, salma())
    report = sync_once(db, now=T)
    assert report.state == "all_sent" and report.sent == 1 and report.not_sent == ()
    (request,) = online.requests
    body = request.body
    assert (body["event_source"], body["event_source_id"]) == ("offline", EVENT_SET)
    (event,) = body["data"]
    assert (event["event"], event["event_id"]) == ("Purchase", f"{number}_Purchase")
    assert "page" not in event
    assert not BROWSER_KEYS & set(event["user"])
    assert event["user"] == {"email": hashlib.sha256(b"salma@example.ma").hexdigest(),
                             "phone": hashlib.sha256(b"+212612345678").hexdigest()}
    props = event["properties"]
    assert (props["order_id"], props["shop_id"]) == (number, "CASA-MAARIF")
    assert (props["value"], props["currency"], props["num_items"]) == (213.2, "MAD", 2)


def test_place_an_order_may_stay_the_in_store_event(db, online):
    use(db, event_source="offline", event_source_id=EVENT_SET)
    number = sell(db, salma())
    sync_once(db, now=T)
    (event,) = online.bodies[0]["data"]
    assert (event["event"], event["event_id"]) == ("PlaceAnOrder", f"{number}_PlaceAnOrder")
    assert "shop_id" not in event["properties"]  # no hub, no shop id set: left out


def test_the_web_shape_is_the_seeds_unchanged(db, online):
    number = sell(db)  # no customer: on the web, sent all the same (the seeds')
    sync_once(db, now=T)
    (body,) = online.bodies
    assert (body["event_source"], body["event_source_id"]) == ("web", PIXEL)
    (event,) = body["data"]
    assert list(event) == ["event", "event_id", "event_time", "page", "properties"]
    assert (event["event"], event["page"]) == ("PlaceAnOrder",
                                              {"url": "https://shop.example/pos"})
    assert event["properties"]["order_id"] == number and "shop_id" not in event["properties"]


def test_purchase_on_the_web_keeps_the_page(db, online):
    use(db, sale_event="Purchase")
    number = sell(db)
    sync_once(db, now=T)
    (event,) = online.bodies[0]["data"]
    assert event["event_id"] == f"{number}_Purchase" and event["page"]


# ----- the shop id ---------------------------------------------------------------------------------
def test_an_attached_till_says_the_hubs_shop_code_read_once(db, online):
    use(db, shop_id="TYPED-BY-HAND", **IN_STORE)
    with db.write() as s:
        s.add(HubLink(id=1, shop="CASA", till="T2", pulled_seq=0))
    reads = []

    def count(conn, cursor, statement, *args):
        if "hub_link" in statement:
            reads.append(statement)
    sa_event.listen(db.engine, "before_cursor_execute", count)
    try:
        first = sell(db, salma())
        second = sell(db, salma())
    finally:
        sa_event.remove(db.engine, "before_cursor_execute", count)
    assert first.startswith("S-T2-") and second.startswith("S-T2-")
    assert len(reads) == 1  # read once per engine, never again on a sale
    sync_once(db, now=T)
    assert [e["properties"]["shop_id"] for _, _, e in sent_events(online)] == ["CASA", "CASA"]


# ----- no match key: counted, never sent -------------------------------------------------------------
def test_an_in_store_sale_without_a_match_key_is_counted_and_never_sent(db, online):
    use(db, **IN_STORE)
    anonymous = sell(db)                              # no customer
    refused = sell(db, make_customer("Omar"))  # a name, no consent, no contact
    kept = sell(db, salma())
    rows = {r.event_id: r for r in outbox(db)}
    for number in (anonymous, refused):
        row = rows[f"{number}_Purchase"]
        assert (row.status, row.last_error) == (NOT_SENT, NO_MATCH_KEY)
        assert "user" not in json.loads(row.payload)
    assert rows[f"{kept}_Purchase"].status == "waiting"

    with db.read() as s:
        assert queue_status(s, now=T).not_sent == ((NO_MATCH_KEY, 2),)
    report = sync_once(db, now=T)
    assert report.sent == 1 and report.waiting == 0 and report.state == "all_sent"
    assert report.not_sent == ((NO_MATCH_KEY, 2),)
    assert [e["event_id"] for _, _, e in sent_events(online)] == [f"{kept}_Purchase"]
    assert summary_words(report).splitlines() == [
        "TikTok: 1 sent, 0 waiting, 0 failed, 0 expired (all sent)",
        "2 sales not sent: no contact details (no hashed email, phone or external id)"]

    # Never requeued by a manager's retry, left alone by the expiry sweep, never sent.
    ids = [r.id for r in outbox(db) if r.status == NOT_SENT]
    with db.read() as s:
        manager = demo_staff(s, MANAGER_NAME)
    assert retry_events(db, ids, manager) == 0
    much_later = T + timedelta(days=400)
    sync_once(db, now=much_later)
    assert [(r.status, r.last_error) for r in outbox(db) if r.id in ids] == [
        (NOT_SENT, NO_MATCH_KEY)] * 2
    assert len(online.requests) == 1


def test_the_words_for_why_in_the_three_languages(db):
    use(db, **IN_STORE)
    sell(db)
    with db.read() as s:
        report = queue_status(s, now=T)
    for language, line, reason in (
            ("fr", "1 vente non envoyée : pas de coordonnées (aucun e-mail, téléphone ou "
                   "identifiant externe haché)",
             "pas de coordonnées (aucun e-mail, téléphone ou identifiant externe haché)"),
            ("ar", "بيع واحد لم يُرسل: لا توجد بيانات اتصال (لا بريد إلكتروني ولا هاتف ولا "
                   "معرّف خارجي مُجزّأ)",
             "لا توجد بيانات اتصال (لا بريد إلكتروني ولا هاتف ولا معرّف خارجي مُجزّأ)")):
        with speaking(language):
            assert not_sent_lines(report) == [line]
            assert reason_words(NO_MATCH_KEY) == reason


def test_a_web_shop_may_choose_not_to_send_sales_without_contact(db, online):
    use(db, send_without_contact=False)
    number = sell(db)
    sell(db, salma())
    assert [(r.event_id, r.status) for r in outbox(db)][0] == (f"{number}_PlaceAnOrder",
                                                              NOT_SENT)
    assert sync_once(db, now=T).not_sent == ((NO_MATCH_KEY, 1),)
    assert len(sent_events(online)) == 1


def test_an_in_store_shop_may_choose_to_send_sales_without_contact(db, online):
    # Off by default in-store (an offline event set matches people only by a match key), the
    # setting is the shop's: ticked, such a sale goes, without a user.
    use(db, send_without_contact=True, **IN_STORE)
    number = sell(db)
    assert [r.status for r in outbox(db)] == ["waiting"]
    report = sync_once(db, now=T)
    assert report.sent == 1 and report.not_sent == ()
    ((source, _, event),) = sent_events(online)
    assert source == "offline" and event["event_id"] == f"{number}_Purchase"
    assert "user" not in event


def test_an_in_store_event_waiting_when_its_customer_is_erased_is_then_not_sent(db, online):
    use(db, **IN_STORE)
    sell(db, salma())
    (row,) = outbox(db)
    with db.write() as s:
        assert forget_customer_in_outbox(s, [row.sale_id]) == 1
    (row,) = outbox(db)
    assert (row.status, row.last_error) == (NOT_SENT, NO_MATCH_KEY)
    assert sync_once(db, now=T).requests == 0


def test_a_web_sale_erased_is_not_sent_when_the_settings_send_none_without_contact(db):
    use(db, send_without_contact=False)
    sell(db, salma())
    (row,) = outbox(db)
    with db.write() as s:
        forget_customer_in_outbox(s, [row.sale_id])
    (row,) = outbox(db)
    assert (row.status, row.last_error) == (NOT_SENT, NO_MATCH_KEY)


# ----- web events at the counter ---------------------------------------------------------------------
def test_view_content_and_initiate_checkout_are_not_queued_in_store(db, sale):
    counter = sale
    use(db, **IN_STORE)
    counter.customer = salma()
    counter.scan("1077218")
    counter.start_checkout()
    assert counter.complete(CashPayment(Money.of("200")))
    assert [(r.event_name, r.event_source) for r in outbox(db)] == [("Purchase", "offline")]

    use(db)  # back on the web: the counter's web events are queued again
    counter.scan("1077218")
    counter.start_checkout()
    assert [r.event_name for r in outbox(db)][1:] == ["ViewContent", "InitiateCheckout"]


# ----- switching applies to later sales -----------------------------------------------------------------
def test_switching_channel_mid_queue_sends_each_event_as_it_was_queued(db, online):
    before = [sell(db), sell(db, salma())]                      # web, PlaceAnOrder
    use(db, **IN_STORE)
    after = [sell(db, salma()), sell(db, salma())]              # in-store, Purchase
    # A row from before 0015 (no channel kept) goes with the current settings.
    with db.write() as s:
        shop = load_shop_settings(s)
        old = build_event("Purchase", "OLD-1_Purchase", DEMO_NOW, None,
                          [EventContent("1077218", "Linen shirt", 1, Money.of("150"))],
                          Money.of("150"), order_id="OLD-1", user=hashed_user(phone="+212600000000"),
                          event_source="offline")
        queue_event(s, old, DEMO_NOW, shop.local_date(DEMO_NOW))
    assert [r.event_source for r in outbox(db)] == ["web", "web", "offline", "offline", None]

    report = sync_once(db, now=T)
    assert report.state == "all_sent" and report.sent == 5 and len(online.requests) == 2
    web, in_store = online.bodies
    assert (web["event_source"], web["event_source_id"]) == ("web", PIXEL)
    assert [e["event_id"] for e in web["data"]] == [f"{n}_PlaceAnOrder" for n in before]
    assert all(e["page"] for e in web["data"])
    assert (in_store["event_source"], in_store["event_source_id"]) == ("offline", EVENT_SET)
    assert [e["event_id"] for e in in_store["data"]] == [f"{n}_Purchase" for n in after] + [
        "OLD-1_Purchase"]
    assert all("page" not in e for e in in_store["data"])


def test_a_refused_earlier_channel_fails_its_events_and_the_current_one_goes(db, online):
    first = sell(db)
    use(db, **IN_STORE)
    second = sell(db, salma())
    online.enqueue(200, {"code": 40001, "message": "No permission"})  # the old pixel's
    report = sync_once(db, now=T)
    assert report.state == "all_sent" and report.sent == 1 and report.failed == 1
    rows = {r.event_id: r for r in outbox(db)}
    assert rows[f"{second}_Purchase"].status == "sent"
    failed = rows[f"{first}_PlaceAnOrder"]
    assert failed.status == "failed" and PIXEL in failed.last_error
    assert "No permission" in reason_words(failed.last_error)


def test_a_mended_event_set_id_takes_the_events_it_refused(db, online):
    use(db, **IN_STORE)
    number = sell(db, salma())
    online.enqueue(200, {"code": 40001, "message": "No permission"})
    assert sync_once(db, now=T).state == "token_rejected"
    use(db, **dict(IN_STORE, event_source_id="7400000000000000001"))
    assert sync_once(db, now=T).state == "all_sent"
    assert online.bodies[-1]["event_source_id"] == "7400000000000000001"
    assert [e["event_id"] for e in online.bodies[-1]["data"]] == [f"{number}_Purchase"]


# ----- hashing exactly once -------------------------------------------------------------------------
def test_a_value_already_a_sha256_digest_passes_unhashed_to_tiktok(db, online):
    email = sha256_hex("salma@example.ma")
    phone = sha256_hex("+212612345678").upper()
    assert hashed_user(email=email, phone=phone, external_id=f" {email} ") == {
        "email": email, "phone": phone.lower(), "external_id": email}
    customer = Customer(name="Salma", email=email, phone=phone, consent=True)
    assert tiktok_user(customer) == {"email": email, "phone": phone.lower()}
    use(db, **IN_STORE)
    sell(db, customer)
    sync_once(db, now=T)
    ((_, _, event),) = sent_events(online)
    assert event["user"] == {"email": email, "phone": phone.lower()}


def test_the_sales_own_phone_hash_is_hashed_once_too(db):
    sell(db, salma())
    with db.read() as s:
        (stored,) = s.scalars(select(Sale.customer_phone_hash))
    assert stored == hashlib.sha256(b"+212612345678").hexdigest()


# ----- the rules, pure --------------------------------------------------------------------------------
def _in_store_event(**overrides):
    args = dict(name="Purchase", event_id="S-1_Purchase", event_time=DEMO_NOW, page_url=None,
                contents=[EventContent("1", "shirt", 1, Money.of("150"))],
                value=Money.of("150"), order_id="S-1", user=hashed_user(email="a@b.ma"),
                event_source="offline", shop_id="CASA")
    args.update(overrides)
    return build_event(**args)


def test_an_in_store_event_refuses_a_page_a_browser_and_a_missing_order_id():
    event = _in_store_event()
    assert "page" not in event and event["properties"]["shop_id"] == "CASA"
    with pytest.raises(EventError, match="no page"):
        _in_store_event(page_url="https://shop.example/pos")
    for key in BROWSER_KEYS:
        with pytest.raises(EventError, match="browser"):
            _in_store_event(user={**hashed_user(email="a@b.ma"), key: "x"})
    with pytest.raises(EventError, match="order_id"):
        _in_store_event(order_id=None)


def test_an_in_store_request_refuses_an_event_with_a_page():
    assert build_request("offline", EVENT_SET, [_in_store_event()])["event_source"] == "offline"
    # Without a match key it goes when the shop chose so (the outbox decides, by the setting).
    assert build_request("offline", EVENT_SET, [_in_store_event(user=None)])["data"]
    web = build_event("Purchase", "S-2_Purchase", DEMO_NOW, "https://shop.example/pos",
                      [EventContent("1", "shirt", 1, Money.of("150"))], Money.of("150"),
                      order_id="S-2", user=hashed_user(email="a@b.ma"))
    with pytest.raises(EventError, match="has a page"):
        build_request("offline", EVENT_SET, [web])
    build_request("offline", EVENT_SET, [_in_store_event(user=hashed_user(external_id="c-7"))])


# ----- events queued before 0015 ---------------------------------------------------------------------
def test_events_waiting_at_the_upgrade_keep_the_channel_they_were_queued_under(db, online):
    from alembic import command
    from db.migrate import alembic_config, upgrade_to_head
    before = sell(db)  # the web pixel, the seeds' (queued by the code before 0015)
    command.downgrade(alembic_config(db.engine), "0014")
    upgrade_to_head(db.engine)
    assert [(r.event_source, r.event_source_id) for r in outbox(db)] == [("web", PIXEL)]
    use(db, **IN_STORE)  # a switch after the upgrade: later sales only
    after = sell(db, salma())
    report = sync_once(db, now=T)
    assert (report.sent, report.failed) == (2, 0)
    assert [(source, source_id, e["event_id"]) for source, source_id, e in sent_events(online)] \
        == [("web", PIXEL, f"{before}_PlaceAnOrder"), ("offline", EVENT_SET, f"{after}_Purchase")]


def test_a_pixel_refused_before_the_upgrade_and_mended_after_takes_its_events(db, online):
    from alembic import command
    from db.migrate import alembic_config, upgrade_to_head
    from db.settings import save_json_setting
    from tests.test_tracking_sync import TOKEN
    from tracking.settings import PAUSE_KEY, load_tiktok_settings
    number = sell(db)
    command.downgrade(alembic_config(db.engine), "0014")
    with db.write() as s:  # the pause as the code before 0015 stored it: no channel in it
        fingerprint = load_tiktok_settings(s).fingerprint(TOKEN)
        save_json_setting(s, PAUSE_KEY, {"message": "No permission", "at": T.isoformat(),
                                         "fingerprint": fingerprint})
    upgrade_to_head(db.engine)
    assert sync_once(db, now=T).state == "token_rejected"
    use(db, event_source_id="COQDA8RC77U2TMR44LI1")  # the pixel mended
    assert sync_once(db, now=T).state == "all_sent"
    assert [(source_id, e["event_id"]) for _, source_id, e in sent_events(online)] == [
        ("COQDA8RC77U2TMR44LI1", f"{number}_PlaceAnOrder")]


# ----- 40001 on a channel used before the switch ----------------------------------------------------
def test_a_refused_token_keeps_the_earlier_channels_events_until_it_is_mended(
        db, online, monkeypatch):
    # 40001 says "token or pixel": refused on both channels, it is the token. The events of
    # the channel used before the switch wait for the new token with the others.
    from tests.test_tracking_sync import LATER, OTHER_TOKEN
    first = sell(db)
    use(db, **IN_STORE)
    second = sell(db, salma())
    for _ in range(2):
        online.enqueue(200, {"code": 40001, "message": "Access token has expired"})
    report = sync_once(db, now=T)
    assert (report.state, report.waiting, report.failed) == ("token_rejected", 2, 0)
    monkeypatch.setenv("POS_TIKTOK_ACCESS_TOKEN", OTHER_TOKEN)
    report = sync_once(db, now=LATER)
    assert (report.state, report.sent, report.failed) == ("all_sent", 2, 0)
    assert [(source, source_id, e["event_id"]) for source, source_id, e in
            sent_events(online)[2:]] == [("web", PIXEL, f"{first}_PlaceAnOrder"),
                                         ("offline", EVENT_SET, f"{second}_Purchase")]


def test_an_earlier_channel_refused_alone_is_tried_again_later_then_failed(db, online):
    # Nothing of the current channel to tell the token from the old pixel: tried again with
    # a backoff, as any refused request, never at once in a loop; failed after MAX_ATTEMPTS.
    from tracking.sync import MAX_ATTEMPTS
    first = sell(db)
    use(db, **IN_STORE)
    online.enqueue(200, {"code": 40001, "message": "No permission"})
    report = sync_once(db, now=T)
    (row,) = outbox(db)
    assert (report.state, row.status, row.attempts) == ("waiting", "waiting", 1)
    assert row.next_attempt_at > T and PIXEL in row.last_error
    later = T
    for _ in range(MAX_ATTEMPTS - 1):
        online.enqueue(200, {"code": 40001, "message": "No permission"})
        later += timedelta(hours=1)
        sync_once(db, now=later)
    (row,) = outbox(db)
    assert row.status == "failed" and f"{first}_PlaceAnOrder" == row.event_id


# ----- the queue's words when sales were kept unsent --------------------------------------------------
def test_the_queue_never_says_all_sent_of_sales_it_kept_unsent(db, online):
    use(db, **IN_STORE)
    sell(db)  # no contact details: kept, not sent
    with db.read() as s:
        report = queue_status(s, now=T)
    assert report.not_sent == ((NO_MATCH_KEY, 1),)
    assert "All TikTok events are sent" not in report.message
    assert report.message == "Nothing is waiting."
    sell(db, salma())
    report = sync_once(db, now=T)
    assert report.message == "Sent to TikTok: 1. Nothing is waiting."


def test_a_refused_event_set_is_named_in_the_words_of_the_settings_screen(db, online):
    # In-store there is no pixel: the manager is sent to what the screen calls "Event set ID".
    use(db, **IN_STORE)
    sell(db, salma())
    online.enqueue(200, {"code": 40001, "message": "No permission"})
    report = sync_once(db, now=T)
    assert report.state == "token_rejected" and "event set ID" in report.message
    with speaking("fr"):
        assert "ID de l'ensemble d'événements" in report_words(report)


def test_the_queue_screen_shows_the_newest_sales_not_sent_first(db, monkeypatch):
    """In-store, most walk-in sales are kept unsent: the screen's list (of at most
    QUEUE_LIMIT rows) shows the latest ones, not the same oldest rows for good."""
    import pos.tiktok
    from pos.tiktok import queue_view

    use(db, **IN_STORE)
    numbers = [sell(db) for _ in range(3)]
    monkeypatch.setattr(pos.tiktok, "QUEUE_LIMIT", 2)
    with db.read() as s:
        rows = queue_view(s).rows
    assert [row.event_id for row in rows] == [f"{n}_Purchase" for n in reversed(numbers[1:])]
