"""The few statements every turn runs, compiled once and run on the driver's own connection.

SQLAlchemy builds, caches and runs a Core statement through its execution context, result
and type machinery: ~0.15-0.25 ms of CPU a statement, where SQLite itself needs tens of
microseconds and asyncpg a round trip (benchmarks/README.md). A turn's statements are
always the same, so here each is compiled once per dialect (SQLAlchemy Core, so the SQL and
the bound values' conversions are SQLAlchemy's own, through the public `dialect_impl`
processors), and run on `driver_connection`:

- SQLite: the writer's connection (storage/sqlite.py), on the event loop, a lock wait on
  its thread as for any statement;
- PostgreSQL: asyncpg, whose statement cache prepares each once per connection.

The same goes for the transaction around them. An ORM session's transaction costs
~0.25 ms of CPU on SQLite and ~0.45 ms on PostgreSQL before its first statement and after
its last (session, connection and transaction objects, events, greenlet switches) — more
than a whole turn's statements. So a `Transaction` (`storage.db.Sessionmaker.transaction`)
takes a connection from the writer's pool, and begins, commits or rolls back on the
driver itself: `BEGIN IMMEDIATE` / `COMMIT` on SQLite, `BEGIN` / `COMMIT` on PostgreSQL.
A statement that needs the ORM (a tip, /mydata, the outbox) asks for `Transaction.session`:
an ORM session on the same connection, in the same transaction, made on first use; it is
flushed before the commit, and never begins or commits anything itself (on SQLite the
engine's `begin` listener sees the driver's transaction and leaves it be; on PostgreSQL the
connection is switched to SQLAlchemy's AUTOCOMMIT level, under which the asyncpg adapter
begins nothing).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias, cast

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy import ColumnElement
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Dialect, Result
from sqlalchemy.ext.asyncio import AsyncConnection, async_sessionmaker
from sqlalchemy.sql import ClauseElement, Executable
from sqlalchemy.sql.compiler import SQLCompiler
from sqlmodel.ext.asyncio.session import AsyncSession

_Processor = Callable[[Any], Any] | None


@dataclass(frozen=True, slots=True)
class Compiled:
    """A statement's SQL for one dialect, its parameters in order, and how values are converted."""

    sql: str
    names: tuple[str, ...]
    binds: tuple[_Processor, ...]
    results: tuple[_Processor, ...]
    # Values written into the statement itself (`status == "pending"`), used when not given.
    fixed: Mapping[str, Any]

    def parameters(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        fixed = self.fixed
        return tuple(value if processor is None or value is None else processor(value)
                     for processor, value in zip(
                         self.binds, (values[name] if name in values else fixed[name] for name in self.names),
                         strict=True))

    def row(self, row: Sequence[Any]) -> tuple[Any, ...]:
        return tuple(value if processor is None or value is None else processor(value)
                     for processor, value in zip(self.results, row, strict=True))


def compile_for(statement: ClauseElement, dialect: Dialect, returns: Sequence[ColumnElement[Any]] = ()) -> Compiled:
    """Compile `statement` once for `dialect`; `returns`: the columns it returns, in order."""
    compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
    names = tuple(compiled.positiontup or ())
    binds = tuple(_bind_processor(compiled.binds[name].type, dialect) for name in names)
    results = tuple(column.type.dialect_impl(dialect).result_processor(dialect, None) for column in returns)
    fixed = {name: compiled.binds[name].effective_value for name in names if not compiled.binds[name].required}
    return Compiled(compiled.string, names, binds, results, fixed)


def _bind_processor(type_: Any, dialect: Dialect) -> _Processor:
    return cast(_Processor, type_.dialect_impl(dialect).bind_processor(dialect))


class Statements:
    """Statements compiled on first use, per dialect (two at most: the writer's)."""

    def __init__(self, build: Callable[..., ClauseElement], returns: Sequence[ColumnElement[Any]] = ()) -> None:
        self._build = build
        self._returns = tuple(returns)
        self._compiled: dict[tuple[str, Any], Compiled] = {}

    def get(self, dialect: Dialect, key: Any = None) -> Compiled:
        """The statement for `key` (passed to `build(dialect, key)`, e.g. the columns an UPDATE sets)."""
        found = self._compiled.get((dialect.name, key))
        if found is None:
            statement = self._build(dialect) if key is None else self._build(dialect, key)
            found = self._compiled[(dialect.name, key)] = compile_for(statement, dialect, self._returns)
        return found


class Driver:
    """The transaction's driver connection, for `Compiled` statements."""

    __slots__ = ("connection", "dialect", "raw", "sqlite")

    def __init__(self, connection: AsyncConnection) -> None:
        self.connection = connection
        self.dialect = connection.dialect
        self.raw: Any = connection.sync_connection.connection.driver_connection  # type: ignore[union-attr]
        self.sqlite = self.dialect.name == "sqlite"

    async def begin(self) -> None:
        """Begin a write transaction on the driver (SQLite: taking the write lock up front)."""
        await self._control("BEGIN IMMEDIATE" if self.sqlite else "BEGIN")

    async def commit(self) -> None:
        """Commit the driver's transaction (on SQLite through storage/sqlite.py: checkpoints, group sync)."""
        await self._control("COMMIT")

    async def rollback(self) -> None:
        if self.sqlite or self.raw.is_in_transaction():
            await self._control("ROLLBACK")

    async def _control(self, sql: str) -> None:
        try:
            if not self.sqlite:
                await self.raw.execute(sql)
            elif sql == "COMMIT":
                await self.raw.commit()
            elif sql == "ROLLBACK":
                await self.raw.rollback()
            else:
                await self.raw.run(sql, (), many=False)
        except Exception as exc:
            raise await self._translated(exc, sql) from exc

    def _begun(self) -> bool:
        """Whether statements can go to the driver directly: on PostgreSQL SQLAlchemy's asyncpg
        adapter opens the server-side transaction with the first statement it runs itself."""
        return self.sqlite or self.raw.is_in_transaction()

    async def fetchone(self, statement: Compiled, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        parameters = statement.parameters(values)
        try:
            if self.sqlite:
                rows = (await self.raw.run(statement.sql, parameters, many=False))[3]
                row = rows[0] if rows else None
            elif self._begun():
                row = await self.raw.fetchrow(statement.sql, *parameters)
            else:
                row = (await self.connection.exec_driver_sql(statement.sql, parameters)).first()
        except Exception as exc:
            raise await self._translated(exc, statement) from exc
        return statement.row(row) if row is not None else None

    async def fetchall(self, statement: Compiled, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        parameters = statement.parameters(values)
        try:
            if self.sqlite:
                rows = (await self.raw.run(statement.sql, parameters, many=False))[3]
            elif self._begun():
                rows = await self.raw.fetch(statement.sql, *parameters)
            else:
                rows = (await self.connection.exec_driver_sql(statement.sql, parameters)).all()
        except Exception as exc:
            raise await self._translated(exc, statement) from exc
        return [statement.row(row) for row in rows]

    async def execute(self, statement: Compiled, values: Mapping[str, Any]) -> int:
        """Run a statement that returns no rows; return how many rows it changed."""
        parameters = statement.parameters(values)
        try:
            if self.sqlite:
                return int((await self.raw.run(statement.sql, parameters, many=False))[1])
            if not self._begun():
                return int((await self.connection.exec_driver_sql(statement.sql, parameters)).rowcount)
            status = await self.raw.execute(statement.sql, *parameters)
        except Exception as exc:
            raise await self._translated(exc, statement) from exc
        tail = status.rpartition(" ")[2]
        return int(tail) if tail.isdigit() else 0

    async def _translated(self, exc: Exception, statement: Compiled | str) -> Exception:
        """A driver's error as SQLAlchemy would raise it (its classes, no parameters: they hold
        residents' words), the connection invalidated when the server dropped it."""
        if isinstance(exc, sa_exc.SQLAlchemyError):
            return exc
        if self.sqlite:
            if not isinstance(exc, sqlite3.Error):
                return exc
            dropped = False
        else:
            if not type(exc).__module__.startswith("asyncpg") and not isinstance(exc, OSError):
                return exc
            dropped = self.raw.is_closed()
            if dropped:
                await self.connection.invalidate(exc)
            if isinstance(exc, asyncpg.PostgresError) and exc.args:
                # Its text adds the server's DETAIL, which quotes the row ("Failing row contains
                # (...)", "Key (...)=(...)"): the message and the SQLSTATE class only.
                exc = type(exc)(exc.args[0])
        sql = statement.sql if isinstance(statement, Compiled) else statement
        return sa_exc.DBAPIError.instance(sql, None, exc, Exception, hide_parameters=True,
                                          connection_invalidated=dropped)


_DRIVER = "storage.statements.driver"
_TRANSACTION = "storage.statements.transaction"


class Transaction:
    """A write transaction begun on the driver connection (see the module's docstring).

    Compiled statements run on `driver`; `session` is the ORM session for anything else,
    joined to the same transaction and made when first asked for. `after_commit` callbacks
    run once the transaction has committed (never after a rollback).
    """

    __slots__ = ("connection", "driver", "_factory", "_session", "_after_commit")

    def __init__(self, connection: AsyncConnection, factory: async_sessionmaker[AsyncSession]) -> None:
        self.connection = connection
        self.driver = Driver(connection)
        self._factory = factory
        self._session: AsyncSession | None = None
        self._after_commit: list[Callable[[], None]] = []

    @property
    def session(self) -> AsyncSession:
        """An ORM session in this transaction (made on first use; it begins and commits nothing itself)."""
        if self._session is None:
            if not self.driver.sqlite:
                # The asyncpg adapter begins a transaction of its own before its first statement
                # unless the connection is at AUTOCOMMIT; here the transaction is the driver's.
                # (Sync and without I/O: the adapter only records the level; the pool resets it.)
                sync = self.connection.sync_connection
                assert sync is not None  # a connection that is open
                sync.execution_options(isolation_level="AUTOCOMMIT")
            session = self._factory(bind=self.connection)
            session.info[_TRANSACTION] = self
            self._session = session
        return self._session

    def after_commit(self, callback: Callable[[], None]) -> None:
        self._after_commit.append(callback)

    async def begin(self) -> None:
        await self.driver.begin()

    async def commit(self) -> None:
        session = self._session
        if session is not None and (session.new or session.dirty or session.deleted):
            await session.flush()
        await self.driver.commit()

    async def rollback(self) -> None:
        """Roll back; a connection that cannot even do that is thrown away (never back in the pool mid-transaction)."""
        try:
            await self.driver.rollback()
        except BaseException:
            await self.connection.invalidate()
            raise

    async def discard(self) -> None:
        """Throw the connection away (closed once what runs on it is over: its transaction with it)."""
        await self.connection.invalidate()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()   # its own bookkeeping only: the driver's transaction is over

    def committed(self) -> None:
        for callback in self._after_commit:
            callback()


# What the storage functions on a turn's path take: the turn's Transaction, or a session.
Db: TypeAlias = AsyncSession | Transaction


def orm(session: Db) -> AsyncSession:
    """The ORM session of `session` (a Transaction's own, made on first use)."""
    return session.session if isinstance(session, Transaction) else session


def transaction_of(session: AsyncSession) -> Transaction | None:
    """The Transaction whose ORM session this is, if it is one."""
    found = session.info.get(_TRANSACTION)
    return found if isinstance(found, Transaction) else None


async def core(session: AsyncSession, statement: Executable) -> Result[*tuple[Any, ...]]:
    """Run a Core statement (a `select` of columns, an aggregate) in the session's transaction.

    sqlmodel's `session.exec` is typed for ORM selects and `session.execute` warns; the
    session's own connection runs anything, in the same transaction."""
    return await (await session.connection()).execute(statement)


async def driver(session: Db) -> Driver:
    """The driver connection of the transaction (of a session: begun here if it has not been)."""
    if isinstance(session, Transaction):
        return session.driver
    joined = session.info.get(_TRANSACTION)
    if joined is not None:
        return cast(Transaction, joined).driver
    transaction = session.sync_session.get_transaction()
    cached = session.info.get(_DRIVER)
    if cached is not None and transaction is not None and cached[0] is transaction:
        return cast(Driver, cached[1])
    connection = await session.connection()
    found = Driver(connection)
    session.info[_DRIVER] = (session.sync_session.get_transaction(), found)
    return found
