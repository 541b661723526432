"""What a return still lacks before it can be recorded, in the clerk's words.

One rule for two callers: the return screen lists what is missing and keeps Confirm off
until it is there; record_return() refuses the first of them (it may call `missing` for its
own checks: this module imports nothing of pos.returns, so it can).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pos.i18n import _
from pos.return_policy import Reason, Remedy

if TYPE_CHECKING:
    from pos.returns import Override, ReturnForm


@dataclass(frozen=True)
class Missing:
    """One thing the clerk must still give: `what` names it (the screen points at the field
    that gives it), `sentence` says it."""

    what: str  # quantities, photo, new_items, note, override_reason, or no_new_items
    sentence: str  # in the language spoken when it was found


def missing(form: ReturnForm, new_items: int) -> list[Missing]:
    """What the form lacks, in the order record_return() checks it; empty when complete.
    `new_items`: how many new items the exchange takes (0 when there are none)."""
    found = []
    quantities = form.quantities.values()
    if not any(quantities):
        found.append(Missing("quantities", _("Pick what comes back and how many.")))
    if any(quantity < 0 for quantity in quantities):
        found.append(Missing("quantities", _("A quantity cannot be negative.")))
    if form.reason is Reason.DEFECTIVE and not form.photo:
        found.append(Missing("photo", _("Attach a photo of the defect.")))
    if form.remedy is Remedy.EXCHANGE and not new_items:
        found.append(Missing("new_items", _("Scan what the customer takes in exchange.")))
    if form.remedy is Remedy.REFUND and new_items:
        found.append(Missing("no_new_items", _("A refund takes no new items; choose Exchange.")))
    return found


def override_missing(override: Override) -> Missing | None:
    """A manager's override needs their written reason, asked before their PIN is tried."""
    if not override.reason.strip():
        return Missing("override_reason", _("Write why the policy is overridden."))
    return None
