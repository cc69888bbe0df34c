"""The conversation, channel-agnostic: a `Turn` in, `Reply`s out, state in the database.

Nothing here knows Telegram or HTTP. `router.handle_turn` is the one entry point;
the feature modules (`common`, `privacy`, `dialogue`, ...) each hold one flow.
"""
