"""Counter's translations, with the ecosystem's own tools.

    python scripts/translations.py build    # .ts -> .qm (pyside6-lrelease), .po -> .mo (babel)
    python scripts/translations.py update   # new sentences from the code into the .ts and .po
    python scripts/translations.py todo fr > todo.json      # what is left to translate
    python scripts/translations.py fill fr done.json        # translations in from a JSON file

The screens (ui/) speak through Qt Linguist: ui/translations/counter_{fr,ar}.ts, plus
counter_en.ts holding only the English plural forms of %n sentences. The rest (pos/ and the
command line in main.py) speaks through babel's gettext catalogs: pos/locale/*/counter.po.
Both are kept in the repository; the compiled .qm and .mo are built by the set-up (the README's
two commands run `build`) and never committed. After `update`, translate every entry it left
unfinished (Qt Linguist, `pyside6-linguist`, or any .po editor); tests/test_translations.py
fails while one is left.
"""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TS_DIR = ROOT / "ui" / "translations"
PO_DIR = ROOT / "pos" / "locale"
DOMAIN = "counter"
TRANSLATED = ("fr", "ar")
# English needs only its plural forms from Qt ("1 sale", "2 sales"); gettext's English is
# the code's own text.
TS_FILES = {"fr": TS_DIR / "counter_fr.ts", "ar": TS_DIR / "counter_ar.ts",
            "en": TS_DIR / "counter_en.ts"}


def ui_sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


def gettext_sources() -> list[Path]:
    """pos/ and the command line; db/ and tracking/ for the templates they mark with N_
    (db/words.py), written in words by pos.i18n.words_of."""
    lower = [p for folder in ("db", "tracking") for p in (ROOT / folder).rglob("*.py")
             if "migrations" not in p.parts]
    return sorted((ROOT / "pos").rglob("*.py")) + sorted(lower) + [ROOT / "main.py"]


def po_file(code: str) -> Path:
    return PO_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def _run(*args: str | Path) -> None:
    done = subprocess.run([str(a) for a in args], cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{' '.join(map(str, args[:2]))} failed:\n{done.stdout}{done.stderr}")


def lupdate(ts: Path, code: str, sources: list[Path]) -> None:
    """The .ts brought up to date with the code: new sentences unfinished, gone ones dropped.
    No line numbers, so an edit elsewhere in a file does not touch the translations."""
    extra = ["-pluralonly"] if code == "en" else []
    _run(BIN / "pyside6-lupdate", *sources, "-locations", "none", "-no-obsolete",
         "-target-language", code, *extra, "-ts", ts)


def extract_pot(pot: Path) -> None:
    _run(BIN / "pybabel", "extract", "--no-location", "--sort-output", "--no-wrap",
         "--project", "Counter", "--version", "0.1", "-k", "N_", "-o", pot, *gettext_sources())


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for code, ts in TS_FILES.items():
        lupdate(ts, code, ui_sources())
    pot = PO_DIR / f"{DOMAIN}.pot"
    PO_DIR.mkdir(parents=True, exist_ok=True)
    extract_pot(pot)
    for code in TRANSLATED:
        po = po_file(code)
        if po.exists():
            _run(BIN / "pybabel", "update", "--no-fuzzy-matching", "--ignore-obsolete",
                 "--no-wrap", "-D", DOMAIN, "-i", pot, "-l", code, "-o", po)
        else:
            _run(BIN / "pybabel", "init", "--no-wrap", "-D", DOMAIN, "-i", pot, "-l", code,
                 "-o", po)
    pot.unlink()


def _stale(source: Path, built: Path) -> bool:
    return not built.exists() or built.stat().st_mtime < source.stat().st_mtime


def build() -> None:
    for ts in TS_FILES.values():
        qm = ts.with_suffix(".qm")
        if ts.exists() and _stale(ts, qm):
            _run(BIN / "pyside6-lrelease", "-silent", ts, "-qm", qm)
    for code in TRANSLATED:
        po = po_file(code)
        mo = po.with_suffix(".mo")
        if po.exists() and _stale(po, mo):
            _run(BIN / "pybabel", "compile", "-D", DOMAIN, "-i", po, "-o", mo)


# todo and fill: the unfinished entries as JSON and back, for translating without Linguist:
# {"qt": {context: {source: text, or a list of plural forms}}, "po": {msgid: same}}
# (a plural msgid is its singular; a pgettext one is "context\x04msgid").


def _ts_tree(code: str) -> ET.ElementTree:
    return ET.parse(TS_FILES[code])


def _po(code: str):
    from babel.messages.pofile import read_po
    with po_file(code).open("rb") as handle:
        return read_po(handle, locale=code)


def _po_key(message) -> str:
    key = message.id if isinstance(message.id, str) else message.id[0]
    return f"{message.context}\x04{key}" if message.context else key


def todo(code: str) -> None:
    qt: dict[str, dict] = {}
    for context in _ts_tree(code).getroot().iter("context"):
        for message in context.iter("message"):
            if message.find("translation").get("type") == "unfinished":
                plural = message.get("numerus") == "yes"
                qt.setdefault(context.findtext("name"), {})[message.findtext("source")] = (
                    ["", ""] if plural else "")
    po: dict[str, object] = {}
    if code in TRANSLATED:
        catalog = _po(code)
        for message in catalog:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if message.id and not all(strings):
                po[_po_key(message)] = (
                    [message.id[0], message.id[1]] if isinstance(message.id, tuple) else "")
    json.dump({"qt": qt, "po": po}, sys.stdout, ensure_ascii=False, indent=1)
    print()


def fill(code: str, path: str) -> None:
    done = json.loads(Path(path).read_text(encoding="utf-8"))
    tree = _ts_tree(code)
    for context in tree.getroot().iter("context"):
        wanted = done.get("qt", {}).get(context.findtext("name"), {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source"))
            if not text:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form, value in zip(list(translation.iter("numerusform")), text):
                    form.text = value
            else:
                translation.text = text
    ET.indent(tree, "    ")
    with TS_FILES[code].open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(tree.getroot(), encoding="unicode"))
        handle.write("\n")
    if code in TRANSLATED and done.get("po"):
        from babel.messages.pofile import write_po
        catalog = _po(code)
        for message in catalog:
            text = done["po"].get(_po_key(message)) if message.id else None
            if text:
                message.string = tuple(text) if isinstance(message.id, tuple) else text
                message.flags.discard("fuzzy")
        with po_file(code).open("wb") as handle:
            write_po(handle, catalog, width=0, omit_header=False)


if __name__ == "__main__":
    commands = {"build": build, "update": update, "todo": todo, "fill": fill}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
