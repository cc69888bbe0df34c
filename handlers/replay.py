"""A turn's outcome as plain JSON, kept with its inbox row so a redelivered update replays it.

The replies are kept as they were produced (catalog keys and parameters, buttons with
their data), not rendered: a replay renders them in the turn's language again, exactly
as the first time.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from handlers.types import Button, Reply, Text

if TYPE_CHECKING:
    from handlers.router import Outcome

_SCALARS = (str, int, float, bool, type(None))


def encode(outcome: Outcome) -> dict[str, Any]:
    return {"locale": outcome.locale, "replies": replies_to_json(outcome.replies)}


def decode(data: Mapping[str, Any]) -> Outcome:
    from handlers.router import Outcome

    return Outcome(replies_from_json(data.get("replies", [])), str(data.get("locale") or ""))


def replies_to_json(replies: list[Reply]) -> list[dict[str, Any]]:
    return [_reply(r) for r in replies]


def replies_from_json(data: list[Any]) -> list[Reply]:
    return [_unreply(r) for r in data]


def _reply(reply: Reply) -> dict[str, Any]:
    return {
        "t": [_text(t) for t in reply.texts],
        "b": [[[_text(b.label), b.data] for b in row] for row in reply.buttons],
    }


def _unreply(data: Mapping[str, Any]) -> Reply:
    return Reply(
        tuple(_untext(t) for t in data.get("t", [])),
        tuple(tuple(Button(_untext(label), str(value)) for label, value in row) for row in data.get("b", [])),
    )


def _text(text: Text) -> dict[str, Any]:
    out: dict[str, Any] = {"k": text.key}
    if text.params:
        out["p"] = {name: _value(value) for name, value in text.params.items()}
    if text.locale is not None:
        out["l"] = text.locale
    if text.literal is not None:
        out["r"] = text.literal
    return out


def _value(value: object) -> Any:
    if isinstance(value, Text):
        return {"$t": _text(value)}
    if isinstance(value, _SCALARS):
        return value
    return str(value)


def _untext(data: Mapping[str, Any]) -> Text:
    params = {name: _unvalue(value) for name, value in data.get("p", {}).items()}
    return Text(str(data.get("k", "")), MappingProxyType(params), data.get("l"), data.get("r"))


def _unvalue(value: Any) -> object:
    if isinstance(value, dict) and "$t" in value:
        return _untext(value["$t"])
    return value
