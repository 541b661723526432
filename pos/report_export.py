"""The manager's day as files and text: CSV for a spreadsheet, plain text for the terminal
and the printer. Pure: it formats what pos.reports computed and reads no database.

CSV amounts are plain decimals ("105.00") so a spreadsheet sums them; the text uses the
shop's locale ("105,00 MAD"), as the screens do.
"""
from __future__ import annotations

import csv
import io
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from pos.cash import CashSummary
from pos.dates import format_date, format_date_time, format_time, format_weekday_date
from pos.money import Money, format_money
from pos.reports import ReturnsDay, SalesDay

RETURNS_HEADER = ["Date", "Time", "Return", "Order", "Order date", "Items", "Reason",
                  "Decision", "Refunded", "Deducted", "Outcome", "Remedy", "Refund method",
                  "Clerk", "Approved by", "Override reason", "Policy version",
                  "Returned value", "Collected", "Exchange order", "Note"]
SALES_HEADER = ["Section", "Item", "Count", "Amount"]
METHOD_LABELS = {"cash": "Cash", "card": "Card", "exchange": "Exchange credit"}
MOVEMENT_LABELS = {"in": "Cash in", "out": "Cash out", "float": "Opening float"}


def plain(money: Money | None) -> str:
    """'105.00': an amount for a spreadsheet (no currency, no grouping, point decimal)."""
    return "" if money is None else str(money.amount)


@contextmanager
def _writer(path_or_file: str | Path | IO[str]):
    if isinstance(path_or_file, (str, Path)):
        with open(path_or_file, "w", encoding="utf-8", newline="") as handle:
            yield csv.writer(handle)
    else:
        yield csv.writer(path_or_file)


# ----- CSV --------------------------------------------------------------------------------------------
def returns_csv(day: ReturnsDay, path_or_file: str | Path | IO[str]) -> None:
    """One row per return, then the totals, by reason, by clerk, and the flags."""
    with _writer(path_or_file) as out:
        out.writerow(RETURNS_HEADER)
        for r in day.rows:
            out.writerow([day.day.isoformat(), f"{r.time:%H:%M:%S}", r.return_number,
                          r.order_number, r.order_date.isoformat(), r.items, r.reason,
                          r.decision, plain(r.refunded), plain(r.deducted), r.outcome, r.remedy,
                          r.refund_method or "", r.clerk, r.approved_by or "",
                          r.override_reason or "", r.policy_version, plain(r.returned_value),
                          plain(r.collected), r.exchange_order_number or "", r.note or ""])
        out.writerow([])
        out.writerow(["Totals", "Count", "Refunded", "Deducted"])
        out.writerow(["All returns", day.count, plain(day.refunded), plain(day.deducted)])
        out.writerow([])
        out.writerow(["By reason", "Count", "Refunded", "Deducted"])
        for label, (count, refunded, deducted) in day.by_reason.items():
            out.writerow([label, count, plain(refunded), plain(deducted)])
        out.writerow([])
        out.writerow(["By clerk", "Count", "Refunded", "Deducted"])
        for name, (count, refunded, deducted) in day.by_clerk.items():
            out.writerow([name, count, plain(refunded), plain(deducted)])
        out.writerow([])
        out.writerow(["Flags", "Return", "Kind", "Explanation"])
        for flag in day.flags:
            out.writerow(["", flag.return_number, flag.kind, flag.text])


def sales_csv(day: SalesDay, path_or_file: str | Path | IO[str]) -> None:
    """The Z report as (section, item, count, amount) rows."""
    with _writer(path_or_file) as out:
        out.writerow(SALES_HEADER)
        for row in _sales_rows(day):
            out.writerow(row)


def _sales_rows(day: SalesDay) -> list[list]:
    cash = day.cash
    rows: list[list] = [
        ["Day", day.day.isoformat(), "", ""],
        ["Totals", "Sales", day.count, ""],
        ["Totals", "Gross", "", plain(day.gross)],
        ["Totals", "Promotions", "", plain(day.promotions)],
        ["Totals", "Returns", "", plain(day.returns)],
        ["Totals", "Net", "", plain(day.net)],
    ]
    rows += [["Payment method", METHOD_LABELS.get(m, m), "", plain(a)]
             for m, a in day.by_method.items()]
    rows += [["Returns by method", METHOD_LABELS.get(m, m), "", plain(a)]
             for m, a in day.returns_by_method.items()]
    rows += [["Clerk", name, n, plain(total)] for name, (n, total) in day.by_clerk.items()]
    rows += [
        ["Cash", "Opening float", "", plain(cash.opening_float)],
        ["Cash", "Cash sales", "", plain(cash.cash_sales)],
        ["Cash", "Cash refunds", "", plain(cash.cash_refunds)],
        ["Cash", "Cash in", "", plain(cash.cash_in)],
        ["Cash", "Cash out", "", plain(cash.cash_out)],
        ["Cash", "Expected", "", plain(cash.expected)],
    ]
    if cash.tills_closed is not None:  # the whole shop: each till closes its own drawer
        rows += [["Cash", "Tills closed", cash.tills_closed, ""],
                 ["Cash", "Counted at those tills", "", plain(cash.counted)],
                 ["Cash", "Difference at those tills", "", plain(cash.difference)]]
    elif cash.closed:
        rows += [["Cash", "Counted", "", plain(cash.counted)],
                 ["Cash", "Difference", "", plain(cash.difference)],
                 ["Cash", "Closed by", cash.closed_by, ""],
                 ["Cash", "Closed at", f"{cash.closed_at:%Y-%m-%d %H:%M:%S}", ""]]
        rows += [["Counted", f"{denomination}", count,
                  plain(Money.of(denomination) * count)]
                 for denomination, count in cash.counted_by_denomination.items()]
    else:
        rows.append(["Cash", "Not closed", "", ""])
    rows += [["Cash movement",
              f"{t:%H:%M:%S} {MOVEMENT_LABELS.get(kind, kind)}: {reason} ({staff})", "",
              plain(amount)]
             for t, kind, amount, reason, staff in cash.movements]
    if not day.whole_shop:  # each till sends its own queue: the hub has none
        rows += [["TikTok", "Waiting", day.tiktok_waiting, ""],
                 ["TikTok", "Failed", day.tiktok_failed, ""]]
    return rows


# ----- text (terminal, printer) -------------------------------------------------------------------------
def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(str(c)) for c in column) for column in zip(headers, *rows)]

    def line(cells) -> str:
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *[line(r) for r in rows]]


def _title(what: str, day: ReturnsDay | SalesDay, locale: str, shop_name: str) -> str:
    """'Z report of Tuesday 01/12/2026 - Casa Linen', and ', all tills' for the whole shop."""
    title = f"{what} of {format_weekday_date(day.day, locale)}"
    title += f" - {shop_name}" if shop_name else ""
    return title + (", all tills" if day.whole_shop else "")


def returns_text(day: ReturnsDay, locale: str = "fr_MA", shop_name: str = "") -> str:
    """The returns review as the terminal and the printer show it."""
    def money(m: Money) -> str:
        return format_money(m, locale)

    title = _title("Returns", day, locale, shop_name)
    lines = [title, ""]
    if not day.rows:
        lines.append("No returns or exchanges this day.")
        return "\n".join(lines) + "\n"
    table = [[format_time(r.time, locale), r.return_number, r.order_number,
              format_date(r.order_date, locale),
              r.reason, r.outcome, money(r.refunded), money(r.deducted), r.refund_method or "",
              r.clerk, r.approved_by or "", f"v{r.policy_version}"] for r in day.rows]
    lines += _table(["Time", "Return", "Order", "Sold on", "Reason", "Outcome", "Refunded",
                     "Deducted", "Method", "Clerk", "Approved by", "Policy"], table, {6, 7})
    lines += ["", "Details"]
    for r in day.rows:
        lines.append(f"  {r.return_number}  {r.items}")
        lines.append(f"      Decision: {r.decision}")
        if r.approved_by:
            lines.append(f"      Override by {r.approved_by}: {r.override_reason}")
        if r.exchange_order_number:
            lines.append(f"      Exchanged for {r.exchange_order_number}; collected "
                         f"{money(r.collected)}")
        if r.note:
            lines.append(f"      Note: {r.note}")
    totals = (f"Totals: {day.count} returns, refunded {money(day.refunded)}, "
              f"deducted {money(day.deducted)}")
    lines += ["", totals, ""]
    lines += _table(["By reason", "Count", "Refunded", "Deducted"],
                    [[k, str(n), money(a), money(b)] for k, (n, a, b) in day.by_reason.items()],
                    {1, 2, 3})
    lines.append("")
    lines += _table(["By clerk", "Count", "Refunded", "Deducted"],
                    [[k, str(n), money(a), money(b)] for k, (n, a, b) in day.by_clerk.items()],
                    {1, 2, 3})
    lines += ["", f"Flags ({len(day.flags)})" if day.flags else "Flags: none"]
    lines += [f"  - {flag.text}" for flag in day.flags]
    return "\n".join(lines) + "\n"


def sales_lines(day: SalesDay, locale: str = "fr_MA") -> list[tuple[str, str]]:
    """The Z report as (label, value) lines; a label starting with two spaces is a detail."""
    def money(m: Money) -> str:
        return format_money(m, locale)

    lines = [("Sales", str(day.count)), ("Gross", money(day.gross)),
             ("Promotions", money(-day.promotions)), ("Returns", money(-day.returns)),
             ("Net", money(day.net)), ("By payment method", "")]
    lines += [(f"  {METHOD_LABELS.get(m, m)}", money(a)) for m, a in day.by_method.items()]
    if day.returns_by_method:
        lines.append(("Returns by method", ""))
        lines += [(f"  {METHOD_LABELS.get(m, m)}", money(a))
                  for m, a in day.returns_by_method.items()]
    lines.append(("By clerk", ""))
    lines += [(f"  {name}", f"{n} sale{'' if n == 1 else 's'}, {money(total)}")
              for name, (n, total) in day.by_clerk.items()]
    lines += _cash_lines(day.cash, money, locale)
    lines.append(("TikTok events", _tiktok(day)))
    return lines


def _cash_lines(cash: CashSummary, money, locale: str) -> list[tuple[str, str]]:
    lines = [("Cash", ""), ("  Opening float", money(cash.opening_float)),
             ("  Cash sales", money(cash.cash_sales)),
             ("  Cash refunds", money(-cash.cash_refunds)),
             ("  Cash in", money(cash.cash_in)), ("  Cash out", money(-cash.cash_out))]
    lines += [(f"    {format_time(t, locale)} {MOVEMENT_LABELS.get(kind, kind).lower()}",
               f"{money(amount)}: {reason} ({staff})")
              for t, kind, amount, reason, staff in cash.movements]
    if cash.tills_closed is not None:  # the whole shop: each till closes its own drawer
        lines.append(("  Expected in the drawers", money(cash.expected)))
        return lines + _tills_closed(cash, money)
    lines.append(("  Expected in the drawer", money(cash.expected)))
    if cash.closed:
        lines += [("  Counted", money(cash.counted)),
                  ("  Difference", money(cash.difference)),
                  ("  Closed", f"by {cash.closed_by} at {format_date_time(cash.closed_at, locale)}")]
        counted = [f"{count} × {denomination}"
                   for denomination, count in cash.counted_by_denomination.items() if count]
        lines.append(("  Counted notes and coins", ", ".join(counted) or "none"))
        if cash.changed_since_close:
            lines.append(("  Cash moved after the close", money(cash.changed_since_close)))
    else:
        lines.append(("  Counted", "not closed yet"))
    return lines


def _tills_closed(cash: CashSummary, money) -> list[tuple[str, str]]:
    if not cash.tills_closed:
        return [("  Counted", "no till closed yet")]
    tills = f"{cash.tills_closed} till{'' if cash.tills_closed == 1 else 's'}"
    return [("  Counted", f"{money(cash.counted)} at {tills}"),
            ("  Difference", f"{money(cash.difference)} at {tills}")]


def _tiktok(day: SalesDay) -> str:
    if day.whole_shop:
        return "sent by each till"
    if not day.tiktok_waiting and not day.tiktok_failed:
        return "all sent"
    return f"{day.tiktok_waiting} waiting, {day.tiktok_failed} failed"


def sales_text(day: SalesDay, locale: str = "fr_MA", shop_name: str = "") -> str:
    title = _title("Z report", day, locale, shop_name)
    pairs = sales_lines(day, locale)
    width = max(len(label) for label, _ in pairs)
    body = [f"{label.ljust(width)}  {value}".rstrip() for label, value in pairs]
    return "\n".join([title, "", *body]) + "\n"


def csv_text(write, day) -> str:
    """A CSV as a string (for a preview, or a test)."""
    buffer = io.StringIO()
    write(day, buffer)
    return buffer.getvalue()
