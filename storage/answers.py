"""Queries on answers to the dialogue question.

Adding an answer and changing it are part of the dialogue's turns: compiled once and run on
the driver connection (storage/statements.py), like the conversation row.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table, Update, bindparam, func, insert
from sqlalchemy.engine import Dialect
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Answer
from storage.statements import Db, Statements, driver

_TABLE: Table = Answer.__table__  # type: ignore[attr-defined]
_VALUES = tuple(column.name for column in _TABLE.columns if column.name != "id")

_ADD = Statements(
    lambda _dialect: insert(_TABLE)
    .values({name: bindparam(f"v_{name}", type_=_TABLE.c[name].type) for name in _VALUES})
    .returning(_TABLE.c.id),
    returns=(_TABLE.c.id,),
)


def _update_own(_dialect: Dialect, names: tuple[str, ...]) -> Update:
    return (
        _TABLE.update()
        .where(_TABLE.c.id == bindparam("w_id", type_=_TABLE.c.id.type),
               _TABLE.c.resident_key == bindparam("w_key", type_=_TABLE.c.resident_key.type))
        .values({name: bindparam(f"v_{name}", type_=_TABLE.c[name].type) for name in names})
    )


_UPDATE_OWN = Statements(_update_own)


async def add(answer: Answer, *, session: Db) -> Answer:
    """Store an answer and give it its id (in the session's transaction, not committed)."""
    tx = await driver(session)
    row = await tx.fetchone(_ADD.get(tx.dialect), {f"v_{name}": getattr(answer, name) for name in _VALUES})
    assert row is not None
    answer.id = row[0]
    return answer


async def update_own(answer_id: int, resident_key: str, *, session: Db, **values: object) -> bool:
    """Change fields of the resident's own answer with this id, in one statement; False if there is none."""
    tx = await driver(session)
    names = tuple(sorted(values))
    changed = await tx.execute(_UPDATE_OWN.get(tx.dialect, names),
                               {"w_id": answer_id, "w_key": resident_key, **{f"v_{n}": values[n] for n in names}})
    return bool(changed)


async def of_resident(resident_key: str, *, session: AsyncSession) -> Sequence[Answer]:
    statement = select(Answer).where(Answer.resident_key == resident_key).order_by(col(Answer.id))
    return (await session.exec(statement)).all()


async def count_of_resident(resident_key: str, *, session: AsyncSession) -> int:
    statement = select(func.count()).select_from(Answer).where(Answer.resident_key == resident_key)
    return (await session.exec(statement)).one()


async def delete_of_resident(resident_key: str, *, session: AsyncSession) -> int:
    result = await session.exec(delete(Answer).where(col(Answer.resident_key) == resident_key))
    return result.rowcount or 0
