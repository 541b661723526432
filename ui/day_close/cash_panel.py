"""The drawer's cash on screen: the opening float, cash put in or taken out with its reason,
what the drawer should hold, and how many times it opened (by why; who opened it on
purpose, when and why)."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from pos.dates import format_time
from pos.report_export import why_words
from ui.day_close.words import movement_time, movement_words
from ui.language import left_to_right, read_from_the_right
from ui.widgets import RIGHT, figures_table, fill_figures, narrow_form


class CashPanel(QGroupBox):
    def __init__(self, money, locale: str, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Cash in the drawer"))
        self.money = money
        self.locale = locale
        layout = QVBoxLayout(self)
        layout.addLayout(self._float_row())
        layout.addWidget(QLabel(self.tr("Cash put in or taken out")))
        self.movements = figures_table([self.tr("Time"), self.tr("Kind"), self.tr("Amount"),
                                        self.tr("Reason"), self.tr("By")])
        self.movements.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.movements.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        layout.addWidget(self.movements, 1)
        layout.addLayout(self._movement_rows())
        line = QFrame()
        line.setFrameShape(QFrame.HLine)
        layout.addWidget(line)
        layout.addLayout(self._expected_form())
        self.drawer = QLabel("—")
        self.drawer.setWordWrap(True)
        layout.addWidget(self.drawer)

    def _float_row(self) -> QHBoxLayout:
        self.float_field = QLineEdit()
        self.float_field.setPlaceholderText(self.tr("e.g. 500"))
        left_to_right(self.float_field)
        # Once set, the float reads as a figure, not as a field waiting for one.
        self.float_field.setStyleSheet(
            "QLineEdit[readOnly=\"true\"] { background: transparent; border: none; "
            "font-weight: bold; }")
        self.float_button = QPushButton(self.tr("Set float"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Opening float")))
        row.addWidget(self.float_field, 1)
        row.addWidget(self.float_button)
        return row

    def _movement_rows(self) -> QVBoxLayout:
        """The kind and the amount, then the reason on a line of its own: it stays readable
        on a small screen."""
        self.kind = QComboBox()
        self.kind.addItem(movement_words("out"), "out")
        self.kind.addItem(movement_words("in"), "in")
        self.amount_field = QLineEdit()
        self.amount_field.setPlaceholderText(self.tr("Amount"))
        self.amount_field.setMaximumWidth(110)
        left_to_right(self.amount_field)
        self.reason_field = QLineEdit()
        self.reason_field.setPlaceholderText(self.tr("Why, e.g. bank deposit, supplier paid"))
        self.movement_button = QPushButton(self.tr("Record"))
        what = QHBoxLayout()
        what.addWidget(self.kind)
        what.addWidget(self.amount_field)
        what.addStretch()
        why = QHBoxLayout()
        why.addWidget(self.reason_field, 1)
        why.addWidget(self.movement_button)
        rows = QVBoxLayout()
        rows.addLayout(what)
        rows.addLayout(why)
        return rows

    def _expected_form(self) -> QFormLayout:
        self.expected_lines = {}
        form = narrow_form()
        for key, caption in (("opening_float", self.tr("Opening float")),
                             ("cash_sales", self.tr("+ Cash sales")),
                             ("cash_refunds", self.tr("− Cash refunds")),
                             ("cash_in", self.tr("+ Cash in")),
                             ("cash_out", self.tr("− Cash out"))):
            label = QLabel("—")
            label.setAlignment(RIGHT)
            self.expected_lines[key] = label
            form.addRow(caption, label)
        self.expected = QLabel("—")
        self.expected.setAlignment(RIGHT)
        self.expected.setStyleSheet("font-size: 20px; font-weight: bold;")
        form.addRow(self.tr("= Expected in the drawer"), self.expected)
        return form

    def show_cash(self, summary, day) -> None:
        self.float_field.setText(self.money(summary.opening_float) if summary.float_set else "")
        fill_figures(self.movements, [
            (movement_time(moment, day, self.locale), movement_words(kind),
             self.money(amount), reason or "", staff or "")
            for moment, kind, amount, reason, staff in summary.movements], right=(2,))
        for key, label in self.expected_lines.items():
            label.setText(self.money(getattr(summary, key)))
        self.expected.setText(self.money(summary.expected))

    def show_drawer(self, data) -> None:
        """How many times the drawer opened and why; who opened it on purpose, when, why."""
        lines = [self.tr("Cash drawer: opened %n time(s).", "", len(data.drawer_openings))]
        if data.drawer_openings:
            lines.append(" · ".join(self.tr("{why}: {count}").format(why=why_words(why), count=n)
                                    for why, n in data.openings_by_why.items()))
        lines += [self.tr("{time} {manager}: {reason}").format(
            time=format_time(o.at, self.locale), manager=o.staff, reason=o.reason)
            for o in data.manager_openings]
        self.drawer.setText("\n".join(read_from_the_right(line) for line in lines))

    def enable(self, open_day: bool, can_float: bool, float_shown: bool) -> None:
        self.float_field.setReadOnly(not can_float)
        self.float_button.setEnabled(can_float)
        self.float_button.setVisible(float_shown)
        for widget in (self.kind, self.amount_field, self.reason_field, self.movement_button):
            widget.setEnabled(open_day)
