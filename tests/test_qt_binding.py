"""The Qt binding keeps Python's own objects alive.

PySide6 6.12.0 released a reference to None for each call of a C++ method returning void
(QTextLayout.beginLayout, setLineWidth, setPosition...): drawing one receipt took about 370
references from None, and after about a hundred receipts (one on screen and one for the
receipt printer per sale) Python freed None and the till crashed ("none_dealloc"), as did
the test run at its end ("bool_dealloc"). pyproject.toml pins a release without it; this
test fails on one that has it."""
from __future__ import annotations

import sys
from datetime import datetime, timezone

from pos.hardware.settings import PAPERS
from pos import receipt_paper
from pos.shop import ShopSettings
from ui.till_printer import pil_of, roll_image


def test_drawing_receipts_takes_no_reference_from_none_nor_the_booleans(qapp):
    rows = receipt_paper.test_page(ShopSettings(receipt_language="fr+ar"), "tcp://192.168.1.50:9100", 80,
                     datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc))
    pil_of(roll_image(rows, PAPERS[80]))  # the first drawing loads the fonts
    before = [sys.getrefcount(value) for value in (None, True, False)]
    for _ in range(20):
        pil_of(roll_image(rows, PAPERS[80]))
    after = [sys.getrefcount(value) for value in (None, True, False)]
    # A drawing may keep a few references of its own; it must never lose any.
    assert all(a - b >= -5 for a, b in zip(after, before)), (before, after)
