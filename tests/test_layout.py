"""The import rules of the layout (README "Layout"): the arrows point one way.

Every module is parsed, not imported: an import under `if TYPE_CHECKING:` or inside a function
counts as much as one at the top.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "storage")
# Below the assembly: none of these imports bot.app (the assembly) or bot.cli.
BELOW_ASSEMBLY = ("bot.channels", "bot.server", "bot.dashboard", "bot.outbox")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """Return (line, module) for every import in the file, relative ones resolved."""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    return _imports_of(path.read_text(encoding="utf-8"), package)


def _imports_of(source: str, package: list[str]) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            # `from bot import app` imports bot.app: count each name as a submodule too.
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
    return found


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _channel(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["bot", "channels"] else None


def _modules() -> list[tuple[str, Path]]:
    return [
        (_module_name(path), path)
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.relative_to(ROOT).parts
    ]


def _violations(module: str, imported: str) -> list[str]:
    """Return the rules `module` breaks by importing `imported`."""
    broken = []
    if (_within(module, "handlers") or _within(module, "storage")) and _within(imported, "bot"):
        broken.append("handlers/ and storage/ never import bot")
    if _within(module, "storage") and _within(imported, "handlers"):
        broken.append("storage/ never imports handlers")
    if any(_within(module, below) for below in BELOW_ASSEMBLY) and (
        _within(imported, "bot.app") or _within(imported, "bot.cli")
    ):
        broken.append("nothing under bot/channels, bot/server, bot/dashboard, bot/outbox imports bot.app or bot.cli")
    mine, theirs = _channel(module), _channel(imported)
    if mine is not None and theirs is not None and mine != theirs:
        broken.append("a channel never imports another channel")
    if _within(module, "bot.outbox") and _within(imported, "bot.channels"):
        broken.append("bot/outbox never imports bot.channels (each channel brings its deliverer)")
    return broken


def test_the_import_rules_hold() -> None:
    problems = []
    for module, path in _modules():
        for line, imported in _imports(path):
            problems.extend(
                f"{path.relative_to(ROOT)}:{line} imports {imported}: {rule}"
                for rule in _violations(module, imported)
            )
    assert not problems, "the layout's import rules are broken:\n  " + "\n  ".join(sorted(set(problems)))


def test_the_rules_catch_what_they_should() -> None:
    assert _violations("handlers.tips", "bot.app")
    assert _violations("handlers.context", "bot")
    assert _violations("storage.tips", "handlers.delivery")
    assert _violations("bot.dashboard.views", "bot.cli")
    assert _violations("bot.server.app", "bot.app")
    assert _violations("bot.channels.web.chat", "bot.channels.telegram.adapter")
    assert _violations("bot.outbox.worker", "bot.channels.telegram.deliverer")
    assert not _violations("bot.channels.telegram.deliverer", "bot.outbox.worker")
    assert not _violations("bot.app", "bot.channels.web.chat")
    assert not _violations("bot.channels.web.flood", "bot.channels.web.chat")
    assert not _violations("bot.application", "bot.cli")  # a name that only starts like bot.app


def test_the_parser_sees_every_kind_of_import() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from bot.app import Runtime\n"
        "def f():\n    import bot.cli\n"
        "from .. import app\n"
    )
    seen = {module for _, module in _imports_of(source, ["bot", "server"])}
    assert {"bot.app", "bot.cli", "bot.app.Runtime"} <= seen
