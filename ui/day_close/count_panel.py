"""Counting the drawer by notes and coins, the difference from what was expected, and the
question before the day is closed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QSpinBox, QVBoxLayout)

from pos import cash
from pos.money import Money
from ui.day_close.words import denomination_words, difference_words
from ui.widgets import RIGHT, narrow_form


class CountPanel(QGroupBox):
    def __init__(self, money, locale: str, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Count the drawer"))
        self.money = money
        self.locale = locale
        self.expected: Money | None = None  # what the drawer should hold, once the day is read
        self.counted = QLabel("—")
        self.counted.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.counted.setAlignment(RIGHT)
        self.difference = QLabel("—")
        self.difference.setWordWrap(True)
        self.difference.setAlignment(RIGHT)
        self.difference.setStyleSheet("font-size: 16px; font-weight: bold;")
        summary = narrow_form()
        summary.addRow(self.tr("Counted"), self.counted)
        summary.addRow(self.tr("Difference"), self.difference)
        self.close_button = QPushButton(self.tr("Close the day…"))
        self.close_button.setObjectName("primary")
        layout = QVBoxLayout(self)
        layout.addLayout(self._count_grid())
        layout.addLayout(summary)
        layout.addStretch()
        layout.addWidget(self._confirm_panel())
        layout.addWidget(self.close_button)

    def _count_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setVerticalSpacing(2)  # eleven rows: the whole count on a 768-pixel screen
        self.count_fields: dict[Money, QSpinBox] = {}
        self.count_totals: dict[Money, QLabel] = {}
        row = 0
        for value in cash.DENOMINATIONS:
            if value in (cash.DENOMINATIONS[0], Money.of("10")):
                heading = QLabel(self.tr("Notes") if row == 0 else self.tr("Coins"))
                heading.setObjectName("hint")
                grid.addWidget(heading, row, 0)
                row += 1
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.setAlignment(Qt.AlignRight)
            spin.setMinimumWidth(90)
            spin.valueChanged.connect(self._count_changed)
            total = QLabel(self.money(Money.zero()))
            total.setAlignment(RIGHT)
            total.setMinimumWidth(120)
            caption = QLabel(f"{denomination_words(value, self.locale)}  ×")
            caption.setAlignment(RIGHT)
            grid.addWidget(caption, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(total, row, 2)
            row += 1
            self.count_fields[value] = spin
            self.count_totals[value] = total
        return grid

    def _confirm_panel(self) -> QFrame:
        self.confirm_panel = QFrame()
        self.confirm_panel.setObjectName("panel")
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Yes, close the day"))
        self.confirm_button.setObjectName("primary")
        self.not_yet_button = QPushButton(self.tr("Not yet"))
        self.not_yet_button.clicked.connect(self.hide_confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.not_yet_button)
        buttons.addWidget(self.confirm_button, 1)
        layout = QVBoxLayout(self.confirm_panel)
        layout.addWidget(self.confirm_text)
        layout.addLayout(buttons)
        self.confirm_panel.hide()
        return self.confirm_panel

    def counts(self) -> dict[Money, int]:
        return {value: spin.value() for value, spin in self.count_fields.items() if spin.value()}

    def total(self) -> Money:
        return cash.counted_total(self.counts())

    def set_counts(self, counts: dict[Money, int], expected: Money) -> None:
        """Shows a count without it counting as a change (a day read, not typed)."""
        self.expected = expected
        for value, spin in self.count_fields.items():
            spin.blockSignals(True)
            spin.setValue(counts.get(value, 0))
            spin.blockSignals(False)
        self._count_changed()

    def ask(self, question: str) -> None:
        self.confirm_text.setText(question)
        self.confirm_panel.show()
        self.close_button.hide()
        self.confirm_button.setFocus()

    def hide_confirm(self) -> None:
        self.confirm_panel.hide()
        self.close_button.show()

    def enable(self, open_day: bool, closed: bool) -> None:
        self.close_button.setEnabled(open_day)
        self.close_button.setVisible(not closed and self.confirm_panel.isHidden())
        for spin in self.count_fields.values():
            spin.setReadOnly(not open_day)
            spin.setButtonSymbols(QSpinBox.UpDownArrows if open_day else QSpinBox.NoButtons)

    def _count_changed(self, *_args) -> None:
        for value, spin in self.count_fields.items():
            self.count_totals[value].setText(self.money(value * spin.value()))
        total = self.total()
        self.counted.setText(self.money(total))
        if self.expected is None:
            self.difference.setText("—")
            return
        words, colour = difference_words(total - self.expected, self.locale)
        self.difference.setText(words)
        self.difference.setStyleSheet(f"font-size: 16px; font-weight: bold; color: {colour};")
        if not self.confirm_panel.isHidden():
            self.hide_confirm()  # the count changed: the question asked is no longer true
