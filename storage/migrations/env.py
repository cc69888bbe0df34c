"""Alembic environment: always run with a connection handed over by `storage.db.upgrade`."""

from alembic import context
from sqlmodel import SQLModel

import storage.models  # noqa: F401  - registers the tables on SQLModel.metadata

target_metadata = SQLModel.metadata
connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `medborgardialog db upgrade`, which connects for you")

context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
