"""The returns review's columns, and its words for the shop's codes: one row's cells are
written here for the screen and the paper alike."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pos.dates import format_date, format_time
from pos.report_export import method_words
from pos.return_policy import Outcome, Reason

CHART_DAYS = 30
# What the manager reviews comes first (what came back, why, what the policy said, the
# money, who): on a 1024-pixel screen those show without scrolling; the order comes after.
# In English here; column_words() gives them in the language spoken.
COLUMNS = [QT_TRANSLATE_NOOP("returns_review", "Time"),
           QT_TRANSLATE_NOOP("returns_review", "Return"),
           QT_TRANSLATE_NOOP("returns_review", "Items"),
           QT_TRANSLATE_NOOP("returns_review", "Reason"),
           QT_TRANSLATE_NOOP("returns_review", "Decision"),
           QT_TRANSLATE_NOOP("returns_review", "Outcome"),
           QT_TRANSLATE_NOOP("returns_review", "Refunded"),
           QT_TRANSLATE_NOOP("returns_review", "Deducted"),
           QT_TRANSLATE_NOOP("returns_review", "Clerk"),
           QT_TRANSLATE_NOOP("returns_review", "Approved by"),
           QT_TRANSLATE_NOOP("returns_review", "Override reason"),
           QT_TRANSLATE_NOOP("returns_review", "Order"),
           QT_TRANSLATE_NOOP("returns_review", "Order date"),
           QT_TRANSLATE_NOOP("returns_review", "Policy")]
(TIME, RETURN, ITEMS, REASON, DECISION, OUTCOME, REFUNDED, DEDUCTED, CLERK, APPROVED_BY,
 OVERRIDE_REASON, ORDER, ORDER_DATE, POLICY) = range(len(COLUMNS))
MONEY_COLUMNS = (REFUNDED, DEDUCTED)
WARNING = "#a04000"          # flags: dark amber, readable on white
WARNING_BACKGROUND = "#fff1d6"
FLAG_WORDS = {"override": QT_TRANSLATE_NOOP("returns_review", "Override"),
              "same_clerk": QT_TRANSLATE_NOOP("returns_review", "Same clerk"),
              "cash_for_card": QT_TRANSLATE_NOOP("returns_review", "Cash for card"),
              "repeat_customer": QT_TRANSLATE_NOOP("returns_review", "Repeat customer"),
              "sale_not_verified": QT_TRANSLATE_NOOP("returns_review", "Sale not verified"),
              "double_return": QT_TRANSLATE_NOOP("returns_review", "Returned twice"),
              "no_receipt": QT_TRANSLATE_NOOP("returns_review", "No receipt")}


def column_words() -> list[str]:
    """The review's column headings in the language spoken."""
    return [QCoreApplication.translate("returns_review", column) for column in COLUMNS]


def flag_words(kind: str) -> str:
    """What kind of second look a flag asks for, in the language spoken."""
    return QCoreApplication.translate("returns_review", FLAG_WORDS[kind]) \
        if kind in FLAG_WORDS else kind


def _label(kind, code: str) -> str:
    """The shop's words for a code, or the code itself when it is not one of `kind`'s."""
    try:
        return kind(code).label
    except ValueError:
        return code


def reason_words(code: str) -> str:
    return _label(Reason, code)


def outcome_words(code: str) -> str:
    return _label(Outcome, code)


def first_sentence(text: str) -> str:
    """'Refund allowed, day 2 of 3.' of the policy's explanation: the table's short form."""
    head, dot, rest = (text or "").partition(". ")
    return head + "." if dot and rest else text


def as_date(value) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def row_cells(row, money, locale: str, whole_decision: bool) -> list[str]:
    """One return's cells in COLUMNS order; the table shows the decision's first sentence,
    the paper all of it."""
    order_day = as_date(row.order_date)
    outcome = outcome_words(row.outcome)
    if row.refund_method and row.refunded:
        outcome = f"{outcome} ({method_words(row.refund_method)})"
    decision = row.decision if whole_decision else first_sentence(row.decision)
    return [format_time(row.time, locale), row.return_number, row.items,
            reason_words(row.reason), decision, outcome, money(row.refunded),
            money(row.deducted), row.clerk, row.approved_by or "", row.override_reason or "",
            row.order_number, format_date(order_day, locale) if order_day else "",
            f"v{row.policy_version}"]


def breakdown_order(figures: dict, words) -> list:
    """(key, (count, refunded, deducted)) most returns first, then by name."""
    return sorted(figures.items(), key=lambda kv: (-kv[1][0], words(kv[0])))
