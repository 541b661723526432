"""Sentences from storage and the TikTok sender, for the people who read them.

db/ and tracking/ cannot import pos/, where the languages are (pos/i18n.py), so a sentence
they raise is a template and its values: N_() marks the template for the gettext catalog,
and pos.i18n.words_of() writes it in the language of the moment at the edge."""
from __future__ import annotations


def N_(message: str) -> str:
    """Marks a template for the catalog (scripts/translations.py extracts N_)."""
    return message


class Said(Exception):
    """An error whose words are a template and its values: str() is the English, for logs;
    pos.i18n.words_of() is the person's language."""

    def __init__(self, template: str, **values: object):
        super().__init__(template.format(**values))
        self.template = template
        self.values = values
