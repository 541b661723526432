"""The Z report and the day's cash on paper (PDF or printer); a closed day's count with it.
Written in the language spoken, right to left in Arabic (ui.day_screen.PaperSide)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from db.types import utc_now
from pos import cash
from pos.dates import format_date_time, format_time
from pos.hardware.drawer import opened_times
from pos.report_export import why_words
from pos.money import format_money
from pos.shop import ShopSettings
from ui.day_close.words import (closed_when, denomination_words, difference_words,
                                method_words, movement_time, movement_words, stored_counts)
from ui.day_picker import day_words
from ui.day_screen import PaperSide, paper_side, unbroken
from pos.i18n import figure


def _rows(side: PaperSide, pairs) -> str:
    return "".join(side.row([f"<td align={side.start}>{escape(a)}</td>",
                             f"<td align={side.end}>{escape(b)}</td>"]) for a, b in pairs)


def _count_html(summary, shop: ShopSettings, side: PaperSide) -> str:
    if not summary.closed:
        return "<p><b>{}</b></p>".format(
            QCoreApplication.translate("day_close", "The day is not closed yet."))
    money = lambda m: figure(format_money(m, shop.locale))  # noqa: E731
    counts = stored_counts(summary)
    count_rows = "".join(side.row([
        f"<td align={side.start}>{denomination_words(v, shop.locale)}</td>",
        f"<td align={side.end}>{counts.get(v, 0)}</td>",
        f"<td align={side.end}>{money(v * counts.get(v, 0))}</td>"])
        for v in cash.DENOMINATIONS if counts.get(v))
    counted = side.row([
        "<td align={}><b>{}</b></td>".format(
            side.start, QCoreApplication.translate("day_close", "Counted")),
        "<td></td>", f"<td align={side.end}><b>{money(summary.counted)}</b></td>"])
    words, colour = difference_words(summary.difference, shop.locale)
    closed = QCoreApplication.translate("day_close", "Closed by {manager} on {when}.").format(
        manager=escape(str(summary.closed_by)), when=closed_when(summary, shop))
    heading = QCoreApplication.translate("day_close", "Count")
    return f"""<h3>{heading}</h3>
<table cellspacing=0 cellpadding=3 border=1 {side.table}>{count_rows}{counted}</table>
<p><b style="color:{colour}">{words}.</b> {closed}</p>"""


def _cash_html(data, shop: ShopSettings, side: PaperSide) -> str:
    money = lambda m: figure(format_money(m, shop.locale))  # noqa: E731
    summary = data.cash
    movements = "".join(side.row([
        f"<td align={side.start}>{movement_time(m, data.day, shop.locale)}</td>",
        f"<td align={side.start}>{movement_words(k)}</td>",
        f"<td align={side.end}>{money(a)}</td>",
        f"<td align={side.start}>{escape(r or '')}</td>",
        f"<td align={side.start}>{escape(s or '')}</td>"])
        for m, k, a, r, s in summary.movements) or "<tr><td colspan=5>{}</td></tr>".format(
            QCoreApplication.translate("day_close", "None."))
    expected = side.row([
        "<td align={}><b>{}</b></td>".format(
            side.start, QCoreApplication.translate("day_close", "= Expected")),
        f"<td align={side.end}><b>{money(summary.expected)}</b></td>"])
    lines = _rows(side, [
        (QCoreApplication.translate("day_close", "Opening float"),
         money(summary.opening_float)),
        (QCoreApplication.translate("day_close", "+ Cash sales"), money(summary.cash_sales)),
        (QCoreApplication.translate("day_close", "− Cash refunds"),
         money(summary.cash_refunds)),
        (QCoreApplication.translate("day_close", "+ Cash in"), money(summary.cash_in)),
        (QCoreApplication.translate("day_close", "− Cash out"), money(summary.cash_out))])
    heading = QCoreApplication.translate("day_close", "Cash")
    moved = QCoreApplication.translate("day_close", "Cash put in or taken out")
    return f"""<h3>{heading}</h3>
<table cellspacing=0 cellpadding=3 {side.table}>{lines}{expected}</table>
<h3>{moved}</h3>
<table cellspacing=0 cellpadding=3 border=1 {side.table}>{movements}</table>"""


def _drawer_html(data, shop: ShopSettings, side: PaperSide) -> str:
    """How many times the drawer opened, by why; each manager's opening: when, who, why."""
    heading = QCoreApplication.translate("day_close", "Cash drawer")
    opened = opened_times(len(data.drawer_openings))
    whys = _rows(side, ((why_words(why), str(n)) for why, n in data.openings_by_why.items()))
    whys = f"<table cellspacing=0 cellpadding=3 border=1 {side.table}>{whys}</table>" \
        if whys else ""
    managers = ""
    if data.manager_openings:
        head = side.row([f"<th align={side.start}>{words}</th>" for words in (
            QCoreApplication.translate("day_close", "Time"),
            QCoreApplication.translate("day_close", "Manager"),
            QCoreApplication.translate("day_close", "Reason"))])
        body = "".join(side.row([
            f"<td align={side.start}>{format_time(o.at, shop.locale)}</td>",
            f"<td align={side.start}>{escape(o.staff)}</td>",
            f"<td align={side.start}>{escape(o.reason)}</td>"]) for o in data.manager_openings)
        managers = "<p>{}</p><table cellspacing=0 cellpadding=3 border=1 {}>{}{}</table>".format(
            QCoreApplication.translate("day_close", "Opened by a manager:"), side.table, head,
            body)
    return f"<h3>{heading}</h3><p>{opened}</p>{whys}{managers}"


def sales_day_html(data, shop: ShopSettings) -> str:
    """The Z report and the cash on paper; a closed day's count with it."""
    side = paper_side()
    money = lambda m: figure(format_money(m, shop.locale))  # noqa: E731
    methods = _rows(side, ((method_words(m), money(a)) for m, a in sorted(data.by_method.items())))
    clerks = "".join(side.row([f"<td align={side.start}>{escape(c)}</td>",
                               f"<td align={side.end}>{n}</td>",
                               f"<td align={side.end}>{money(a)}</td>"])
                     for c, (n, a) in sorted(data.by_clerk.items()))
    clerks_head = side.row([
        "<th align={}>{}</th>".format(side.start,
                                      QCoreApplication.translate("day_close", "Clerk")),
        "<th>{}</th>".format(QCoreApplication.translate("day_close", "Sales")),
        "<th>{}</th>".format(QCoreApplication.translate("day_close", "Amount"))])
    refunds = " · ".join(f"{method_words(m)} {money(a)}"
                         for m, a in sorted(data.returns_by_method.items()))
    refunds = "<p>{}</p>".format(escape(QCoreApplication.translate(
        "day_close", "Returns paid back: {refunds}.").format(refunds=refunds))) if refunds else ""
    if data.has_store_credit:
        refunds += "<p>{}</p>".format(escape(QCoreApplication.translate(
            "day_close", "Store credit: notes issued this day {issued} ({count}); outstanding "
            "at the day's end {outstanding}.").format(
                issued=money(data.credit_issued), count=data.credit_notes_issued,
                outstanding=money(data.credit_outstanding))))
    printed = format_date_time(shop.local_time(utc_now()), shop.locale)
    totals = _rows(side, [
        (QCoreApplication.translate("day_close", "Sales"), str(data.count)),
        (QCoreApplication.translate("day_close", "Gross"), money(data.gross)),
        (QCoreApplication.translate("day_close", "Promotions"), f"− {money(data.promotions)}"),
        (QCoreApplication.translate("day_close", "Returns"), f"− {money(data.returns)}")])
    net = side.row([
        "<td align={}><b>{}</b></td>".format(
            side.start, QCoreApplication.translate("day_close", "Net")),
        f"<td align={side.end}><b>{money(data.net)}</b></td>"])
    title = QCoreApplication.translate("day_close", "Sales (Z report) · {shop} · {day}").format(
        shop=escape(shop.name), day=unbroken(day_words(data.day, shop.locale)))
    tiktok = QCoreApplication.translate(
        "day_close", "TikTok events of this day: {waiting} waiting, {failed} failed.").format(
        waiting=data.tiktok_waiting, failed=data.tiktok_failed)
    by_method = QCoreApplication.translate("day_close", "By payment method")
    by_clerk = QCoreApplication.translate("day_close", "By clerk")
    printed = QCoreApplication.translate("day_close", "Printed {moment}.").format(moment=printed)
    return f"""
<html><body dir="{side.dir}" style="font-size: 10pt;">
<h2>{title}</h2>
<table cellspacing=0 cellpadding=3 {side.table}>{totals}{net}</table>
{refunds}
<h3>{by_method}</h3>
<table cellspacing=0 cellpadding=3 border=1 {side.table}>{methods}</table>
<h3>{by_clerk}</h3>
<table cellspacing=0 cellpadding=3 border=1 {side.table}>{clerks_head}{clerks}</table>
<p>{tiktok}</p>
{_cash_html(data, shop, side)}
{_count_html(data.cash, shop, side)}
{_drawer_html(data, shop, side)}
<p style="font-size: 8pt; color: #666;">{printed}</p>
</body></html>"""
