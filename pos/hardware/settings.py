"""This till's devices: its receipt printer (a URL), the paper's width, whether the receipt
prints by itself after a sale, the cash drawer on the printer, and the customer display.

A till's own setting (the "hardware" key is never pushed to or pulled from the hub): two tills
of a shop have two printers."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy.orm import Session

from db.settings import load_json_setting, save_json_setting
from db.models import Staff
from db.words import N_
from pos.hardware.printer import (HardwareError, PrinterAddress, parse_display_url,
                                  parse_printer_url)
from pos.staff import require_manager

HARDWARE_KEY = "hardware"


@dataclass(frozen=True)
class Paper:
    millimetres: int
    dots: int      # the printable width in dots at 203 dpi: what the raster image is wide
    columns: int   # the receipt's characters a row (font A)


PAPERS = {80: Paper(80, 576, 42), 58: Paper(58, 384, 32)}

# The customer display: none, a window on the second screen, or a 2x20 pole display at a URL
# (serial:///dev/ttyUSB1?baudrate=9600, usb://VID:PID, tcp://HOST:PORT, file:///path).
NO_DISPLAY = ""
DISPLAY_WINDOW = "window"


@dataclass(frozen=True)
class HardwareSettings:
    # "" (no printer: the receipt on screen, printed through the system's print dialog),
    # "system" (the same), or an ESC/POS printer's URL (pos.hardware.printer.URL_FORMS).
    printer_url: str = ""
    paper_mm: int = 80
    print_automatically: bool = True  # an ESC/POS receipt prints once the sale is saved
    drawer: bool = True               # a cash drawer is plugged into the printer
    display: str = NO_DISPLAY

    @property
    def paper(self) -> Paper:
        return PAPERS[self.paper_mm]

    @property
    def escpos(self) -> PrinterAddress | None:
        """The ESC/POS printer's address; None when receipts go through the system's."""
        return parse_printer_url(self.printer_url)

    @property
    def opens_drawer(self) -> bool:
        return self.drawer and self.escpos is not None


def load_hardware_settings(session: Session) -> HardwareSettings:
    stored = load_json_setting(session, HARDWARE_KEY) or {}
    known = {f.name for f in fields(HardwareSettings)}
    return replace(HardwareSettings(), **{k: v for k, v in stored.items() if k in known})


def save_hardware_settings(session: Session, settings: HardwareSettings) -> None:
    """Checks every field first (HardwareError in words); nothing is saved when one is wrong."""
    checked_hardware(settings)
    save_json_setting(session, HARDWARE_KEY, asdict(settings))


def change_hardware_settings(session: Session, manager: Staff | None,
                             settings: HardwareSettings) -> None:
    """Manager → Printer: a manager only (PermissionDenied); every field checked first
    (HardwareError, its `field` naming the one that is wrong); nothing saved otherwise."""
    require_manager(manager, "change the printer")
    save_hardware_settings(session, settings)


def checked_hardware(settings: HardwareSettings) -> HardwareSettings:
    """The settings, or HardwareError in words with `field`: the setting that is wrong
    ("printer_url", "paper_mm", "display"), for a screen to say it beside that field."""
    if settings.paper_mm not in PAPERS:
        raise _of_field(HardwareError(N_("The paper is 80 or 58 mm wide, not {width}."),
                                      width=settings.paper_mm), "paper_mm")
    for field, parse, url in (("printer_url", parse_printer_url, settings.printer_url),
                              ("display", parse_display_url, settings.display)):
        try:
            parse(url)
        except HardwareError as error:
            raise _of_field(error, field) from None
    return settings


def _of_field(error: HardwareError, field: str) -> HardwareError:
    error.field = field
    return error
