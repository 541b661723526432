"""Paper out of a screen: where to save a PDF or CSV, and which printer, asked without
blocking the window (open(), never exec())."""
from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog


def a4(landscape: bool = False, margin_mm: float = 15) -> QPrinter:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.A4))
    if landscape:
        printer.setPageOrientation(QPageLayout.Landscape)
    printer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                           QPageLayout.Millimeter)
    return printer


def ask_save_path(owner: QDialog, title: str, file_name: str, kind: str, suffix: str,
                  then) -> None:
    """then(path) once a file is chosen; owner.file_dialog is the question, for tests."""
    chooser = QFileDialog(owner, title, file_name, f"{kind} (*.{suffix})")
    chooser.setAcceptMode(QFileDialog.AcceptSave)
    chooser.setDefaultSuffix(suffix)
    chooser.fileSelected.connect(then)
    owner.file_dialog = chooser
    chooser.open()


def ask_to_print(owner: QDialog, printer: QPrinter, print_on) -> None:
    """print_on(printer) once a printer is chosen; owner.print_dialog is the question."""
    dialog = QPrintDialog(printer, owner)
    dialog.accepted.connect(lambda: print_on(printer))
    owner.print_dialog = dialog
    owner._printer = printer  # the dialog's printer lives as long as the question
    # QPrintDialog.open in PySide takes (receiver, slot); the plain QDialog.open is wanted.
    QDialog.open(dialog)
