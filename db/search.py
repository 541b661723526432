"""Searching products by the words of their search key.

product_search is SQLite's FTS5 index of the words of products.search_key (the unicode61
tokenizer), product_search_trigram its index of every three characters in a row (the
trigram tokenizer), for words typed from their middle. Migration 0007 made them; their
triggers keep them in step with products. They are not among the models' tables: Alembic
is told to leave them and FTS5's shadow tables alone (include_object).

Prefix matching on an ordinary column: SQLite's LIKE uses no index there (it ignores case,
the index does not), so a prefix is written as a range of the binary order: every string
starting with 'sa' sorts from 'sa' up to 'sa' followed by the last code point. Other
databases get LIKE, which they can answer from a suitable index.
"""
from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Integer, Select, and_, column, select, table, text
from sqlalchemy.orm import Session

LAST_CODE_POINT = "\U0010ffff"
SEARCH_INDEX = "product_search"
product_search = table(SEARCH_INDEX, column("rowid", Integer), column(SEARCH_INDEX),
                       column("rank"))
TRIGRAM_INDEX = "product_search_trigram"
product_search_trigram = table(TRIGRAM_INDEX, column("rowid", Integer), column(TRIGRAM_INDEX),
                               column("rank"))
# Letters and digits: what FTS5's unicode61 tokenizer keeps as a word.
_WORD = re.compile(r"[^\W_]+")


def starts_with(session: Session, column, prefix: str) -> ColumnElement[bool]:
    if session.get_bind().dialect.name == "sqlite":
        return and_(column >= prefix, column < prefix + LAST_CODE_POINT)
    return column.startswith(prefix, autoescape=True)


def with_words_starting(words: list[str]) -> Select | None:
    """The ids of the products where each typed word starts a word: "d'a" is the word d
    followed by a word starting with a. None when no typed word has a letter or digit."""
    # The word's own words, as the tokenizer would split it: nothing else reaches FTS5's
    # query syntax (a quote, an operator, a NUL that would end the query).
    phrases = [f'"{" ".join(parts)}"*' for parts in map(_WORD.findall, words) if parts]
    if not phrases:
        return None
    return select(product_search.c.rowid.label("product_id")).where(
        product_search.c[SEARCH_INDEX].op("MATCH")(" AND ".join(phrases)))


def with_text_inside(words: list[str]) -> Select | None:
    """The ids of the products whose key holds each typed word, anywhere ("rgan" is in
    "argan"). None when a word is shorter than three characters: the trigram index
    cannot tell those."""
    if any(len(word) < 3 or "\x00" in word for word in words):
        return None  # (FTS5 reads a query only up to a NUL)
    phrases = ['"' + word.replace('"', '""') + '"' for word in words]
    return select(product_search_trigram.c.rowid.label("product_id")).where(
        product_search_trigram.c[TRIGRAM_INDEX].op("MATCH")(" AND ".join(phrases)))


def include_object(obj, name: str | None, type_: str, reflected: bool, compare_to) -> bool:
    """For Alembic: the search index and FTS5's shadow tables are not the models' to
    compare or drop."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_INDEX))


def check_search_index(session: Session) -> None:
    """Raises (sqlalchemy.exc.DatabaseError) unless both indexes hold exactly what every
    product's search key has: FTS5's own integrity check against its content table."""
    for index in (product_search, product_search_trigram):
        session.execute(index.insert().values({index.name: "integrity-check", "rank": 1}))


def defer_search_index(session: Session) -> None:
    """A bulk insert of products starts: the indexes' insert triggers stand aside (migration
    0010) until index_new_products() has indexed the new rows and resume_search_index()
    ends it, in the same transaction. Nothing on a database without the indexes."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"INSERT INTO {SEARCH_INDEX}_deferred (id) VALUES (1)"))


def index_new_products(session: Session, first_id: int, last_id: int) -> None:
    """The products first_id..last_id, inserted while the triggers stood aside, indexed at
    once: about a third of the cost of one trigger a row."""
    if session.get_bind().dialect.name == "sqlite":
        for index in (SEARCH_INDEX, TRIGRAM_INDEX):
            session.execute(text(f"INSERT INTO {index} (rowid, search_key) SELECT id, "
                                 "search_key FROM products WHERE id BETWEEN :a AND :b"),
                            {"a": first_id, "b": last_id})


def resume_search_index(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"DELETE FROM {SEARCH_INDEX}_deferred"))
