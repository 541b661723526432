"""Secrets a till keeps (the TikTok access token, the hub's password in its URL): in the
system keyring where a real one works, otherwise in a file only this user can read. An
environment variable wins over both, for scripts and tests. Every secret read or written is
remembered so that no log line can carry it (pos/logs.py)."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from platformdirs import user_config_dir

_SECRETS_SEEN: set[str] = set()


def secrets_seen() -> frozenset[str]:
    return frozenset(_SECRETS_SEEN)


def seen(secret: str) -> None:
    if len(secret) >= 6:  # shorter text is too common to be taken out of every log line
        _SECRETS_SEEN.add(secret)


class SecretStore:
    """One secret: keyring when a real one is available; else a 0600 file in the user's
    config folder. Subclasses name it (keyring service and user, file, variable)."""

    keyring_service = ""
    keyring_user = ""
    file_name = ""
    environment_variable = ""

    def __init__(self, folder: Path | None = None, use_keyring: bool | None = None):
        self.folder = folder or Path(user_config_dir("Counter", appauthor=False))
        self._use_keyring = use_keyring

    @property
    def use_keyring(self) -> bool:
        # Asked when first needed: a secret from the environment needs no keyring probe.
        if self._use_keyring is None:
            self._use_keyring = _keyring_works()
        return self._use_keyring

    @property
    def file(self) -> Path:
        return self.folder / self.file_name

    def get(self, environ=os.environ) -> str:
        secret = self._read(environ)
        seen(secret)  # from now on no log line can carry it
        return secret

    def _read(self, environ) -> str:
        if environ.get(self.environment_variable):
            return environ[self.environment_variable].strip()
        if self.use_keyring:
            import keyring
            return (keyring.get_password(self.keyring_service, self.keyring_user) or "").strip()
        try:
            return self.file.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return ""

    def set(self, secret: str) -> None:
        secret = secret.strip()
        seen(secret)
        if self.use_keyring:
            import keyring
            if secret:
                keyring.set_password(self.keyring_service, self.keyring_user, secret)
            else:
                try:
                    keyring.delete_password(self.keyring_service, self.keyring_user)
                except keyring.errors.PasswordDeleteError:
                    pass
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        if not secret:
            self.file.unlink(missing_ok=True)
            return
        # Created readable by this user only, before the secret is written into it.
        fd = os.open(self.file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(secret)
        os.chmod(self.file, stat.S_IRUSR | stat.S_IWUSR)


def _keyring_works() -> bool:
    try:
        import keyring
        from keyring.backends import fail, null
        backend = keyring.get_keyring()
        if isinstance(backend, (fail.Keyring, null.Keyring)):
            return False
        if backend.priority < 1:  # e.g. chainer with nothing usable, or plaintext backends
            return False
        return True
    except Exception:  # no D-Bus, locked collection...: fall back to the file
        return False
