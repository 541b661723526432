"""TikTok, the shop's hub, storage's messages and the command line in French and in Arabic:
the manager's TikTok and hub windows with no English left (and right to left in Arabic), the
status bar's two labels following a change of language, the sentences db/ and tracking/
raise written by pos.i18n.words_of, and main.py's commands speaking --lang, POS_LANG or the
shop's language."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.backup import BackupError, check_shop_file
from db.hub.server import HubError
from db.hub.tills import till_code
from db.models import HubLink, Staff
from pos.checkout import CashPayment
from pos.hub import SyncOutcome, hub_state
from pos.i18n import speaking, words_of
from pos.money import Money
from pos.shop import load_shop_settings, save_shop_settings
from pos.tiktok import report_words, summary_words
from tests.conftest import MANAGER_NAME
from tests.i18n_check import english_left
from tests.test_checkout import SHIRT, make_cart, pay
from tracking import sync
from tracking.settings import TikTokSettings
from ui.hub_dialog import HubDialog
from ui.hub_sync import HubStatusLabel
from ui.language import apply_language
from ui.tiktok_queue import TikTokQueueDialog
from ui.tiktok_settings import TikTokSettingsDialog
from ui.tiktok_sync import SyncStatusLabel

ROOT = Path(__file__).resolve().parent.parent
WAIT_MS = 10_000
LANGUAGES = ["fr", "ar"]


def manager_id(db) -> int:
    with db.read() as session:
        return session.scalar(select(Staff.id).where(Staff.name == MANAGER_NAME))


def shop_of(db):
    with db.read() as session:
        return load_shop_settings(session)


def no_english(widget, code: str) -> None:
    assert english_left(widget, code) == []
    expected = Qt.RightToLeft if code == "ar" else Qt.LeftToRight
    assert widget.layoutDirection() == expected


def queue_report(db):
    with db.read() as session:
        return sync.queue_status(session)


# ----- the manager's windows ----------------------------------------------------------------
@pytest.mark.parametrize("code", LANGUAGES)
def test_the_tiktok_settings_speak_the_language(qtbot, db, code):
    apply_language(code)
    dialog = TikTokSettingsDialog(db, manager_id(db))
    qtbot.addWidget(dialog)
    dialog.show()
    no_english(dialog, code)
    assert dialog.token.layoutDirection() == Qt.LeftToRight  # a code, in every language
    dialog.source_id.setText("")
    dialog.submit()  # refused: the pixel code is required
    assert dialog.message.text() and english_left(dialog, code) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_tiktok_queue_speaks_the_language(qtbot, db, code):
    pay(db, make_cart(db, (SHIRT, 1)), CashPayment(Money.of("200")))
    apply_language(code)
    dialog = TikTokQueueDialog(db, shop_of(db), manager_id(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=WAIT_MS)
    dialog.table.selectRow(0)
    no_english(dialog, code)
    waiting = {"fr": "En attente", "ar": "في الانتظار"}[code]
    assert dialog.table.item(0, 2).text() == waiting
    dialog.retry_selected()  # a waiting event: nothing to put back, said in the language
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=WAIT_MS)
    no_english(dialog, code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_hub_window_of_a_till_standing_alone_speaks_the_language(qtbot, db, code):
    apply_language(code)
    dialog = HubDialog(db, shop_of(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "python main.py till attach" in dialog.status.text(),
                    timeout=WAIT_MS)
    no_english(dialog, code)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_hub_window_of_an_attached_till_speaks_the_language(qtbot, db, code):
    pay(db, make_cart(db, (SHIRT, 1)), CashPayment(Money.of("200")))
    with db.write() as session:
        session.add(HubLink(id=1, shop="CASA", till="T1"))
    apply_language(code)
    dialog = HubDialog(db, shop_of(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.fields["till"].text() == "T1", timeout=WAIT_MS)
    no_english(dialog, code)
    sale = {"fr": "1 vente", "ar": "بيع واحد"}[code]
    assert sale in dialog.fields["waiting"].text()
    dialog.show_outcome(SyncOutcome(dialog.scheduler.outcome.state))  # a sync asked for
    dialog.asked = True
    dialog.show_outcome(SyncOutcome(dialog.scheduler.outcome.state))
    no_english(dialog, code)


# ----- the status bar's labels follow a change of language ----------------------------------
def switch(qtbot, code: str) -> None:
    """The language changed (a login): Qt delivers its LanguageChange events."""
    apply_language(code)
    qtbot.wait(10)


def test_the_tiktok_label_changes_language_with_the_window(qtbot, db):
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    label.show_for(manager=True)
    label.show_report(queue_report(db))  # the demo shop has no token: the manager's matter
    assert label.text().startswith("TikTok: no access token · Manager → TikTok settings")
    switch(qtbot, "fr")
    assert label.text() == ("TikTok : pas de jeton d'accès · Gérant → Réglages TikTok : "
                            "ajoutez le jeton d'accès")
    assert "Aucun jeton d'accès TikTok" in label.toolTip()
    switch(qtbot, "ar")
    assert label.text().startswith("\u200fTikTok: لا يوجد رمز وصول")  # read from the right
    assert english_left(label, "ar") == []
    switch(qtbot, "en")
    assert label.text().startswith("TikTok: no access token")


def test_the_hub_label_changes_language_with_the_window(qtbot, db):
    with db.write() as session:
        session.add(HubLink(id=1, shop="CASA", till="T1"))
    with db.read() as session:
        state = hub_state(session)
    label = HubStatusLabel(shop_of(db))
    qtbot.addWidget(label)
    label.show_outcome(SyncOutcome(state))
    assert label.text().startswith("hub: ")
    switch(qtbot, "fr")
    assert label.text().startswith("serveur : ")
    switch(qtbot, "ar")
    assert label.text().startswith("خادم المتجر: ")


# ----- sentences from db/ and tracking/, written at the edge --------------------------------
def test_said_errors_from_tracking_and_db_are_written_in_the_language(tmp_path):
    with pytest.raises(ValueError) as settings:
        TikTokSettings(event_source_id=" ").validate()
    with pytest.raises(HubError) as code:
        till_code("T-1!")
    with pytest.raises(BackupError) as backup:
        check_shop_file(tmp_path / "missing.sqlite3")
    assert str(settings.value) == "The event source id (pixel code) is required."
    with speaking("fr"):
        assert words_of(settings.value) == ("L'identifiant de la source (code du pixel) est "
                                            "obligatoire.")
        assert words_of(code.value) == ("le code d'une caisse compte de 1 à 6 lettres ou "
                                        "chiffres, pas « T-1! »")
        assert words_of(backup.value).endswith("missing.sqlite3 n'est pas un fichier.")
    with speaking("ar"):
        assert words_of(settings.value) == "معرّف المصدر (رمز البكسل) إلزامي."
        assert "«T-1!»" in words_of(code.value)
        assert words_of(backup.value).endswith("ليس ملفًا.")


def test_the_queue_status_words_in_each_language(db):
    report = queue_report(db)
    assert report.state == sync.NO_TOKEN
    with speaking("fr"):
        assert report_words(report).startswith("Aucun jeton d'accès TikTok n'est défini")
        assert summary_words(report).endswith("(pas de jeton)")
    with speaking("ar"):
        assert report_words(report).startswith("لم يُحدَّد رمز وصول TikTok")
    # TikTok's own words stay as TikTok wrote them, inside the translated sentence.
    rejected = sync.with_words(report, *sync._state_message(
        sync.TOKEN_REJECTED_STATE, 2, extra="Access token is invalid"))
    with speaking("fr"):
        assert "(réponse de TikTok : Access token is invalid)" in report_words(rejected)
    assert "TikTok said: Access token is invalid" in rejected.message


def test_stored_records_are_read_back_in_the_language_and_stay_english_in_storage(db):
    from db.hub.link import load_link
    from pos.hub import last_error_words
    from pos.tiktok import reason_words
    from tracking.sync import GAVE_UP_RECORD, NOT_REACHED, REJECTED_RECORD

    rejected = REJECTED_RECORD.format(message="Invalid value for field: event_id")
    gave_up = GAVE_UP_RECORD.format(message=NOT_REACHED, attempts=8)
    with speaking("fr"):
        assert reason_words(rejected) == ("TikTok a refusé cet événement (code 40002) : "
                                          "Invalid value for field: event_id")
        assert reason_words(gave_up) == ("TikTok injoignable : pas de connexion Internet, ou "
                                         "TikTok est en panne. (abandon après 8 essais)")
        assert reason_words("Something TikTok said") == "Something TikTok said"
    with speaking("ar"):
        assert reason_words(rejected).startswith("رفض TikTok هذا الحدث (الرمز 40002): Invalid")
    with db.write() as session:
        session.add(HubLink(id=1, shop="CASA", till="T1",
                            last_error="the last sync failed: duplicate key value"))
    with db.read() as session:
        link = load_link(session)
    assert link.last_error == "the last sync failed: duplicate key value"
    with speaking("fr"):
        assert last_error_words(link) == ("la dernière synchronisation a échoué : duplicate key "
                                          "value")


# ----- the command line ---------------------------------------------------------------------
def run_main(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})


def test_the_cli_speaks_lang_and_pos_lang(db, tmp_path):
    alone = run_main("--db", db.url, "--lang", "fr", "hub", "sync")
    assert alone.returncode == 2
    assert alone.stderr.strip() == ("Cette caisse n'est rattachée à aucun serveur du magasin : "
                                    "lancez d'abord `till attach`.")
    not_a_backup = tmp_path / "notes.sqlite3"
    not_a_backup.write_text("not a shop")
    backup = run_main("--db", db.url, "backup", str(not_a_backup), POS_LANG="ar")
    assert backup.returncode == 2
    assert backup.stderr.startswith("لم تُنشأ أي نسخة احتياطية: ")
    assert "Traceback" not in backup.stderr


def test_the_cli_speaks_the_shops_language_and_its_help_too(db):
    with db.write() as session:
        save_shop_settings(session, replace(load_shop_settings(session), language="fr"))
    pay(db, make_cart(db, (SHIRT, 1)), CashPayment(Money.of("200")))
    sent = run_main("--db", db.url, "sync", "--max-wait", "0")
    assert sent.returncode == 1  # no token: the events stay
    assert sent.stdout.startswith("TikTok : 0 envoyés, ")
    assert "Aucun jeton d'accès TikTok" in sent.stderr
    helped = run_main("--db", db.url, "--help")
    assert "afficher cette aide et quitter" in helped.stdout
    assert "utilisation : " in helped.stdout
    arabic = run_main("--db", db.url, "--lang", "ar", "backup", "--help")
    assert "عرض هذه المساعدة والخروج" in arabic.stdout


def test_hub_commands_without_a_shop_speak_lang_or_english():
    refused = run_main("--lang", "fr", "hub", "add-till", "--hub", "mysql://x@h/db",
                       "--shop", "CASA", "--till", "T1")
    assert refused.returncode == 2
    assert refused.stderr.startswith("Serveur du magasin : le serveur du magasin est un "
                                      "serveur PostgreSQL, pas mysql")
    english = run_main("hub", "upgrade", "--hub", "not a url", POS_LANG="")
    assert english.returncode == 2 and english.stderr.startswith("Hub: the hub's URL")


@pytest.mark.parametrize("lang", ["xx", "de"])
def test_a_bad_pos_lang_is_said_clearly(db, lang):
    done = run_main("--db", db.url, "sync", POS_LANG=lang)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() == (f"counter: POS_LANG: '{lang}' is not a language Counter "
                                   "speaks: use fr, ar, en.")
