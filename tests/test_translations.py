"""The translations are complete and follow the code: every sentence of ui/ (Qt Linguist) and
of pos/ and the command line (gettext) is in French and in Arabic, with its placeholders and
all its plural forms; a sentence added to the code without its translation fails here."""
from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

PLURAL_FORMS = {"fr": 2, "ar": 6, "en": 2}
_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:![rsa])?(?::[^{}]*)?\}|%\([a-z_]+\)[sd]|%n")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text or ""))


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _unfinished(ts: Path) -> list[str]:
    return [f"{name}: {message.findtext('source')}" for name, message in _messages(ts)
            if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]


@pytest.mark.parametrize("code", ["fr", "ar", "en"])
def test_every_screen_sentence_is_translated(code):
    ts = translations.TS_FILES[code]
    assert _unfinished(ts) == []
    for name, message in _messages(ts):
        source = message.findtext("source")
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == PLURAL_FORMS[code], (name, source)
        else:
            assert code != "en", f"counter_en.ts holds plural forms only: {source}"
            forms = [translation.text or ""]
        for form in forms:
            assert form.strip(), (name, source)
            # %n may be left out of a form that says the number in words (Arabic's "one").
            wanted = [p for p in _placeholders(source) if p != "%n"]
            assert [p for p in _placeholders(form) if p != "%n"] == wanted, (name, source, form)


@pytest.mark.parametrize("code", ["fr", "ar", "en"])
def test_the_screens_catalogs_follow_the_code(code, tmp_path):
    """lupdate finds no sentence of ui/ that the .ts lacks."""
    ts = tmp_path / translations.TS_FILES[code].name
    shutil.copy(translations.TS_FILES[code], ts)
    translations.lupdate(ts, code, translations.ui_sources())
    assert _unfinished(ts) == [], "run: python scripts/translations.py update, then translate"


def test_lupdate_takes_every_plural_of_the_screens_as_a_plural():
    """Each %n sentence of ui/ is in the catalog with its plural forms. lupdate's Python
    parser passes over some calls without a word (PySide6 6.11 takes a count for one only
    from self.tr(text, "", n)): those sentences would be shown in English."""
    plurals = {message.findtext("source") for _name, message in
               _messages(translations.TS_FILES["fr"]) if message.get("numerus") == "yes"}
    written = set()
    for path in translations.ui_sources():
        for literal in re.findall(r'"((?:[^"\\\n]|\\.)*%n(?:[^"\\\n]|\\.)*)"',
                                  path.read_text(encoding="utf-8")):
            written.add(literal.encode().decode("unicode_escape").encode("latin-1").decode())
    # A literal may be the first piece of a sentence written over several lines.
    missing = {text for text in written if not any(text in source for source in plurals)}
    assert missing == set(), "write these with self.tr(text, '', n) in a QObject, " \
        "or with pos.i18n.ngettext in pos/"


def _catalog(code: str):
    with translations.po_file(code).open("rb") as handle:
        return read_po(handle, locale=code)


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_every_sentence_of_pos_and_the_command_line_is_translated(code):
    catalog = _catalog(code)
    assert catalog.num_plurals == PLURAL_FORMS[code]
    for message in catalog:
        if not message.id:
            continue  # the header
        assert not message.fuzzy, message.id
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(s.strip() for s in strings) and len(strings) == (
            PLURAL_FORMS[code] if isinstance(message.id, tuple) else 1), message.id
        wanted = _placeholders(ids[-1])
        for string in strings[:-1]:  # a form may say "one" or "two" in words (Arabic)
            assert set(_placeholders(string)) <= set(wanted), (message.id, string)
        assert _placeholders(strings[-1]) == wanted, (message.id, strings[-1])


def test_the_gettext_catalogs_follow_the_code(tmp_path):
    pot = tmp_path / "counter.pot"
    translations.extract_pot(pot)
    with pot.open("rb") as handle:
        wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(handle) if m.id}
    for code in ("fr", "ar"):
        have = {m.id if isinstance(m.id, str) else m.id[0] for m in _catalog(code) if m.id}
        assert wanted - have == set(), "run: python scripts/translations.py update, then translate"
        assert have - wanted == set(), "sentences no longer in the code: run the update"


def test_the_set_up_built_the_catalogs():
    for ts in translations.TS_FILES.values():
        assert ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime
    for code in ("fr", "ar"):
        po = translations.po_file(code)
        assert po.with_suffix(".mo").stat().st_mtime >= po.stat().st_mtime


_MNEMONIC = re.compile(r"&([^&\s])")


@pytest.mark.parametrize("code", ["fr", "ar"])
def test_each_translated_control_keeps_its_alt_key(code):
    """A button or menu with an Alt letter keeps one. In Arabic it is the English letter, in
    brackets ("حفظ (&S)"), as a Latin keyboard types it: a clerk's Alt+S is Alt+S whatever
    the screen speaks."""
    for name, message in _messages(translations.TS_FILES[code]):
        source = message.findtext("source")
        wanted = _MNEMONIC.findall(source.replace("&&", ""))
        if not wanted or message.get("numerus") == "yes":
            continue
        found = _MNEMONIC.findall((message.find("translation").text or "").replace("&&", ""))
        assert len(found) == 1, (name, source, found)
        if code == "ar":
            assert found[0].lower() == wanted[0].lower(), (name, source, found)


def test_every_manager_only_refusal_is_a_whole_translated_sentence():
    """require_manager(staff, "adjust stock") says "Only a manager can adjust stock." from
    pos/staff.ONLY_A_MANAGER, a whole sentence in the catalog: an action missing from that
    table would be refused in English whatever the screen speaks."""
    import ast

    from pos.staff import ONLY_A_MANAGER
    actions = set()
    for path in (ROOT / "pos").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "require_manager"
                    and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)):
                actions.add(node.args[1].value)
    assert actions and actions <= set(ONLY_A_MANAGER), actions - set(ONLY_A_MANAGER)
