"""The demo shop: created on a first run with an empty database, and `main.py demo`
fills it with realistic sales made through the real checkout, and returns of about 5% of
them taken through the real returns service, each judged by the real return policy."""
from __future__ import annotations

import heapq
import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum import ean

from db.engine import Database
from db.models import Collection, Product, Promotion, Sale, Staff, StockMovement
from pos.cart import Cart
from pos.catalog import search_key
from pos.checkout import (CardPayment, CashPayment, CreditPart, SplitPayment, complete_sale,
                          price_for_checkout)
from pos.customer import Customer
from pos.discounts import ClerkDiscount
from pos.i18n import gettext
from pos.money import Money, money_sum
from pos.parked import park
from pos.products import cart_item
from pos.receipts import record_gift_receipt
from pos.return_no_receipt import find_line, record_no_receipt_return
from pos.return_policy import Reason, Remedy
from pos.returns import Override, ReturnForm, judge, record_return
from pos.shop import ShopSettings, load_shop_settings, save_shop_settings
from pos.staff import add_staff, pin_matches
from pos.store_credit import CREDIT, credit_note

DEMO_CLERK = ("Amina", "1111")
DEMO_MANAGER = ("Youssef", "2468")
FEATURED = "Featured collection"
PROMOTIONS = "Promotions"

# (sku, name, price, collections, has_barcode)
DEMO_PRODUCTS = [
    ("1077218", "Linen shirt, white", "150.00", [FEATURED, "Clothing"], True),
    ("1077219", "Linen shirt, sky blue", "150.00", ["Clothing"], True),
    ("2001001", "Cotton T-shirt, black", "79.00", ["Clothing", PROMOTIONS], True),
    ("2001002", "Cotton T-shirt, white", "79.00", ["Clothing", PROMOTIONS], True),
    ("2002001", "Slim jeans, indigo", "299.00", ["Clothing"], True),
    ("2003001", "Djellaba, light cotton", "450.00", [FEATURED, "Clothing"], True),
    ("2003002", "Kaftan, hand-embroidered", "890.00", [FEATURED, "Clothing"], True),
    ("3001001", "Leather babouches, saffron", "220.00", [FEATURED, "Shoes"], True),
    ("3001002", "Canvas sneakers", "349.00", ["Shoes", PROMOTIONS], True),
    ("4001001", "Leather belt, brown", "120.00", ["Accessories"], True),
    ("4001002", "Silk scarf, Fès pattern", "180.00", ["Accessories", PROMOTIONS], True),
    ("4001003", "Sunglasses, tortoise", "199.00", ["Accessories"], True),
    ("4001004", "Woven straw bag", "260.00", [FEATURED, "Accessories"], True),
    ("4001005", "Cotton socks, 3 pairs", "45.00", ["Accessories"], True),
    ("5001001", "Argan oil, 100 ml", "120.00", [FEATURED, "Beauty"], True),
    ("5001002", "Rose water, 250 ml", "35.00", ["Beauty"], True),
    ("5001003", "Savon beldi (black soap)", "30.00", ["Beauty", PROMOTIONS], True),
    ("5001004", "Ghassoul clay, 200 g", "25.00", ["Beauty"], True),
    ("6001001", "Tea glasses, set of 6", "90.00", ["Home"], True),
    ("6001002", "Teapot, engraved", "320.00", [FEATURED, "Home"], True),
    ("6001003", "Ceramic tagine, Safi", "210.00", ["Home"], True),
    ("6001004", "Berber cushion cover", "140.00", ["Home", PROMOTIONS], True),
    ("7001001", "Mint tea, loose, 100 g", "20.00", ["Grocery"], False),
    ("7001002", "Ras el hanout, 50 g", "18.00", ["Grocery"], False),
]


def ean13(body12: str) -> str:
    """An EAN-13 with its check digit, from its first twelve digits."""
    return body12 + ean.calc_check_digit(body12)


def shop_is_empty(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(Staff)) == 0


def create_demo_shop(session: Session, today: date) -> None:
    """Two staff, the storefront's collections, 24 products and a running promotion."""
    save_shop_settings(session, load_shop_settings(session))
    add_staff(session, DEMO_CLERK[0], "clerk", DEMO_CLERK[1])
    add_staff(session, DEMO_MANAGER[0], "manager", DEMO_MANAGER[1])
    collections: dict[str, Collection] = {}
    for sku, name, price, names, has_barcode in DEMO_PRODUCTS:
        for cname in names:
            if cname not in collections:
                collections[cname] = Collection(name=cname)
                session.add(collections[cname])
        session.add(Product(
            sku=sku,
            barcode=ean13("611" + sku.rjust(9, "0")) if has_barcode else None,
            name=name,
            search_key=search_key(name, sku),
            price=Money.of(price),
            stock=40,
            active=True,
            collections=[collections[c] for c in names],
        ))
    session.flush()
    session.add(Promotion(
        name="Promotions -20%", percent_off=Decimal("20"),
        collection=collections[PROMOTIONS],
        starts_on=today - timedelta(days=30), ends_on=today + timedelta(days=60), active=True,
    ))
    argan = session.scalar(select(Product).where(Product.sku == "5001001"))
    session.add(Promotion(
        name="Argan week", amount_off=Money.of("15.00"), product=argan,
        starts_on=today - timedelta(days=3), ends_on=today + timedelta(days=11), active=True,
    ))
    session.flush()


def ensure_demo_shop(db: Database, now: datetime | None = None) -> bool:
    """Creates the demo shop if the database has no staff yet. True if it did."""
    now = now or datetime.now(timezone.utc)
    with db.write() as session:
        if not shop_is_empty(session):
            return False
        create_demo_shop(session, load_shop_settings(session).local_date(now))
        demo_languages(session)
        return True


def demo_languages(session: Session) -> None:
    """The demo speaks as a shop in Casablanca: the shop in French, receipts in French and
    Arabic, the clerk in Arabic (the manager has the shop's)."""
    shop = load_shop_settings(session)
    save_shop_settings(session, replace(shop, language="fr", receipt_language="fr+ar"))
    session.scalar(select(Staff).where(Staff.name == DEMO_CLERK[0])).language = "ar"


FIRST_NAMES = ["Salma", "Omar", "Khadija", "Yassine", "Fatima", "Mehdi", "Imane", "Hamza",
               "Nadia", "Karim", "Sara", "Anas", "Leila", "Reda", "Hiba", "Adam"]
LAST_NAMES = ["Benali", "El Idrissi", "Alaoui", "Bennani", "Tazi", "Chraibi", "Fassi",
              "Berrada", "Amrani", "Ouazzani", "Lahlou", "Naciri"]


@dataclass
class DemoReport:
    sales: int
    first: datetime | None
    last: datetime | None
    returns: int = 0


def fill_demo_sales(db: Database, count: int, days: int, seed: int = 7,
                    now: datetime | None = None, batch: int = 500,
                    progress: Callable[[int, int], None] | None = None) -> DemoReport:
    """count completed sales over the last `days` days, through the real checkout,
    about half with a customer's email and phone, shop hours 09:00 to 21:00; and returns
    of about 5% of them a few days later (only those dated before `now`).
    progress(sales made, count) is told after each sale."""
    rng = random.Random(seed)
    # What issue 18 added (split payments, store credit, clerk discounts, gift receipts) draws
    # from its own stream, so the sales and returns of a seed stay those they always were.
    extras = _Extras(random.Random(seed * 31 + 1))
    now = now or datetime.now(timezone.utc)
    with db.read() as session:
        shop = load_shop_settings(session)
        clerk_ids = list(session.scalars(select(Staff.id).where(Staff.active)))
        product_ids = list(session.scalars(select(Product.id).where(Product.active)))
    if not product_ids or not clerk_ids:
        raise ValueError(gettext("The shop has no products or staff yet."))
    moments = sorted(_shop_hours_moment(rng, shop, now, days) for _ in range(count))
    # A few customers who return often: each buys every few days, whatever the shop's size.
    regular_share = min(0.2, len(SERIAL_RETURNERS) / 3 / max(count / max(days, 1), 1))
    made = returned = 0
    due: list[tuple[datetime, int]] = []  # (moment, sale id): returns to come, soonest first
    for start in range(0, count, batch):
        with db.write() as session:
            # Fresh rows in each batch's own session: stock must be read as it is now.
            clerks = [session.get(Staff, i) for i in clerk_ids]
            products = [session.get(Product, i) for i in product_ids]
            approver = _demo_approver(clerks)
            for moment in moments[start:start + batch]:
                # Returns happen in time order with the sales, so their numbers run in order.
                while due and due[0][0] <= moment:
                    returned += _demo_return(rng, session, shop, *heapq.heappop(due), clerks,
                                             approver, extras)
                cart = _random_cart(rng, session, products)
                _restock_if_needed(session, cart, moment)
                priced_total = None
                payment = CardPayment()
                if rng.random() < 0.6:
                    priced_total = _cart_total(session, cart, shop, moment)
                    payment = CashPayment(_rounded_up_cash(rng, priced_total))
                regular = rng.random() < regular_share
                customer = rng.choice(SERIAL_RETURNERS) if regular else _random_customer(rng)
                clerk = rng.choice(clerks)
                payment = extras.payment(session, cart, shop, moment, customer, payment, clerk)
                sale = complete_sale(session, cart, payment, clerk, shop,
                                     customer=customer, now=moment)
                extras.after_sale(session, sale, clerk)
                made += 1
                if progress is not None:
                    progress(made, count)
                if rng.random() < (0.35 if regular else RETURN_SHARE):
                    comes_back = _return_moment(rng, shop, moment)
                    if comes_back <= now:
                        heapq.heappush(due, (comes_back, sale.id))
            if start + batch >= count:  # the last batch takes the returns still to come
                while due:
                    returned += _demo_return(rng, session, shop, *heapq.heappop(due), clerks,
                                             approver, extras)
                extras.park_one(session, products, clerks, shop, now)
    returned += _demo_no_receipt_returns(db, shop, now, days, seed)
    return DemoReport(made, moments[0] if moments else None, moments[-1] if moments else None,
                      returned)


# ----- demo returns ------------------------------------------------------------------------------
RETURN_SHARE = 0.06  # some are refused or not yet due: about 5% of sales come back
SERIAL_RETURNERS = [
    Customer(name="Rachid Kettani", email="rachid.kettani@example.ma", phone="+212661234501",
             consent=True),
    Customer(name="Ghita Sqalli", email="ghita.sqalli@example.ma", phone="+212662345602",
             consent=True),
    Customer(name="Younes Berrada", email="younes.berrada@example.ma", phone="+212670456703",
             consent=True),
]
# (reason, original condition, original packaging, manager's reason if the policy refuses or
# deducts and the manager agrees to override it, weight)
RETURN_SCENARIOS = [
    (Reason.CHANGE_OF_MIND, True, True, None, 38),
    (Reason.CHANGE_OF_MIND, True, True,
     "The clerk had promised a full refund on the phone; the shop keeps its word.", 6),
    (Reason.DEFECTIVE, True, True, "Defect found late; the seam tore at first wash.", 20),
    (Reason.NOT_AS_PRESENTED, True, True, None, 15),
    (Reason.OTHER, True, True, None, 7),
    (Reason.MISUSE, False, True, "Goodwill: long-standing customer, first problem.", 4),
    (Reason.CHANGE_OF_MIND, True, False,
     "Box thrown away by mistake; the item is unused and can be sold again.", 4),
]
OTHER_NOTES = ["A gift: the size does not fit.", "Bought twice by mistake.",
               "The colour does not match the rest of the outfit."]
DAYS_LATER = [0, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 9]


def _demo_approver(staff: list[Staff]) -> Staff | None:
    """The demo manager, if their PIN is still the demo's: the one who approves overrides."""
    return next((s for s in staff if s.name == DEMO_MANAGER[0] and s.is_manager
                 and pin_matches(DEMO_MANAGER[1], s.pin_hash)), None)


def _demo_return(rng: random.Random, session: Session, shop: ShopSettings, moment: datetime,
                 sale_id: int, clerks: list[Staff], approver: Staff | None,
                 extras: _Extras | None = None) -> int:
    """A customer bringing part of a sale back at `moment`; 1 if the return was recorded,
    0 if the policy refused it and no manager overrode the refusal."""
    sale = session.get(Sale, sale_id)
    reason, condition, packaging, override_reason, _ = rng.choices(
        RETURN_SCENARIOS, weights=[s[-1] for s in RETURN_SCENARIOS])[0]
    line = rng.choice(sale.lines)
    quantity = line.quantity if rng.random() < 0.3 else 1
    card_paid = any(p.method == "card" for p in sale.payments)
    note_paid = any(p.method == CREDIT for p in sale.payments)
    form = ReturnForm(
        quantities={line.id: quantity}, reason=reason, remedy=Remedy.REFUND,
        original_condition=condition, original_packaging=packaging,
        note=rng.choice(OTHER_NOTES) if reason is Reason.OTHER else "",
        photo=DEMO_PHOTO if reason is Reason.DEFECTIVE else None,
        photo_name="defect.png" if reason is Reason.DEFECTIVE else None,
        # Now and then a card sale is refunded in cash: the review flags it.
        # (Never a sale credit notes paid part of: that money goes back only as credit.)
        refund_method="cash" if card_paid and rng.random() < 0.15 and not note_paid else None,
    )
    if extras is not None and form.refund_method is None and extras.as_credit():
        form = replace(form, refund_method=CREDIT)
    # Mostly someone other than who made the sale; the review flags the other returns.
    others = [s for s in clerks if s.id != sale.clerk_id]
    clerk = rng.choice(others if others and rng.random() < 0.85 else clerks)
    judgement = judge(session, sale, form, shop, shop.local_date(moment))
    override = None
    overridable = all(d.refusal in ("window", "condition", "misuse") for d in judgement.refused)
    wanted = (not judgement.allowed or judgement.deduction) and override_reason and overridable
    takers = [s for s in clerks if approver is not None and s.id != approver.id]
    if wanted and takers:
        if clerk.id == approver.id:
            clerk = rng.choice(takers)  # a manager cannot approve a return they take
        override = Override(approver.id, DEMO_MANAGER[1], override_reason)
    if override is None and not judgement.allowed:
        return 0  # refused at the counter: the customer leaves, nothing is recorded
    ret = record_return(session, sale.id, form, clerk, shop, now=moment, override=override)
    if extras is not None and ret.credit_code and sale.customer_phone:
        extras.notes[sale.customer_phone] = ret.credit_code
    return 1


def _demo_no_receipt_returns(db: Database, shop: ShopSettings, now: datetime, days: int,
                             seed: int) -> int:
    """A return without a receipt a week (pos/return_no_receipt.py), at closing time, so
    its number follows the day's others: a regular customer's, approved by the demo
    manager, as store credit. Its own random draws: the sales and returns above are the
    same with or without it."""
    rng = random.Random(seed * 18 + 1)
    recorded = 0
    with db.write() as session:
        staff = list(session.scalars(select(Staff).where(Staff.active)))
        approver = _demo_approver(staff)
        clerks = [s for s in staff if approver is not None and s.id != approver.id]
        products = list(session.scalars(select(Product).where(Product.active)))
        if not clerks or not products:
            return 0
        for week in range(days // 7):
            day = shop.local_date(now) - timedelta(days=1 + 7 * week)
            moment = datetime.combine(day, time(21, 0, 30), shop.zone).astimezone(timezone.utc)
            product = rng.choice(products)
            customer = rng.choice(SERIAL_RETURNERS)
            lines = [find_line(session, product.sku, day)]
            form = ReturnForm({}, rng.choice((Reason.CHANGE_OF_MIND, Reason.NOT_AS_PRESENTED)),
                              Remedy.REFUND, True, True)
            record_no_receipt_return(
                session, lines, form, customer.phone, customer.name, rng.choice(clerks), shop,
                Override(approver.id, DEMO_MANAGER[1], "Regular customer, receipt lost."),
                now=moment)
            recorded += 1
    return recorded


def _return_moment(rng: random.Random, shop: ShopSettings, sold_at: datetime) -> datetime:
    day = shop.local_date(sold_at) + timedelta(days=rng.choice(DAYS_LATER))
    local = datetime.combine(day, time(9), shop.zone) + timedelta(seconds=rng.randrange(12 * 3600))
    return max(local.astimezone(timezone.utc), sold_at + timedelta(minutes=20))


def _png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small, real PNG (one colour): the demo's stand-in for a photo of a defect."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


DEMO_PHOTO = _png(8, 8, (180, 40, 40))


def _shop_hours_moment(rng: random.Random, shop: ShopSettings, now: datetime, days: int) -> datetime:
    today = shop.local_date(now)
    for _ in range(100):
        day = today - timedelta(days=rng.randrange(max(days, 1)))
        local = datetime.combine(day, time(9), shop.zone) + timedelta(seconds=rng.randrange(12 * 3600))
        moment = local.astimezone(timezone.utc)
        if moment <= now:
            return moment
    return now


def _random_cart(rng: random.Random, session: Session, products: list[Product]) -> Cart:
    cart = Cart()
    for product in rng.sample(products, k=rng.choice([1, 1, 1, 2, 2, 3, 4])):
        item = cart_item(session, product)
        item.quantity = rng.choice([1, 1, 1, 1, 2, 3])
        cart.add(item)
    return cart


def _restock_if_needed(session: Session, cart: Cart, moment: datetime) -> None:
    for item in cart.items:
        product = session.get(Product, item.product_id)
        if product.stock < item.quantity:
            received = 50
            product.stock += received
            session.add(StockMovement(product_id=product.id, delta=received, reason="receive",
                                      note="demo delivery", created_at=moment))


def _cart_total(session: Session, cart: Cart, shop: ShopSettings, moment: datetime) -> Money:
    return price_for_checkout(session, cart, shop.local_date(moment)).total


def _rounded_up_cash(rng: random.Random, total: Money) -> Money:
    step = rng.choice([1, 10, 50, 100, 200])
    major = -(-total.minor // (step * 100)) * step
    return Money(major * 100)


def _random_customer(rng: random.Random) -> Customer:
    if rng.random() >= 0.5:
        return Customer()
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    handle = f"{first}.{last}".lower().replace(" ", "")
    return Customer(
        name=f"{first} {last}",
        email=f"{handle}{rng.randrange(100)}@example.ma",
        phone=f"+2126{rng.choice('12567')}{rng.randrange(10**7):07d}",  # valid Moroccan mobiles
        consent=True,
    )


# ----- issue 18's counter: split payments, store credit, clerk discounts, gift receipts ---------
DISCOUNT_REASONS = ["Loyal customer", "Small mark on the fabric, sold as seen",
                    "Last one in this size"]


class _Extras:
    """The demo's share of what clerks do beyond a plain sale: now and then a clerk's 10% off a
    line, a card and cash split, a refund given as store credit and spent at the customer's
    next visit, a gift receipt printed; and one cart left parked at the end."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.notes: dict[str, str] = {}   # customer's phone -> their latest credit note

    def as_credit(self) -> bool:
        return self.rng.random() < 0.25

    def payment(self, session: Session, cart: Cart, shop: ShopSettings, moment: datetime,
                customer: Customer, payment, clerk: Staff):
        if cart.items and self.rng.random() < 0.04:
            cart.items[0].discount = ClerkDiscount(
                reason=self.rng.choice(DISCOUNT_REASONS), given_by=clerk.id,
                percent=Decimal("10"))
        code = self.notes.get(customer.phone) if customer.phone else None
        split = self.rng.random() < 0.06
        if code is None and not split:
            return payment
        total = _cart_total(session, cart, shop, moment)
        credits: tuple[CreditPart, ...] = ()
        if code is not None:
            note = credit_note(session, code)
            if note is None or note.expired(shop.local_date(moment)) or not note.balance:
                del self.notes[customer.phone]
            else:
                credits = (CreditPart(code, min(note.balance, total)),)
        left = total - money_sum(part.amount for part in credits)
        card = Money.zero()
        if split and left >= Money.of("100"):
            card = Money(left.minor // 5000 * 5000)   # a round card part, the rest in cash
            if card == left:
                card = left - Money.of("20")
        cash = left - card
        tendered = _rounded_up_cash(self.rng, cash) if cash else Money.zero()
        if not credits and not card:
            return payment
        return SplitPayment(card=card, credits=credits, tendered=tendered)

    def after_sale(self, session: Session, sale: Sale, clerk: Staff) -> None:
        if self.rng.random() < 0.02:
            record_gift_receipt(session, clerk.id, sale.order_number, "receipt printer")

    def park_one(self, session: Session, products: list[Product], clerks: list[Staff],
                 shop: ShopSettings, now: datetime) -> None:
        """A customer who went to fetch their wallet: their cart waits on F6's list."""
        cart = _random_cart(self.rng, session, products)
        clerk = self.rng.choice(clerks)
        total = _cart_total(session, cart, shop, now)
        park(session, clerk, cart, SERIAL_RETURNERS[1], total, now=now - timedelta(minutes=10))
