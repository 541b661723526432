"""Statements of the till's hot path, compiled once and run on the driver's own cursor.

A sale is about a dozen short statements. Through SQLAlchemy's Connection.execute each one
costs some 30-40 µs of Python (cache key, execution context, result set-up) against under
10 µs for SQLite itself, which kept saving a sale far above plain sqlite3 doing the same
writes. A Prepared statement is still written as a Core statement and compiled by
SQLAlchemy (same SQL, same column types: Money, UTC times, dates and booleans are converted
by the types' own processors), but only once; each run is then one call to the driver,
inside the session's own transaction. Driver errors are raised as SQLAlchemy's
(IntegrityError, OperationalError...), as Connection.execute would raise them.

On another database than SQLite the statement simply goes through Connection.execute.
"""
from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Insert, exc
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.expression import Executable


# Where the driver's own cursor is used; elsewhere a statement goes through Connection.execute.
FAST_DIALECTS = frozenset({"sqlite"})


class _Compiled:
    """One statement's SQL for one set of parameter names, with the processors to apply."""

    __slots__ = ("sql", "binds", "results", "row")

    def __init__(self, statement, dialect: Dialect, keys: Sequence[str] | None):
        compiled = statement.compile(dialect=dialect, column_keys=keys)
        missing = [column.key for column in (*compiled.insert_prefetch,
                                             *compiled.update_prefetch)]
        if missing:
            # Python-side defaults are filled by SQLAlchemy's execution context, which this
            # path skips: the caller gives those columns itself.
            raise ValueError(f"give these columns a value: {', '.join(missing)}")
        self.sql = compiled.string
        self.binds = []
        for name in compiled.positiontup:
            bind = compiled.binds[name]
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            fixed = not bind.required  # a value written into the statement itself
            self.binds.append((name, process, fixed, bind.effective_value if fixed else None))
        columns = _result_columns(statement)
        self.results = [column.type.dialect_impl(dialect).result_processor(dialect, None)
                        for column in columns]
        self.row = namedtuple("Row", [column.key for column in columns], rename=True) \
            if columns else None

    def parameters(self, params: Mapping[str, Any]) -> tuple:
        values = []
        for name, process, fixed, value in self.binds:
            if not fixed:
                value = params[name]
            values.append(value if process is None or value is None else process(value))
        return tuple(values)

    def make_row(self, raw: tuple):
        return self.row._make([value if process is None or value is None else process(value)
                               for process, value in zip(self.results, raw)])


def _result_columns(statement) -> list:
    if hasattr(statement, "selected_columns"):
        return list(statement.selected_columns)
    return list(getattr(statement, "exported_columns", ()))  # RETURNING, or nothing


class Prepared:
    """A Core statement, run on the session's connection without SQLAlchemy's per-call cost.

    Built at import time like any Core statement; compiled at first use, once for each
    set of parameter names it is given (an INSERT names its columns by the keys)."""

    def __init__(self, statement: Executable):
        self.statement = statement
        self._names_columns = isinstance(statement, Insert)
        self._compiled: dict[tuple, _Compiled] = {}

    def _for(self, dialect: Dialect, params: Mapping[str, Any]) -> _Compiled:
        # Only an INSERT's SQL depends on the names it is given (they are its columns).
        keys = tuple(params) if self._names_columns else ()
        compiled = self._compiled.get(keys)
        if compiled is None:
            compiled = self._compiled[keys] = _Compiled(
                self.statement, dialect, list(keys) if self._names_columns else None)
        return compiled

    def rows(self, connection: Connection, params: Mapping[str, Any] | None = None) -> list:
        """The rows it selects (or returns), each with the columns' names as attributes."""
        params = params or {}
        if connection.dialect.name not in FAST_DIALECTS:
            return list(connection.execute(self.statement, params))
        compiled, cursor = self._run(connection, params)
        return [compiled.make_row(raw) for raw in cursor.fetchall()]

    def scalar(self, connection: Connection, params: Mapping[str, Any] | None = None):
        """The first column of the first row, or None."""
        rows = self.rows(connection, params)
        return rows[0][0] if rows else None

    def insert(self, connection: Connection, params: Mapping[str, Any]) -> int:
        """Runs an INSERT of one row; its new primary key."""
        if connection.dialect.name not in FAST_DIALECTS:
            return connection.execute(self.statement, params).inserted_primary_key[0]
        return self._run(connection, params)[1].lastrowid

    def run(self, connection: Connection, params: Mapping[str, Any] | None = None) -> int:
        """Runs it for its effect; the number of rows it changed."""
        params = params or {}
        if connection.dialect.name not in FAST_DIALECTS:
            return connection.execute(self.statement, params).rowcount
        return self._run(connection, params)[1].rowcount

    def run_many(self, connection: Connection, many: Iterable[Mapping[str, Any]]) -> None:
        """Runs it once for each set of parameters (executemany); all have the same keys."""
        many = list(many)
        if not many:
            return
        if connection.dialect.name not in FAST_DIALECTS:
            connection.execute(self.statement, many)
            return
        self._run(connection, many[0], many)

    def _run(self, connection: Connection, params: Mapping[str, Any],
             many: list[Mapping[str, Any]] | None = None) -> tuple[_Compiled, Any]:
        """Runs it on the driver's cursor with params (or each of many, named alike);
        the compiled statement and the driver's cursor."""
        compiled = self._for(connection.dialect, params)
        driver = connection.connection.driver_connection
        if many is None:
            execute, values = driver.execute, compiled.parameters(params)
        else:
            execute, values = driver.executemany, [compiled.parameters(each) for each in many]
        try:
            return compiled, execute(compiled.sql, values)
        except connection.dialect.loaded_dbapi.Error as error:
            raise exc.DBAPIError.instance(compiled.sql, values, error,
                                          connection.dialect.loaded_dbapi.Error,
                                          dialect=connection.dialect) from error
