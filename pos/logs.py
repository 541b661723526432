"""The app's log file: what happened at the counter, never a customer's contact details or
the TikTok token. Callers log order numbers and amounts only; the filter below is the
second line of defence, for text that came from elsewhere (an exception, a server)."""
from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from db.private_files import keep_private, private_file, private_folder
from db.secrets import secrets_seen

LOG_NAME = "counter.log"
KEEP_ROTATED = 5
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number: an optional +, then 9 to 15 digits with the usual separators.
_PHONE = re.compile(r"(?<![\w-])\+?\d(?:[\s.()-]?\d){8,14}(?![\w-])")
_HEX64 = re.compile(r"\b[0-9a-f]{64}\b")


class Redact(logging.Filter):
    """Removes email addresses, phone numbers, the given secrets and every secret the app has
    read (the TikTok token, the hub's URL and password: db/secrets.py) from every record."""

    def __init__(self, secrets=()):
        super().__init__()
        self._given = [s for s in secrets if s]

    @property
    def secrets(self) -> list[str]:
        # Longest first, so a secret that contains another is removed whole.
        return sorted({*self._given, *secrets_seen()}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        secrets = self.secrets
        for secret in secrets:
            text = text.replace(secret, "***")
        text = _EMAIL.sub("[email]", text)
        if not _HEX64.search(text):
            text = _PHONE.sub("[phone]", text)
        record.msg, record.args = text, None
        if record.exc_info:
            # The traceback's text is redacted too: format it now, then drop the raw one.
            formatted = logging.Formatter().formatException(record.exc_info)
            for secret in secrets:
                formatted = formatted.replace(secret, "***")
            record.msg = f"{text}\n{_EMAIL.sub('[email]', formatted)}"
            record.exc_info = record.exc_text = None
        return True


class PrivateLogFile(RotatingFileHandler):
    """The rotating log, each new file for the computer's user only (a rotated file keeps
    its mode when it is renamed)."""

    def _open(self):
        private_file(Path(self.baseFilename))
        return super()._open()


def log_folder() -> Path:
    return Path(user_log_dir("Counter", appauthor=False))


def configure_logging(folder: Path | None = None, secrets=(), level=logging.INFO) -> Path:
    """Logs to <folder>/counter.log (rotated at 2 MB, 5 kept). Returns the file's path."""
    folder = private_folder(folder or log_folder())
    path = folder / LOG_NAME
    keep_private(*(path.with_name(f"{LOG_NAME}.{n}") for n in range(1, KEEP_ROTATED + 1)))
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "counter_log", False):
            root.removeHandler(handler)
            handler.close()
    handler = PrivateLogFile(path, maxBytes=2_000_000, backupCount=KEEP_ROTATED,
                             encoding="utf-8")
    handler.counter_log = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Redact(secrets))
    root.addHandler(handler)
    root.setLevel(level)
    _log_uncaught()
    return path


def _log_uncaught() -> None:
    """An exception nobody caught (in a Qt slot, say) goes to the log file, redacted like
    everything else, and then to the usual handler."""
    previous = sys.excepthook
    if getattr(previous, "counter_log", False):
        return

    def hook(kind, value, traceback):
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("counter").critical("Uncaught error",
                                                  exc_info=(kind, value, traceback))
        previous(kind, value, traceback)

    hook.counter_log = True
    sys.excepthook = hook
