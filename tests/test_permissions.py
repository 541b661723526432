"""Permissions live in the services: a clerk (or nobody, or a manager who has left) calling a
manager's operation directly is refused and nothing is written. Each operation is also run
once by the manager, so a refusal can only come from the permission check."""
from __future__ import annotations

import ast
import sqlite3
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

import pos.catalog_admin as ca
from db.models import OutboxEvent, Product, Staff
from pos.cash import close_day, set_opening_float
from pos.catalog_import import import_products
from pos.discounts import save_limits
from pos.store_credit import StoreCreditSettings, save_store_credit_settings
from pos.hardware.drawer import manager_opening, record_opening
from pos.hardware.settings import HardwareSettings, change_hardware_settings
from pos.languages import current_languages, save_languages
from pos.cart import Cart
from pos.customer import Customer, make_customer
from pos.customers import erase_customer
from pos.money import Money
from pos.parked import park, void_parked
from pos.products import cart_item
from pos.returns import change_policy, current_policy
from pos.shop import load_shop_settings
from pos.shopify_inventory import import_counts
from pos.staff import LoginError, PermissionDenied, verify_manager
from tests.conftest import CLERK_NAME, CLERK_PIN, DEMO_NOW, MANAGER_NAME
from pos.tiktok import retry_events, save_tiktok_settings
from tracking.settings import TikTokSettings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
DAY = DEMO_NOW.date()


def _shirt(s) -> Product:
    return s.scalar(select(Product).order_by(Product.id))


def _in_session(action):
    """An operation on a session, run in its own write transaction as the screens do."""
    def run(db, staff_name):
        with db.write() as s:
            staff = s.scalar(select(Staff).where(Staff.name == staff_name)) if staff_name else None
            return action(s, staff)
    return run


def _retry(db, staff_name):
    with db.write() as s:
        s.add(OutboxEvent(event_id="perm-1", event_name="PlaceAnOrder", event_time=DEMO_NOW,
                          payload="{}", status="failed", attempts=5,
                          business_date=DAY))
    with db.read() as s:
        staff = s.scalar(select(Staff).where(Staff.name == staff_name)) if staff_name else None
        event_id = s.scalar(select(OutboxEvent.id).where(OutboxEvent.event_id == "perm-1"))
    return retry_events(db, [event_id], staff)


def _import(db, staff_name):
    with db.read() as s:
        staff_id = s.scalar(select(Staff.id).where(Staff.name == staff_name)) if staff_name else -1
    return import_products(db, FIXTURES / "shopify_products.csv", staff_id)


def _import_counts(db, staff_name):
    with db.read() as s:
        staff_id = s.scalar(select(Staff.id).where(Staff.name == staff_name)) if staff_name else -1
    return import_counts(db, FIXTURES / "shopify_inventory.csv", staff_id)


# The manager-only operations, by the name of the service function that checks.
def _open_drawer(s, who):
    """Checked before the pulse; recorded once it went (ui/till_printer.py)."""
    opening = manager_opening(who, "change for the bank")
    record_opening(s, who.id, opening)


def _erase_customer(s, who):
    """A customer known only from a parked cart, erased in the same transaction."""
    park(s, None, Cart([cart_item(s, _shirt(s))]),
         make_customer("Salma", "", "0612345678", consent=True), Money.of("150"))
    erase_customer(s, who, "0612345678", "asked by the customer")


OPERATIONS = {
    "manager_opening": _in_session(_open_drawer),
    "change_policy": _in_session(lambda s, who: change_policy(
        s, who, replace(current_policy(s), refund_days=5))),
    "set_opening_float": _in_session(lambda s, who: set_opening_float(
        s, load_shop_settings(s), who, DAY, Money.of("500"), now=DEMO_NOW)),
    "close_day": _in_session(lambda s, who: close_day(
        s, load_shop_settings(s), who, DAY, {Money.of("200"): 1}, now=DEMO_NOW)),
    "create_product": _in_session(lambda s, who: ca.create_product(
        s, who, ca.ProductDraft(sku="PERM-1", name="Permission test", price=Money.of("10"),
                                stock=3), now=DEMO_NOW)),
    "update_product": _in_session(lambda s, who: ca.update_product(
        s, who, _shirt(s).id, ca.ProductDraft(sku=_shirt(s).sku, name="Renamed",
                                              price=Money.of("1")), now=DEMO_NOW)),
    "set_active": _in_session(lambda s, who: ca.set_active(s, who, _shirt(s).id, False)),
    "create_collection": _in_session(lambda s, who: ca.create_collection(s, who, "Winter")),
    "rename_collection": _in_session(lambda s, who: ca.rename_collection(
        s, who, ca.collections(s)[0].id, "Renamed")),
    "save_promotion": _in_session(lambda s, who: ca.save_promotion(
        s, who, None, "Soldes", Decimal("10"), None, _shirt(s).id, None, DAY, None)),
    "end_promotion": _in_session(lambda s, who: ca.end_promotion(
        s, who, ca.promotions(s)[0].id, DAY)),
    "adjust_stock": _in_session(lambda s, who: ca.adjust_stock(
        s, who, _shirt(s).id, "lost", delta=-1, now=DEMO_NOW)),
    "assign_internal_barcodes": _in_session(lambda s, who: ca.assign_internal_barcodes(
        s, who, [p.id for p in s.scalars(select(Product).where(Product.barcode.is_(None)))]
        or [_shirt(s).id])),
    "save_tiktok_settings": _in_session(lambda s, who: save_tiktok_settings(
        s, TikTokSettings(event_source_id="PIXEL00000000000001"), who)),
    "save_languages": _in_session(lambda s, who: save_languages(
        s, who, replace(current_languages(s), shop="ar", receipt="fr+ar"))),
    "change_hardware_settings": _in_session(lambda s, who: change_hardware_settings(
        s, who, HardwareSettings(printer_url="tcp://192.168.1.50:9100", paper_mm=58))),
    "save_limits": _in_session(lambda s, who: save_limits(s, who, {"clerk": Decimal(15)})),
    "save_store_credit_settings": _in_session(lambda s, who: save_store_credit_settings(
        s, who, StoreCreditSettings(expiry_days=90))),
    "erase_customer": _in_session(_erase_customer),
    "retry_events": _retry,
    "import_products": _import,
    "import_counts": _import_counts,
    "void_parked": _in_session(lambda s, who: void_parked(s, who, [park(
        s, None, Cart([cart_item(s, _shirt(s))]), Customer(), Money.of("150"))])),
}


def dump(db) -> list[str]:
    """Every row of every table, as SQL text: the whole shop, to compare before and after."""
    with sqlite3.connect(db.engine.url.database) as conn:
        return list(conn.iterdump())


def _without_retry_setup(lines: list[str]) -> list[str]:
    # _retry writes its failed event as the test's own set-up, before the operation.
    return [line for line in lines if "perm-1" not in line]


@pytest.mark.parametrize("name", sorted(OPERATIONS))
@pytest.mark.parametrize("who", ["clerk", "nobody", "a manager who has left"])
def test_only_an_active_manager_can(db, name, who):
    staff_name = {"clerk": CLERK_NAME, "nobody": None,
                  "a manager who has left": MANAGER_NAME}[who]
    if who == "a manager who has left":
        with db.write() as s:
            s.scalar(select(Staff).where(Staff.name == MANAGER_NAME)).active = False
    before = _without_retry_setup(dump(db))

    with pytest.raises(PermissionDenied, match="Only a manager can"):
        OPERATIONS[name](db, staff_name)

    assert _without_retry_setup(dump(db)) == before


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_the_manager_can(db, name):
    before = _without_retry_setup(dump(db))
    OPERATIONS[name](db, MANAGER_NAME)
    assert _without_retry_setup(dump(db)) != before, f"{name} by the manager changed nothing"


def test_a_clerk_cannot_approve_as_a_manager_with_their_own_pin(db):
    with db.read() as s:
        clerk_id = s.scalar(select(Staff.id).where(Staff.name == CLERK_NAME))
    with pytest.raises((PermissionDenied, LoginError)):
        verify_manager(db, clerk_id, CLERK_PIN, now=DEMO_NOW + timedelta(minutes=1))


def _functions_that_check() -> set[str]:
    """Every service function in pos/ that calls require_manager itself (tracking/ may not
    import pos.staff: the layers contract in pyproject.toml)."""
    names = set()
    for folder in ("pos",):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef) and node.name != "require_manager":
                    calls = {c.func.id for c in ast.walk(node)
                             if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)}
                    if "require_manager" in calls:
                        names.add(node.name)
    return names


def test_every_manager_operation_is_in_this_file():
    """A new manager-only service is refused to a clerk only once it is listed above."""
    not_covered = _functions_that_check() - set(OPERATIONS) - {
        "verify_manager",  # tested above: a clerk's PIN is not a manager's approval
        "_check_override",  # the return override: tests/test_returns_service.py
        "_check_approvers",  # selling beyond the stock: tests/test_checkout.py
        "check_allowed",  # a discount's approver: tests/test_discounts.py
    }
    assert not_covered == set()
