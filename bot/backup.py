"""`medborgardialog backup DEST` and `restore SRC`: the database and the pseudonym key, together.

Residents are stored only under a keyed hash (PSEUDONYM_SECRET, or DATA_DIR/pseudonym.key): a
database restored without its key is a database whose residents can no longer see (/mydata) or
erase (/forget) what they gave, nor follow their tips. So a backup is a folder holding both:

    DEST/medborgardialog.db   a consistent copy (SQLite's online backup; the bot may keep running)
    DEST/pseudonym.key        the key, 0600
    DEST/backup.json          what is in it: version, time, engine, schema revision, SHA-256 sums

On PostgreSQL the database is dumped with the server's own tool (`pg_dump`), and the key is
still copied: the command prints how.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot.settings import Settings
from storage.backup import BackupError, check_sqlite, copy_sqlite, schema_revision, sqlite_file

DATABASE_NAME = "medborgardialog.db"
KEY_NAME = "pseudonym.key"
MANIFEST_NAME = "backup.json"
PG_DUMP_NAME = "medborgardialog.dump"

Say = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Fault(Exception):
    """A backup or restore that cannot be done; the message says what to do instead."""

    message: str

    def __str__(self) -> str:
        return self.message


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("medborgardialog")
    except PackageNotFoundError:
        return "unknown"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _write_private(path: Path, data: bytes) -> None:
    """Write a file only its owner can read (created so, never world-readable for a moment)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    path.chmod(0o600)


def _key(settings: Settings) -> bytes:
    """The pseudonym key as `resolve_pseudonym_secret` reads it; never a new one made for the backup."""
    if settings.pseudonym_secret is None and not (settings.data_dir / KEY_NAME).exists():
        raise Fault(f"backup: no pseudonym key ({settings.data_dir / KEY_NAME} is missing and PSEUDONYM_SECRET "
                    "is not set): is DATA_DIR the folder the bot runs with?")
    return settings.resolve_pseudonym_secret()


def backup(settings: Settings, dest: Path, say: Say) -> None:
    """Write a backup of the database and the pseudonym key into the folder `dest` (new or empty)."""
    if dest.exists() and any(dest.iterdir()):
        raise Fault(f"{dest} is not empty: give a new folder for each backup")
    url = settings.effective_database_url
    database = sqlite_file(url)
    dest.mkdir(parents=True, exist_ok=True)
    dest.chmod(0o700)  # a resident's words and the key that links them to their chats
    files: dict[str, str] = {}
    if database is not None:
        try:
            copy_sqlite(database, dest / DATABASE_NAME)
        except BackupError as exc:
            raise Fault(f"backup: {exc}") from None
        (dest / DATABASE_NAME).chmod(0o600)
        files[DATABASE_NAME] = _sha256(dest / DATABASE_NAME)
    _write_private(dest / KEY_NAME, _key(settings) + b"\n")
    files[KEY_NAME] = _sha256(dest / KEY_NAME)
    manifest = {
        "medborgardialog": _version(),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "engine": "sqlite" if database is not None else "postgresql",
        "schema_revision": schema_revision(dest / DATABASE_NAME) if database is not None else None,
        "key_from": "PSEUDONYM_SECRET" if settings.pseudonym_secret is not None else KEY_NAME,
        "files": files,
    }
    _write_private(dest / MANIFEST_NAME, json.dumps(manifest, indent=2).encode() + b"\n")
    if database is not None:
        size = (dest / DATABASE_NAME).stat().st_size
        say(f"backed up {database} ({size:,} bytes, checked) and the pseudonym key to {dest}")
    else:
        say(f"copied the pseudonym key to {dest / KEY_NAME}; the database is PostgreSQL: dump it with")
        say(f'  pg_dump --format=custom --file "{dest / PG_DUMP_NAME}" "$DATABASE_URL"')
        say("  (the postgresql:// URL, as in DATABASE_URL; run it as often as this backup, and keep the two together)")
    if settings.pseudonym_secret is not None:
        say(f"the key came from PSEUDONYM_SECRET: set the same value where you restore (it is in {KEY_NAME})")
    say("keep the backup as secret as the database: it holds residents' answers and the key to their pseudonyms")


def restore(settings: Settings, src: Path, say: Say, *, force: bool = False) -> None:
    """Put a backup made by `backup` into this DATA_DIR (or DATABASE_URL's SQLite file)."""
    manifest_path = src / MANIFEST_NAME
    if not manifest_path.exists():
        raise Fault(f"{src}: no {MANIFEST_NAME}; this is not a folder written by `medborgardialog backup`")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for name, digest in manifest.get("files", {}).items():
        if not (src / name).exists() or _sha256(src / name) != digest:
            raise Fault(f"{src / name}: missing or changed since the backup was made (its SHA-256 differs)")
    key = (src / KEY_NAME).read_bytes().strip()
    url = settings.effective_database_url
    database = sqlite_file(url)
    if manifest.get("engine") == "sqlite":
        if database is None:
            raise Fault("restore: the backup is a SQLite database but DATABASE_URL is not SQLite; unset it, "
                        "or load the data into PostgreSQL yourself")
        if database.exists() and not force:
            raise Fault(f"restore: {database} already exists; restore into a fresh DATA_DIR, or stop the bot "
                        "and give --force to replace it")
        try:
            check_sqlite(src / DATABASE_NAME)
        except BackupError as exc:
            raise Fault(f"restore: {exc}") from None
    key_file = settings.data_dir / KEY_NAME
    if settings.pseudonym_secret is None and key_file.exists() and key_file.read_bytes().strip() != key and not force:
        raise Fault(f"restore: {key_file} holds another key; restore into a fresh DATA_DIR, or give --force")
    if settings.pseudonym_secret is not None and settings.pseudonym_secret.get_secret_value().encode() != key:
        raise Fault("restore: PSEUDONYM_SECRET differs from the backup's key; residents would not find their "
                    f"data. Set PSEUDONYM_SECRET to the value in {src / KEY_NAME}, or unset it")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    if manifest.get("engine") == "sqlite":
        assert database is not None
        database.parent.mkdir(parents=True, exist_ok=True)
        incoming = database.with_name(database.name + ".restoring")
        incoming.unlink(missing_ok=True)
        try:
            copy_sqlite(src / DATABASE_NAME, incoming)
        except BackupError as exc:
            raise Fault(f"restore: {exc}") from None
        incoming.chmod(0o600)
        # A write-ahead log left beside the old file would be replayed into the restored one.
        for stale in (database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
            stale.unlink(missing_ok=True)
        os.replace(incoming, database)
        say(f"restored the database to {database} (schema {manifest.get('schema_revision')}, "
            f"backed up {manifest.get('created')})")
    else:
        say("the backup's database is PostgreSQL: load the dump into an empty database with")
        say(f'  pg_restore --no-owner --dbname "$DATABASE_URL" "{src / PG_DUMP_NAME}"')
    if settings.pseudonym_secret is None:
        _write_private(key_file, key + b"\n")
        say(f"restored the pseudonym key to {key_file}")
    say("start with `medborgardialog run` (it applies any newer migrations first)")


