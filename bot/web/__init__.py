"""The web server: resident web chat, officer dashboard, Telegram webhook (see app.py)."""

from bot.web.app import create_app

__all__ = ["create_app"]
