"""Store credit in the Z report: a note spent is a payment method line, a refund as credit is a
return by method "credit" (not cash, not in the drawer), the notes given that day and what
the shop still owes on its notes; in the text, the CSV and on the roll. The expected cash
never moves with credit."""
from __future__ import annotations

import csv
import io

from pos.checkout import CreditPart, SplitPayment
from pos.i18n import speaking
from pos.money import Money
from pos.report_export import sales_csv, sales_lines
from pos.report_paper import z_report_paper
from pos.reports import sales_day
from pos.shop import load_shop_settings
from tests.test_returns_service import JEANS, on_day
from tests.test_store_credit import credit_from_shirt, pay


def z_of(db, day):
    with db.read() as s:
        shop = load_shop_settings(s)
        return sales_day(s, shop, day), shop


def test_the_day_a_note_is_given_it_is_a_credit_refund_and_owed_not_cash(db):
    day = on_day(1).date()
    before, _shop = z_of(db, day)
    credit_from_shirt(db)  # 150.00 refunded as credit on day 1
    z, shop = z_of(db, day)
    assert z.returns_by_method.get("credit") == Money.of("150")
    assert "cash" not in z.returns_by_method
    assert (z.credit_notes_issued, z.credit_issued, z.credit_outstanding) == (
        1, Money.of("150"), Money.of("150"))
    assert z.cash.cash_refunds == before.cash.cash_refunds
    assert z.cash.expected == before.cash.expected  # the drawer never sees a credit note
    with speaking("en"):
        lines = dict((label.strip(), value) for label, value in sales_lines(z, shop.locale))
    assert lines["Credit notes issued"].replace("\xa0", " ").replace("\u202f", " ") == (
        "1 note, 150,00 MAD")
    assert lines["Outstanding store credit"].replace("\xa0", " ") == "150,00 MAD"


def test_a_note_spent_is_a_payment_line_and_lowers_what_is_owed(db):
    code = credit_from_shirt(db)
    sale_day = on_day(2).date()
    before, _shop = z_of(db, sale_day)
    pay(db, SplitPayment(credits=(CreditPart(code, Money.of("100")),),
                         tendered=Money.of("199")), (JEANS, 1))  # 299: 100 credit, 199 cash
    z, shop = z_of(db, sale_day)
    assert z.by_method["credit"] == Money.of("100")
    assert z.by_method["cash"] - before.by_method["cash"] == Money.of("199")
    assert z.credit_notes_issued == 0 and z.credit_outstanding == Money.of("50")
    assert z.cash.expected - before.cash.expected == Money.of("199")  # only the cash part
    with speaking("en"):
        rows = list(csv.reader(io.StringIO(_csv(z))))
        roll = "\n".join(row.text for row in z_report_paper(z, shop, on_day(2)))
    assert ["Payment method", "Store credit", "", "100.00"] in rows
    assert ["Store credit", "Outstanding store credit", "", "50.00"] in rows
    assert "Outstanding store credit" in roll


def test_a_day_without_store_credit_says_nothing_of_it(db):
    z, shop = z_of(db, on_day(1).date())
    assert not z.has_store_credit
    with speaking("en"):
        assert not any("store credit" in label.lower() for label, _ in
                       sales_lines(z, shop.locale) if label.strip() != "Store credit")


def _csv(z) -> str:
    out = io.StringIO()
    sales_csv(z, out)
    return out.getvalue()
