"""Our own English sentences kept as a record (an outbox row's last error, the hub link's),
read back in the reader's language. The record stays as it was stored, in English, as logs
and support read it; the screen shows its words translated when it is one of the sentences
below, with what it quotes (TikTok's own text, the server's reason) as it was written."""
from __future__ import annotations

import re
from functools import cache

from pos.i18n import _


@cache
def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"\{([a-z_]+)\}", template)
    regex = "".join(re.escape(part) if n % 2 == 0 else f"(?P<{part}>.+?)"
                    for n, part in enumerate(parts))
    return re.compile(f"^{regex}$", re.DOTALL)


def record_words(text: str | None, templates: tuple[str, ...]) -> str:
    """`text` in the reader's language when it was written from one of `templates` (each
    value read back the same way, for a record quoting another); else as it is."""
    if not text:
        return text or ""
    for template in templates:
        found = _pattern(template).match(text)
        if found:
            values = {name: record_words(value, templates)
                      for name, value in found.groupdict().items()}
            return _(template).format(**values)
    return text
