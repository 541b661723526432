"""The receipt printer's interface (pos/hardware): its URLs, one job sent whole over a real
socket on 127.0.0.1 or into python-escpos' Dummy printer, and every failure said in words."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from escpos.printer import Dummy
from PIL import Image

from db.hub.pull import TILL_SETTINGS
from pos.hardware.drawer import (BY_A_MANAGER, CASH_SALE, DrawerError, DrawerOpening,
                                 drawer_openings, manager_opening, record_opening)
from pos.hardware.printer import (HardwareError, Job, Printed, PrinterError, ReceiptPrinter,
                                  parse_display_url, parse_printer_url)
from pos.hardware.settings import (HARDWARE_KEY, HardwareSettings, load_hardware_settings,
                                   save_hardware_settings)
from pos.i18n import words_of
from pos.shop import load_shop_settings
from pos.staff import PermissionDenied
from tests.conftest import CLERK_NAME, MANAGER_NAME, demo_staff
from tests.fake_printer import (CUT, DRAWER_PULSE, PAPER_LOW, PAPER_OUT, RASTER,
                                fake_printer, raster_widths)  # noqa: F401


def page(width: int = 576, height: int = 40) -> Image.Image:
    picture = Image.new("1", (width, height), 1)
    picture.paste(0, (10, 10, width - 10, 20))  # a black bar
    return picture


@pytest.mark.parametrize("url, kind, target", [
    ("tcp://192.168.1.50", "tcp", "192.168.1.50"),
    ("tcp://printer.local:9101", "tcp", "printer.local"),
    ("usb://04B8:0202", "usb", "04b8:0202"),
    ("serial:///dev/ttyUSB0?baudrate=19200", "serial", "/dev/ttyUSB0"),
    ("cups://TM-T20", "cups", "TM-T20"),
    ("file:///dev/usb/lp0", "file", "/dev/usb/lp0"),
])
def test_a_printer_url_names_its_link(url, kind, target):
    address = parse_printer_url(url)
    assert (address.kind, address.target) == (kind, target)


def test_ports_and_baud_rates_have_their_usual_defaults():
    assert parse_printer_url("tcp://10.0.0.9").port == 9100
    assert parse_printer_url("tcp://10.0.0.9:9101").port == 9101
    assert parse_printer_url("serial:///dev/ttyS0").baud_rate == 9600
    assert parse_printer_url("serial:///dev/ttyS0?baudrate=38400").baud_rate == 38400


@pytest.mark.parametrize("url", ["", "system", "  "])
def test_no_url_or_system_is_the_system_printer(url):
    assert parse_printer_url(url) is None


@pytest.mark.parametrize("url", ["http://10.0.0.9", "tcp://", "tcp://host:port",
                                 "usb://zz:01", "usb://04b8", "serial://",
                                 "serial:///dev/ttyS0?baudrate=fast", "file://", "printer"])
def test_a_wrong_url_is_refused_in_words(url):
    with pytest.raises(HardwareError) as refused:
        parse_printer_url(url)
    assert "://" in words_of(refused.value)  # it shows the form that works


def test_a_pole_display_takes_device_urls_but_not_a_print_queue():
    assert parse_display_url("") is None and parse_display_url("window") is None
    assert parse_display_url("serial:///dev/ttyUSB1?baudrate=9600").kind == "serial"
    with pytest.raises(HardwareError):
        parse_display_url("cups://TM-T20")


def test_a_job_sends_the_pulse_then_each_image_and_its_cut():
    dummy = Dummy()
    printed = ReceiptPrinter(parse_printer_url("file:///x"), 576, lambda _a: dummy).send(
        Job((page(), page()), pulse=True))
    assert printed.drawer_opened
    output = dummy.output
    assert output.startswith(DRAWER_PULSE)
    assert raster_widths(output) == [576, 576]
    assert output.count(CUT) == 2 and output.rstrip(b"\x00").endswith(CUT)
    assert output.index(RASTER) < output.index(CUT)


def test_a_job_without_a_pulse_opens_no_drawer():
    dummy = Dummy()
    printed = ReceiptPrinter(parse_printer_url("file:///x"), 384, lambda _a: dummy).send(
        Job((page(384),)))
    assert not printed.drawer_opened
    assert DRAWER_PULSE not in dummy.output
    assert raster_widths(dummy.output) == [384]


def test_an_image_wider_than_the_paper_is_refused_before_a_dot_is_printed():
    dummy = Dummy()
    with pytest.raises(PrinterError):
        ReceiptPrinter(parse_printer_url("file:///x"), 384, lambda _a: dummy).send(
            Job((page(576),)))
    assert RASTER not in dummy.output


def test_a_network_printer_gets_the_whole_job_on_one_connection(fake_printer):
    printer = ReceiptPrinter(parse_printer_url(fake_printer.url), 576)
    printed = printer.send(Job((page(),), pulse=True))
    job = fake_printer.wait_for_job()
    assert printed.drawer_opened and not printed.paper_low
    assert job.startswith(DRAWER_PULSE) and raster_widths(job) == [576] and CUT in job


def test_a_refused_connection_is_said_and_opens_nothing(fake_printer):
    fake_printer.refuse()
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(parse_printer_url(fake_printer.url), 576).send(Job((page(),), True))
    assert not failed.value.drawer_opened
    assert fake_printer.url in words_of(failed.value)
    assert "refused" in words_of(failed.value)


def test_a_printer_gone_mid_receipt_is_said_and_the_drawer_had_opened(fake_printer):
    fake_printer.drop_after(200)
    tall = page(576, 4000)
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(parse_printer_url(fake_printer.url), 576).send(Job((tall,), True))
    assert failed.value.drawer_opened
    assert "middle of the receipt" in words_of(failed.value)


def test_out_of_paper_prints_nothing_and_says_so(fake_printer):
    fake_printer.paper = PAPER_OUT
    with pytest.raises(PrinterError) as failed:
        ReceiptPrinter(parse_printer_url(fake_printer.url), 576).send(Job((page(),), True))
    assert "out of paper" in words_of(failed.value)
    assert failed.value.drawer_opened  # the cash sale's drawer opens all the same
    assert RASTER not in fake_printer.wait_for_job()


def test_paper_near_its_end_prints_and_says_so(fake_printer):
    fake_printer.paper = PAPER_LOW
    printed = ReceiptPrinter(parse_printer_url(fake_printer.url), 576).send(Job((page(),)))
    assert printed.paper_low
    assert RASTER in fake_printer.wait_for_job()


def test_a_printer_that_never_answers_its_status_is_printed_on(fake_printer):
    fake_printer.paper = None
    printed = ReceiptPrinter(parse_printer_url(fake_printer.url), 576).send(Job((page(),)))
    assert not printed.paper_low
    assert raster_widths(fake_printer.wait_for_job()) == [576]


def test_a_file_printer_gets_the_bytes(tmp_path):
    path = tmp_path / "printer.bin"
    ReceiptPrinter(parse_printer_url(f"file://{path}"), 576).send(Job((page(),), True))
    written = path.read_bytes()
    assert written.startswith(DRAWER_PULSE) and CUT in written


def test_the_settings_are_this_tills_and_checked_before_saving(db):
    assert HARDWARE_KEY in TILL_SETTINGS  # never pushed to the hub nor pulled from it
    with db.write() as session:
        assert load_hardware_settings(session) == HardwareSettings()
        save_hardware_settings(session, HardwareSettings("tcp://10.0.0.9", 58, display="window"))
    with db.read() as session:
        saved = load_hardware_settings(session)
    assert saved.paper.dots == 384 and saved.paper.columns == 32
    assert saved.escpos.target == "10.0.0.9" and saved.opens_drawer
    for wrong in (HardwareSettings("lpt1"), HardwareSettings(paper_mm=76),
                  HardwareSettings(display="cups://x")):
        with pytest.raises(HardwareError), db.write() as session:
            save_hardware_settings(session, wrong)
    with db.read() as session:
        assert load_hardware_settings(session) == saved


def test_every_opening_is_recorded_and_read_back_for_its_day(db):
    moment = datetime(2026, 12, 2, 23, 30, tzinfo=timezone.utc)  # 00:30 on the 3rd in Casablanca
    with db.write() as session:
        clerk, manager = demo_staff(session, CLERK_NAME), demo_staff(session, MANAGER_NAME)
        record_opening(session, clerk.id, DrawerOpening(CASH_SALE, "S-20261203-0001"), moment)
        record_opening(session, manager.id, manager_opening(manager, "  change for the bank "),
                       moment.replace(hour=9))
    with db.read() as session:
        shop = load_shop_settings(session)
        on_the_2nd = drawer_openings(session, date(2026, 12, 2), shop)
        on_the_3rd = drawer_openings(session, date(2026, 12, 3), shop)
    assert [(o.why, o.staff, o.reason) for o in on_the_2nd] == [
        (BY_A_MANAGER, MANAGER_NAME, "change for the bank")]
    assert [(o.why, o.subject, o.staff) for o in on_the_3rd] == [
        (CASH_SALE, "S-20261203-0001", CLERK_NAME)]
    assert on_the_3rd[0].at.hour == 0  # the shop's own time


def test_only_a_manager_opens_the_drawer_and_says_why(db):
    with db.read() as session:
        clerk, manager = demo_staff(session, CLERK_NAME), demo_staff(session, MANAGER_NAME)
        with pytest.raises(PermissionDenied):
            manager_opening(clerk, "change")
        with pytest.raises(DrawerError):
            manager_opening(manager, "   ")
        with pytest.raises(DrawerError):
            manager_opening(manager, "x" * 201)


@pytest.mark.parametrize("spelling", ["file://{path}", "file://localhost{path}"])
def test_a_printer_that_never_takes_the_bytes_does_not_hold_the_next_jobs(tmp_path,
                                                                          monkeypatch,
                                                                          spelling):
    """A device that blocks for good (here a FIFO no one reads, as a USB printer out of paper
    at /dev/usb/lp0 does) holds its own job; the next one to that printer, its address
    written either way, is refused in words after a while, its drawer not opened, instead of
    waiting for ever on a worker thread, or writing into the same device at once."""
    import os
    import threading
    import time

    from pos.hardware import printer as printer_module

    monkeypatch.setattr(printer_module, "BUSY_SECONDS", 0.3)
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    address = parse_printer_url(f"file://{fifo}")
    hung = threading.Thread(target=lambda: _try(ReceiptPrinter(address, 576).send,
                                                Job((page(),))), daemon=True)
    hung.start()
    time.sleep(0.2)  # the first job is in the device's open()

    def take_the_bytes():  # the device takes the bytes at last
        with open(fifo, "rb") as reader:
            reader.read()
    reader = threading.Timer(1.0, take_the_bytes)
    reader.start()
    started = time.monotonic()
    try:
        with pytest.raises(PrinterError) as failure:
            ReceiptPrinter(parse_printer_url(spelling.format(path=fifo)), 576).send(
                Job((page(),), pulse=True))
        assert time.monotonic() - started < 0.9
        assert not failure.value.drawer_opened
        assert str(fifo) in words_of(failure.value)
    finally:
        reader.join(5)
        hung.join(5)
    assert not hung.is_alive()


def _try(send, job):
    try:
        send(job)
    except PrinterError:
        pass


def test_a_serial_printer_that_takes_no_more_bytes_fails_in_words(monkeypatch):
    """A serial link whose far end stops reading (here a pseudo-terminal no one reads, as a
    printer switched off holds its flow control) fails after a while instead of blocking its
    job, and the printer, for good."""
    import os
    import time

    from pos.hardware import printer as printer_module

    monkeypatch.setattr(printer_module, "CONNECT_SECONDS", 0.5)
    master, slave = os.openpty()
    try:
        address = parse_printer_url(f"serial://{os.ttyname(slave)}?baudrate=115200")
        started = time.monotonic()
        with pytest.raises(PrinterError) as failure:
            ReceiptPrinter(address, 576).send(Job((page(height=3000),), pulse=True))
        assert time.monotonic() - started < 5
        assert failure.value.drawer_opened  # the pulse had gone: the drawer is recorded
    finally:
        os.close(master)
        os.close(slave)


class _SilentUsbPrinter(Dummy):
    """python-escpos' Dummy, answering a status query as a USB printer that keeps quiet
    does: pyusb's read times out (USBTimeoutError, an OSError, not a TimeoutError)."""

    def _read(self) -> bytes:
        import usb.core
        raise usb.core.USBTimeoutError("Operation timed out", -7, 110)


def test_a_usb_printer_that_never_answers_its_status_is_printed_on():
    dummy = _SilentUsbPrinter()
    printed = ReceiptPrinter(parse_printer_url("usb://04b8:0202"), 576,
                             lambda _a: dummy).send(Job((page(),), pulse=True))
    assert printed == Printed(drawer_opened=True, paper_low=False)
    assert raster_widths(dummy.output) == [576] and CUT in dummy.output


def _slow_serial_printer(monkeypatch, baud_rate: int):
    """A serial printer on a pseudo-terminal whose far end takes the bytes slowly (4 KB each
    twentieth of a second, as a slow baud rate does), CONNECT_SECONDS made shorter than a
    fragment of the raster takes; what it took is in the list returned, stop() once the
    job is sent takes the rest."""
    import os
    import threading
    import time

    from pos.hardware import printer as printer_module

    monkeypatch.setattr(printer_module, "CONNECT_SECONDS", 0.05)
    master, slave = os.openpty()
    taken: list[bytes] = []
    done = threading.Event()

    def drain():
        os.set_blocking(master, False)
        while True:
            try:
                taken.append(os.read(master, 4096))
            except BlockingIOError:
                if done.is_set():
                    return
            except OSError:
                return
            time.sleep(0.05)
    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    address = parse_printer_url(f"serial://{os.ttyname(slave)}?baudrate={baud_rate}")

    def stop():
        done.set()
        reader.join(10)
        os.close(master)
        os.close(slave)
    return address, taken, stop


def test_a_slow_serial_printer_is_given_the_time_its_baud_rate_needs(monkeypatch):
    """A raster's fragment (256 rows of 72 bytes) takes 8 s at 2400 baud: the link waits for
    it at that speed, not CONNECT_SECONDS as for a link that took nothing."""
    address, taken, stop = _slow_serial_printer(monkeypatch, 2400)
    try:
        printed = ReceiptPrinter(address, 576).send(Job((page(height=1536),)))
    finally:
        stop()
    assert not printed.drawer_opened
    assert len(b"".join(taken)) > 1536 * 72


def test_a_job_waits_for_a_slow_serial_printer_to_finish_the_one_before(monkeypatch):
    """At 2400 baud a long receipt fairly takes minutes: the next job waits for it, rather
    than being refused as if the printer had stopped taking bytes."""
    import threading
    import time

    from pos.hardware import printer as printer_module

    address, taken, stop = _slow_serial_printer(monkeypatch, 2400)
    monkeypatch.setattr(printer_module, "BUSY_SECONDS", 0.3)
    results = []
    first = threading.Thread(target=lambda: results.append(
        ReceiptPrinter(address, 576).send(Job((page(height=1536),)))))
    try:
        first.start()
        time.sleep(0.2)  # the first receipt is on its way, slowly
        second = ReceiptPrinter(address, 576).send(Job((), pulse=True))
        first.join(10)
    finally:
        stop()
    assert second.drawer_opened and len(results) == 1
    sent = b"".join(taken)
    assert sent.index(DRAWER_PULSE) > sent.index(CUT)  # after the whole receipt
