"""`main.py print-test` and `main.py receipt NUMBER --printer URL`, run as a shop runs them: a
separate process, printing on the fake network printer (tests/fake_printer.py) or into a
file://, never opening the drawer; one clear line and an exit code when it cannot."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pos.checkout import CashPayment
from pos.hardware.settings import HardwareSettings, save_hardware_settings
from pos.money import Money
from pos.receipts import return_receipt, sale_receipt
from tests.fake_printer import CUT, DRAWER_PULSE, RASTER, fake_printer, raster_widths  # noqa: F401
from tests.test_receipts import exchange_jeans_for_shirt
from tests.test_returns_service import SHIRT, sell

ROOT = Path(__file__).resolve().parent.parent


def counter(db, *args: str, lang: str | None = None) -> subprocess.CompletedProcess:
    language = ("--lang", lang) if lang else ()
    return subprocess.run([sys.executable, "main.py", "--db", db.url, *language, *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_print_test_prints_a_page_and_opens_no_drawer(db, fake_printer):
    done = counter(db, "print-test", "--printer", fake_printer.url)
    assert done.returncode == 0, done.stderr
    assert one_line(done.stdout) == f"Test page printed on {fake_printer.url}."
    job = fake_printer.wait_for_job()
    assert set(raster_widths(job)) == {576} and job.count(CUT) == 1
    assert DRAWER_PULSE not in job


def test_print_test_on_58_mm_paper_into_a_file(db, tmp_path):
    roll = tmp_path / "roll.bin"
    done = counter(db, "print-test", "--printer", f"file://{roll}", "--paper", "58")
    assert done.returncode == 0, done.stderr
    written = roll.read_bytes()
    assert set(raster_widths(written)) == {384} and CUT in written
    assert DRAWER_PULSE not in written


@pytest.mark.parametrize("url", ["tcp://", "system"])
def test_an_address_that_is_no_printer_exits_2_in_one_line(db, url):
    done = counter(db, "print-test", "--printer", url)
    assert done.returncode == 2 and done.stdout == ""
    assert one_line(done.stderr).startswith("Nothing printed:")
    assert "tcp://HOST:9100" in done.stderr  # the forms that work


def test_a_printer_that_refuses_or_is_out_of_paper_exits_1(db, fake_printer):
    from tests.fake_printer import PAPER_OUT

    fake_printer.paper = PAPER_OUT
    done = counter(db, "print-test", "--printer", fake_printer.url)
    assert done.returncode == 1 and done.stdout == ""
    assert one_line(done.stderr) == ("Not printed: The printer is out of paper: put in a new "
                                     "roll, then reprint.")
    fake_printer.refuse()
    done = counter(db, "print-test", "--printer", fake_printer.url)
    assert done.returncode == 1
    assert one_line(done.stderr) == (f"Not printed: The printer at {fake_printer.url} cannot "
                                     "be reached (Connection refused).")


def test_the_errors_speak_the_run_language(db, fake_printer):
    done = counter(db, "print-test", "--printer", "lpt1", lang="fr")
    assert done.returncode == 2
    assert one_line(done.stderr).startswith("Rien n'a été imprimé :")
    fake_printer.refuse()
    done = counter(db, "print-test", "--printer", fake_printer.url, lang="ar")
    assert done.returncode == 1
    assert "الطابعة" in one_line(done.stderr)


def test_receipt_reprints_a_sale_and_a_return_on_the_printer(db, fake_printer):
    sale_id = sell(db, (SHIRT, 1), payment=CashPayment(Money.of("200")))
    return_id = exchange_jeans_for_shirt(db)
    with db.read() as session:
        sale, ret = sale_receipt(session, sale_id), return_receipt(session, return_id)
    # The till's own printer is another: the command prints only where it is told.
    with db.write() as session:
        save_hardware_settings(session, HardwareSettings("tcp://127.0.0.1:1"))
    for count, number in enumerate((sale.order_number, ret.return_number.lower()), 1):
        done = counter(db, "receipt", number, "--printer", fake_printer.url)
        assert done.returncode == 0, done.stderr
        assert one_line(done.stdout) == (f"Receipt {number.upper()} printed on "
                                         f"{fake_printer.url}.")
        job = fake_printer.wait_for_job(count)
        assert DRAWER_PULSE not in job  # a reprint of a cash sale opens nothing
        assert RASTER in job and set(raster_widths(job)) == {576} and job.count(CUT) == 1


def test_receipt_says_what_is_missing_or_wrong(db, fake_printer, tmp_path):
    sale_id = sell(db, (SHIRT, 1))
    with db.read() as session:
        number = sale_receipt(session, sale_id).order_number
    with db.write() as session:  # the till's own printer, which the command never uses
        save_hardware_settings(session, HardwareSettings(fake_printer.url))
    done = counter(db, "receipt", number, "--pdf", str(tmp_path / "only.pdf"))
    assert done.returncode == 0 and (tmp_path / "only.pdf").exists()
    done = counter(db, "receipt", number)
    assert done.returncode == 2
    assert one_line(done.stderr) == ("Say where the receipt goes: --pdf FILE, --printer URL, "
                                     "or both.")
    done = counter(db, "receipt", "S-19990101-0001", "--printer", fake_printer.url)
    assert done.returncode == 2 and "No sale or return has the number" in done.stderr
    done = counter(db, "receipt", number, "--printer", "usb://zz", "--paper", "58")
    assert done.returncode == 2 and one_line(done.stderr).startswith("Nothing printed:")
    done = counter(db, "receipt", number, "--printer", fake_printer.url, "--paper", "76")
    assert done.returncode == 2 and "invalid choice" in done.stderr
    fake_printer.refuse()
    pdf = tmp_path / "copy.pdf"
    done = counter(db, "receipt", number, "--pdf", str(pdf), "--printer", fake_printer.url)
    assert done.returncode == 1 and "cannot be reached" in done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")  # the PDF was written all the same
    assert fake_printer.jobs == []
