"""The WhatsApp channel (Cloud API): the API calls, the webhook and inbox side, replies within its limits, the
outbox deliverer with the 24-hour window."""
