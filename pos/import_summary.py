"""What an import says about a file: its problems and warnings grouped by kind, each with
a count and its first few line numbers, instead of a thousand identical lines."""
from __future__ import annotations

from dataclasses import dataclass

FIRST_LINES = 5  # line numbers named per group
# A kind of warning: how many lines have it, in words (one, several).
KIND_WORDS = {
    "no code": ("variant has neither SKU nor barcode: given an internal SKU",
                "variants have neither SKU nor barcode: given internal SKUs"),
    "shared sku": ("SKU is on several variants: imported, and a scan of it asks which",
                   "SKUs are each on several variants: imported, and a scan of one asks "
                   "which"),
    "negative stock": ("variant has a negative stock: imported as it is; count the shelf",
                       "variants have a negative stock: imported as they are; count the "
                       "shelf"),
    "not stocked": ("line is not stocked at the location: its stock is left as it is",
                    "lines are not stocked at the location: their stock is left as it is"),
    "unknown variant": ("line is no product of the shop: import the product export first",
                        "lines are no product of the shop: import the product export first"),
}
LABELS_HINT = ("print their labels from the Products screen (Print barcode labels…): it "
               "gives each an internal EAN-13 barcode")


@dataclass(frozen=True)
class ProblemGroup:
    """The lines with one kind of problem, or one same reason."""
    kind: str
    reason: str
    lines: list[int]

    @property
    def words(self) -> str:
        count = len(self.lines)
        shown = ", ".join(map(str, self.lines[:FIRST_LINES])) + \
            (", …" if count > FIRST_LINES else ".")
        if self.kind in KIND_WORDS:
            one, many = KIND_WORDS[self.kind]
            return f"{count} {one if count == 1 else many}; line{'s' if count > 1 else ''} " \
                   f"{shown}"
        if count == 1:
            return f"Line {self.lines[0]}: {self.reason}"
        return f"{count} lines: {self.reason} Lines {shown}"


def grouped(problems) -> list[ProblemGroup]:
    """Problems with the same kind (or, without one, the same reason) together, in the order
    of their first line."""
    groups: dict[str, ProblemGroup] = {}
    for problem in sorted(problems, key=lambda p: p.line):
        key = problem.kind if problem.kind in KIND_WORDS else problem.reason
        group = groups.setdefault(key, ProblemGroup(problem.kind, problem.reason, []))
        group.lines.append(problem.line)
    return list(groups.values())


def grouped_words(problems) -> list[str]:
    return [group.words for group in grouped(problems)]


def catalog_words(result, columns_named: int | None = None) -> list[str]:
    """The facts of an import a manager acts on, beyond its counts: products left
    inactive, not counted, without barcode, and the columns the import did not read."""
    return _facts(result.inactive, result.not_counted, result.without_barcode,
                  result.ignored_columns, columns_named)


def preview_words(preview, columns_named: int | None = None) -> list[str]:
    """The same facts, foreseen from the file alone."""
    rows = preview.rows
    return _facts(sum(not r.active for r in rows), sum(r.stock is None for r in rows),
                  sum(not r.barcode for r in rows), preview.ignored_columns, columns_named)


def _facts(inactive: int, not_counted: int, without_barcode: int,
           ignored_columns: list[str], columns_named: int | None = None) -> list[str]:
    """columns_named: how many ignored columns to name (the others counted), or all."""
    words = []
    if inactive:
        words.append(f"{inactive} draft or archived product{'s' if inactive != 1 else ''}: "
                     "imported inactive (not sold at the counter).")
    if not_counted:
        words.append(f"{not_counted} product{'s' if not_counted != 1 else ''} not counted "
                     "(no tracked quantity): sold without a stock check until you receive or "
                     "count them.")
    if without_barcode:
        words.append(f"{without_barcode} product{'s have' if without_barcode != 1 else ' has'}"
                     f" no barcode: {LABELS_HINT}.")
    if ignored_columns:
        count = len(ignored_columns)
        named = ignored_columns[:columns_named]
        more = f" and {count - len(named)} more" if count > len(named) else ""
        words.append(f"{count} column{'s' if count != 1 else ''} ignored: "
                     f"{', '.join(named)}{more}.")
    return words


def result_lines(result) -> list[str]:
    """An import's summary for the command line: what it did, then its notes and problems
    grouped by kind."""
    if result.format == "inventory":
        lines = [f"stock counts of location '{result.location}': {result.counted} products "
                 f"counted, {result.stock_adjusted} stocks changed."]
        if result.other_locations:
            lines.append(f"The file also has {', '.join(result.other_locations)}: not "
                         "imported (choose with --location).")
    else:
        lines = [f"{result.created} products created, {result.updated} updated, "
                 f"{result.unchanged} unchanged, {result.stock_adjusted} stock counts changed, "
                 f"{result.promotions} promotions from compare-at prices, "
                 f"{result.collections_created} new collections."]
        lines += catalog_words(result)
    if result.format == "inventory" and result.ignored_columns:
        lines.append(f"Columns ignored: {', '.join(result.ignored_columns)}.")
    lines += [f"  {words}" for words in grouped_words(result.notes)]
    if result.problems:
        count = len(result.problems)
        lines.append(f"{count} line{'s' if count != 1 else ''} skipped:")
        lines += [f"  {words}" for words in grouped_words(result.problems)]
    return lines


def imported_anything(result) -> bool:
    if result.format == "inventory":
        return result.counted > 0
    return result.created + result.updated + result.unchanged > 0
