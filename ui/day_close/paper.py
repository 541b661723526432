"""The Z report and the day's cash on paper (PDF or printer); a closed day's count with it."""
from __future__ import annotations

from html import escape

from db.types import utc_now
from pos import cash
from pos.dates import format_date_time
from pos.money import format_money
from pos.shop import ShopSettings
from ui.day_close.words import (METHOD_WORDS, MOVEMENT_WORDS, closed_when, denomination_words,
                                difference_words, movement_time, stored_counts)
from ui.day_picker import day_words


def _rows(pairs) -> str:
    return "".join(f"<tr><td>{escape(a)}</td><td align=right>{escape(b)}</td></tr>"
                   for a, b in pairs)


def _count_html(summary, shop: ShopSettings) -> str:
    if not summary.closed:
        return "<p><b>The day is not closed yet.</b></p>"
    money = lambda m: format_money(m, shop.locale)  # noqa: E731
    counts = stored_counts(summary)
    count_rows = "".join(
        f"<tr><td>{denomination_words(v, shop.locale)}</td><td align=right>{counts.get(v, 0)}</td>"
        f"<td align=right>{money(v * counts.get(v, 0))}</td></tr>"
        for v in cash.DENOMINATIONS if counts.get(v))
    words, colour = difference_words(summary.difference, shop.locale)
    return f"""<h3>Count</h3>
<table cellspacing=0 cellpadding=3 border=1>{count_rows}
<tr><td><b>Counted</b></td><td></td>
<td align=right><b>{money(summary.counted)}</b></td></tr></table>
<p><b style="color:{colour}">{words}.</b> Closed by {escape(str(summary.closed_by))} on
{closed_when(summary, shop)}.</p>"""


def _cash_html(data, shop: ShopSettings) -> str:
    money = lambda m: format_money(m, shop.locale)  # noqa: E731
    summary = data.cash
    movements = "".join(
        f"<tr><td>{movement_time(m, data.day, shop.locale)}</td><td>{MOVEMENT_WORDS.get(k, k)}"
        f"</td><td align=right>{money(a)}</td><td>{escape(r or '')}</td>"
        f"<td>{escape(s or '')}</td></tr>"
        for m, k, a, r, s in summary.movements) or "<tr><td colspan=5>None.</td></tr>"
    return f"""<h3>Cash</h3>
<table cellspacing=0 cellpadding=3>
{_rows([("Opening float", money(summary.opening_float)),
        ("+ Cash sales", money(summary.cash_sales)),
        ("− Cash refunds", money(summary.cash_refunds)), ("+ Cash in", money(summary.cash_in)),
        ("− Cash out", money(summary.cash_out))])}
<tr><td><b>= Expected</b></td><td align=right><b>{money(summary.expected)}</b></td></tr>
</table>
<h3>Cash put in or taken out</h3>
<table cellspacing=0 cellpadding=3 border=1>{movements}</table>"""


def sales_day_html(data, shop: ShopSettings) -> str:
    """The Z report and the cash on paper; a closed day's count with it."""
    money = lambda m: format_money(m, shop.locale)  # noqa: E731
    methods = _rows((METHOD_WORDS.get(m, m), money(a)) for m, a in sorted(data.by_method.items()))
    clerks = "".join(f"<tr><td>{escape(c)}</td><td align=right>{n}</td>"
                     f"<td align=right>{money(a)}</td></tr>"
                     for c, (n, a) in sorted(data.by_clerk.items()))
    refunds = " · ".join(f"{METHOD_WORDS.get(m, m)} {money(a)}"
                         for m, a in sorted(data.returns_by_method.items()))
    printed = format_date_time(shop.local_time(utc_now()), shop.locale)
    return f"""
<html><body style="font-size: 10pt;">
<h2>Sales (Z report) · {escape(shop.name)} · {day_words(data.day, shop.locale)}</h2>
<table cellspacing=0 cellpadding=3>
{_rows([("Sales", str(data.count)), ("Gross", money(data.gross)),
        ("Promotions", f"− {money(data.promotions)}"),
        ("Returns", f"− {money(data.returns)}")])}
<tr><td><b>Net</b></td><td align=right><b>{money(data.net)}</b></td></tr>
</table>
{f"<p>Returns paid back: {escape(refunds)}.</p>" if refunds else ""}
<h3>By payment method</h3><table cellspacing=0 cellpadding=3 border=1>{methods}</table>
<h3>By clerk</h3><table cellspacing=0 cellpadding=3 border=1>
<tr><th align=left>Clerk</th><th>Sales</th><th>Amount</th></tr>{clerks}</table>
<p>TikTok events of this day: {data.tiktok_waiting} waiting, {data.tiktok_failed} failed.</p>
{_cash_html(data, shop)}
{_count_html(data.cash, shop)}
<p style="font-size: 8pt; color: #666;">Printed {printed}.</p>
</body></html>"""
