"""The day's sales (Z report) on screen: the totals, by payment method, by clerk, and what
is still to be sent to TikTok."""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from ui.day_close.words import EXACT, OVER, SHORT, method_words
from ui.language import read_from_the_right
from ui.widgets import RIGHT, figures_table, fill_figures, narrow_form


class SalesPanel(QGroupBox):
    def __init__(self, money, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Sales (Z report)"))
        self.money = money
        self.sales_count, self.gross, self.promotions, self.returns, self.net = (
            QLabel("—") for _ in range(5))
        self.net.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.refunds_by_method = QLabel(" ")
        self.refunds_by_method.setObjectName("hint")
        self.refunds_by_method.setAlignment(RIGHT)
        self.refunds_by_method.setWordWrap(True)
        self.store_credit = QLabel(" ")  # a debt of the shop, never in the cash count
        self.store_credit.setObjectName("hint")
        self.store_credit.setAlignment(RIGHT)
        self.store_credit.setWordWrap(True)
        form = narrow_form()
        for caption, label in ((self.tr("Sales"), self.sales_count),
                               (self.tr("Gross"), self.gross),
                               (self.tr("Promotions"), self.promotions),
                               (self.tr("Returns"), self.returns), (self.tr("Net"), self.net)):
            label.setAlignment(RIGHT)
            form.addRow(caption, label)
            if label is self.returns:
                form.addRow("", self.refunds_by_method)
                form.addRow("", self.store_credit)
        self.by_method = figures_table([self.tr("Payment"), self.tr("Amount")])
        self.by_clerk = figures_table([self.tr("Clerk"), self.tr("Sales"), self.tr("Amount")])
        self.tiktok = QLabel("—")
        self.tiktok.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("By payment method")))
        layout.addWidget(self.by_method, 1)
        layout.addWidget(QLabel(self.tr("By clerk")))
        layout.addWidget(self.by_clerk, 1)
        layout.addWidget(self.tiktok)

    def show_day(self, data) -> None:
        money = self.money
        self.sales_count.setText(str(data.count))
        self.gross.setText(money(data.gross))
        self.promotions.setText(_less(money, data.promotions))
        self.returns.setText(_less(money, data.returns))
        # Card refunds go back through the terminal, cash ones out of the drawer.
        self.refunds_by_method.setText(" · ".join(
            f"{method_words(m)} {money(a)}"
            for m, a in sorted(data.returns_by_method.items())) or " ")
        self.net.setText(money(data.net))
        self.store_credit.setVisible(data.has_store_credit)
        self.store_credit.setText(read_from_the_right(self.tr(
            "Store credit: %n credit note(s) issued ({issued}) · outstanding {outstanding}",
            "", data.credit_notes_issued).format(issued=money(data.credit_issued),
                                                 outstanding=money(data.credit_outstanding))))
        fill_figures(self.by_method, [(method_words(m), money(a))
                                      for m, a in sorted(data.by_method.items())])
        fill_figures(self.by_clerk, [(clerk, str(n), money(a))
                                     for clerk, (n, a) in sorted(data.by_clerk.items())])
        self._show_tiktok(data.tiktok_waiting, data.tiktok_failed, data.whole_shop)

    def _show_tiktok(self, waiting: int, failed: int, whole_shop: bool = False) -> None:
        if whole_shop:  # the hub has no TikTok queue: each till sends its own
            self.tiktok.setText(read_from_the_right(
                self.tr("TikTok: each till sends its own events (see each till).")))
            self.tiktok.setStyleSheet("")
            return
        if failed:
            text = self.tr("TikTok: %n event(s) of this day still waiting, {failed} failed (see "
                           "Manager → TikTok queue).", "", waiting).format(failed=failed)
            self.tiktok.setStyleSheet(f"color: {SHORT}; font-weight: bold;")
        elif waiting:
            text = self.tr("TikTok: %n event(s) of this day still waiting to be sent.", "",
                           waiting)
            self.tiktok.setStyleSheet(f"color: {OVER};")
        else:
            text = self.tr("TikTok: every event of this day has been sent.")
            self.tiktok.setStyleSheet(f"color: {EXACT};")
        self.tiktok.setText(read_from_the_right(text))


def _less(money, amount) -> str:
    """'− 10,00 MAD' of an amount taken off; plain zero when nothing was."""
    return f"− {money(amount)}" if amount else money(amount)
