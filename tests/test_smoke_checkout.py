from sqlalchemy import select

from db.models import Product, Sale, Staff
from pos.cart import Cart
from pos.checkout import CashPayment, complete_sale
from pos.money import Money
from pos.products import cart_item
from pos.shop import load_shop_settings
from tests.conftest import DEMO_NOW


def test_a_cash_sale_is_saved_with_its_order_number(db):
    with db.write() as s:
        clerk = s.scalar(select(Staff).where(Staff.role == "clerk"))
        shirt = s.scalar(select(Product).where(Product.sku == "1077218"))
        cart = Cart()
        cart.add(cart_item(s, shirt))
        sale = complete_sale(s, cart, CashPayment(Money.of("200")), clerk,
                             load_shop_settings(s), now=DEMO_NOW)
    assert sale.order_number == "S-20261122-0001"
    with db.read() as s:
        saved = s.scalar(select(Sale))
        assert saved.total == Money.of("150")
        assert saved.payments[0].change == Money.of("50")
