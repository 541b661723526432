"""One small interface to an ESC/POS receipt printer, over python-escpos.

The printer is named by a URL (Manager → Printer):

    tcp://HOST:9100                     a network printer (port 9100 if none is given)
    usb://VID:PID                       a USB printer, ids in hex (usb://04b8:0202)
    serial:///dev/ttyUSB0?baudrate=9600 a serial printer (9600 baud if none is given)
    cups://QUEUE                        a CUPS queue, sent raw (lp -o raw)
    file:///dev/usb/lp0                 a device or file: each job's bytes written to it

"" or "system" is no ESC/POS printer: receipts go through the system's print dialog (Qt).

A Job is what one receipt (or a drawer opening) sends: the drawer pulse first (the clerk
makes change while the paper comes out), then each image as a raster (GS v 0) followed by a
cut. A job is sent whole on one connection, one job at a time per printer; when it fails,
PrinterError says why in words and whether the drawer had already opened."""
from __future__ import annotations

import errno
import threading
import time
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from PIL import Image

from db.words import N_, Said
from pos.i18n import figure

TCP_PORT = 9100
BAUD_RATE = 9600
CONNECT_SECONDS = 5.0   # to reach a network printer, and to send each part of a job
STATUS_SECONDS = 0.8    # a printer that does not answer a status query is printed on anyway
# How long a job waits for the one before it on the same printer, beyond the time that one
# may fairly take (a serial link's bytes at its baud rate). A device can block for good
# (a USB printer out of paper at /dev/usb/lp0, a serial one holding its flow control): the
# next jobs are then refused in words instead of each holding a worker thread for ever.
BUSY_SECONDS = 3 * CONNECT_SECONDS
FRAGMENT_ROWS = 256     # a raster is sent this many rows at a time
DRAWER_PIN = 2          # the drawer kick-out connector's pin 2, the usual one
SYSTEM = "system"
DEVICE_KINDS = ("tcp", "usb", "serial", "file")
PRINTER_KINDS = (*DEVICE_KINDS, "cups")
URL_FORMS = ("tcp://HOST:9100", "usb://VID:PID", "serial:///dev/ttyUSB0?baudrate=9600",
             "cups://QUEUE", "file:///path")


class HardwareError(Said, ValueError):
    """A device's setting that cannot be used, in words; nothing was saved."""


class PrinterError(Said):
    """A job that did not print whole. drawer_opened: the pulse had gone before it failed."""

    def __init__(self, template: str, drawer_opened: bool = False, **values: object):
        super().__init__(template, **values)
        self.drawer_opened = drawer_opened


@dataclass(frozen=True)
class PrinterAddress:
    kind: str          # one of PRINTER_KINDS
    target: str        # host, VID:PID, device path, queue or file path
    port: int = TCP_PORT
    baud_rate: int = BAUD_RATE
    url: str = ""

    @property
    def readable(self) -> bool:
        """Whether the printer can answer a status query (out of paper) on this link."""
        return self.kind in ("tcp", "usb", "serial")


def parse_printer_url(url: str) -> PrinterAddress | None:
    """The ESC/POS printer a URL names; None for no printer or the system's. HardwareError
    (in words, with the forms that work) for anything else."""
    url = (url or "").strip()
    if url in ("", SYSTEM, f"{SYSTEM}://"):
        return None
    return _device(url, PRINTER_KINDS)


def parse_display_url(url: str) -> PrinterAddress | None:
    """A pole display's address: "" (none) and "window" (a window on the second screen) are
    not devices; a URL is one of the printer's kinds but CUPS."""
    url = (url or "").strip()
    if url in ("", "window"):
        return None
    return _device(url, DEVICE_KINDS)


def _device(url: str, kinds: tuple[str, ...]) -> PrinterAddress:
    parts = urlsplit(url)
    kind = parts.scheme.lower()
    if kind not in kinds:
        raise HardwareError(N_("'{url}' is not a printer's address: it starts with one of "
                               "{kinds}."), url=figure(url),
                            # Kept whole, left to right, inside an Arabic sentence.
                            kinds=figure(", ".join(f"{kind}://" for kind in kinds)))
    try:
        if kind == "tcp":
            if not parts.hostname:
                raise ValueError
            return PrinterAddress(kind, parts.hostname, parts.port or TCP_PORT, url=url)
        if kind == "usb":
            vendor, _, product = (parts.netloc or parts.path.strip("/")).partition(":")
            int(vendor, 16), int(product, 16)
            return PrinterAddress(kind, f"{vendor.lower()}:{product.lower()}", url=url)
        if kind == "serial":
            baud = parse_qs(parts.query).get("baudrate", [str(BAUD_RATE)])[0]
            path = unquote(parts.path)
            if not path or int(baud) <= 0:
                raise ValueError
            return PrinterAddress(kind, path, baud_rate=int(baud), url=url)
        target = parts.netloc if kind == "cups" else unquote(parts.path)
        if not target:
            raise ValueError
        return PrinterAddress(kind, target, url=url)
    except ValueError:
        raise HardwareError(N_("'{url}' is not a whole address: write it like {form}."),
                            url=url, form=next(form for form in URL_FORMS
                                               if form.startswith(kind))) from None


def connect(address: PrinterAddress):
    """python-escpos' printer for the address (not opened yet)."""
    from escpos import printer
    if address.kind == "tcp":
        return printer.Network(address.target, address.port, timeout=CONNECT_SECONDS)
    if address.kind == "usb":
        vendor, product = (int(part, 16) for part in address.target.split(":"))
        return printer.Usb(vendor, product, timeout=int(CONNECT_SECONDS * 1000))
    if address.kind == "serial":
        return printer.Serial(address.target, baudrate=address.baud_rate,
                              timeout=STATUS_SECONDS)
    if address.kind == "cups":
        return printer.LP(address.target)
    return printer.File(address.target)


@dataclass(frozen=True)
class Job:
    images: tuple[Image.Image, ...] = ()  # one-bit, the paper's dots wide; a cut after each
    pulse: bool = False                   # open the drawer first


@dataclass(frozen=True)
class Printed:
    drawer_opened: bool
    paper_low: bool   # the printer said its paper is near its end


_locks: dict[tuple[str, str, int], threading.Lock] = {}
_locks_lock = threading.Lock()
_busy_until: dict[tuple[str, str, int], float] = {}  # by device: when its job should be done


def _lock(device: tuple[str, str, int]) -> threading.Lock:
    with _locks_lock:
        return _locks.setdefault(device, threading.Lock())


class ReceiptPrinter:
    """An ESC/POS printer: each send() opens the link, sends one whole job, closes it.
    `device` (python-escpos' printer) is made per job by `make` (connect by default; a test
    passes python-escpos' Dummy)."""

    def __init__(self, address: PrinterAddress, dots: int, make=connect):
        self.address = address
        self.dots = dots
        self.make = make

    def send(self, job: Job) -> Printed:
        # The device, however its URL is written (the test page's as typed, the receipts' as
        # saved): one job at a time on it.
        device = (self.address.kind, self.address.target, self.address.port)
        lock = _lock(device)
        # As long as the job on it may fairly take still, and BUSY_SECONDS more.
        wait = max(_busy_until.get(device, 0.0) - time.monotonic(), 0.0) + BUSY_SECONDS
        if not lock.acquire(timeout=wait):
            raise PrinterError(N_("The printer at {address} is still busy with the job "
                                  "before: check it (paper, cable, power), then reprint."),
                               address=self.address.url or self.address.target)
        try:
            _busy_until[device] = time.monotonic() + self._fair_seconds(job)
            return self._send(job)
        finally:
            _busy_until.pop(device, None)
            lock.release()

    def _fair_seconds(self, job: Job) -> float:
        """How long the job may take: its bytes at a serial link's baud rate (ten bits a
        byte; the other links are fast), and the printer's answers."""
        if self.address.kind != "serial":
            return 0.0
        size = sum((image.width + 7) // 8 * image.height for image in job.images)
        return size * 10 / self.address.baud_rate + STATUS_SECONDS

    def _send(self, job: Job) -> Printed:
        device = self._open()
        opened = False
        try:
            if job.pulse:
                device.cashdraw(DRAWER_PIN)
                opened = True
            paper = _paper(device) if job.images and self.address.readable else 2
            if paper == 0:
                raise PrinterError(N_("The printer is out of paper: put in a new roll, "
                                      "then reprint."), drawer_opened=opened)
            for image in job.images:
                device.image(image, impl="bitImageRaster", fragment_height=FRAGMENT_ROWS)
                device.cut()
            _finish(device)
        except PrinterError:
            raise
        except Exception as error:  # the link broke: the escpos and OS errors alike
            raise PrinterError(
                N_("The printer stopped in the middle of the receipt ({reason}): reprint "
                   "it once the printer is ready.") if job.images else
                N_("The drawer could not be opened ({reason})."),
                drawer_opened=opened, reason=_reason(error)) from error
        finally:
            _close(device)
        return Printed(drawer_opened=opened, paper_low=paper == 1)

    def _open(self):
        try:
            device = self.make(self.address)
            # The paper's width, which python-escpos checks each image against (its default
            # profile knows none); on this printer only, not on the profile it shares.
            device.profile.profile_data = {**device.profile.profile_data,
                                           "media": {"width": {"pixels": self.dots}}}
            # The largest write: a fragment of the raster, with its command.
            open_link(device, FRAGMENT_ROWS * self.dots // 8 + 8)
        except Exception as error:
            raise PrinterError(N_("The printer at {address} cannot be reached ({reason})."),
                               address=self.address.url or self.address.target,
                               reason=_reason(error)) from error
        return device


def open_link(device, largest_write: int = 0) -> None:
    """python-escpos' device opened. A serial link has no write timeout of its own, and one
    whose far end takes no more bytes (a printer switched off holding its flow control)
    would block its job for good: a write is given up after CONNECT_SECONDS more than its
    largest write (bytes) takes at the link's baud rate (ten bits a byte)."""
    device.open()
    link = getattr(device, "device", None)
    if hasattr(link, "write_timeout"):  # pyserial's port
        link.write_timeout = CONNECT_SECONDS + largest_write * 10 / link.baudrate


def _paper(device) -> int:
    """2: paper enough, 1: near its end, 0: none. A printer that does not answer is taken to
    have paper (many printers on a plain serial or network link never answer)."""
    link = getattr(device, "device", None)
    wait = getattr(link, "settimeout", None)
    try:
        if wait is not None:
            wait(STATUS_SECONDS)
        return device.paper_status()
    except NotImplementedError:
        return 2
    except OSError as error:  # a socket's timeout; pyusb's USBTimeoutError (ETIMEDOUT)
        if isinstance(error, TimeoutError) or error.errno == errno.ETIMEDOUT:
            return 2
        raise
    finally:
        if wait is not None:
            wait(CONNECT_SECONDS)


def _finish(device) -> None:
    """The bytes on their way before the link closes (a file's, a serial port's)."""
    flush = getattr(device, "flush", None)
    if callable(flush):
        flush()


def _close(device) -> None:
    try:
        device.close()
    except Exception:  # closing a link that broke says nothing more
        pass


def _reason(error: BaseException) -> str:
    """The OS's own words when an OS error is behind it ('Connection refused'), else the
    library's last line."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror
        cause = cause.__cause__ or cause.__context__
    lines = str(error).strip().splitlines()
    return lines[-1] if lines else type(error).__name__
