"""The manager's daily returns review, one part a module: the words and columns (words), the
day's table, totals and flags (day_tab), the last 30 days as charts (chart_tab), the paper
(paper), and the dialog that puts them together (dialog)."""
from ui.returns_review.dialog import ReturnsReviewDialog
from ui.returns_review.words import APPROVED_BY, COLUMNS, OVERRIDE_REASON, RETURN

__all__ = ["APPROVED_BY", "COLUMNS", "OVERRIDE_REASON", "RETURN", "ReturnsReviewDialog"]
