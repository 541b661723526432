"""The manager's day as files and text: CSV for a spreadsheet, plain text for the terminal
and the printer. Pure: it formats what pos.reports computed and reads no database.

CSV amounts are plain decimals ("105.00") so a spreadsheet sums them; the text uses the
shop's locale ("105,00 MAD"), as the screens do. Headers, labels and sentences are in the
language spoken (pos.i18n): the command line writes its report inside speaking(the shop's
language), the screens in the window's.
"""
from __future__ import annotations

import csv
import io
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from pos.cash import CashSummary
from pos.dates import format_date, format_date_time, format_time, format_weekday_date
from pos.hardware.drawer import WHY
from pos.i18n import N_, _, ngettext
from pos.money import Money, format_money, money_sum
from pos.reports import ReturnsDay, SalesDay

# The CSV's headers and labels in English; written with _() in the language spoken.
RETURNS_HEADER = [N_("Date"), N_("Time"), N_("Return"), N_("Order"), N_("Order date"),
                  N_("Items"), N_("Reason"), N_("Decision"), N_("Refunded"), N_("Deducted"),
                  N_("Outcome"), N_("Remedy"), N_("Refund method"), N_("Clerk"),
                  N_("Approved by"), N_("Override reason"), N_("Policy version"),
                  N_("Returned value"), N_("Collected"), N_("Exchange order"), N_("Note")]
SALES_HEADER = [N_("Section"), N_("Item"), N_("Count"), N_("Amount")]
METHOD_LABELS = {"cash": N_("Cash"), "card": N_("Card"), "exchange": N_("Exchange credit"),
                 "credit": N_("Store credit")}
MOVEMENT_LABELS = {"in": N_("Cash in"), "out": N_("Cash out"), "float": N_("Opening float")}



def returns_totals(count: int, refunded: str, deducted: str) -> str:
    """The day's returns in one line (the review's paper): how many, refunded and kept."""
    return ngettext("{count} return · refunded {refunded} · deducted (kept) {deducted}",
                    "{count} returns · refunded {refunded} · deducted (kept) {deducted}",
                    count).format(count=count, refunded=refunded, deducted=deducted)

def _words(labels: list[str]) -> list[str]:
    return [_(label) for label in labels]


def method_words(method: str) -> str:
    """'Cash', 'Espèces', 'نقدًا': a payment method's code in the language spoken."""
    return _(METHOD_LABELS[method]) if method in METHOD_LABELS else method


def movement_words(kind: str) -> str:
    return _(MOVEMENT_LABELS[kind]) if kind in MOVEMENT_LABELS else kind


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
        out.writerow(_words(RETURNS_HEADER))
        for r in day.rows:
            out.writerow([day.day.isoformat(), f"{r.time:%H:%M:%S}", r.return_number,
                          r.order_number, r.order_date.isoformat(), r.items, r.reason,
                          r.decision, plain(r.refunded), plain(r.deducted), r.outcome, r.remedy,
                          r.refund_method or "", r.clerk, r.approved_by or "",
                          r.override_reason or "", r.policy_version, plain(r.returned_value),
                          plain(r.collected), r.exchange_order_number or "", r.note or ""])
        out.writerow([])
        out.writerow([_("Totals"), _("Count"), _("Refunded"), _("Deducted")])
        out.writerow([_("All returns"), day.count, plain(day.refunded), plain(day.deducted)])
        out.writerow([])
        out.writerow([_("By reason"), _("Count"), _("Refunded"), _("Deducted")])
        for label, (count, refunded, deducted) in day.by_reason.items():
            out.writerow([label, count, plain(refunded), plain(deducted)])
        out.writerow([])
        out.writerow([_("By clerk"), _("Count"), _("Refunded"), _("Deducted")])
        for name, (count, refunded, deducted) in day.by_clerk.items():
            out.writerow([name, count, plain(refunded), plain(deducted)])
        out.writerow([])
        out.writerow([_("Flags"), _("Return"), _("Kind"), _("Explanation")])
        for flag in day.flags:
            out.writerow(["", flag.return_number, flag.kind, flag.text])


def sales_csv(day: SalesDay, path_or_file: str | Path | IO[str]) -> None:
    """The Z report as (section, item, count, amount) rows."""
    with _writer(path_or_file) as out:
        out.writerow(_words(SALES_HEADER))
        for row in _sales_rows(day):
            out.writerow(row)


def _sales_rows(day: SalesDay) -> list[list]:
    cash = day.cash
    totals, in_cash = _("Totals"), _("Cash")
    rows: list[list] = [
        [_("Day"), day.day.isoformat(), "", ""],
        [totals, _("Sales"), day.count, ""],
        [totals, _("Gross"), "", plain(day.gross)],
        [totals, _("Promotions"), "", plain(day.promotions)],
        [totals, _("Returns"), "", plain(day.returns)],
        [totals, _("Net"), "", plain(day.net)],
    ]
    rows += [[_("Payment method"), method_words(m), "", plain(a)]
             for m, a in day.by_method.items()]
    rows += [[_("Returns by method"), method_words(m), "", plain(a)]
             for m, a in day.returns_by_method.items()]
    if day.has_store_credit:
        rows += [[_("Store credit"), _("Credit notes issued"), day.credit_notes_issued,
                  plain(day.credit_issued)],
                 [_("Store credit"), _("Outstanding store credit"), "",
                  plain(day.credit_outstanding)]]
    rows += [[_("Clerk"), name, n, plain(total)] for name, (n, total) in day.by_clerk.items()]
    rows += [[_("Clerk discount"), _("{clerk} · {sale}: {reason} (approved by {manager})").format(
              clerk=g.clerk, sale=g.order_number, reason=g.reason, manager=g.approved_by or "—"),
              "", plain(g.amount)] for g in day.clerk_discounts]
    rows += [
        [in_cash, _("Opening float"), "", plain(cash.opening_float)],
        [in_cash, _("Cash sales"), "", plain(cash.cash_sales)],
        [in_cash, _("Cash refunds"), "", plain(cash.cash_refunds)],
        [in_cash, _("Cash in"), "", plain(cash.cash_in)],
        [in_cash, _("Cash out"), "", plain(cash.cash_out)],
        [in_cash, _("Expected"), "", plain(cash.expected)],
    ]
    if cash.tills_closed is not None:  # the whole shop: each till closes its own drawer
        rows += [[in_cash, _("Tills closed"), cash.tills_closed, ""],
                 [in_cash, _("Counted at those tills"), "", plain(cash.counted)],
                 [in_cash, _("Difference at those tills"), "", plain(cash.difference)]]
    elif cash.closed:
        rows += [[in_cash, _("Counted"), "", plain(cash.counted)],
                 [in_cash, _("Difference"), "", plain(cash.difference)],
                 [in_cash, _("Closed by"), cash.closed_by, ""],
                 [in_cash, _("Closed at"), f"{cash.closed_at:%Y-%m-%d %H:%M:%S}", ""]]
        rows += [[_("Counted"), f"{denomination}", count,
                  plain(Money.of(denomination) * count)]
                 for denomination, count in cash.counted_by_denomination.items()]
    else:
        rows.append([in_cash, _("Not closed"), "", ""])
    rows += [[_("Cash movement"), _("{time} {kind}: {reason} ({staff})").format(
              time=f"{t:%H:%M:%S}", kind=movement_words(kind), reason=reason, staff=staff), "",
              plain(amount)]
             for t, kind, amount, reason, staff in cash.movements]
    drawer = _("Cash drawer")
    rows.append([drawer, _("Openings"), len(day.drawer_openings), ""])
    rows += [[drawer, why_words(why), n, ""] for why, n in day.openings_by_why.items()]
    rows += [[_("Drawer opened by a manager"), _("{time} {staff}: {reason}").format(
              time=f"{o.at:%H:%M:%S}", staff=o.staff, reason=o.reason), "", ""]
             for o in day.manager_openings]
    if not day.whole_shop:  # each till sends its own queue: the hub has none
        rows += [["TikTok", _("Waiting"), day.tiktok_waiting, ""],
                 ["TikTok", _("Failed"), day.tiktok_failed, ""]]
    return rows


# ----- text (terminal, printer) -------------------------------------------------------------------------
def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(str(c)) for c in column) for column in zip(headers, *rows)]

    def line(cells) -> str:
        return "  ".join(str(c).rjust(w) if i in right else str(c).ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    return [line(headers), line(["-" * w for w in widths]), *[line(r) for r in rows]]


def _title(title: str, day: ReturnsDay | SalesDay, shop_name: str) -> str:
    """'Z report of Tuesday 01/12/2026 - Casa Linen', and ', all tills' for the whole shop."""
    title += f" - {shop_name}" if shop_name else ""
    return _("{title}, all tills").format(title=title) if day.whole_shop else title


def returns_text(day: ReturnsDay, locale: str = "fr_MA", shop_name: str = "") -> str:
    """The returns review as the terminal and the printer show it."""
    def money(m: Money) -> str:
        return format_money(m, locale)

    title = _title(_("Returns of {day}").format(day=format_weekday_date(day.day, locale)), day,
                   shop_name)
    lines = [title, ""]
    if not day.rows:
        lines.append(_("No returns or exchanges this day."))
        return "\n".join(lines) + "\n"
    table = [[format_time(r.time, locale), r.return_number, r.order_number,
              format_date(r.order_date, locale),
              r.reason, r.outcome, money(r.refunded), money(r.deducted),
              method_words(r.refund_method) if r.refund_method else "",
              r.clerk, r.approved_by or "", f"v{r.policy_version}"] for r in day.rows]
    lines += _table(_words([N_("Time"), N_("Return"), N_("Order"), N_("Sold on"), N_("Reason"),
                            N_("Outcome"), N_("Refunded"), N_("Deducted"), N_("Method"),
                            N_("Clerk"), N_("Approved by"), N_("Policy")]), table, {6, 7})
    lines += ["", _("Details")]
    for r in day.rows:
        lines.append(f"  {r.return_number}  {r.items}")
        lines.append("      " + _("Decision: {decision}").format(decision=r.decision))
        if r.approved_by:
            lines.append("      " + _("Override by {manager}: {reason}").format(
                manager=r.approved_by, reason=r.override_reason))
        if r.exchange_order_number:
            lines.append("      " + _("Exchanged for {order}; collected {amount}").format(
                order=r.exchange_order_number, amount=money(r.collected)))
        if r.note:
            lines.append("      " + _("Note: {note}").format(note=r.note))
    totals = ngettext("Totals: {count} return, refunded {refunded}, deducted {deducted}",
                      "Totals: {count} returns, refunded {refunded}, deducted {deducted}",
                      day.count).format(count=day.count, refunded=money(day.refunded),
                                        deducted=money(day.deducted))
    lines += ["", totals, ""]
    figures = _words([N_("Count"), N_("Refunded"), N_("Deducted")])
    lines += _table([_("By reason"), *figures],
                    [[k, str(n), money(a), money(b)] for k, (n, a, b) in day.by_reason.items()],
                    {1, 2, 3})
    lines.append("")
    lines += _table([_("By clerk"), *figures],
                    [[k, str(n), money(a), money(b)] for k, (n, a, b) in day.by_clerk.items()],
                    {1, 2, 3})
    lines += ["", _("Flags ({count})").format(count=len(day.flags)) if day.flags
              else _("Flags: none")]
    lines += [f"  - {flag.text}" for flag in day.flags]
    return "\n".join(lines) + "\n"


def sales_lines(day: SalesDay, locale: str = "fr_MA") -> list[tuple[str, str]]:
    """The Z report as (label, value) lines; a label starting with two spaces is a detail."""
    def money(m: Money) -> str:
        return format_money(m, locale)

    lines = [(_("Sales"), str(day.count)), (_("Gross"), money(day.gross)),
             (_("Promotions"), money(-day.promotions)), (_("Returns"), money(-day.returns)),
             (_("Net"), money(day.net))]
    lines += discount_lines(day, locale)
    lines.append((_("By payment method"), ""))
    lines += [(f"  {method_words(m)}", money(a)) for m, a in day.by_method.items()]
    if day.returns_by_method:
        lines.append((_("Returns by method"), ""))
        lines += [(f"  {method_words(m)}", money(a))
                  for m, a in day.returns_by_method.items()]
    lines += store_credit_lines(day, locale)
    lines.append((_("By clerk"), ""))
    lines += [(f"  {name}", ngettext("{count} sale, {amount}", "{count} sales, {amount}", n)
               .format(count=n, amount=money(total)))
              for name, (n, total) in day.by_clerk.items()]
    lines += _cash_lines(day.cash, money, locale)
    lines += drawer_lines(day, locale)
    lines.append((_("TikTok events"), _tiktok(day)))
    return lines


def store_credit_lines(day: SalesDay, locale: str) -> list[tuple[str, str]]:
    """The credit notes given that day and what the shop still owes on its notes: a debt,
    not cash (the expected cash never counts them)."""
    if not day.has_store_credit:
        return []
    return [(_("Store credit"), ""),
            ("  " + _("Credit notes issued"),
             ngettext("{count} note, {amount}", "{count} notes, {amount}",
                      day.credit_notes_issued).format(
                 count=day.credit_notes_issued, amount=format_money(day.credit_issued, locale))),
            ("  " + _("Outstanding store credit"), format_money(day.credit_outstanding, locale))]


def discount_lines(day: SalesDay, locale: str) -> list[tuple[str, str]]:
    """The clerks' discounts, part of the promotions: each one's clerk, sale, amount, reason
    and the manager who approved it beyond the clerk's limit."""
    if not day.clerk_discounts:
        return []
    lines = [("  " + _("of which clerks' discounts"),
              format_money(-money_sum(g.amount for g in day.clerk_discounts), locale))]
    for g in day.clerk_discounts:
        said = _("{amount}: {reason}").format(amount=format_money(g.amount, locale),
                                               reason=g.reason)
        if g.approved_by:
            said += " " + _("(approved by {manager})").format(manager=g.approved_by)
        lines.append((f"    {g.clerk} · {g.order_number}", said))
    return lines


def why_words(why: str) -> str:
    """'Cash sale', 'Opened by a manager': why the drawer opened, as a report's line."""
    words = _(WHY.get(why, why))
    return words[:1].upper() + words[1:]


def drawer_lines(day: SalesDay, locale: str) -> list[tuple[str, str]]:
    """How many times the drawer opened and why; each manager's opening: when, who, why."""
    n = len(day.drawer_openings)
    lines = [(_("Cash drawer opened"), ngettext("{count} time", "{count} times", n).format(
        count=n))]
    lines += [("  " + why_words(why), str(count)) for why, count in day.openings_by_why.items()]
    lines += [(f"    {format_time(o.at, locale)} {o.staff}", o.reason)
              for o in day.manager_openings]
    return lines


def _cash_lines(cash: CashSummary, money, locale: str) -> list[tuple[str, str]]:
    lines = [(_("Cash"), ""), ("  " + _("Opening float"), money(cash.opening_float)),
             ("  " + _("Cash sales"), money(cash.cash_sales)),
             ("  " + _("Cash refunds"), money(-cash.cash_refunds)),
             ("  " + _("Cash in"), money(cash.cash_in)),
             ("  " + _("Cash out"), money(-cash.cash_out))]
    lines += [(f"    {format_time(t, locale)} {movement_words(kind).lower()}",
               _("{amount}: {reason} ({staff})").format(amount=money(amount), reason=reason,
                                                       staff=staff))
              for t, kind, amount, reason, staff in cash.movements]
    counted = "  " + _("Counted")
    if cash.tills_closed is not None:  # the whole shop: each till closes its own drawer
        lines.append(("  " + _("Expected in the drawers"), money(cash.expected)))
        return lines + _tills_closed(cash, money)
    lines.append(("  " + _("Expected in the drawer"), money(cash.expected)))
    if cash.closed:
        lines += [(counted, money(cash.counted)),
                  ("  " + _("Difference"), money(cash.difference)),
                  ("  " + _("Closed"), _("by {manager} at {when}").format(
                      manager=cash.closed_by, when=format_date_time(cash.closed_at, locale)))]
        notes = [f"{count} × {denomination}"
                 for denomination, count in cash.counted_by_denomination.items() if count]
        lines.append(("  " + _("Counted notes and coins"), ", ".join(notes) or _("none")))
        if cash.changed_since_close:
            lines.append(("  " + _("Cash moved after the close"),
                          money(cash.changed_since_close)))
    else:
        lines.append((counted, _("not closed yet")))
    return lines


def _tills_closed(cash: CashSummary, money) -> list[tuple[str, str]]:
    if not cash.tills_closed:
        return [("  " + _("Counted"), _("no till closed yet"))]
    n = cash.tills_closed
    return [("  " + _("Counted"), ngettext("{amount} at {count} till", "{amount} at {count} tills",
                                           n).format(amount=money(cash.counted), count=n)),
            ("  " + _("Difference"), ngettext(
                "{amount} at {count} till", "{amount} at {count} tills", n).format(
                amount=money(cash.difference), count=n))]


def _tiktok(day: SalesDay) -> str:
    if day.whole_shop:
        return _("sent by each till")
    if not day.tiktok_waiting and not day.tiktok_failed:
        return _("all sent")
    return _("{waiting} waiting, {failed} failed").format(waiting=day.tiktok_waiting,
                                                          failed=day.tiktok_failed)


def sales_text(day: SalesDay, locale: str = "fr_MA", shop_name: str = "") -> str:
    title = _title(_("Z report of {day}").format(day=format_weekday_date(day.day, locale)),
                   day, shop_name)
    pairs = sales_lines(day, locale)
    width = max(len(label) for label, _ in pairs)
    body = [f"{label.ljust(width)}  {value}".rstrip() for label, value in pairs]
    return "\n".join([title, "", *body]) + "\n"


def csv_text(write, day) -> str:
    """A CSV as a string (for a preview, or a test)."""
    buffer = io.StringIO()
    write(day, buffer)
    return buffer.getvalue()
