"""The manager's day in the real window: a day of real sales and returns, then the returns
review and the cash close opened from the Manager menu by a clerk who asks a manager for
the PIN. What the screens show is checked against the raw rows and against pos.reports."""
from __future__ import annotations

import sqlite3

import csv
import json
from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from db.backup import backup_folder, backups
from db.models import DayClose, Payment, Return, Sale
from db.types import utc_now
from pos.checkout import CardPayment, CashPayment, complete_sale
from pos.money import Money, format_money
from pos.reports import returns_by_reason, returns_day
from pos.return_policy import Reason, Remedy
from pos.returns import Exchange, Override
from pos.shop import load_shop_settings
from tests.conftest import CLERK_NAME, CLERK_PIN, MANAGER_NAME, MANAGER_PIN
from tests.test_returns_service import (JEANS, PHOTO, SHIRT, TSHIRT, form, give_back, line_id,
                                        make_cart, sell, staff, staff_id)
from tests.test_sale_screen import login
from ui.day_close import DayCloseDialog
from ui.dialogs import ManagerApprovalDialog
from ui.main_window import MainWindow
from ui.returns_review import APPROVED_BY, OVERRIDE_REASON, RETURN, ReturnsReviewDialog

SKY_SHIRT = "1077219"  # Linen shirt, sky blue: 150.00, exchanged for the white one
WAIT_MS = 10_000
# Wednesday 7 April 2027 in Casablanca (UTC+1): the demo's promotions are over by then.
DAY = date(2027, 4, 7)


def at(day: date, hour_utc: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour_utc, minute, tzinfo=timezone.utc)


def before(days: int) -> date:
    return date.fromordinal(DAY.toordinal() - days)


@pytest.fixture
def day_of_returns(db) -> dict[str, int]:
    """Sales over three days, then on DAY: a same-clerk refund, an override, cash given back
    for a card sale, an exchange, and the day's own sales. Return ids by their story."""
    sold_by_clerk = sell(db, (SHIRT, 1), payment=CashPayment(Money.of("150")),
                         now=at(before(2), 9))
    manager = MANAGER_NAME
    jeans_by_card = _sell_as(db, manager, [(JEANS, 1)], CardPayment(), at(before(2), 11))
    tshirt_by_card = _sell_as(db, manager, [(TSHIRT, 1)], CardPayment(), at(before(1), 14))
    shirt_to_swap = _sell_as(db, manager, [(SHIRT, 1)], CardPayment(), at(before(3), 10))
    sell(db, (SHIRT, 2), payment=CashPayment(Money.of("300")), now=at(DAY, 9, 30))
    _sell_as(db, manager, [(JEANS, 1), (TSHIRT, 2)], CardPayment(), at(DAY, 10, 15))

    ids = {}
    # Change of mind on day 2: 30% kept; Amina made the sale and takes it back herself.
    ids["same_clerk"] = give_back(db, sold_by_clerk, form({line_id(db, sold_by_clerk): 1}),
                                  at(DAY, 11))
    # Change of mind, but the manager waives the deduction with a reason.
    ids["override"] = give_back(
        db, jeans_by_card, form({line_id(db, jeans_by_card, JEANS): 1}), at(DAY, 12),
        override=Override(staff_id(db, manager), MANAGER_PIN, "Tag still on, loyal customer"))
    # Defective, paid by card, given back in cash.
    ids["cash_for_card"] = give_back(
        db, tshirt_by_card, form({line_id(db, tshirt_by_card, TSHIRT): 1},
                                 reason=Reason.DEFECTIVE, photo=PHOTO, refund_method="cash"),
        at(DAY, 13))
    # Change of mind exchange on day 4: a sky-blue shirt for the white one, nothing to pay.
    ids["exchange"] = give_back(
        db, shirt_to_swap, form({line_id(db, shirt_to_swap): 1}, remedy=Remedy.EXCHANGE),
        at(DAY, 14), exchange=Exchange(make_cart(db, (SKY_SHIRT, 1)), CardPayment()))
    return ids


def _sell_as(db, name, lines, payment, now) -> int:
    cart = make_cart(db, *lines)
    with db.write() as s:
        return complete_sale(s, cart, payment, staff(s, name), load_shop_settings(s),
                             now=now).id


def open_as_clerk_with_manager_pin(qtbot, db, action_name: str):
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    login(qtbot, window, CLERK_NAME, CLERK_PIN)
    getattr(window, action_name).trigger()
    approval = window.pending_dialog
    assert isinstance(approval, ManagerApprovalDialog) and approval.isVisible()
    qtbot.keyClicks(approval.pin, MANAGER_PIN)
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    return window


def show_day(qtbot, dialog, day: date) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS, raising=False) as blocker:
        dialog.picker.set_day(day)
        assert dialog.status.text().startswith("Loading")  # the query runs off the GUI thread
    assert blocker.signal_triggered, dialog.message.text()  # says why it did not load
    assert dialog.data.day == day


def raw_returns(db, day: date) -> list[Return]:
    with db.read() as s:
        return list(s.scalars(select(Return).where(Return.business_date == day)))


def export(qtbot, write, path) -> None:
    """write(path), which runs off the GUI thread: done once the dialog says it is."""
    dialog = write.__self__
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as blocker:
        write(str(path))
        assert dialog.paper_progress.isVisible()  # the window is not waiting for the file
    assert blocker.args[0] == f"Saved {path}"


def column(dialog, c: int) -> list[str]:
    table = dialog.day_tab.table
    return [table.item(r, c).text() for r in range(table.rowCount())]


# ----- the returns review -------------------------------------------------------------------
def test_a_clerk_needs_the_manager_pin_for_the_review_and_sees_the_day(
        qtbot, db, day_of_returns, tmp_path):
    window = MainWindow(db, start_sync=False)
    qtbot.addWidget(window)
    window.show()
    login(qtbot, window, CLERK_NAME, CLERK_PIN)
    window.returns_review_action.trigger()
    approval = window.pending_dialog
    assert isinstance(approval, ManagerApprovalDialog)
    qtbot.keyClicks(approval.pin, "0000")
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    assert "Wrong PIN" in approval.message.text()
    assert getattr(window, "returns_review_dialog", None) is None
    qtbot.keyClicks(approval.pin, MANAGER_PIN)
    qtbot.keyClick(approval.pin, Qt.Key_Return)
    dialog = window.returns_review_dialog
    assert isinstance(dialog, ReturnsReviewDialog) and dialog.isVisible()
    with db.read() as s:
        assert dialog.picker.day() == load_shop_settings(s).local_date(utc_now())  # today
    show_day(qtbot, dialog, DAY)

    # The screen against the raw rows, summed here and not by the report.
    raw = raw_returns(db, DAY)
    assert len(raw) == 4
    refunded = Money(sum(r.refund.minor for r in raw))
    deducted = Money(sum(r.deduction.minor for r in raw))
    assert (refunded, deducted) == (Money.of("105") + Money.of("299") + Money.of("79"),
                                    Money.of("45"))
    assert dialog.day_tab.table.rowCount() == 4
    assert dialog.day_tab.count_value.text() == "4"
    assert dialog.day_tab.refunded_value.text() == format_money(refunded)
    assert dialog.day_tab.deducted_value.text() == format_money(deducted)
    shown = [text.removeprefix("⚠ ") for text in column(dialog, RETURN)]
    assert sorted(shown) == sorted(r.return_number for r in raw)

    # ... and against pos.reports, which the CSV and the command line also use.
    with db.read() as s:
        report = returns_day(s, load_shop_settings(s), DAY)
    assert (report.count, report.refunded, report.deducted) == (4, refunded, deducted)
    assert shown == [row.return_number for row in report.rows]

    # The override: who approved it and why, in the table and as a flag in words.
    override = next(r for r in raw if r.id == day_of_returns["override"])
    r = shown.index(override.return_number)
    assert dialog.day_tab.table.item(r, APPROVED_BY).text() == MANAGER_NAME
    assert dialog.day_tab.table.item(r, OVERRIDE_REASON).text() == "Tag still on, loyal customer"
    kinds = {(f.kind, f.return_number) for f in report.flags}
    numbers = {story: next(x.return_number for x in raw if x.id == i)
               for story, i in day_of_returns.items()}
    assert {("override", numbers["override"]), ("same_clerk", numbers["same_clerk"]),
            ("cash_for_card", numbers["cash_for_card"])} <= kinds
    assert not any(n == numbers["exchange"] for _k, n in kinds)
    flags = dialog.flag_texts()
    assert flags == [f.text for f in report.flags]
    override_flag = next(t for t in flags if t.startswith(numbers["override"]))
    assert "approved by Youssef" in override_flag and "Tag still on" in override_flag
    assert any("same person who made the sale" in t for t in flags)
    assert any("paid by card" in t for t in flags)
    assert dialog.day_tab.flags_box.title() == f"To look at ({len(report.flags)})"
    # Choosing a flag shows its return in the table.
    item = dialog.day_tab.flags.item(flags.index(override_flag))
    qtbot.mouseClick(dialog.day_tab.flags.viewport(), Qt.LeftButton,
                     pos=dialog.day_tab.flags.visualItemRect(item).center())
    assert dialog.day_tab.table.currentRow() == r
    assert "Tag still on" in dialog.day_tab.detail.text()

    # Exports of what is on screen.
    csv_path = tmp_path / "returns.csv"
    export(qtbot, dialog.export_csv, csv_path)
    with open(csv_path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, returns_rows = rows[0], rows[1:rows.index([])]
    assert [row[header.index("Return")] for row in returns_rows] == shown
    assert sum(Money.parse(row[header.index("Refunded")]).minor for row in returns_rows) \
        == refunded.minor
    assert ["All returns", "4", str(refunded.amount), str(deducted.amount)] in rows
    pdf_path = tmp_path / "returns.pdf"
    export(qtbot, dialog.export_pdf, pdf_path)
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert numbers["override"] in dialog.document().toPlainText()
    assert "Saved" in dialog.message.text()
    # Print asks for the printer without blocking the window.
    qtbot.mouseClick(dialog.print_button, Qt.LeftButton)
    assert dialog.print_dialog.isVisible()
    dialog.print_dialog.reject()


def test_the_review_changes_day_with_the_keyboard(qtbot, db, day_of_returns):
    window = open_as_clerk_with_manager_pin(qtbot, db, "returns_review_action")
    dialog = window.returns_review_dialog
    show_day(qtbot, dialog, DAY)
    assert dialog.day_tab.table.rowCount() == 4
    dialog.day_tab.table.setFocus()

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.day_tab.table, Qt.Key_Right, Qt.AltModifier)
    assert dialog.picker.day() == date(2027, 4, 8)
    assert dialog.day_tab.table.rowCount() == 0 and dialog.day_tab.count_value.text() == "0"
    assert dialog.flag_texts() == []
    assert "no returns" in dialog.status.text()

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.day_tab.table, Qt.Key_PageUp)
    assert dialog.picker.day() == DAY and dialog.day_tab.table.rowCount() == 4

    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.picker.edit, Qt.Key_Left, Qt.AltModifier)
    assert dialog.picker.day() == date(2027, 4, 6) and dialog.day_tab.table.rowCount() == 0
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.picker.next_button, Qt.LeftButton)
    assert dialog.picker.day() == DAY and dialog.day_tab.table.rowCount() == 4


def test_the_chart_counts_the_last_30_days_by_reason(qtbot, db, day_of_returns):
    window = open_as_clerk_with_manager_pin(qtbot, db, "returns_review_action")
    dialog = window.returns_review_dialog
    show_day(qtbot, dialog, DAY)
    with qtbot.waitSignal(dialog.chart_loaded, timeout=WAIT_MS):
        dialog.tabs.setCurrentIndex(1)
    with db.read() as s:
        expected = returns_by_reason(s, load_shop_settings(s), DAY)
    assert expected == {"Change of mind": 3, "Defective": 1}
    series = dialog.chart_tab.reason_chart.series()[0]
    bars = series.barSets()[0]
    categories = dialog.chart_tab.reason_chart.axes(Qt.Vertical)[0].categories()
    assert dict(zip(categories, (int(bars.at(i)) for i in range(bars.count())))) == {
        f"{reason} ({count})": count for reason, count in expected.items()}
    rates = dialog.chart_tab.rate_chart.series()[0].barSets()[0]
    assert rates.count() == 30
    assert "4 returns" in dialog.chart_tab.chart_summary.text()


# ----- the sales (Z) report and the cash close --------------------------------------------
def test_the_cash_close_counts_the_drawer_and_is_read_only_afterwards(
        qtbot, db, day_of_returns, tmp_path):
    window = open_as_clerk_with_manager_pin(qtbot, db, "day_close_action")
    dialog = window.day_close_dialog
    assert isinstance(dialog, DayCloseDialog) and dialog.isVisible()
    show_day(qtbot, dialog, DAY)

    # The Z report against the raw rows.
    with db.read() as s:
        sales = list(s.scalars(select(Sale).where(Sale.business_date == DAY)))
        cash_paid = s.scalar(select(func.sum(Payment.amount)).join(Sale).where(
            Sale.business_date == DAY, Payment.method == "cash"))
    assert dialog.sales.sales_count.text() == str(len(sales)) == "3"  # two sales and the exchange
    gross = Money(sum(x.subtotal.minor for x in sales))
    promotions = Money(sum(x.discount_total.minor for x in sales))
    given_back = Money(sum(r.refund.minor for r in raw_returns(db, DAY)))
    assert dialog.sales.gross.text() == format_money(gross)
    assert dialog.sales.net.text() == format_money(gross - promotions - given_back)
    cash_refunds = Money(sum(r.refund.minor for r in raw_returns(db, DAY)
                             if r.refund_method == "cash"))
    assert cash_refunds == Money.of("184")  # 105 for the shirt, 79 for the T-shirt
    assert "waiting" in dialog.sales.tiktok.text()

    # The float, once.
    qtbot.keyClicks(dialog.cash.float_field, "500")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.cash.float_button, Qt.LeftButton)
    assert "Opening float of 500,00" in dialog.message.text()
    assert not dialog.cash.float_button.isEnabled() and dialog.cash.float_field.isReadOnly()

    # Counting starts; a cash out recorded meanwhile keeps what was counted.
    two_hundreds = dialog.count.count_fields[Money.of("200")]
    two_hundreds.lineEdit().selectAll()
    qtbot.keyClicks(two_hundreds, "2")
    assert dialog.count.counted.text() == format_money(Money.of("400"))

    # Cash out without a reason is refused in words; with one, it is recorded.
    dialog.cash.kind.setCurrentIndex(dialog.cash.kind.findData("out"))
    qtbot.keyClicks(dialog.cash.amount_field, "200")
    qtbot.mouseClick(dialog.cash.movement_button, Qt.LeftButton)
    assert "Write why" in dialog.message.text()
    qtbot.keyClicks(dialog.cash.reason_field, "Bank deposit")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.keyClick(dialog.cash.reason_field, Qt.Key_Return)
    assert dialog.cash.movements.rowCount() == 1, dialog.message.text()
    assert [dialog.cash.movements.item(0, c).text() for c in (1, 2, 3, 4)] == [
        "Cash out", format_money(Money.of("200")), "Bank deposit", MANAGER_NAME]
    expected = Money.of("500") + cash_paid - cash_refunds - Money.of("200")
    assert expected == Money.of("416")  # 500 + 300 - 184 - 200
    assert dialog.cash.expected.text() == format_money(expected)

    # The rest of the count: the live total and the difference.
    assert two_hundreds.value() == 2
    dialog.set_count("0.50", 3)
    dialog.set_count(Money.of("5"), 1)
    counted = Money.of("406.50")
    assert dialog.count.counted.text() == format_money(counted)
    assert dialog.count.difference.text() == f"Short by {format_money(Money.of('9.50'))}"

    qtbot.mouseClick(dialog.count.close_button, Qt.LeftButton)
    assert dialog.count.confirm_panel.isVisible()
    assert "Short by 9,50" in dialog.count.confirm_text.text()
    with qtbot.waitSignal(dialog.closed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.count.confirm_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.data.cash.closed, timeout=WAIT_MS)

    with db.read() as s:
        close = s.scalar(select(DayClose).where(DayClose.business_date == DAY))
        assert (close.counted, close.expected, close.difference) == (
            counted, expected, Money.of("-9.50"))
        assert close.closed_by.name == MANAGER_NAME
        by_denomination = json.loads(close.counted_by_denomination)
    assert {k: v for k, v in by_denomination.items() if v} == {
        "200.00": 2, "5.00": 1, "0.50": 3}
    # The day's close takes a backup (off the GUI thread), and it holds the close.
    qtbot.waitUntil(lambda: any(p.name.endswith("-close.sqlite3")
                                for p in backups(backup_folder(db.url))), timeout=WAIT_MS)
    [copy] = [p for p in backups(backup_folder(db.url)) if p.name.endswith("-close.sqlite3")]
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM day_closes").fetchone()[0] == 1

    # Closed: shown read-only with its count, and it can be printed again.
    assert dialog.is_read_only()
    assert not dialog.cash.float_button.isEnabled() and not dialog.cash.movement_button.isEnabled()
    assert dialog.closed_banner.isVisible() and "closed" in dialog.closed_banner.text()
    assert "Short by 9,50" in dialog.closed_banner.text()
    assert dialog.count.count_fields[Money.of("200")].value() == 2
    two_hundreds.lineEdit().selectAll()
    qtbot.keyClicks(two_hundreds, "9")  # the count of a closed day does not change
    assert two_hundreds.value() == 2 and not dialog.count.close_button.isVisible()
    assert dialog.count.counted.text() == format_money(counted)
    pdf_path = tmp_path / "z.pdf"
    export(qtbot, dialog.export_pdf, pdf_path)
    assert pdf_path.read_bytes().startswith(b"%PDF")
    assert "Short by 9,50" in dialog.document().toPlainText()
    qtbot.mouseClick(dialog.print_button, Qt.LeftButton)  # reprinting a closed day
    assert dialog.print_dialog.isVisible()
    dialog.print_dialog.reject()
    csv_path = tmp_path / "sales.csv"
    export(qtbot, dialog.export_csv, csv_path)
    with open(csv_path, newline="", encoding="utf-8") as handle:
        assert list(csv.reader(handle))


def test_a_float_of_zero_is_set_once_and_shown(qtbot, db):
    window = open_as_clerk_with_manager_pin(qtbot, db, "day_close_action")
    dialog = window.day_close_dialog
    show_day(qtbot, dialog, DAY)
    assert dialog.cash.float_button.isEnabled() and not dialog.cash.float_field.isReadOnly()
    qtbot.keyClicks(dialog.cash.float_field, "0")
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.cash.float_button, Qt.LeftButton)
    assert "Opening float of 0,00" in dialog.message.text()
    assert not dialog.cash.float_button.isEnabled() and dialog.cash.float_field.isReadOnly()
    assert dialog.cash.float_field.text() == format_money(Money.zero())
