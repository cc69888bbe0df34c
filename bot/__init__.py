"""Assembly: settings, the campaign, the catalogs, the channels (Telegram, web), the CLI."""
