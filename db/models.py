"""The shop's records. Changed only through Alembic migrations (db/migrations)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    func,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import MoneyType, PercentType, UTCDateTime, new_uid, utc_now
from pos.money import Money

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """One shop setting, its value as JSON text."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # "clerk" or "manager"
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed_pin_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The window's language while they are logged in; None: the shop's.
    language: Mapped[str | None] = mapped_column(String(8))

    __table_args__ = (CheckConstraint("role IN ('clerk', 'manager')", name="role"),)

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


product_collections = Table(
    "product_collections",
    Base.metadata,
    Column("product_id", ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
    Column("collection_id", ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True),
    # The products screen filters by collection: without it, a scan of every link.
    Index("ix_product_collections_collection_id", "collection_id", "product_id"),
)


class Collection(Base):
    __tablename__ = "collections"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)

    products: Mapped[list[Product]] = relationship(
        secondary=product_collections, back_populates="collections"
    )


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Not unique: Shopify lets several variants share a SKU, and a scan of it asks which.
    sku: Mapped[str] = mapped_column(String(64), index=True)
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    # An imported Shopify variant: its product's Handle and its option values, as Shopify
    # itself identifies it (pos.catalog_import.shopify_key); a re-import finds it by this.
    shopify_key: Mapped[str | None] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # Lower-cased, accent-free name and SKU: what a typed search is matched against; its
    # words are indexed in db.search.product_search (FTS5, kept by the database's triggers).
    search_key: Mapped[str] = mapped_column(String(300), index=True)
    price: Mapped[Money] = mapped_column(MoneyType)
    stock: Mapped[int] = mapped_column(Integer, default=0)
    # False: nobody has counted it yet (imported without a tracked quantity), so it sells
    # without a stock check until the manager receives or counts it.
    stock_counted: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # Shopify's "Variant Inventory Policy" continue: selling beyond the stock needs no manager.
    oversell_allowed: Mapped[bool] = mapped_column(Boolean, default=False,
                                                   server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    collections: Mapped[list[Collection]] = relationship(
        secondary=product_collections, back_populates="products"
    )

    __table_args__ = (
        CheckConstraint("price >= 0", name="price_not_negative"),
        # A SKU typed at the counter, in any case (pos.catalog.find_by_code). SQLite uses
        # it only where a query compares this very expression, lower(sku).
        Index("ix_products_sku_lower", func.lower(sku)),
    )


class Promotion(Base):
    """A price rule: a percentage or an amount off one product or a whole collection,
    from starts_on to ends_on inclusive (the shop's local dates)."""

    __tablename__ = "promotions"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    percent_off: Mapped[Decimal | None] = mapped_column(PercentType)
    amount_off: Mapped[Money | None] = mapped_column(MoneyType)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    collection_id: Mapped[int | None] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE")
    )
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    product: Mapped[Product | None] = relationship()
    collection: Mapped[Collection | None] = relationship()

    __table_args__ = (
        CheckConstraint(
            "(percent_off IS NULL) <> (amount_off IS NULL)", name="one_kind_of_discount"
        ),
        CheckConstraint("(product_id IS NULL) <> (collection_id IS NULL)", name="one_target"),
        CheckConstraint("percent_off IS NULL OR (percent_off > 0 AND percent_off <= 10000)",
                        name="percent_range"),
        CheckConstraint("amount_off IS NULL OR amount_off > 0", name="amount_positive"),
    )


class OrderCounter(Base):
    """The last number given out per prefix and business day: S-20261122-0007."""

    __tablename__ = "order_counters"
    prefix: Mapped[str] = mapped_column(String(4), primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class TillFact:
    """A fact a till records and never changes (a sale, a payment, a stock movement...), in a
    form that can leave the till: its uid is unique in every till and shop, made here when
    the row is written (so a till's hub can take the same fact twice and keep it once); till
    is the code of the till that made it, empty until the till is attached to a hub."""

    uid: Mapped[UUID] = mapped_column(Uuid, default=new_uid, index=True, unique=True)
    till: Mapped[str | None] = mapped_column(String(16))


class Sale(TillFact, Base):
    __tablename__ = "sales"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_number: Mapped[str] = mapped_column(String(32), unique=True)
    # The cart's own id: saving the same cart twice gives back the first sale.
    checkout_key: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    business_date: Mapped[date] = mapped_column(Date, index=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    subtotal: Mapped[Money] = mapped_column(MoneyType)
    discount_total: Mapped[Money] = mapped_column(MoneyType)
    total: Mapped[Money] = mapped_column(MoneyType)
    customer_name: Mapped[str | None] = mapped_column(String(120))
    customer_email: Mapped[str | None] = mapped_column(String(254))
    customer_phone: Mapped[str | None] = mapped_column(String(20), index=True)  # E.164
    customer_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    # SHA-256 hex of the E.164 phone: finds a customer's returns without reading the number.
    customer_phone_hash: Mapped[str | None] = mapped_column(String(64), index=True)

    clerk: Mapped[Staff] = relationship()
    lines: Mapped[list[SaleLine]] = relationship(
        back_populates="sale", order_by="SaleLine.line_no", cascade="all, delete-orphan"
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="sale", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("total >= 0", name="total_not_negative"),
        # The 30-day return-rate chart sums a month of totals from the index alone.
        Index("ix_sales_business_date_total", "business_date", "total"),
    )


class SaleLine(TillFact, Base):
    __tablename__ = "sale_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    # What was sold, as it was then: later price or name changes do not rewrite history.
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    unit_price: Mapped[Money] = mapped_column(MoneyType)
    quantity: Mapped[int] = mapped_column(Integer)
    discount: Mapped[Money] = mapped_column(MoneyType)
    promotion_name: Mapped[str | None] = mapped_column(String(120))
    total: Mapped[Money] = mapped_column(MoneyType)
    stock_override_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    sale: Mapped[Sale] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()

    __table_args__ = (
        UniqueConstraint("sale_id", "line_no", name="uq_sale_lines_sale_line_no"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("discount >= 0 AND total >= 0", name="amounts_not_negative"),
    )


class Payment(TillFact, Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id", ondelete="CASCADE"), index=True)
    # "cash", "card", "credit" (a credit note, named by credit_code), or "exchange": the
    # credit of items returned in an exchange. A sale may have several (a split payment).
    method: Mapped[str] = mapped_column(String(8))
    amount: Mapped[Money] = mapped_column(MoneyType)
    tendered: Mapped[Money | None] = mapped_column(MoneyType)
    change: Mapped[Money | None] = mapped_column(MoneyType)
    credit_code: Mapped[str | None] = mapped_column(String(16), index=True)

    sale: Mapped[Sale] = relationship(back_populates="payments")

    __table_args__ = (CheckConstraint("method IN ('cash', 'card', 'exchange', 'credit')",
                                      name="method"),)


class StockMovement(TillFact, Base):
    """Every change to a product's stock, so its stock can be explained line by line."""

    __tablename__ = "stock_movements"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(16))
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), index=True)
    return_id: Mapped[int | None] = mapped_column(ForeignKey("returns.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    __table_args__ = (
        Index("ix_stock_movements_product_created", "product_id", "created_at"),
        CheckConstraint("delta <> 0", name="delta_not_zero"),
    )


class PolicyVersion(Base):
    """The return policy's numbers as a manager set them. Never edited: a change adds a
    version, and each return keeps the version it was judged under."""

    __tablename__ = "policy_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    settings: Mapped[str] = mapped_column(Text)  # JSON of pos.return_policy.PolicySettings


class Return(TillFact, Base):
    """A customer bringing sold items back: a refund, or an exchange for new items."""

    __tablename__ = "returns"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_number: Mapped[str] = mapped_column(String(32), unique=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    business_date: Mapped[date] = mapped_column(Date, index=True)
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    remedy: Mapped[str] = mapped_column(String(16))          # refund / exchange
    reason: Mapped[str] = mapped_column(String(24))
    note: Mapped[str | None] = mapped_column(Text)
    returned_value: Mapped[Money] = mapped_column(MoneyType)
    deduction: Mapped[Money] = mapped_column(MoneyType)
    refund: Mapped[Money] = mapped_column(MoneyType)          # money given back
    refund_method: Mapped[str | None] = mapped_column(String(8))  # cash / card / credit
    # A refund as store credit is a credit note: its code (printed as a barcode), its expiry.
    credit_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    credit_expires_on: Mapped[date | None] = mapped_column(Date)
    # Exchange: the new items are a sale of their own, paid first by the returned credit.
    exchange_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"))
    collected: Mapped[Money] = mapped_column(MoneyType)       # paid by the customer on an exchange
    policy_version_id: Mapped[int] = mapped_column(ForeignKey("policy_versions.id"))
    explanation: Mapped[str] = mapped_column(Text)
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    override_reason: Mapped[str | None] = mapped_column(Text)
    shipped_city: Mapped[str | None] = mapped_column(String(120))
    shipped_address: Mapped[str | None] = mapped_column(String(300))

    sale: Mapped[Sale] = relationship(foreign_keys=[sale_id])
    exchange_sale: Mapped[Sale | None] = relationship(foreign_keys=[exchange_sale_id])
    clerk: Mapped[Staff] = relationship(foreign_keys=[clerk_id])
    override_by: Mapped[Staff | None] = relationship(foreign_keys=[override_by_id])
    lines: Mapped[list[ReturnLine]] = relationship(back_populates="ret", cascade="all, delete-orphan")

    __table_args__ = (
        CheckConstraint("refund >= 0 AND deduction >= 0 AND returned_value >= 0 AND collected >= 0",
                        name="amounts_not_negative"),
        CheckConstraint("refund + deduction <= returned_value", name="refund_within_value"),
    )


class ReturnLine(TillFact, Base):
    __tablename__ = "return_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"), index=True)
    sale_line_id: Mapped[int] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    original_condition: Mapped[bool] = mapped_column(Boolean)
    original_packaging: Mapped[bool] = mapped_column(Boolean)
    outcome: Mapped[str] = mapped_column(String(16))
    returned_value: Mapped[Money] = mapped_column(MoneyType)
    deduction: Mapped[Money] = mapped_column(MoneyType)
    refund: Mapped[Money] = mapped_column(MoneyType)
    restocked: Mapped[bool] = mapped_column(Boolean)
    decision: Mapped[str] = mapped_column(Text)   # the policy's sentence, before any override
    photo_name: Mapped[str | None] = mapped_column(String(200))
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)

    ret: Mapped[Return] = relationship(back_populates="lines")
    sale_line: Mapped[SaleLine] = relationship()

    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)


class AuditEntry(TillFact, Base):
    """Append-only: who did what, when, with the amounts. Never updated or deleted."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)  # JSON


class OutboxEvent(Base):
    """A TikTok event waiting to be sent, queued in the same transaction as what it reports.
    Contact data in the payload is already hashed. Sent only after TikTok accepted it."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(120), unique=True)
    event_name: Mapped[str] = mapped_column(String(32))
    event_time: Mapped[datetime] = mapped_column(UTCDateTime)
    business_date: Mapped[date] = mapped_column(Date, index=True)
    payload: Mapped[str] = mapped_column(Text)  # the event's JSON, as it will be sent
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="waiting")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The channel the event was queued under, kept so that a later switch in the TikTok
    # settings changes only later sales. NULL (rows queued before 0015): the current settings.
    event_source: Mapped[str | None] = mapped_column(String(10))
    event_source_id: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_outbox_status_id", "status", "id"),
        # A day's waiting and failed events, for the Z report, without reading every waiting
        # event of the year (which ix_outbox_status_id would).
        Index("ix_outbox_business_date_status", "business_date", "status"),
        # not_sent: kept to be counted, never sent (why in last_error: tracking.sync).
        CheckConstraint("status IN ('waiting', 'sent', 'failed', 'expired', 'not_sent')",
                        name="status"),
    )


class CashMovement(TillFact, Base):
    """Money put into or taken out of the drawer outside a sale or a return, and the day's
    opening float. Each with who did it and why."""

    __tablename__ = "cash_movements"
    id: Mapped[int] = mapped_column(primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(8))  # "float", "in" or "out"
    amount: Mapped[Money] = mapped_column(MoneyType)
    reason: Mapped[str] = mapped_column(String(200))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    staff: Mapped[Staff] = relationship()

    __table_args__ = (
        CheckConstraint("kind IN ('float', 'in', 'out')", name="kind"),
        CheckConstraint("amount > 0 OR (kind = 'float' AND amount = 0)", name="amount_positive"),
    )


class DayClose(TillFact, Base):
    """A business day's cash, counted and closed by a manager. Once closed, the day's cash
    can be reprinted, never edited."""

    __tablename__ = "day_closes"
    id: Mapped[int] = mapped_column(primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, unique=True)
    counted: Mapped[Money] = mapped_column(MoneyType)
    expected: Mapped[Money] = mapped_column(MoneyType)
    difference: Mapped[Money] = mapped_column(MoneyType)   # counted - expected
    counted_by_denomination: Mapped[str] = mapped_column(Text)  # JSON {"200.00": 3, ...}
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    closed_by: Mapped[Staff] = relationship()

    __table_args__ = (CheckConstraint("counted >= 0", name="counted_not_negative"),)


class HubLink(Base):
    """The till's link to its shop's hub (issue 15): no row while the till stands alone.
    Written by the till's sync (db/hub): where it stands with the hub, for the status bar."""

    __tablename__ = "hub_link"
    id: Mapped[int] = mapped_column(primary_key=True)
    shop: Mapped[str] = mapped_column(String(16))
    till: Mapped[str] = mapped_column(String(16))
    attached_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # The hub's change number of the last master data applied here.
    pulled_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_push_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_pull_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    unreachable_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (CheckConstraint("id = 1", name="one_link"),)


class HubPushed(Base):
    """Per fact table, the highest local id the hub has (made here; a till's ids only grow)."""

    __tablename__ = "hub_pushed"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)


class ParkedCart(Base):
    """A cart the clerk set aside (F6) to serve the next customer, until it is recalled or a
    manager voids it. The till's own: ids are plain integers (no foreign key to staff or
    products, which the hub owns), the lines and the customer JSON."""

    __tablename__ = "parked_carts"
    id: Mapped[int] = mapped_column(primary_key=True)
    parked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    clerk_id: Mapped[int | None] = mapped_column(Integer)
    clerk_name: Mapped[str] = mapped_column(String(80))
    checkout_key: Mapped[str] = mapped_column(String(36))
    lines: Mapped[str] = mapped_column(Text)     # JSON [{"product_id", "sku", "name", ...}]
    customer: Mapped[str] = mapped_column(Text)  # JSON {"name", "email", "phone", "consent"}
    # JSON of the clerk's discount on the whole cart (pos.parked.discount_json), or null.
    discount: Mapped[str | None] = mapped_column(Text)
    item_count: Mapped[int] = mapped_column(Integer)
    total: Mapped[Money] = mapped_column(MoneyType)  # at parking, for the list
