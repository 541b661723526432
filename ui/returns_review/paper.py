"""The day's returns on paper: the table, the totals and the flags, for a manager's file.
Written in the language spoken, right to left in Arabic (ui.day_screen.PaperSide)."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from db.types import utc_now
from pos.dates import format_date_time
from pos.money import format_money
from pos.report_export import returns_totals
from pos.shop import ShopSettings
from ui.day_picker import day_words
from ui.day_screen import PaperSide, paper_side, unbroken
from pos.i18n import figure
from ui.returns_review.words import (COLUMNS, MONEY_COLUMNS, WARNING, breakdown_order,
                                     column_words, reason_words, row_cells)

# The share of the page's width each column gets on paper: the sentences get the most.
PDF_WIDTHS = (4, 9.5, 9, 6.5, 13.5, 5.5, 6.5, 6.5, 5, 6, 7.5, 9.5, 6.5, 4.5)


def _table_html(data, money, locale: str, side: PaperSide) -> str:
    head = side.row([f"<th align={side.start} width=\"{w}%\">{escape(c)}</th>"
                     for c, w in zip(column_words(), PDF_WIDTHS)],
                    ' style="background: #e8ecf4;"')
    body = [side.row([
        f"<td align={side.end} nowrap>{escape(text)}</td>" if c in MONEY_COLUMNS
        else f"<td align={side.start}>{escape(text)}</td>"
        for c, text in enumerate(row_cells(row, money, locale, whole_decision=True))])
        for row in data.rows]
    if not body:
        body.append("<tr><td colspan={}>{}</td></tr>".format(
            len(COLUMNS), QCoreApplication.translate("returns_review", "No returns on this day.")))
    return f"""<table width="100%" cellspacing=0 cellpadding=2 border=1 style="font-size: 6.5pt;">
{head}
{''.join(body)}
</table>"""


def _breakdown_html(title: str, first: str, figures: dict, words, money,
                    side: PaperSide) -> str:
    rows = "".join(side.row([f"<td align={side.start}>{escape(words(k))}</td>",
                             f"<td align={side.end}>{c}</td>",
                             f"<td align={side.end}>{money(r)}</td>",
                             f"<td align={side.end}>{money(d)}</td>"])
                   for k, (c, r, d) in breakdown_order(figures, words))
    head = side.row([f"<th align={side.start}>{first}</th>",
                     "<th>{}</th>".format(QCoreApplication.translate("returns_review", "Returns")),
                     "<th>{}</th>".format(QCoreApplication.translate("returns_review",
                                                                     "Refunded")),
                     "<th>{}</th>".format(QCoreApplication.translate("returns_review",
                                                                     "Deducted"))])
    return (f"<h3>{title}</h3><table cellspacing=0 cellpadding=3 border=1 {side.table}>"
            f"{head}{rows}</table>")


def returns_day_html(data, shop: ShopSettings) -> str:
    """The day on paper: the table, the totals and the flags, for a manager's file."""
    side = paper_side()
    money = lambda m: figure(format_money(m, shop.locale))  # noqa: E731
    flags = ("<ul>" + "".join(f"<li style='color:{WARNING}'>{escape(f.text)}</li>"
                              for f in data.flags) + "</ul>") if data.flags else \
        "<p>{}</p>".format(QCoreApplication.translate("returns_review", "Nothing to look at."))
    printed = QCoreApplication.translate("returns_review", "Printed {moment}.").format(
        moment=format_date_time(shop.local_time(utc_now()), shop.locale))
    title = QCoreApplication.translate(
        "returns_review", "Returns review · {shop} · {day}").format(
        shop=escape(shop.name), day=unbroken(day_words(data.day, shop.locale)))
    totals = escape(returns_totals(data.count, money(data.refunded), money(data.deducted)))
    to_look_at = QCoreApplication.translate("returns_review", "To look at")
    by_reason = _breakdown_html(
        QCoreApplication.translate("returns_review", "By reason"),
        QCoreApplication.translate("returns_review", "Reason"), data.by_reason, reason_words,
        money, side)
    by_clerk = _breakdown_html(
        QCoreApplication.translate("returns_review", "By clerk"),
        QCoreApplication.translate("returns_review", "Clerk"), data.by_clerk, str, money, side)
    return f"""
<html><body dir="{side.dir}" style="font-size: 9pt;">
<h2>{title}</h2>
<p><b>{totals}</b></p>
{_table_html(data, money, shop.locale, side)}
<h3>{to_look_at}</h3>
{flags}
{by_reason}
{by_clerk}
<p style="font-size: 7pt; color: #666;">{printed}</p>
</body></html>"""
