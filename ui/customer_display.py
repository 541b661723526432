"""The customer display of this till (Manager → Printer chooses it): a window on the second
screen, a 2x20 pole display at a URL, or none. It follows the sale screen (display_changed);
what it shows is decided in pos/hardware/display.py.

The window never takes the keyboard from the till: it does not accept the focus and is
shown without being activated. The pole is written off the GUI thread (run_task), one
write at a time, and only the latest state is sent: a slow or dead display never holds a
backlog nor the sale; its trouble is one quiet line in the status bar."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from db.engine import Database
from pos.hardware.display import (HUGE, LARGE, CustomerDisplay, PoleDisplay, WindowText,
                                  pole_lines, wait_seconds, window_text)
from pos.hardware.printer import HardwareError, PrinterAddress, connect, parse_display_url
from pos.hardware.settings import DISPLAY_WINDOW, load_hardware_settings
from pos.i18n import words_of
from pos.shop import load_shop_settings
from ui.background import read_now, run_task, while_alive

# On a till with one screen the window is not shown; a test (or a try on a laptop) may ask
# for it as a small window of this size on that screen.
ONE_SCREEN_WINDOW: tuple[int, int] | None = None
ROWS = 3                                     # the most lines pos/hardware/display.py shows
SIZES = {HUGE: 0.15, LARGE: 0.085}           # of the window's height; SMALL otherwise
SMALL_SIZE = 0.06
WINDOW_STYLE = """
QWidget#customerDisplay { background: #10263b; }
QLabel { color: #ffffff; }
QLabel[part="also"] { color: #b8cce0; }
QLabel[part="amount"] { color: #ffd54f; font-weight: bold; }
"""


class CustomerDisplays(QObject):
    """The display this till has, following the sale screen. `said(words)` tells the clerk of
    a display that cannot be used (the status bar)."""

    def __init__(self, db: Database, parent: QWidget, said: Callable[[str], None],
                 make=connect):
        super().__init__(parent)
        self.db = db
        self.said = said
        self.make = make
        self.display = CustomerDisplay()
        self.window: CustomerWindow | None = None
        self.pole: PoleWriter | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.later)
        self.reload()

    def reload(self) -> None:
        """The shop's and this till's settings read again (the receipt's language, the
        display chosen), and the display shown as they say."""
        self.shop, hardware = read_now(self.db, lambda session: (
            load_shop_settings(session), load_hardware_settings(session)))
        for old in (self.window, self.pole):
            if old is not None:
                old.deleteLater()
        if self.window is not None:
            self.window.hide()
        self.window, self.pole = None, None
        if hardware.display == DISPLAY_WINDOW:
            self.window = CustomerWindow(self.parent())
            self.window.place()
        else:
            try:
                address = parse_display_url(hardware.display)
            except HardwareError as error:
                self.said(words_of(error))
                address = None
            if address is not None:
                self.pole = PoleWriter(address, self.said, self.make, self)
        self.show()

    def follow(self, news) -> None:
        """The sale screen's news: the priced cart, or the payment once the sale is saved."""
        self.display.follow(news)
        self._wait()
        self.show()

    def later(self) -> None:
        if self.display.later() is not None:
            self._wait()
            self.show()

    def _wait(self) -> None:
        seconds = wait_seconds(self.display.showing)
        if seconds is None:
            self.timer.stop()
        else:
            self.timer.start(seconds * 1000)

    def show(self) -> None:
        showing = self.display.showing
        if self.window is not None:
            self.window.show_text(window_text(showing, self.shop))
        if self.pole is not None:
            self.pole.show(pole_lines(showing, self.shop))


class PoleWriter(QObject):
    """Writes a pole display's two lines off the GUI thread: one write at a time; what comes
    meanwhile replaces what was waiting (only the latest state matters)."""

    def __init__(self, address: PrinterAddress, said: Callable[[str], None], make, parent):
        super().__init__(parent)
        self.address = address
        self.said = said
        self.make = make
        self._writing = False
        self._waiting: tuple[str, str] | None = None
        self._failing = False  # said once, until the display works again

    def show(self, lines: tuple[str, str]) -> None:
        if self._writing:
            self._waiting = lines
            return
        self._writing = True
        pole = PoleDisplay(self.address, self.make)
        run_task(lambda: pole.show(lines), while_alive(self, self._written),
                 while_alive(self, self._failed))

    def _written(self, _result) -> None:
        self._failing = False
        self._next()

    def _failed(self, error: Exception) -> None:
        if not self._failing:
            self._failing = True
            self.said(words_of(error))
        self._next()

    def _next(self) -> None:
        self._writing = False
        if self._waiting is not None:
            lines, self._waiting = self._waiting, None
            self.show(lines)


class CustomerWindow(QWidget):
    """The customer's window: full screen on the second screen, large type, right to left
    in Arabic; never focused, never activated."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.Window | Qt.FramelessWindowHint
                         | Qt.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.NoFocus)
        self.setObjectName("customerDisplay")
        self.setAttribute(Qt.WA_StyledBackground)
        self.setStyleSheet(WINDOW_STYLE)
        self.text: WindowText | None = None
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for _ in range(ROWS):
            words, amount, also = QLabel(), QLabel(), QLabel()
            amount.setProperty("part", "amount")
            also.setProperty("part", "also")
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            grid.setVerticalSpacing(0)
            grid.addWidget(words, 0, 0)
            grid.addWidget(amount, 0, 1)
            grid.addWidget(also, 1, 0, 1, 2)
            grid.setColumnStretch(0, 1)
            for label in (words, amount, also):
                label.setTextFormat(Qt.PlainText)
            for label in (words, also):  # fitted to the window, never widening it
                label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
            layout.addLayout(grid)
            layout.addSpacing(12)
            self.rows.append((words, amount, also))
        layout.addStretch(1)
        # A screen plugged in or out: placed again (a bound method, let go with the window).
        QGuiApplication.instance().screenAdded.connect(self._screens_changed)
        QGuiApplication.instance().screenRemoved.connect(self._screens_changed)

    def _screens_changed(self, _screen) -> None:
        self.place()

    def place(self) -> None:
        """Full screen on the second screen; on one screen, hidden (or ONE_SCREEN_WINDOW)."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            screen = screens[1]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        elif ONE_SCREEN_WINDOW is not None:
            self.resize(*ONE_SCREEN_WINDOW)
            self.show()
        else:
            self.hide()

    def show_text(self, text: WindowText) -> None:
        self.text = text
        self.setLayoutDirection(Qt.RightToLeft if text.right_to_left else Qt.LeftToRight)
        self._lay_out()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self) -> None:
        """Each line in its size for the window's height; an amount is never cut (its type
        gets smaller), a long name is."""
        if self.text is None:
            return
        side = round(self.width() * 0.04)  # the screen's bezel must not touch the words
        self.layout().setContentsMargins(side, side, side, side)
        room = self.width() - 2 * side
        # Said absolutely: a label of Arabic words would take "left" as its own text's start.
        start, end = Qt.AlignLeft | Qt.AlignAbsolute, Qt.AlignRight | Qt.AlignAbsolute
        if self.text.right_to_left:
            start, end = end, start
        edge = Qt.AlignHCenter if self.text.centred else start
        for index, (words, amount, also) in enumerate(self.rows):
            line = self.text.lines[index] if index < len(self.text.lines) else None
            for label in (words, amount, also):
                label.setVisible(line is not None and bool(self._source(label, line)))
            if line is None:
                continue
            px = self._px(line.size)
            amount_px = _fitted(line.amount, px, room * 0.6, bold=True)
            amount_width = _width(line.amount, amount_px, bold=True) if line.amount else 0
            _set(amount, line.amount, amount_px, end | Qt.AlignVCenter)
            # Beside its amount, a line's words are no larger than LARGE: the figure counts.
            bold = line.size == HUGE
            if line.amount:
                px = min(px, self._px(LARGE))
            words_room = room - amount_width - (24 if line.amount else 0)
            words_px = max(_fitted(line.words, px, words_room, bold), round(px * 0.5))
            _set(words, _elided(line.words, words_px, words_room, bold), words_px,
                 edge | Qt.AlignVCenter, bold=bold)
            also_px = round(px * 0.7)
            _set(also, _elided(line.also, also_px, room), also_px, edge | Qt.AlignVCenter)

    def _px(self, size: str) -> int:
        return max(12, round(self.height() * SIZES.get(size, SMALL_SIZE)))

    @staticmethod
    def _source(label: QLabel, line) -> str:
        return {"amount": line.amount, "also": line.also}.get(label.property("part"),
                                                              line.words)


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _width(text: str, px: int, bold: bool = False) -> float:
    return QFontMetricsF(_font(px, bold)).horizontalAdvance(text)


def _fitted(text: str, px: int, room: float, bold: bool = False) -> int:
    """The largest type up to px in which the text is read whole within room."""
    wide = _width(text, px, bold)
    return px if wide <= room or not text else max(12, int(px * room / wide))


def _elided(text: str, px: int, room: float, bold: bool = False) -> str:
    return QFontMetricsF(_font(px, bold)).elidedText(text, Qt.ElideRight, max(room, 0))


def _set(label: QLabel, text: str, px: int, alignment, bold: bool | None = None) -> None:
    label.setText(text)
    label.setAlignment(alignment)
    weight = "" if bold is None else f" font-weight: {'bold' if bold else 'normal'};"
    label.setStyleSheet(f"font-size: {px}px;{weight}")
