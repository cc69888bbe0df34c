"""Long texts cut to a chat platform's limits, the same way on every channel.

Telegram and WhatsApp both count a message's length in UTF-16 code units (an emoji or another
character outside the Basic Multilingual Plane counts twice)."""

from __future__ import annotations


def utf16_length(text: str) -> int:
    """The length of `text` as Telegram and WhatsApp count it: in UTF-16 code units."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def fitting(text: str, limit: int) -> int:
    """How many characters of `text` fit in `limit` UTF-16 code units."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def split_text(text: str, limit: int) -> list[str]:
    """Split `text` into chunks of at most `limit` UTF-16 code units: at the last paragraph break
    that leaves the chunk at least half full, else at the last line break that does, else at the
    last space, else (one unbroken word) where the limit falls."""
    chunks: list[str] = []
    rest = text
    while utf16_length(rest) > limit:
        end = fitting(rest, limit)
        cut = -1
        for mark in ("\n\n", "\n", " "):
            found = rest.rfind(mark, 0, end)
            if found > 0 and (found >= end // 2 or mark == " "):
                cut = found
                break
        if cut <= 0:
            cut = end
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not chunks:
        chunks.append(rest)
    return chunks
