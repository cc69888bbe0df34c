"""The resident web chat: pages, photo uploads, per-client limits, the outbox deliverer."""
