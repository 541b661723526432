"""The end of the manager's day: the sales (Z) report and the cash close, one part a module:
the figures (sales_panel), the drawer's cash (cash_panel), the count and the close
(count_panel), the paper (paper), and the dialog that puts them together (dialog)."""
from ui.day_close.dialog import DayCloseDialog
from ui.day_close.paper import sales_day_html

__all__ = ["DayCloseDialog", "sales_day_html"]
