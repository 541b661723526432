"""One shop day, picked: the manager's day screens (the close, the returns review) start with
it, under their title."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from pos.dates import format_weekday_date, qt_date_pattern, words_locale


def day_words(day: date, locale: str) -> str:
    """'Sunday 22/11/2026', 'dimanche 22/11/2026': the weekday in the language spoken."""
    return format_weekday_date(day, locale)


def day_top_row(title: str, picker: "DayPicker", status: QLabel) -> QHBoxLayout:
    """The screen's title, the day picker, and what the screen is doing."""
    heading = QLabel(title)
    heading.setObjectName("screenTitle")
    heading.setWordWrap(True)  # a longer title (French) folds rather than widen the window
    row = QHBoxLayout()
    row.addWidget(heading)
    row.addSpacing(24)
    row.addWidget(picker)
    row.addSpacing(16)
    row.addWidget(status, 1)
    return row


class DayPicker(QWidget):
    """One shop day: typed or picked from a calendar, or stepped with the buttons,
    Alt+Left/Alt+Right and Page Up/Page Down."""

    day_changed = Signal(object)  # datetime.date

    def __init__(self, day: date, today: date, locale: str, parent=None):
        super().__init__(parent)
        self._today = today
        self.edit = QDateEdit()
        # The weekday and the calendar's words in the language spoken; the date's figures
        # in the shop's order, left to right in every language.
        self.edit.setLocale(QLocale(words_locale(locale)))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(f"ddd {qt_date_pattern(locale)}")
        self.edit.setDate(QDate(day.year, day.month, day.day))
        self.edit.setMinimumWidth(170)
        self.edit.dateChanged.connect(lambda _d: self.day_changed.emit(self.day()))
        self.previous_button = QPushButton(self.tr("◀ Previous day"))
        self.previous_button.setToolTip(self.tr("Alt+Left or Page Up"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(self.tr("Next day ▶"))
        self.next_button.setToolTip(self.tr("Alt+Right or Page Down"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(self.go_today)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.edit)
        layout.addWidget(self.next_button)
        layout.addWidget(self.today_button)

    def install_shortcuts(self, window: QWidget, page_keys: bool = True) -> None:
        """The keys work anywhere in the window; page keys are left out where a spin box
        needs them (the cash count)."""
        keys = [("Alt+Left", -1), ("Alt+Right", 1)]
        if page_keys:
            keys += [("PgUp", -1), ("PgDown", 1)]
        self.shortcuts = []
        for sequence, step in keys:
            shortcut = QShortcut(QKeySequence(sequence), window)
            shortcut.activated.connect(lambda s=step: self.step(s))
            self.shortcuts.append(shortcut)

    def day(self) -> date:
        return self.edit.date().toPython()

    def set_day(self, day: date) -> None:
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def step(self, days: int) -> None:
        self.set_day(self.day() + timedelta(days=days))

    def go_today(self) -> None:
        self.set_day(self._today)
