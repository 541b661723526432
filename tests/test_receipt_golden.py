"""Golden images: a fixed sale's receipt as the ESC/POS printer gets it (ui/till_printer.
roll_image, one bit a dot, 576 dots on an 80 mm roll), in French, in Arabic and in both,
compared with the PNGs in tests/fixtures/golden/. A changed layout, a lost Arabic shaping or a
cut amount shows as pixels that differ; font hinting alone stays under MAX_DIFFERENT.

    COUNTER_UPDATE_GOLDEN=1 pytest tests/test_receipt_golden.py   # writes them anew

then look at each PNG before committing it."""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from pos.hardware.settings import PAPERS
from pos.money import Money
from pos.receipt_paper import PrintedLine, receipt_paper
from pos.receipts import ReceiptPayment, SaleReceipt, SaleReceiptLine
from pos.return_policy import PolicySettings
from pos.shop import ShopSettings
from ui.receipt import ARABIC_RUN
from ui.till_printer import pil_of, roll_image

GOLDEN = Path(__file__).parent / "fixtures" / "golden"
MAX_DIFFERENT = 0.005  # of the dots: what a font's hinting may move, not a misplaced row
UPDATE = os.environ.get("COUNTER_UPDATE_GOLDEN") == "1"

SHOP = ShopSettings(name="Bazar Atlas", address="12 Rue Tarik Ibn Ziad, Casablanca",
                    language="fr")
SALE = SaleReceipt(
    order_number="S-20261122-0042",
    created_at=datetime(2026, 11, 22, 10, 30, tzinfo=timezone.utc),  # 11:30 in Casablanca
    clerk_name="Samira", customer_name="Youssef El Amrani",
    lines=(SaleReceiptLine("Chemise en lin, blanche", 1, Money.of("150.00"), Money.zero(),
                           None),
           SaleReceiptLine("T-shirt coton, noir", 2, Money.of("79.00"), Money.of("31.60"),
                           "Promotions -20%"),
           SaleReceiptLine("زيت الأركان، 250 مل", 1, Money.of("120.00"), Money.zero(), None)),
    payments=(ReceiptPayment("cash", Money.of("396.40"), Money.of("400.00"),
                             Money.of("3.60")),),
    subtotal=Money.of("428.00"), discount_total=Money.of("31.60"), total=Money.of("396.40"),
    policy=PolicySettings())


def rendered(language: str, millimetres: int = 80) -> Image.Image:
    paper = PAPERS[millimetres]
    rows = receipt_paper(SALE, replace(SHOP, receipt_language=language),
                         columns=paper.columns)
    return pil_of(roll_image(rows, paper))


def different_share(image: Image.Image, golden: Image.Image) -> float:
    """The share of dots black in one and white in the other; all of them when the sizes
    differ (a row more or less)."""
    if image.size != golden.size:
        return 1.0
    diff = ImageChops.difference(image.convert("L"), golden.convert("L"))
    return sum(diff.histogram()[1:]) / (image.width * image.height)


@pytest.mark.parametrize("language, millimetres", [("fr", 80), ("ar", 80), ("fr+ar", 80),
                                                   ("ar", 58)])
def test_the_receipt_prints_as_its_golden_image(qapp, tmp_path, language, millimetres):
    image = rendered(language, millimetres)
    assert image.width == PAPERS[millimetres].dots and image.mode == "1"
    golden_path = GOLDEN / f"sale-{language.replace('+', '-')}-{millimetres}mm.png"
    if UPDATE:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        image.save(golden_path)
    assert golden_path.exists(), "no golden image yet: run with COUNTER_UPDATE_GOLDEN=1"
    share = different_share(image, Image.open(golden_path))
    if share >= MAX_DIFFERENT:
        seen = tmp_path / golden_path.name
        image.save(seen)
        pytest.fail(f"{language}: {share:.2%} of the dots differ from {golden_path} (the "
                    f"receipt drawn now is {seen}, {image.size} against "
                    f"{Image.open(golden_path).size})")


def test_a_58_mm_receipt_is_384_dots_and_32_columns_wide(qapp):
    paper = PAPERS[58]
    assert (paper.dots, paper.columns) == (384, 32)
    rows = receipt_paper(SALE, replace(SHOP, receipt_language="fr"), columns=paper.columns)
    # Latin rows are the roll's columns at most (an Arabic run is drawn narrower, in its
    # proportional face, and its row narrowed by the painter if need be).
    latin = [row.text for row in rows if isinstance(row, PrintedLine)
             and not ARABIC_RUN.search(row.text)]
    assert max(map(len, latin)) == 32 and "-" * 32 in latin  # the rule spans the roll
    assert rendered("fr", 58).width == 384
