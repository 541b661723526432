"""Benchmark: importing a big catalog, and searching 100,000 products.

    .venv/bin/python bench/catalog.py [--rows 50000] [--queries 600] [--trace-memory]
                                      [--db URL]

On a new demo shop in a temporary file: writes a Shopify product export of --rows variant
lines (French, English and Arabic titles, several variants per product, compare-at prices,
tags, image lines), times import_products() on it (target under 20 s) and the same file
imported again (every product found, nothing to change), then a second export of as many
new products, so the shop holds about twice --rows products. Then times typed searches as
the counter and the products screen make them (target under 30 ms): 2 and 3 letter
prefixes, whole words from the middle of names, SKUs in full and in part, Arabic words,
two-word queries; p50, p99 and the worst over --queries queries each, for
pos.catalog.search_products, pos.catalog_admin.list_products with text, and, to compare,
the search as it was before the word index (a LIKE on every product's key). Each query
runs in its own session, as the screens run them. With --db naming a database that
already holds a catalog, only the searches are timed.
"""
from __future__ import annotations

import argparse
import csv
import gc
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, or_, select  # noqa: E402

from db.models import Product, Staff  # noqa: E402
from pos.app import open_shop  # noqa: E402
from pos.catalog import search_key, search_products  # noqa: E402
from pos.catalog_admin import list_products  # noqa: E402
from pos.catalog_import import import_products  # noqa: E402
from pos.demo import ean13  # noqa: E402

KINDS = [
    "Chemise", "T-shirt", "Jean slim", "Djellaba", "Kaftan", "Gandoura", "Jabador", "Burnous",
    "Babouches", "Sandales", "Baskets", "Mocassins", "Sac à main", "Cabas", "Pochette",
    "Ceinture", "Foulard", "Chèche", "Bonnet", "Chaussettes", "Théière", "Verres à thé",
    "Plateau", "Tajine", "Couscoussier", "Coussin", "Pouf", "Tapis", "Lanterne", "Miroir",
    "Savon beldi", "Huile d'argan", "Eau de rose", "Ghassoul", "Henné", "Khôl", "Musc",
    "Thé vert", "Ras el hanout", "Safran", "Dattes", "Amlou", "Miel de thym",
    "Linen shirt", "Scarf", "Tote bag", "Sneakers", "Belt", "Cushion cover", "Tea glasses",
    "Teapot", "Rug", "Lamp", "Candle", "Notebook", "Wallet", "Sunglasses", "Bracelet",
    "قفطان", "جلابة", "بلغة", "زيت الأركان", "صابون بلدي", "براد", "كؤوس الشاي", "حقيبة",
    "زربية", "مصباح", "عسل", "تمر", "حناء", "ماء الورد", "طاجين", "وسادة",
]
MATERIALS = ["coton", "lin", "cuir", "soie", "laine", "céramique", "cuivre", "laiton",
             "argile", "bois de thuya", "raphia", "velours", "denim", "straw", "linen",
             "leather", "silk", "wool", "brass", "قطن", "جلد", "حرير", "نحاس", "صوف"]
QUALIFIERS = ["brodé main", "de Fès", "de Marrakech", "du Rif", "berbère", "artisanal",
              "bio", "classique", "édition limitée", "hand-made", "vintage", "premium",
              "فاسي", "تقليدي", "", "", "", ""]
COLOURS = ["blanc", "noir", "rouge", "bleu ciel", "safran", "indigo", "vert menthe", "beige",
           "ocre", "bordeaux", "white", "black", "sky blue", "أحمر", "أزرق", "أبيض"]
SIZES = [["S", "M", "L", "XL"], ["36", "38", "40", "42", "44"], ["100 ml", "250 ml"],
         ["250 g", "500 g", "1 kg"], ["Petit", "Moyen", "Grand"], ["Default Title"]]
# A Shopify product export's columns, all of them, as Products → Export writes them.
HEADER = ["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags",
          "Published", "Option1 Name", "Option1 Value", "Option1 Linked To", "Option2 Name",
          "Option2 Value", "Option2 Linked To", "Option3 Name", "Option3 Value",
          "Option3 Linked To", "Variant SKU", "Variant Grams", "Variant Inventory Tracker",
          "Variant Inventory Qty", "Variant Inventory Policy", "Variant Fulfillment Service",
          "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
          "Variant Taxable", "Variant Barcode", "Image Src", "Image Position",
          "Image Alt Text", "Gift Card", "SEO Title", "SEO Description", "Variant Image",
          "Variant Weight Unit", "Variant Tax Code", "Cost per item", "Status"]


def write_export(path: Path, rows: int, prefix: str, seed: int) -> list[str]:
    """A Shopify export of `rows` variant lines; returns the SKUs written."""
    rng = random.Random(seed)
    skus: list[str] = []
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write("\ufeff")
        out = csv.writer(file)
        out.writerow(HEADER)
        number = 0
        while len(skus) < rows:
            number += 1
            kind, material = rng.choice(KINDS), rng.choice(MATERIALS)
            title = " ".join(f"{kind} {material} {rng.choice(QUALIFIERS)}".split())
            title += f", {rng.choice(COLOURS)}"
            handle = f"{prefix.lower()}-{number}"
            sizes = rng.choice(SIZES)[:max(1, min(rows - len(skus), rng.randint(1, 5)))]
            price = rng.randrange(15, 2500)
            on_sale = rng.random() < 0.2
            status = rng.choices(["active", "draft", "archived"], [90, 7, 3])[0]
            tags = ", ".join(rng.sample(["Featured collection", "Promotions", "Nouveautés",
                                         "Artisanat", "Ramadan", "Cadeaux"], rng.randint(0, 2)))
            for i, size in enumerate(sizes):
                sku = f"{prefix}{number:06d}-{i + 1}"
                skus.append(sku)
                barcode = ean13(f"6{seed % 10}{len(skus):010d}") if rng.random() < 0.7 else ""
                first = i == 0
                line = dict.fromkeys(HEADER, "")
                line.update({
                    "Handle": handle, "Option1 Value": size, "Variant SKU": sku,
                    "Variant Grams": "0", "Variant Inventory Tracker": "shopify",
                    "Variant Inventory Qty": rng.randrange(0, 60),
                    "Variant Inventory Policy": "deny", "Variant Fulfillment Service": "manual",
                    "Variant Price": f"{price}.00",
                    "Variant Compare At Price":
                        f"{price + rng.randrange(10, 200)}.00" if on_sale else "",
                    "Variant Requires Shipping": "TRUE", "Variant Taxable": "TRUE",
                    "Variant Barcode": barcode, "Variant Weight Unit": "kg"})
                if first:
                    line.update({
                        "Title": title, "Body (HTML)": "<p>Fait main.\nLivré dans sa boîte.</p>",
                        "Vendor": "Dar Lamia", "Type": kind, "Tags": tags, "Published": "TRUE",
                        "Option1 Name": "Taille",
                        "Image Src": f"https://cdn.shopify.com/s/files/{handle}.jpg",
                        "Image Position": "1", "Gift Card": "FALSE", "SEO Title": title,
                        "Status": status})
                out.writerow(line.values())
            image = dict.fromkeys(HEADER, "")
            image.update({"Handle": handle, "Image Position": "2",
                          "Image Src": f"https://cdn.shopify.com/s/files/{handle}-2.jpg"})
            out.writerow(image.values())
    return skus


def timed_import(db, path: Path, manager_id: int, trace: bool) -> tuple[float, object, float]:
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    result = import_products(db, path, manager_id)
    seconds = time.perf_counter() - started
    peak = 0.0
    if trace:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return seconds, result, peak


def old_search(session, text: str, limit: int = 30) -> list[Product]:
    """pos.catalog.search_products as it was before the word index: a LIKE on every key."""
    words = search_key(text).split()
    if not words:
        return []
    query = select(Product)
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Product.search_key.like(f"%{escaped}%", escape="\\"))
    query = query.where(Product.active)
    first = words[0]
    starts = or_(Product.search_key.like(f"{first}%"), func.lower(Product.sku) == first)
    return list(session.scalars(query.order_by(starts.desc(), Product.name).limit(limit)))


def typed_queries(rng: random.Random, skus: list[str], count: int) -> dict[str, list[str]]:
    words = sorted({w for name in KINDS + MATERIALS + COLOURS + QUALIFIERS
                    for w in search_key(name).split() if len(w) >= 4})
    latin = [w for w in words if w.isascii()]
    arabic = [w for w in words if not w.isascii()]
    middle = [w for w in search_key(" ".join(MATERIALS + COLOURS + QUALIFIERS)).split()
              if len(w) >= 3]
    share = max(count // 6, 1)
    return {
        "2-letter prefixes": [rng.choice(latin)[:2] for _ in range(share)],
        "3-letter prefixes": [rng.choice(latin)[:3] for _ in range(share)],
        "words from the middle of names": [rng.choice(middle) for _ in range(share)],
        "SKUs, whole and first 5 characters": [
            (sku if rng.random() < 0.5 else sku[:5]) for sku in rng.sample(skus, share)],
        "Arabic words and prefixes": [
            (w if rng.random() < 0.5 else w[:3]) for w in rng.choices(arabic, k=share)],
        "two words": [f"{rng.choice(latin)[:4]} {rng.choice(middle)}" for _ in range(share)],
    }


def percentiles(times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return (f"p50 {statistics.median(ordered):5.1f} ms   p99 {p99:5.1f} ms   "
            f"worst {ordered[-1]:5.1f} ms")


def time_searches(db, queries: dict[str, list[str]], search
                  ) -> tuple[dict, list[float], list[tuple[float, str]]]:
    by_kind, every, slowest = {}, [], []
    with db.read() as session:
        search(session, "warm up")
    for kind, texts in queries.items():
        times = []
        for text in texts:
            started = time.perf_counter()
            with db.read() as session:
                search(session, text)
            times.append((time.perf_counter() - started) * 1000)
            slowest.append((times[-1], text))
        by_kind[kind] = times
        every += times
    return by_kind, every, sorted(slowest, reverse=True)[:5]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--db", help="a database URL (default: a new temporary file); one "
                                     "that already holds a catalog is only searched")
    parser.add_argument("--trace-memory", action="store_true",
                        help="also measure the first import's peak Python memory "
                             "(tracemalloc makes it about twice as slow)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temporary folder (database and CSV files)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="catalog-bench-"))
    try:
        db = open_shop(args.db or f"sqlite:///{folder / 'shop.sqlite3'}")
        with db.read() as session:
            manager_id = session.scalar(select(Staff.id).where(Staff.role == "manager"))
            products = session.scalar(select(func.count()).select_from(Product))
        if products > 1000:
            with db.read() as session:
                skus = list(session.scalars(select(Product.sku).where(Product.id > 24)))
        else:
            skus = fill(db, folder, manager_id, args)
        search(db, skus, args)
        db.dispose()
    finally:
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


def fill(db, folder: Path, manager_id: int, args) -> list[str]:
    first, second = folder / "export-1.csv", folder / "export-2.csv"
    skus = write_export(first, args.rows, "DL", seed=1)
    skus += write_export(second, args.rows, "MK", seed=2)
    megabytes = first.stat().st_size / 2**20
    print(f"Shopify export: {args.rows:,} variant lines ({megabytes:.1f} MiB) in {first}")

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    seconds, result, peak = timed_import(db, first, manager_id, args.trace_memory)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"import of {args.rows:,} rows: {seconds:.2f} s ({args.rows / seconds:,.0f} rows/s), "
          f"{result.created:,} created, {result.promotions:,} promotions, "
          f"{len(result.problems)} problems   " +
          ("[timed under tracemalloc: run without --trace-memory for the time]"
           if args.trace_memory else f"[target < 20 s: {'yes' if seconds < 20 else 'NO'}]"))
    print(f"  ru_maxrss before / after: {rss_before:.0f} / {rss_after:.0f} MiB"
          + (f", tracemalloc peak {peak:.0f} MiB" if args.trace_memory else ""))
    seconds, result, _ = timed_import(db, first, manager_id, False)
    print(f"the same file again: {seconds:.2f} s, {result.created} created, "
          f"{result.unchanged:,} unchanged")
    seconds, result, _ = timed_import(db, second, manager_id, False)
    print(f"a second export of {args.rows:,} new rows: {seconds:.2f} s")
    return skus


def search(db, skus: list[str], args) -> None:
    with db.read() as session:
        products = session.scalar(select(func.count()).select_from(Product))
    print(f"\nsearching {products:,} products (FTS5 word index) in {db.url}, "
          f"{args.queries:,} typed queries per search:")
    queries = typed_queries(random.Random(7), skus, args.queries)
    # The objects made so far (a whole imported catalog's worth when filling) would be
    # walked by every full collection of Python's GC, a 20-30 ms pause now and then that
    # is not the search's: they are set aside, as a long-running app's are after start.
    gc.collect()
    gc.freeze()
    searches = {
        "search_products (counter)": lambda s, t: search_products(s, t),
        "list_products with text (screen)": lambda s, t: list_products(s, t, limit=200),
        "before the word index (LIKE on every key)": old_search,
    }
    for label, search in searches.items():
        by_kind, every, slowest = time_searches(db, queries, search)
        verdict = sorted(every)[round(0.99 * (len(every) - 1))] < 30
        print(f"  {label:42} {percentiles(every)}   [target < 30 ms: "
              f"{'yes' if verdict else 'NO'}]")
        for kind, times in by_kind.items():
            print(f"      {kind:38} {percentiles(times)}")
        print("      slowest: " + ", ".join(f"{text!r} {ms:.1f} ms" for ms, text in slowest))


if __name__ == "__main__":
    sys.exit(main())
