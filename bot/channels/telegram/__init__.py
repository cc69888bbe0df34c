"""The Telegram channel: the PTB adapter, the service (polling or webhook), the outbox deliverer."""
