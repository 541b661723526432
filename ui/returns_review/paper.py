"""The day's returns on paper: the table, the totals and the flags, for a manager's file."""
from __future__ import annotations

from html import escape

from db.types import utc_now
from pos.dates import format_date_time
from pos.money import format_money
from pos.shop import ShopSettings
from ui.day_picker import day_words
from ui.returns_review.words import (COLUMNS, MONEY_COLUMNS, WARNING, breakdown_order,
                                     reason_words, row_cells)

# The share of the page's width each column gets on paper: the sentences get the most.
PDF_WIDTHS = (4, 9.5, 9, 6.5, 13.5, 5.5, 6.5, 6.5, 5, 6, 7.5, 9.5, 6.5, 4.5)


def _table_html(data, money, locale: str) -> str:
    head = "".join(f"<th align=left width=\"{w}%\">{escape(c)}</th>"
                   for c, w in zip(COLUMNS, PDF_WIDTHS))
    body = ["<tr>" + "".join(
        f"<td{' align=right nowrap' if c in MONEY_COLUMNS else ''}>{escape(text)}</td>"
        for c, text in enumerate(row_cells(row, money, locale, whole_decision=True))) + "</tr>"
        for row in data.rows]
    if not body:
        body.append(f"<tr><td colspan={len(COLUMNS)}>No returns on this day.</td></tr>")
    return f"""<table width="100%" cellspacing=0 cellpadding=2 border=1 style="font-size: 6.5pt;">
<tr style="background: #e8ecf4;">{head}</tr>
{''.join(body)}
</table>"""


def _breakdown_html(title: str, figures: dict, words, money) -> str:
    rows = "".join(
        f"<tr><td>{escape(words(k))}</td><td align=right>{c}</td>"
        f"<td align=right>{money(r)}</td><td align=right>{money(d)}</td></tr>"
        for k, (c, r, d) in breakdown_order(figures, words))
    return (f"<h3>{title}</h3><table cellspacing=0 cellpadding=3 border=1>"
            f"<tr><th align=left>{title.split()[-1].capitalize()}</th><th>Returns</th>"
            f"<th>Refunded</th><th>Deducted</th></tr>{rows}</table>")


def returns_day_html(data, shop: ShopSettings) -> str:
    """The day on paper: the table, the totals and the flags, for a manager's file."""
    money = lambda m: format_money(m, shop.locale)  # noqa: E731
    flags = ("<ul>" + "".join(f"<li style='color:{WARNING}'>{escape(f.text)}</li>"
                              for f in data.flags) + "</ul>") if data.flags else \
        "<p>Nothing to look at.</p>"
    printed = format_date_time(shop.local_time(utc_now()), shop.locale)
    return f"""
<html><body style="font-size: 9pt;">
<h2>Returns review · {escape(shop.name)} · {day_words(data.day, shop.locale)}</h2>
<p><b>{data.count}</b> return{'s' if data.count != 1 else ''} ·
refunded <b>{money(data.refunded)}</b> · deducted (kept) <b>{money(data.deducted)}</b></p>
{_table_html(data, money, shop.locale)}
<h3>To look at</h3>
{flags}
{_breakdown_html("By reason", data.by_reason, reason_words, money)}
{_breakdown_html("By clerk", data.by_clerk, str, money)}
<p style="font-size: 7pt; color: #666;">Printed {printed}.</p>
</body></html>"""
