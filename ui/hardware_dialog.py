"""Manager → Printer: this till's receipt printer as a URL, its paper, whether the receipt
prints by itself, the cash drawer on the printer, and the customer display. A test page
goes to the printer as typed, before anything is saved, off the GUI thread; Save checks
every field in pos/ (pos.hardware.settings) and a wrong one is said beside it, nothing saved.

These are this till's own settings: they are never sent to the hub."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from db.engine import Database
from db.types import utc_now
from pos.hardware.printer import URL_FORMS, HardwareError, connect, parse_printer_url
from pos.hardware.settings import (DISPLAY_WINDOW, NO_DISPLAY, PAPERS, HardwareSettings,
                                   change_hardware_settings, load_hardware_settings)
from pos.i18n import words_of
from pos.receipt_paper import test_page
from pos.shop import ShopSettings
from pos.staff import PermissionDenied
from ui.background import change_now, read_now, run_task, while_alive
from ui.language import left_to_right
from ui.till_printer import failure_words, print_roll
from ui.widgets import fit_to_screen, answer_buttons, message_label, say

POLE = "pole"  # the display choice of a pole display, whose address is then typed


class HardwareDialog(QDialog):
    saved = Signal(object)  # the HardwareSettings as saved

    def __init__(self, db: Database, shop: ShopSettings, manager_id: int, parent=None,
                 make=connect):
        super().__init__(parent)
        self.db = db
        self.shop = shop
        self.manager_id = manager_id
        self.make = make  # python-escpos' printer for an address (a test passes Dummy's)
        self.testing = False
        self.setWindowTitle(self.tr("Printer and customer display"))
        self.current: HardwareSettings = read_now(db, load_hardware_settings)
        c = self.current

        self.printer_url = QLineEdit(c.printer_url)
        self.printer_url.setPlaceholderText(self.tr("empty: the system's print dialog"))
        self.printer_hint = QLabel(self.tr("No address: receipts go through the system's print "
                                           "dialog, as before. An ESC/POS printer: its address "
                                           "in one of these forms."))
        self.printer_hint.setObjectName("hint")
        self.printer_hint.setWordWrap(True)
        # The forms as they are typed: one a line, left to right in every language.
        self.printer_forms = QLabel("\n".join(URL_FORMS))
        self.printer_forms.setObjectName("hint")
        self.printer_forms.setTextInteractionFlags(Qt.TextSelectableByMouse)
        # Its lines never fold, so it is never squeezed below them to make room.
        self.printer_forms.setMinimumHeight(self.printer_forms.sizeHint().height())
        self.printer_error = message_label()
        self.paper = QComboBox()
        for millimetres in PAPERS:
            self.paper.addItem(self.tr("{width} mm").format(width=millimetres), millimetres)
        self.paper.setCurrentIndex(max(0, self.paper.findData(c.paper_mm)))
        self.automatic = QCheckBox(self.tr("Print the receipt by &itself after each sale"))
        self.automatic.setChecked(c.print_automatically)
        self.drawer = QCheckBox(self.tr("A cash &drawer is plugged into the printer"))
        self.drawer.setChecked(c.drawer)

        self.display = QComboBox()
        self.display.addItem(self.tr("None"), NO_DISPLAY)
        self.display.addItem(self.tr("A window on the second screen"), DISPLAY_WINDOW)
        self.display.addItem(self.tr("A pole display at an address"), POLE)
        pole = c.display not in (NO_DISPLAY, DISPLAY_WINDOW)
        self.display.setCurrentIndex(self.display.findData(POLE if pole else c.display))
        self.display_url = QLineEdit(c.display if pole else "")
        self.display_url.setPlaceholderText("serial:///dev/ttyUSB1?baudrate=9600")
        self.display_error = message_label()
        # Addresses read left to right in every language.
        left_to_right(self.printer_url, self.display_url, self.printer_forms)

        self.test_button = QPushButton(self.tr("Print a &test page (Ctrl+T)"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.print_test_page)
        QShortcut(QKeySequence("Ctrl+T"), self, activated=self.print_test_page)
        self.message = message_label()
        buttons = answer_buttons(self, self.submit)
        self.save_button = buttons.button(QDialogButtonBox.Save)

        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch()
        layout.addLayout(test_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.display.currentIndexChanged.connect(self._display_changed)
        self._display_changed()
        self.setMinimumWidth(620)
        self._fit()

    def _form(self) -> QGridLayout:
        """Captions and fields in two columns. A grid rather than a QFormLayout: the form
        lays folded labels (the error, the hint) out one height and places the next row by
        another, so in Arabic the rows overlapped the forms' list."""
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        rows = ((self.tr("&Printer"), self.printer_url), ("", self.printer_error),
                ("", self.printer_hint), ("", self.printer_forms), (self.tr("P&aper"), self.paper),
                ("", self.automatic), ("", self.drawer),
                (self.tr("&Customer display"), self.display),
                (self.tr("Display's add&ress"), self.display_url), ("", self.display_error))
        for row, (caption, field) in enumerate(rows):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)
        self.printer_error.hide()
        self.display_error.hide()
        return form

    def _display_changed(self) -> None:
        self.display_url.setEnabled(self.display.currentData() == POLE)

    # ----- what is typed ----------------------------------------------------------------------
    def wanted(self) -> HardwareSettings:
        display = self.display.currentData()
        return replace(self.current, printer_url=self.printer_url.text().strip(),
                       paper_mm=self.paper.currentData(),
                       print_automatically=self.automatic.isChecked(),
                       drawer=self.drawer.isChecked(),
                       display=self.display_url.text().strip() if display == POLE else display)

    def submit(self) -> None:
        settings = self.wanted()
        self._clear_errors()
        if self.display.currentData() == POLE and not settings.display:
            return self._wrong("display", self.tr("Type the pole display's address, or choose "
                                                  "no display."))
        try:
            change_now(self.db, self.manager_id, lambda session, manager:
                       change_hardware_settings(session, manager, settings))
        except HardwareError as error:
            return self._wrong(getattr(error, "field", ""), words_of(error))
        except PermissionDenied as error:
            return self._wrong("", words_of(error))
        self.current = settings
        self.saved.emit(settings)
        self.accept()

    def _clear_errors(self) -> None:
        for label in (self.printer_error, self.display_error):
            label.hide()
        say(self.message, " ")

    def _wrong(self, field: str, words: str) -> None:
        """The words beside the field that is wrong, the cursor in it."""
        label, widget = {"printer_url": (self.printer_error, self.printer_url),
                         "display": (self.display_error, self.display_url),
                         "paper_mm": (self.message, self.paper)}.get(
            field, (self.message, self.save_button))
        say(label, words, "error")
        label.show()
        widget.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Every line shown, the folded ones too: as tall as the layout asks, within the
        screen (adjustSize() would stop at two thirds of it and squeeze the rows)."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.sizeHint().width())
        height = max(self.sizeHint().height(), layout.totalHeightForWidth(width)
                     if layout.hasHeightForWidth() else 0)
        fit_to_screen(self, width, height)

    # ----- the test page ----------------------------------------------------------------------
    def print_test_page(self) -> None:
        """The test page on the printer as typed (not yet saved), off the GUI thread."""
        if self.testing:
            return
        self._clear_errors()
        settings = self.wanted()
        try:
            address = parse_printer_url(settings.printer_url)
        except HardwareError as error:
            return self._wrong("printer_url", words_of(error))
        if address is None:
            return self._wrong("printer_url", self.tr(
                "Type the receipt printer's address first: without one, receipts go through "
                "the system's print dialog."))
        shop, paper, make, moment = self.shop, settings.paper, self.make, utc_now()

        def work():
            return print_roll(address, paper, test_page(shop, address.url, paper.millimetres,
                                                        moment, paper.columns), make=make)

        self.testing = True
        self.test_button.setEnabled(False)
        self._say(self.tr("Printing a test page on {printer}…").format(printer=address.url))
        run_task(work, while_alive(self, self._tested), while_alive(self, self._not_tested))

    def _tested(self, printed) -> None:
        words = self.tr("The test page was sent to the printer: check that it is whole and "
                        "sharp.")
        if printed.paper_low:
            words += " " + self.tr("The paper is running low.")
        self._test_done(words, "info")

    def _not_tested(self, error: Exception) -> None:
        self._test_done(failure_words(error), "error")

    def _test_done(self, words: str, tone: str) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        self._say(words, tone)

    def _say(self, words: str, tone: str = "info") -> None:
        say(self.message, words, tone)
        self.adjustSize()  # the words' lines, folded to the dialog's width, all shown
