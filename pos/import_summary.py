"""What an import says about a file: its problems and warnings grouped by kind, each with
a count and its first few line numbers, instead of a thousand identical lines."""
from __future__ import annotations

from dataclasses import dataclass

from pos.i18n import _, ngettext

FIRST_LINES = 5  # line numbers named per group
# The kinds of warning summed up in one sentence (pos.catalog_import and
# pos.shopify_inventory give a line its kind).
KINDS = ("no code", "shared sku", "negative stock", "not stocked", "unknown variant")


def _kind_words(kind: str, count: int) -> str:
    """How many lines have a kind of warning, in a whole sentence; {lines} their numbers."""
    if kind == "no code":
        return ngettext("{count} variant has neither SKU nor barcode: given an internal SKU; "
                        "line {lines}",
                        "{count} variants have neither SKU nor barcode: given internal SKUs; "
                        "lines {lines}", count)
    if kind == "shared sku":
        return ngettext("{count} SKU is on several variants: imported, and a scan of it asks "
                        "which; line {lines}",
                        "{count} SKUs are each on several variants: imported, and a scan of "
                        "one asks which; lines {lines}", count)
    if kind == "negative stock":
        return ngettext("{count} variant has a negative stock: imported as it is; count the "
                        "shelf; line {lines}",
                        "{count} variants have a negative stock: imported as they are; count "
                        "the shelf; lines {lines}", count)
    if kind == "not stocked":
        return ngettext("{count} line is not stocked at the location: its stock is left as it "
                        "is; line {lines}",
                        "{count} lines are not stocked at the location: their stock is left "
                        "as it is; lines {lines}", count)
    return ngettext("{count} line is no product of the shop: import the product export "
                    "first; line {lines}",
                    "{count} lines are no product of the shop: import the product export "
                    "first; lines {lines}", count)


@dataclass(frozen=True)
class ProblemGroup:
    """The lines with one kind of problem, or one same reason."""
    kind: str
    reason: str
    lines: list[int]

    @property
    def words(self) -> str:
        count = len(self.lines)
        shown = _("{first}, …").format(first=_line_list(self.lines[:FIRST_LINES])) \
            if count > FIRST_LINES else _("{lines}.").format(lines=_line_list(self.lines))
        if self.kind in KINDS:
            return _kind_words(self.kind, count).format(count=count, lines=shown)
        if count == 1:
            return _("Line {line}: {reason}").format(line=self.lines[0], reason=self.reason)
        return _("{count} lines: {reason} Lines {lines}").format(count=count,
                                                                reason=self.reason,
                                                                lines=shown)


def _line_list(lines: list[int]) -> str:
    return _(", ").join(map(str, lines))


def grouped(problems) -> list[ProblemGroup]:
    """Problems with the same kind (or, without one, the same reason) together, in the order
    of their first line."""
    groups: dict[str, ProblemGroup] = {}
    for problem in sorted(problems, key=lambda p: p.line):
        key = problem.kind if problem.kind in KINDS else problem.reason
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
        words.append(ngettext("{count} draft or archived product: imported inactive (not sold "
                              "at the counter).",
                              "{count} draft or archived products: imported inactive (not "
                              "sold at the counter).", inactive).format(count=inactive))
    if not_counted:
        words.append(ngettext("{count} product not counted (no tracked quantity): sold without "
                              "a stock check until you receive or count it.",
                              "{count} products not counted (no tracked quantity): sold "
                              "without a stock check until you receive or count them.",
                              not_counted).format(count=not_counted))
    if without_barcode:
        words.append(ngettext("{count} product has no barcode: print its label from the "
                              "Products screen (Print barcode labels…): it gives it an "
                              "internal EAN-13 barcode.",
                              "{count} products have no barcode: print their labels from the "
                              "Products screen (Print barcode labels…): it gives each an "
                              "internal EAN-13 barcode.", without_barcode
                              ).format(count=without_barcode))
    if ignored_columns:
        count = len(ignored_columns)
        named = _(", ").join(ignored_columns[:columns_named])
        if count > len(ignored_columns[:columns_named]):
            more = count - len(ignored_columns[:columns_named])
            words.append(ngettext("{count} columns ignored: {columns} and {more} more.",
                                  "{count} columns ignored: {columns} and {more} more.", count)
                         .format(count=count, columns=named, more=more))
        else:
            words.append(ngettext("{count} column ignored: {columns}.",
                                  "{count} columns ignored: {columns}.", count)
                         .format(count=count, columns=named))
    return words


def result_lines(result) -> list[str]:
    """An import's summary for the command line: what it did, then its notes and problems
    grouped by kind."""
    if result.format == "inventory":
        lines = [_("stock counts of location '{location}': {counted} products counted, "
                   "{adjusted} stocks changed.").format(location=result.location,
                                                       counted=result.counted,
                                                       adjusted=result.stock_adjusted)]
        if result.other_locations:
            lines.append(_("The file also has {locations}: not imported (choose with "
                           "--location).").format(locations=", ".join(result.other_locations)))
    else:
        lines = [_("{created} products created, {updated} updated, {unchanged} unchanged, "
                   "{adjusted} stock counts changed, {promotions} promotions from compare-at "
                   "prices, {collections} new collections.").format(
                       created=result.created, updated=result.updated,
                       unchanged=result.unchanged, adjusted=result.stock_adjusted,
                       promotions=result.promotions, collections=result.collections_created)]
        lines += catalog_words(result)
    if result.format == "inventory" and result.ignored_columns:
        lines.append(_("Columns ignored: {columns}.").format(
            columns=", ".join(result.ignored_columns)))
    lines += [f"  {words}" for words in grouped_words(result.notes)]
    if result.problems:
        count = len(result.problems)
        lines.append(ngettext("{count} line skipped:", "{count} lines skipped:", count)
                     .format(count=count))
        lines += [f"  {words}" for words in grouped_words(result.problems)]
    return lines


def imported_anything(result) -> bool:
    if result.format == "inventory":
        return result.counted > 0
    return result.created + result.updated + result.unchanged > 0


def done_words(result) -> str:
    """An import's outcome in one sentence, each fact a whole phrase with its own count
    (Manager → Import products)."""
    def n(value) -> int:
        return value if isinstance(value, int) else len(value)
    unchanged, adjusted = getattr(result, "unchanged", 0), getattr(result, "stock_adjusted", 0)
    promotions, collections = n(result.promotions), n(result.collections_created)
    facts = [(ngettext("{count} product created", "{count} products created",
                       n(result.created)), n(result.created)),
             (ngettext("{count} updated", "{count} updated", n(result.updated)),
              n(result.updated))]
    if unchanged:
        facts.append((ngettext("{count} already up to date", "{count} already up to date",
                               unchanged), unchanged))
    if adjusted:
        facts.append((ngettext("{count} stock set to the file's count",
                               "{count} stocks set to the file's count", adjusted), adjusted))
    if promotions:
        facts.append((ngettext("{count} promotion from compare-at prices",
                               "{count} promotions from compare-at prices", promotions),
                      promotions))
    if collections:
        facts.append((ngettext("{count} new collection", "{count} new collections",
                               collections), collections))
    problems = len(result.problems)
    facts.append((ngettext("{count} line skipped (below)", "{count} lines skipped (below)",
                           problems) if problems else _("no line skipped"), problems))
    return _("Done: {facts}.").format(
        facts=_(", ").join(words.format(count=count) for words, count in facts))
