"""Our replies as WhatsApp messages, within the Cloud API's limits.

- A text is at most 4,096 characters: longer ones are split at paragraph, line, then word
  breaks, as on Telegram.
- Buttons: up to 3 whose labels fit 20 characters become reply buttons; anything else a list
  (one "choose" button that opens up to 10 rows of 24 characters; a longer label is cut
  with "…" and kept whole in the row's description of 72). More than 10 choices go as
  several lists, each after the first saying there are more.
- The text over buttons is the interactive message's body, at most 1,024 characters: the
  start of a longer one goes before it as text.
- A reply without buttons is sent with the one after it, as one message when the two fit.

Everything is plain text: WhatsApp's own *bold* and _italic_ marks in a resident's words
stay as the resident wrote them inside the FSI…PDI isolation the catalogs put around them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.i18n import Catalogs
from bot.text import split_text, utf16_length
from handlers.types import Button, Reply, Text

MAX_TEXT = 4096
MAX_BODY = 1024
MAX_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_LIST_BUTTON = 20
MAX_ID = 200
# Some room under the limits (WhatsApp's own counting of a few scripts is not documented).
_TEXT_CHUNK = MAX_TEXT - 96
_BODY_CHUNK = MAX_BODY - 24

Message = dict[str, Any]


def messages(replies: Sequence[Reply], locale: str, catalogs: Catalogs) -> list[Message]:
    """Return the WhatsApp messages (type and content, without the recipient) for the replies."""
    out: list[Message] = []
    pending = ""
    for i, reply in enumerate(replies):
        text = catalogs.render_all(reply.texts, locale)
        if pending:
            text = f"{pending}\n\n{text}"
            pending = ""
        if not reply.buttons and i < len(replies) - 1 and length(text) <= _TEXT_CHUNK:
            pending = text
            continue
        out.extend(reply_messages(text, reply.buttons, locale, catalogs))
    if pending:
        out.extend(text_messages(pending))
    return out


def reply_messages(text: str, buttons: Sequence[Sequence[Button]], locale: str, catalogs: Catalogs) -> list[Message]:
    """One reply's messages: its text, and the buttons under its end."""
    flat = [b for row in buttons for b in row]
    if not flat:
        return text_messages(text)
    labels = [catalogs.render(b.label, locale) for b in flat]
    head, body = _split_body(text)
    out = text_messages(head) if head else []
    if len(flat) <= MAX_BUTTONS and all(0 < length(label) <= MAX_BUTTON_TITLE for label in labels):
        out.append(_buttons(body, flat, labels))
        return out
    choose = fit(catalogs.render(Text.of("whatsapp-list-button"), locale), MAX_LIST_BUTTON)
    more = catalogs.render(Text.of("whatsapp-more-choices"), locale)
    for start in range(0, len(flat), MAX_ROWS):
        out.append(_list(body if start == 0 else more, flat[start:start + MAX_ROWS],
                         labels[start:start + MAX_ROWS], choose))
    return out


def text_messages(text: str) -> list[Message]:
    chunks = split_text(text, _TEXT_CHUNK)
    return [{"type": "text", "text": {"body": chunk, "preview_url": False}} for chunk in chunks if chunk]


def _buttons(body: str, buttons: Sequence[Button], labels: Sequence[str]) -> Message:
    return {"type": "interactive", "interactive": {
        "type": "button",
        "body": {"text": body},
        "action": {"buttons": [
            {"type": "reply", "reply": {"id": b.data[:MAX_ID], "title": label}} for b, label in zip(buttons, labels,
                                                                                                    strict=True)
        ]},
    }}


def _list(body: str, buttons: Sequence[Button], labels: Sequence[str], choose: str) -> Message:
    rows = []
    for button, label in zip(buttons, labels, strict=True):
        row = {"id": button.data[:MAX_ID], "title": fit(label, MAX_ROW_TITLE)}
        if length(label) > MAX_ROW_TITLE:
            row["description"] = fit(label, MAX_ROW_DESCRIPTION)
        rows.append(row)
    return {"type": "interactive", "interactive": {
        "type": "list",
        "body": {"text": body},
        "action": {"button": choose, "sections": [{"rows": rows}]},
    }}


def _split_body(text: str) -> tuple[str, str]:
    """Split a text into what goes before an interactive message, and its body (≤ 1,024)."""
    if length(text) <= _BODY_CHUNK:
        return "", text or "…"
    # Whole paragraphs from the end, as many as fit: the question and what it needs stay together.
    paragraphs = text.split("\n\n")
    body: list[str] = []
    while paragraphs and length("\n\n".join([paragraphs[-1], *body])) <= _BODY_CHUNK:
        body.insert(0, paragraphs.pop())
    if body:
        return "\n\n".join(paragraphs), "\n\n".join(body)
    pieces = split_text(text, _BODY_CHUNK)
    return "\n\n".join(pieces[:-1]), pieces[-1]


def length(text: str) -> int:
    """Count as the strictest counter would: in UTF-16 code units (an emoji counts twice)."""
    return utf16_length(text)


def fit(text: str, limit: int) -> str:
    """Cut `text` to `limit` UTF-16 code units, with "…" when something was cut."""
    if length(text) <= limit:
        return text
    out, units = "", 0
    for char in text:
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit - 1:
            break
        out += char
    return out.rstrip() + "…"


def template(name: str, language: str, reference: str, payload: str) -> Message:
    """A template message: the reference as its one body parameter, `payload` on its quick-reply button."""
    return {"type": "template", "template": {
        "name": name,
        "language": {"code": language},
        "components": [
            {"type": "body", "parameters": [{"type": "text", "text": reference}]},
            {"type": "button", "sub_type": "quick_reply", "index": "0",
             "parameters": [{"type": "payload", "payload": payload}]},
        ],
    }}
