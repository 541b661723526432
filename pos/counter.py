"""The sale in progress at the counter: the cart, the customer and the checkout key; what a
scanned or typed text means; the out-of-stock rule and its manager's approval; the TikTok
events on the way to the till; completing the sale. No Qt: the sale screen shows the
results and forwards the keys.

Each step opens its own short session, synchronously: this is the counter's hot path, and
a scan is in the cart before the next key is read.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date

from db.engine import Database
from db.models import Product, Staff
from db.types import utc_now
from pos.cart import Cart, CartError, CartItem, PricedCart
from pos.catalog import clean_code, lookup
from pos.checkout import (CardPayment, CashPayment, CheckoutError, SplitPayment, complete_sale,
                          split_problem, tiktok_user)
from pos.customer import Customer
from pos.discounts import (ClerkDiscount, DiscountError, check_reason, load_limits,
                           parse_discount, parse_new_price, within_limit)
from pos.i18n import N_, _, ngettext
from pos.money import Money, format_money, money_sum
from pos.pricing import rules_running
from pos.products import cart_item
from pos.shop import ShopSettings
from pos.store_credit import cannot_pay, look_up, looks_like_code, read_code, unusable
from tracking.events import EventContent
from tracking.outbox import queue_initiate_checkout, queue_view_content

# A receipt's number (a sale's S-, a return's R-, a gift receipt's G-S-): scanned at the
# till, it is a return. With the till's code once the till is attached (S-T2-20261201-0007),
# without it before (S-20261201-0007); past the day's 9999th, five digits.
ORDER_NUMBER = re.compile(r"^(?:G-S|[SR])-(?:[A-Z0-9]{1,16}-)?\d{8}-\d{4,}$", re.IGNORECASE)
# "3*code" or "3x code": three at once (at most 9999, the cart's own limit).
QUANTITY_PREFIX = re.compile(r"^(\d{1,4})\s*[*xX]\s*(.+)$")
EMPTY_CART = N_("The cart is empty.")
log = logging.getLogger(__name__)


# ----- what a step gives back to the screen ---------------------------------------------------
@dataclass(frozen=True)
class ProductMatch:
    """One of several products a typed text finds, for the clerk to pick from."""
    id: int
    sku: str
    name: str
    price: Money


@dataclass(frozen=True)
class Added:
    """The product is in the cart: its line, at this row."""
    line: CartItem
    row: int
    message: str


@dataclass(frozen=True)
class Changed:
    """A line's quantity changed."""
    row: int


@dataclass(frozen=True)
class Removed:
    row: int
    message: str


@dataclass(frozen=True)
class Choose:
    """Several products match what was typed: the clerk picks one."""
    text: str
    matches: list[ProductMatch]
    quantity: int

    @property
    def message(self) -> str:
        return ngettext("{n} product matches '{text}': pick one.",
                        "{n} products match '{text}': pick one.",
                        len(self.matches)).format(n=len(self.matches), text=self.text)


@dataclass(frozen=True)
class ReceiptScanned:
    """A receipt's order number: the customer brings something back."""
    order_number: str


@dataclass(frozen=True)
class CreditNoteScanned:
    """A credit note's code scanned with items in the cart: it pays for them (split
    payment), it is never a product."""
    code: str


@dataclass(frozen=True)
class Refused:
    """What the clerk asked cannot be done; the cart is unchanged."""
    message: str


class BadQuantity(Refused):
    """The quantity typed before a code cannot be sold: the text stays, to be corrected."""


class NotFound(Refused):
    """No product has the code or name typed: the text stays, to be corrected."""


@dataclass(frozen=True)
class NeedsApproval:
    """Selling this needs more than the stock on hand: a manager must allow it first."""
    item: CartItem  # what goes into the cart once allowed (added to its line, if any)
    wanted: int     # the line's quantity then

    @property
    def stock(self) -> int:
        return max(self.item.stock, 0)

    @property
    def question(self) -> str:
        return _("Only {stock} of {name} in stock, and this sale needs {wanted}. A manager "
                 "can allow selling it anyway.").format(stock=self.stock, name=self.item.name,
                                                        wanted=self.wanted)

    @property
    def message(self) -> str:
        return _("Only {stock} of {name} in stock: a manager must approve.").format(
            stock=self.stock, name=self.item.name)

    @property
    def refused_message(self) -> str:
        return _("{name} not added: only {stock} in stock.").format(
            name=self.item.name, stock=self.stock)


@dataclass(frozen=True)
class DiscountNeedsApproval:
    """A discount beyond the clerk's limit: a manager must approve it with their PIN."""
    row: int | None  # None: on the whole cart
    discount: ClerkDiscount
    off: Money
    locale: str

    @property
    def question(self) -> str:
        return _("A discount of {amount} is beyond your limit. A manager can approve it.").format(
            amount=format_money(self.off, self.locale))


@dataclass(frozen=True)
class Completed:
    order_number: str
    sale_id: int


Offer = Added | NeedsApproval | Refused


@dataclass(frozen=True)
class KeptSale:
    """A clerk's cart and customer, kept while they are logged out, back when they log in."""
    cart: Cart
    customer: Customer

    @property
    def words(self) -> str:
        """What is kept, in the language spoken when it is read (the clerk logs out in
        Arabic, the login says it in the shop's French): "3 items and the customer's details"."""
        return sale_words(self.cart, self.customer)


def sale_words(cart: Cart, customer: Customer) -> str:
    """'3 items', '3 items and the customer's details', or 'the customer's details'."""
    if not cart.items:
        return _("the customer's details")
    count = sum(item.quantity for item in cart.items)
    if customer.is_empty:
        return ngettext("{n} item", "{n} items", count).format(n=count)
    return ngettext("{n} item and the customer's details",
                    "{n} items and the customer's details", count).format(n=count)


# ----- the sale in progress ---------------------------------------------------------------------
class SaleInProgress:
    def __init__(self, db: Database, shop: ShopSettings):
        self.db = db
        self.shop = shop
        self.clerk: Staff | None = None
        self.cart = Cart()
        self.customer = Customer()
        self._saving = False
        self._kept: dict[int, KeptSale] = {}  # by clerk id: their sale while logged out

    def start_shift(self, clerk_id: int) -> KeptSale | None:
        """The clerk at the counter; the sale they left when they logged out comes back,
        or else an empty cart."""
        # Loaded once for the shift, not on every sale: checkout needs only who it was.
        with self.db.read() as session:
            self.clerk = session.get(Staff, clerk_id)
        kept = self._kept.pop(clerk_id, None)
        if kept is None:
            self.clear()
        else:
            self.cart, self.customer = kept.cart, kept.customer
        return kept

    def end_shift(self) -> KeptSale | None:
        """The clerk logs out: a sale under way is kept for them (as Square and Shopify do),
        never given to the next clerk, never lost."""
        kept = None
        if self.clerk is not None and self.in_progress():
            kept = KeptSale(self.cart, self.customer)
            self._kept[self.clerk.id] = kept
        self.clerk = None
        self.cart, self.customer = Cart(), Customer()
        return kept

    def in_progress(self) -> bool:
        """Something a new sale would throw away: a line in the cart or a customer."""
        return bool(self.cart.items) or not self.customer.is_empty

    def void_question(self) -> str:
        """What starting a new sale now would throw away, as the question the clerk answers."""
        what = sale_words(self.cart, self.customer)
        if not self.cart.items:
            return _("Start a new sale? This sale will be voided: {what}.").format(what=what)
        total = format_money(self.priced().total, self.shop.locale)
        return _("Start a new sale? This sale will be voided: {what} ({total}).").format(
            what=what, total=total)

    def clear(self) -> None:
        """The next customer's sale: an empty cart with a new checkout key, no customer."""
        self.cart.clear()
        self.customer = Customer()

    # ----- a scanned or typed text -------------------------------------------------------------
    def scan(self, text: str) -> (Offer | Choose | NotFound | ReceiptScanned | BadQuantity
                                  | CreditNoteScanned):
        """What the text means: a receipt, a product's code, or words of its name, maybe
        with a quantity before it ("3*code")."""
        text = text.strip()
        quantity = 1
        prefixed = QUANTITY_PREFIX.match(text)
        if prefixed:
            quantity, text = int(prefixed.group(1)), prefixed.group(2).strip()
            if quantity < 1:
                return BadQuantity(_("A quantity is at least 1."))
        code = clean_code(text)
        if not prefixed and looks_like_code(code):
            if not self.cart.items:
                return Refused(_("This is a credit note: it pays for a sale. Scan the items "
                                 "first, then the note."))
            return CreditNoteScanned(read_code(code))
        if ORDER_NUMBER.match(code):
            return ReceiptScanned(code.upper())
        with self.db.read() as session:
            found = lookup(session, text)
            if len(found) == 1:
                return self.add_item(cart_item(session, found[0], quantity))
            matches = [ProductMatch(p.id, p.sku, p.name, p.price) for p in found]
        if not matches:
            return NotFound(_("No product has the code or name '{text}'. Check it, or type "
                              "part of the name.").format(text=text))
        return Choose(text, matches, quantity)

    def add_product(self, product_id: int, quantity: int = 1) -> Offer:
        """The product the clerk picked among several matches."""
        with self.db.read() as session:
            item = cart_item(session, session.get(Product, product_id), quantity)
        return self.add_item(item)

    def add_item(self, item: CartItem) -> Offer:
        """Into the cart, unless the line would then need more than the stock and no
        manager has allowed that line yet."""
        existing = self._line_of(item.product_id)
        wanted = item.quantity + (existing.quantity if existing else 0)
        allowed = existing is not None and existing.stock_override_by is not None
        if item.beyond_stock(wanted) and not allowed:
            return NeedsApproval(item, wanted)
        return self._put_in_cart(item)

    def approve(self, request: NeedsApproval, manager_id: int) -> Added | Refused:
        """A manager allowed it: the approval is recorded on the line, and saved with it."""
        request.item.stock_override_by = manager_id
        existing = self._line_of(request.item.product_id)
        if existing is not None:
            existing.stock_override_by = manager_id
        return self._put_in_cart(request.item)

    def _line_of(self, product_id: int) -> CartItem | None:
        return next((i for i in self.cart.items if i.product_id == product_id), None)

    def _put_in_cart(self, item: CartItem) -> Added | Refused:
        try:
            line = self.cart.add(item)
        except CartError as error:
            return Refused(str(error))
        self._queue_event(queue_view_content, self.cart.checkout_key, EventContent(
            content_id=item.sku, content_name=item.name, quantity=1, price=item.unit_price),
            *self._moment())
        return Added(line, self.cart.items.index(line), f"{line.name} × {line.quantity}")

    # ----- the lines ---------------------------------------------------------------------------
    def change_quantity(self, row: int, step: int) -> Changed | NeedsApproval | Refused:
        refused = self._no_line_at(row)
        return refused or self.set_quantity(row, self.cart.items[row].quantity + step)

    def set_quantity(self, row: int, quantity: int) -> Changed | NeedsApproval | Refused:
        refused = self._no_line_at(row)
        if refused:
            return refused
        item = self.cart.items[row]
        if item.beyond_stock(quantity) and item.stock_override_by is None:
            more = CartItem(**{**item.__dict__, "quantity": quantity - item.quantity})
            return NeedsApproval(more, quantity)
        try:
            self.cart.set_quantity(row, quantity)
        except CartError as error:
            return Refused(str(error))
        return Changed(row)

    def remove(self, row: int) -> Removed | Refused:
        refused = self._no_line_at(row)
        if refused:
            return refused
        return Removed(row, _("Removed {name}.").format(name=self.cart.remove(row).name))

    def _no_line_at(self, row: int) -> Refused | None:
        if not self.cart.items:
            return Refused(_(EMPTY_CART))
        if not 0 <= row < len(self.cart.items):
            return Refused(_("Pick a line first."))
        return None

    # ----- the clerk's discount ------------------------------------------------------------
    def give_discount(self, row: int, text: str, percent: bool, reason: str,
                      new_price: bool = False) -> Changed | DiscountNeedsApproval | Refused:
        """A percent or an amount off the line, after its promotion, or a new unit price
        (new_price). Within the clerk's limit it is on the line at once; beyond it, a
        manager must approve."""
        refused = self._no_line_at(row)
        if refused:
            return refused
        try:
            if new_price:
                value = parse_new_price(text, self.shop.locale)
            else:
                value = parse_discount(text, percent, self.shop.locale)
            reason = check_reason(reason)
        except DiscountError as error:
            return Refused(str(error))
        discount = ClerkDiscount(reason=reason, given_by=self.clerk.id,
                                 percent=value if percent and not new_price else None,
                                 amount=None if percent or new_price else value,
                                 unit_price=value if new_price else None)
        price = self.priced().lines[row].price
        if not price.after_promotion:
            return Refused(_("This line is already free."))
        off = discount.off(price.after_promotion, price.quantity)
        if new_price and not off:
            return Refused(_("The new price must be lower than the price now."))
        with self.db.read() as session:
            limits = load_limits(session)
        if not within_limit(limits, self.clerk.role, price.after_promotion, off):
            return DiscountNeedsApproval(row, discount, off, self.shop.locale)
        self.cart.items[row].discount = discount
        return Changed(row)

    def give_cart_discount(self, text: str, percent: bool, reason: str,
                           ) -> Changed | DiscountNeedsApproval | Refused:
        """A percent or an amount off the whole cart, after the promotions and the lines'
        own discounts. The limit counts the clerk's discounts on the lines with it."""
        if not self.cart.items:
            return Refused(_(EMPTY_CART))
        try:
            value = parse_discount(text, percent, self.shop.locale)
            reason = check_reason(reason)
        except DiscountError as error:
            return Refused(str(error))
        discount = ClerkDiscount(reason=reason, given_by=self.clerk.id,
                                 percent=value if percent else None,
                                 amount=None if percent else value)
        given, self.cart.discount = self.cart.discount, discount
        try:
            priced = self.priced()
        finally:
            self.cart.discount = given
        if not priced.cart_discount:
            return Refused(_("This sale is already free."))
        with self.db.read() as session:
            limits = load_limits(session)
        if not within_limit(limits, self.clerk.role, priced.after_promotions,
                            priced.clerk_discounts):
            return DiscountNeedsApproval(None, discount, priced.cart_discount, self.shop.locale)
        self.cart.discount = discount
        return Changed(len(self.cart.items) - 1)

    def approve_discount(self, request: DiscountNeedsApproval, manager_id: int) -> Changed:
        approved = replace(request.discount, approved_by=manager_id)
        if request.row is None:
            self.cart.discount = approved
            return Changed(len(self.cart.items) - 1)
        self.cart.items[request.row].discount = approved
        return Changed(request.row)

    def remove_discount(self, row: int) -> Changed | Refused:
        refused = self._no_line_at(row)
        if refused:
            return refused
        self.cart.items[row].discount = None
        return Changed(row)

    # ----- paying ------------------------------------------------------------------------------
    def priced(self) -> PricedCart:
        """The cart with the promotions running today."""
        today = self.shop.local_date(utc_now())
        with self.db.read() as session:
            rules = rules_running(session, today)
        return self.cart.priced(rules, today)

    def start_checkout(self) -> PricedCart | Refused:
        """Payment starts: the priced cart, and InitiateCheckout queued (once per cart)."""
        if not self.cart.items:
            return Refused(_("The cart is empty: scan a product first."))
        priced = self.priced()
        contents = [EventContent(content_id=line.item.sku, content_name=line.item.name,
                                 quantity=line.item.quantity, price=line.item.unit_price)
                    for line in priced.lines]
        self._queue_event(queue_initiate_checkout, self.cart.checkout_key, contents,
                          priced.total, *self._moment(), user=tiktok_user(self.customer))
        return priced

    def complete(self, payment: CashPayment | CardPayment | SplitPayment,
                 ) -> Completed | Refused | None:
        """Saves the sale and starts the next; None while a save is already under way.
        Paying the same cart twice gives back the same sale (its checkout key)."""
        if self._saving:
            return None
        self._saving = True
        try:
            with self.db.write() as session:
                sale = complete_sale(session, self.cart, payment, self.clerk, self.shop,
                                     customer=self.customer)
                done = Completed(sale.order_number, sale.id)
        except CheckoutError as error:
            return Refused(str(error))
        finally:
            self._saving = False
        self.clear()
        return done

    def _moment(self) -> tuple:
        """Now, the shop's currency and business day: what an event about the cart carries."""
        now = utc_now()
        return now, self.shop.currency, self.shop.local_date(now)

    def _queue_event(self, queue, *args, **kwargs) -> None:
        """A TikTok event about the cart; once per cart (the outbox ignores repeats).
        Tracking never stops the counter: a failure is logged, the sale goes on."""
        try:
            with self.db.write() as session:
                queue(session, *args, **kwargs)
        except Exception:
            log.exception("Could not queue the TikTok %s event", queue.__name__)


# ----- a split payment ---------------------------------------------------------------------------
@dataclass(frozen=True)
class NoteToSpend:
    """A credit note the customer hands over at payment: what is left on it, until when."""
    code: str
    balance: Money
    expires_on: date | None


def note_to_spend(db: Database, code: str, shop: ShopSettings) -> NoteToSpend | Refused:
    """The note with this code, when it can pay today; otherwise why not, in one sentence.
    At a till of a shop it may ask the hub first (pos.store_credit.look_up): the payment
    screen runs it off the GUI thread."""
    if not looks_like_code(code):
        return Refused(_("'{code}' is not a credit note's code (CN- and 8 letters or "
                         "digits).").format(code=clean_code(code)))
    found = look_up(db, code)
    problem = unusable(found.note, code, shop.local_date(utc_now()), shop.locale)
    if problem is not None:
        if found.note is None and found.problem:
            problem = _("{problem} The hub, which knows the other tills' notes, did not "
                        "answer: {why}").format(problem=problem, why=found.problem)
        return Refused(problem)
    return NoteToSpend(found.note.code, found.note.balance, found.note.expires_on)


@dataclass(frozen=True)
class SplitSums:
    """Where a split payment stands as the clerk types it: what cash is left to pay, the
    change, and what keeps it from adding up (None once it does)."""
    due: Money
    not_cash: Money      # the card and the credit notes
    cash_left: Money     # what is left for cash (negative: card and notes pay too much)
    tendered: Money      # the cash handed over (the exact amount when none is typed)
    problem: str | None

    @property
    def change(self) -> Money:
        return self.tendered - self.cash_left if self.problem is None else Money.zero()


def split_sums(due: Money, card: Money, notes: list[tuple[NoteToSpend, Money]],
               tendered: Money | None, locale: str) -> SplitSums:
    """The arithmetic of a split payment: each note pays at most what is left on it; card
    and notes pay first and never more than is due; cash pays the rest, the only part that
    gives change. notes: each note and what it pays; tendered None: the exact cash."""
    credits = [amount for _note, amount in notes]
    not_cash = card + money_sum(credits)
    cash_left = due - not_cash
    given = cash_left if tendered is None else tendered
    above = next(((note, amount) for note, amount in notes if amount > note.balance), None)
    problem = split_problem(due, card, credits, max(given, Money.zero()) if tendered is None
                            else tendered, locale)
    if problem is None and above is not None:
        problem = cannot_pay(above[0].code, above[0].balance, above[1], locale)
    return SplitSums(due, not_cash, cash_left, given, problem)
