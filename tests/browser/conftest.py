"""A real server on 127.0.0.1 and Debian's Chromium driven by Playwright (headless, nothing downloaded).

The browser tests skip, saying why, when /usr/bin/chromium or Playwright is missing; the
accessibility checks skip when axe-core cannot be had from the npm registry
(`npm install --prefix tests/browser`, which .ci/run does). Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.app import create_app
from bot.server.keys import RUNTIME
from bot.server.security import hash_password
from storage import officers
from tests.test_web import PASSWORD, web_settings

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CHROMIUM = Path("/usr/bin/chromium")
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--no-first-run", "--disable-sync",
]


@dataclass
class Live:
    url: str
    app: web.Application

    async def add_officer(self, name: str = "anna", password: str = PASSWORD) -> None:
        async with self.app[RUNTIME].services.sessionmaker.begin() as session:
            await officers.add(name, hash_password(password), session=session)


@pytest.fixture
async def live(sqlite_url: str, tmp_path: Path) -> AsyncIterator[Live]:
    """The product's own app, served on a random port of 127.0.0.1."""
    app = create_app(web_settings(sqlite_url, tmp_path / "data"))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]  # noqa: SLF001
    try:
        yield Live(f"http://127.0.0.1:{port}", app)
    finally:
        await runner.cleanup()


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (apt-get install chromium); .ci/run installs it")
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (python3 tasks.py test installs it)")
    async with async_playwright() as playwright:
        chromium = await playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        try:
            yield chromium
        finally:
            await chromium.close()


@pytest.fixture
def new_page(browser: Any) -> Callable[..., Any]:
    """Open a page in a fresh browser profile; every alert/confirm/prompt is recorded in `page.dialogs`."""
    contexts: list[Any] = []

    async def make(*, locale: str = "sv-SE", bypass_csp: bool = False, mobile: bool = False) -> Any:
        viewport = {"width": 390, "height": 844} if mobile else {"width": 1280, "height": 900}
        context = await browser.new_context(locale=locale, bypass_csp=bypass_csp, viewport=viewport,
                                            accept_downloads=True)
        contexts.append(context)
        page = await context.new_page()
        page.dialogs = []

        async def on_dialog(dialog: Any) -> None:
            page.dialogs.append(dialog.message)
            await dialog.dismiss()

        page.on("dialog", on_dialog)
        return page

    return make


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe-core's script, from tests/browser/node_modules (installed from npm when missing)."""
    if not AXE.exists() and shutil.which("npm"):
        subprocess.run(
            ["npm", "install", "--prefix", str(HERE), "--no-package-lock", "--no-audit", "--no-fund",
             "--loglevel=error"],
            check=False, timeout=120, stdin=subprocess.DEVNULL,
        )
    if not AXE.exists():
        pytest.skip("axe-core is not installed (npm install --prefix tests/browser); no npm here")
    return AXE


async def axe_violations(page: Any, script: Path) -> list[dict[str, Any]]:
    """Run axe-core (WCAG 2.1 A and AA, and best practices) on the page; return its violations."""
    await page.add_script_tag(path=str(script))
    result = await page.evaluate(
        """async () => await axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"""
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


async def screenshot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
