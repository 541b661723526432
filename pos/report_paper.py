"""The Z report and the cash close on the receipt printer's roll: the same lines as the
report's text and CSV (pos.report_export.sales_lines), laid out with the receipt's Roll, so
that the screen, the A4 page, the terminal and the roll cannot disagree.

It is the manager's paper, not the customer's: it speaks the language spoken (the manager's,
as the screen and the PDF do), not the shop's receipt language."""
from __future__ import annotations

from datetime import datetime

from pos.dates import format_date_time, format_weekday_date
from pos.i18n import _, language
from pos.receipt_paper import COLUMNS, Roll, Row
from pos.report_export import sales_lines
from pos.reports import SalesDay
from pos.shop import ShopSettings


def z_report_paper(day: SalesDay, shop: ShopSettings, moment: datetime,
                   columns: int = COLUMNS) -> tuple[Row, ...]:
    """The day's Z report (its cash, its count once closed, the drawer's openings) as a
    roll's rows, `columns` characters wide; `moment` is when it is printed."""
    roll = Roll(shop, columns, language())
    title = _("Z report of {day}").format(day=format_weekday_date(day.day, roll.locale))
    roll.heading(_("{title}, all tills").format(title=title) if day.whole_shop else title)
    for label, value in sales_lines(day, roll.locale):
        indent = len(label) - len(label.lstrip())
        label = label.strip()
        if not value:
            roll.label(label, "plain" if indent else "bold", indent=indent)
        elif len(value) > columns - indent - 8:  # a sentence (a reason): under its label
            roll.label(label, indent=indent)
            roll.text(value, indent=indent + 2)
        else:
            roll.labelled(label, value, "plain" if indent else "bold", indent)
    roll.rule()
    roll.labelled(_("Printed"), format_date_time(shop.local_time(moment), roll.locale))
    return tuple(roll.rows)

