"""The cash drawer's openings in the Z report (pos.reports.sales_day): counted by why, each
manager's opening with who, when and why, by the shop's own midnights; the same counts in
the report's text, CSV, A4 page and receipt roll; and this till's settings for the printer,
changed by a manager only, a wrong address saving nothing."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import select

from db.models import AuditEntry
from pos.hardware.drawer import (BY_A_MANAGER, CASH_EXCHANGE, CASH_REFUND, CASH_SALE,
                                 DRAWER_OPENED, DrawerOpening, record_opening)
from pos.hardware.printer import HardwareError
from pos.hardware.settings import (HardwareSettings, change_hardware_settings,
                                   load_hardware_settings)
from pos.receipt_paper import PrintedLine, paper_text
from pos.report_export import csv_text, sales_csv, sales_text
from pos.report_paper import z_report_paper
from pos.reports import sales_day
from pos.shop import load_shop_settings
from pos.staff import PermissionDenied
from pos.till_scope import WHOLE_SHOP
from tests.conftest import CLERK_NAME, MANAGER_NAME, demo_staff
from ui.day_close import sales_day_html

DAY = date(2026, 11, 24)  # a Tuesday; Casablanca is at UTC+1 then


def local(shop, day: date, hour: int, minute: int = 0) -> datetime:
    """A moment given in the shop's own clock, as the UTC the database keeps."""
    return datetime(day.year, day.month, day.day, hour, minute,
                    tzinfo=shop.zone).astimezone(timezone.utc)


@pytest.fixture
def day_of_openings(db):
    """Openings on DAY and around its two midnights (shop time): the first minutes after
    DAY's midnight are DAY's (UTC still says the day before), the first after the next
    midnight are not."""
    with db.write() as s:
        shop = load_shop_settings(s)
        clerk, manager = demo_staff(s, CLERK_NAME).id, demo_staff(s, MANAGER_NAME).id
        before = date.fromordinal(DAY.toordinal() - 1)
        after = date.fromordinal(DAY.toordinal() + 1)
        for staff, opening, moment in [
            (clerk, DrawerOpening(CASH_SALE, "S-1"), local(shop, before, 23, 50)),
            (clerk, DrawerOpening(CASH_SALE, "S-2"), local(shop, DAY, 0, 10)),
            (clerk, DrawerOpening(CASH_SALE, "S-3"), local(shop, DAY, 11, 0)),
            (clerk, DrawerOpening(CASH_REFUND, "R-1"), local(shop, DAY, 12, 30)),
            (clerk, DrawerOpening(CASH_EXCHANGE, "R-2"), local(shop, DAY, 15, 5)),
            (manager, DrawerOpening(BY_A_MANAGER, reason="Change for the bank"),
             local(shop, DAY, 9, 15)),
            (manager, DrawerOpening(BY_A_MANAGER, reason="Float counted twice"),
             local(shop, DAY, 23, 55)),
            (manager, DrawerOpening(BY_A_MANAGER, reason="Tomorrow's"), local(shop, after, 0, 5)),
        ]:
            record_opening(s, staff, opening, now=moment)
    return shop


def test_the_z_report_counts_the_day_s_openings_by_why_in_the_shop_s_day(db, day_of_openings):
    with db.read() as s:
        day = sales_day(s, day_of_openings, DAY)
    assert len(day.drawer_openings) == 6
    assert day.openings_by_why == {CASH_SALE: 2, CASH_REFUND: 1, CASH_EXCHANGE: 1,
                                   BY_A_MANAGER: 2}
    assert [(o.at.strftime("%H:%M"), o.staff, o.reason) for o in day.manager_openings] == [
        ("09:15", MANAGER_NAME, "Change for the bank"),
        ("23:55", MANAGER_NAME, "Float counted twice")]
    assert [o.at.date() for o in day.drawer_openings] == [DAY] * 6  # shown in shop time
    with db.read() as s:
        next_day = sales_day(s, day_of_openings, date.fromordinal(DAY.toordinal() + 1))
    assert [o.reason for o in next_day.drawer_openings] == ["Tomorrow's"]


def test_a_day_without_openings_says_none(db):
    with db.read() as s:
        day = sales_day(s, load_shop_settings(s), DAY)
    assert day.drawer_openings == () and day.openings_by_why == {}
    assert "Cash drawer opened 0 times" in [" ".join(line.split())
                                            for line in sales_text(day).splitlines()]


def test_the_whole_shop_counts_every_till_s_drawer_and_a_till_its_own(db, day_of_openings):
    with db.write() as s:
        s.add(AuditEntry(created_at=local(day_of_openings, DAY, 10), staff_id=None,
                         action=DRAWER_OPENED, subject="S-T2-1", till="T2",
                         details=json.dumps({"why": CASH_SALE, "subject": "S-T2-1",
                                             "reason": ""})))
    with db.read() as s:
        here = sales_day(s, day_of_openings, DAY)
        shop = sales_day(s, day_of_openings, DAY, WHOLE_SHOP)
    assert len(here.drawer_openings) == 6
    assert len(shop.drawer_openings) == 7 and shop.openings_by_why[CASH_SALE] == 3


def test_the_text_and_the_csv_say_how_many_times_and_why(db, day_of_openings):
    with db.read() as s:
        day = sales_day(s, day_of_openings, DAY)
    text = sales_text(day)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Cash drawer opened 6 times" in lines
    for line in ("Cash sale 2", "Cash refund 1", "Exchange's cash difference 1",
                 "Opened by a manager 2", f"09:15 {MANAGER_NAME} Change for the bank",
                 f"23:55 {MANAGER_NAME} Float counted twice"):
        assert line in lines, text
    rows = csv_text(sales_csv, day).splitlines()
    assert "Cash drawer,Openings,6," in rows
    assert "Cash drawer,Cash sale,2," in rows and "Cash drawer,Opened by a manager,2," in rows
    assert f"Drawer opened by a manager,09:15:00 {MANAGER_NAME}: Change for the bank,," in rows


def test_the_page_and_the_roll_list_the_openings(qapp, db, day_of_openings):
    with db.read() as s:
        day = sales_day(s, day_of_openings, DAY)
    html = sales_day_html(day, day_of_openings)
    assert "The drawer opened 6 time(s)." in html or "The drawer opened 6 times." in html
    assert "Change for the bank" in html and "Float counted twice" in html
    rows = z_report_paper(day, day_of_openings, local(day_of_openings, DAY, 23, 59), 42)
    text = paper_text(rows)
    assert "Cash drawer opened" in text and "6 times" in text
    assert "Change for the bank" in text and "Printed" in text
    assert all(len(row.text) <= 42 for row in rows if isinstance(row, PrintedLine)), text
    narrow = z_report_paper(day, day_of_openings, local(day_of_openings, DAY, 23, 59), 32)
    assert all(len(row.text) <= 32 for row in narrow if isinstance(row, PrintedLine)), \
        paper_text(narrow)


# ----- this till's printer, set by a manager ----------------------------------------------
def test_the_printer_is_changed_by_a_manager_only(db):
    wanted = HardwareSettings(printer_url="tcp://192.168.1.50:9100", paper_mm=58,
                              print_automatically=False, drawer=True, display="window")
    with db.write() as s, pytest.raises(PermissionDenied):
        change_hardware_settings(s, demo_staff(s, CLERK_NAME), wanted)
    with db.read() as s:
        assert load_hardware_settings(s) == HardwareSettings()
    with db.write() as s:
        change_hardware_settings(s, demo_staff(s, MANAGER_NAME), wanted)
    with db.read() as s:
        assert load_hardware_settings(s) == wanted


@pytest.mark.parametrize("field, wrong", [
    ("printer_url", {"printer_url": "http://192.168.1.50"}),
    ("printer_url", {"printer_url": "tcp://"}),
    ("printer_url", {"printer_url": "usb://04b8"}),
    ("display", {"display": "cups://TM-T20"}),
    ("display", {"display": "/dev/ttyUSB1"}),
    ("paper_mm", {"paper_mm": 70}),
])
def test_a_wrong_setting_is_named_and_saves_nothing(db, field, wrong):
    with db.write() as s:
        change_hardware_settings(s, demo_staff(s, MANAGER_NAME),
                                 HardwareSettings(printer_url="file:///tmp/receipts"))
    with db.read() as s:
        before = load_hardware_settings(s)
    with db.write() as s, pytest.raises(HardwareError) as refused:
        change_hardware_settings(s, demo_staff(s, MANAGER_NAME), replace(before, **wrong))
    assert refused.value.field == field
    with db.read() as s:
        assert load_hardware_settings(s) == before
        assert not s.scalars(select(AuditEntry).where(AuditEntry.action == DRAWER_OPENED)).all()


def test_the_close_screen_says_the_openings_in_each_language_s_own_punctuation(qtbot, db,
                                                                               day_of_openings):
    """Beside the drawer's cash: 'Vente en espèces : 2' in French (a space before the colon,
    as every French line of the app has it), not a colon written into the code."""
    from ui.day_close.cash_panel import CashPanel
    from ui.language import apply_language

    apply_language("fr")
    with db.read() as s:
        day = sales_day(s, day_of_openings, DAY)
    panel = CashPanel(str, "fr_MA")
    qtbot.addWidget(panel)
    panel.show_drawer(day)
    assert "Vente en espèces : 2 · " in panel.drawer.text()
