"""Queries on answers to the dialogue question."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func
from sqlmodel import col, delete, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Answer


async def add(answer: Answer, *, session: AsyncSession) -> Answer:
    """Store an answer and give it its id (flushed, not committed)."""
    session.add(answer)
    await session.flush()
    return answer


async def update_own(answer_id: int, resident_key: str, *, session: AsyncSession, **values: object) -> bool:
    """Change fields of the resident's own answer with this id, in one statement; False if there is none."""
    statement = (
        update(Answer)
        .where(col(Answer.id) == answer_id, col(Answer.resident_key) == resident_key)
        .values(**values)
        # Nothing in this session holds the answer: no need to look for it there.
        .execution_options(synchronize_session=False)
    )
    result = await session.exec(statement)
    return bool(result.rowcount)


async def of_resident(resident_key: str, *, session: AsyncSession) -> Sequence[Answer]:
    statement = select(Answer).where(Answer.resident_key == resident_key).order_by(col(Answer.id))
    return (await session.exec(statement)).all()


async def count_of_resident(resident_key: str, *, session: AsyncSession) -> int:
    statement = select(func.count()).select_from(Answer).where(Answer.resident_key == resident_key)
    return (await session.exec(statement)).one()


async def delete_of_resident(resident_key: str, *, session: AsyncSession) -> int:
    result = await session.exec(delete(Answer).where(Answer.resident_key == resident_key))
    return result.rowcount or 0
