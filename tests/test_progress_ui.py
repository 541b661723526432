"""Long work in the app shows a progress bar and leaves the window free: the catalog import's
bar moves row by row as the worker writes, and the day reports are written off the GUI
thread."""
from __future__ import annotations

import csv
import threading

from pos import catalog_import, report_export
from pos.shop import load_shop_settings
from tests.conftest import MANAGER_NAME, demo_staff
from ui import day_screen
from ui.day_close import DayCloseDialog
from ui.import_dialog import ImportDialog

WAIT_MS = 20_000
ROWS = 2 * catalog_import.CHUNK + 200  # three chunks: the bar is told three times


def _big_file(tmp_path) -> str:
    path = tmp_path / "products.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["sku", "name", "price", "stock"])
        for n in range(ROWS):
            out.writerow([f"BIG-{n:05d}", f"Product {n}", "10.00", "3"])
    return str(path)


def _manager(db) -> tuple:
    with db.read() as session:
        return load_shop_settings(session), demo_staff(session, MANAGER_NAME).id


def test_the_import_bar_moves_as_the_worker_writes(qtbot, db, tmp_path, monkeypatch):
    shop, manager_id = _manager(db)
    dialog = ImportDialog(db, shop, manager_id)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT_MS):
        dialog.set_path(_big_file(tmp_path))
    workers, real_import = [], catalog_import.import_products

    def import_products(*args, **kwargs):
        workers.append(threading.get_ident())
        return real_import(*args, **kwargs)

    monkeypatch.setattr(catalog_import, "import_products", import_products)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.finished_import, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(dialog.import_button, " ")  # the keyboard presses Import
        assert dialog.progress.isVisible() and dialog.importing
    assert blocker.args[0].created == ROWS
    assert workers and workers[0] != threading.get_ident()  # the window was never waiting
    assert seen == sorted(seen) and seen[-1] == ROWS == dialog.progress.maximum()
    between = [value for value in seen if 0 < value < ROWS]
    assert between == [catalog_import.CHUNK, 2 * catalog_import.CHUNK]  # it moved, twice


def test_the_day_reports_are_written_off_the_gui_thread(qtbot, db, tmp_path, monkeypatch):
    shop, manager_id = _manager(db)
    dialog = DayCloseDialog(db, shop, manager_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        dialog.show()
    writers: list[int] = []

    def on_a_worker(real):
        def write(*args):
            writers.append(threading.get_ident())
            return real(*args)
        return write

    monkeypatch.setattr(report_export, "sales_csv", on_a_worker(report_export.sales_csv))
    monkeypatch.setattr(day_screen, "save_pdf", on_a_worker(day_screen.save_pdf))
    for write, path in ((dialog.export_csv, tmp_path / "z.csv"),
                        (dialog.export_pdf, tmp_path / "z.pdf")):
        with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as blocker:
            write(str(path))
            assert dialog.paper_progress.isVisible() and not dialog.pdf_button.isEnabled()
        assert blocker.args == [f"Saved {path}"] and path.stat().st_size > 0
        assert not dialog.paper_progress.isVisible() and dialog.pdf_button.isEnabled()
    assert len(writers) == 2 and threading.get_ident() not in writers
    assert (tmp_path / "z.pdf").read_bytes().startswith(b"%PDF")


def test_a_report_that_cannot_be_written_says_why(qtbot, db, tmp_path):
    shop, manager_id = _manager(db)
    dialog = DayCloseDialog(db, shop, manager_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        dialog.show()
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as blocker:
        dialog.export_csv(str(tmp_path / "no such folder" / "z.csv"))
    assert blocker.args[0].startswith("The CSV could not be written: No such file")
    assert dialog.message.property("tone") == "error"
