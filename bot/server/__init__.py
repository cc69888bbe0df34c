"""The web server without its channels: middlewares, logging, templates, static files, /healthz.
The assembly (bot/app.py `create_app`) adds the web chat, the dashboard and the Telegram webhook."""
