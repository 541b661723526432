"""The receipt printer and the cash drawer from the screens: a receipt drawn by Qt (the same
layout as its PDF) onto a one-bit image the paper's printable width, sent as a raster with a
cut, and the drawer's pulse; all of it off the GUI thread (ui.background.run_task), one job
at a time per printer (pos.hardware.printer).

A sale is saved before anything is sent: a printer that fails says so in words (the
screen offers a reprint) and the till goes on selling. A drawer that opened is recorded
(pos.hardware.drawer) in the same background work, whether the receipt after it printed or
not."""
from __future__ import annotations

from collections.abc import Callable

from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from db.engine import Database
from pos.hardware.drawer import BY_A_MANAGER, DrawerOpening, record_opening
from pos.hardware.printer import (Job, Printed, PrinterAddress, PrinterError, ReceiptPrinter,
                                  connect)
from pos.hardware.settings import HardwareSettings, Paper, load_hardware_settings
from pos.i18n import isolated, words_of
from pos.receipt_paper import Row
from ui.background import change_now, read_now, run_task, while_alive
from ui.receipt import receipt_image

# Rows for a paper's width (its columns), or None: a job that only opens the drawer.
RowsFor = Callable[[int], tuple[Row, ...]] | None


def roll_image(rows: tuple[Row, ...], paper: Paper) -> QImage:
    """The receipt as the printer's dots: paper.dots wide, one bit a dot (black or white,
    no grey the printer would dither)."""
    drawn = receipt_image(rows, paper.dots, paper.columns)
    return drawn.convertToFormat(QImage.Format_Mono, Qt.MonoOnly | Qt.ThresholdDither)


def pil_of(image: QImage) -> Image.Image:
    """A one-bit QImage as the one-bit PIL image python-escpos sends (black dots print)."""
    grey = image.convertToFormat(QImage.Format_Grayscale8)
    data = bytes(grey.constBits())[:grey.sizeInBytes()]
    picture = Image.frombuffer("L", (grey.width(), grey.height()), data, "raw", "L",
                               grey.bytesPerLine(), 1)
    return picture.point(lambda level: 255 if level >= 128 else 0, mode="1")


def print_roll(address: PrinterAddress, paper: Paper, rows: tuple[Row, ...] | None,
               pulse: bool = False, make=connect) -> Printed:
    """Here and now (off the GUI thread): the rows drawn the paper's width and sent whole,
    the drawer's pulse first when asked; rows None sends the pulse alone. PrinterError."""
    images = () if rows is None else (pil_of(roll_image(rows, paper)),)
    return ReceiptPrinter(address, paper.dots, make).send(Job(images, pulse))


def send_to_till_printer(db: Database, staff_id: int | None, rows_for: RowsFor,
                         opening: DrawerOpening | None = None,
                         make=connect) -> Printed | None:
    """Here and now (call it off the GUI thread): the receipt, with the drawer's pulse first
    when `opening` says why the drawer opens. None when this till has no ESC/POS printer.
    An opening that happened is recorded even when the receipt then failed (PrinterError)."""
    hardware: HardwareSettings = read_now(db, load_hardware_settings)
    address = hardware.escpos
    if address is None:
        return None
    paper = hardware.paper
    rows = None if rows_for is None else rows_for(paper.columns)
    try:
        printed = print_roll(address, paper, rows, opening is not None and hardware.drawer,
                             make)
    except PrinterError as error:
        if error.drawer_opened:
            _record(db, staff_id, opening)
        raise
    if printed.drawer_opened:
        _record(db, staff_id, opening)
    return printed


def _record(db: Database, staff_id: int | None, opening: DrawerOpening) -> None:
    change_now(db, staff_id, lambda session, _staff: record_opening(session, staff_id, opening))


def print_on_till(owner, db: Database, staff_id: int | None, rows_for: RowsFor,
                  said: Callable[[str, str], None], opening: DrawerOpening | None = None,
                  make=connect) -> None:
    """send_to_till_printer off the GUI thread; said(words, tone) on it once done, while
    `owner` lives: tone "info" or "error" ("" when the till has no ESC/POS printer). A
    failure before a sale's or a return's pulse says the drawer stayed shut."""
    def failed(error: Exception) -> None:
        words = failure_words(error)
        if (opening is not None and opening.why != BY_A_MANAGER
                and isinstance(error, PrinterError) and not error.drawer_opened):
            # The customer's cash in the clerk's hand, the drawer shut: a reprint never
            # opens it. (Any other error may have come once the pulse had gone.)
            words = "{} {}".format(words, QCoreApplication.translate(
                "till printer",
                "The drawer did not open: a manager opens it (Manager → Open drawer…)."))
        said(words, "error")

    run_task(lambda: send_to_till_printer(db, staff_id, rows_for, opening, make),
             while_alive(owner, lambda printed: said(*outcome_words(printed, rows_for))),
             while_alive(owner, failed))


def hand_over(owner, db: Database, staff_id: int | None, rows_for: RowsFor,
              opening: DrawerOpening | None, said: Callable[[str, str], None],
              make=connect) -> str:
    """Once a sale or a return is saved: its receipt on this till's ESC/POS printer when
    receipts print by themselves, the drawer's pulse first when cash changed hands
    (`opening`); the pulse alone when they do not. What went to the printer: "receipt",
    "drawer", or "" (no printer but the system's, or a card sale not printed by itself)."""
    hardware: HardwareSettings = read_now(db, load_hardware_settings)
    if hardware.escpos is None:
        return ""
    rows_for = rows_for if hardware.print_automatically else None
    opening = opening if hardware.opens_drawer else None
    if rows_for is None and opening is None:
        return ""
    print_on_till(owner, db, staff_id, rows_for, said, opening, make)
    return "receipt" if rows_for is not None else "drawer"


def has_till_printer(db: Database) -> bool:
    """Whether receipts go to an ESC/POS printer here (else the system's print dialog)."""
    return read_now(db, load_hardware_settings).escpos is not None


def outcome_words(printed: Printed | None, rows_for: RowsFor) -> tuple[str, str]:
    if printed is None:
        return "", ""
    if rows_for is not None:
        words = QCoreApplication.translate("till printer", "Printed.")
    elif printed.drawer_opened:
        words = QCoreApplication.translate("till printer", "The drawer is open.")
    else:
        words = ""
    if printed.paper_low:
        low = QCoreApplication.translate("till printer", "The paper is running low.")
        words = f"{words} {low}" if words else low
    return words, "info"


def failure_words(error: Exception) -> str:
    if isinstance(error, PrinterError):
        # The address and the system's reason stay whole inside an Arabic sentence.
        return words_of(PrinterError(error.template, error.drawer_opened, **{
            name: isolated(str(value)) for name, value in error.values.items()}))
    return QCoreApplication.translate(
        "till printer", "The printer could not be used ({kind}: {error}).").format(
            kind=type(error).__name__, error=words_of(error))
