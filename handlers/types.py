"""What a channel hands the conversation (a `Turn`) and what it gets back (`Reply`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

_EMPTY: Mapping[str, object] = MappingProxyType({})


class TurnKind(StrEnum):
    TEXT = "text"
    COMMAND = "command"
    BUTTON = "button"
    MEDIA = "media"          # a photo, sticker, voice note, file, video...
    LOCATION = "location"
    EDITED = "edited"        # an edit of an earlier message
    GROUP = "group"          # anything from a group chat that is not the officer chat


class InputStyle(StrEnum):
    """How a person attaches something in their channel; prompts say it in those words."""

    ATTACH_MENU = "attach-menu"   # the chat app's own attachment menu (the paper clip)
    FORM = "form"                 # a control shown under the prompt (a file picker, a button)


class MediaError(StrEnum):
    """Why a channel could not take a file the person sent (the handler says so and asks again)."""

    NONE = ""
    TOO_LARGE = "too-large"
    NOT_AN_IMAGE = "not-an-image"
    # A picture sent as a file (a Telegram document): it keeps its EXIF (position, device, time).
    IMAGE_AS_FILE = "image-as-file"


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What the person's channel lets them do, so a handler words its prompts without naming channels."""

    photos: InputStyle = InputStyle.ATTACH_MENU
    location_share: InputStyle = InputStyle.ATTACH_MENU


ATTACH_MENU = Capabilities()


@dataclass(frozen=True, slots=True)
class Turn:
    """One thing a person did in a chat, in no channel's terms."""

    channel: str                   # "telegram", "web"
    user_id: str                   # the channel's id of the person; only its keyed hash is stored
    chat_id: str                   # where answers go; kept only as a tip's way back
    kind: TurnKind
    text: str = ""
    command: str = ""              # lower case, without the slash or @botname
    data: str = ""                 # a button's data
    media_type: str = ""
    media_id: str = ""             # the channel's id of the file (Telegram file_id, "web:<id>" of an upload)
    media_error: MediaError = MediaError.NONE   # a file the channel refused before the handler saw it
    latitude: float | None = None
    longitude: float | None = None
    language_code: str | None = None   # what the person's app says its language is
    message_id: int | None = None
    reply_to_message_id: int | None = None
    capabilities: Capabilities = ATTACH_MENU


@dataclass(frozen=True, slots=True)
class Resident:
    """Words a resident wrote, as a parameter of a catalog text (`Text.of(key, name=Resident(name))`).

    Rendered apart from the catalog text and joined in after it: never through Fluent (which
    turns a value over 2,500 characters into "{???}"), always bidi-isolated from the sentence
    around it (FSI...PDI in a message, <bdi> in a page), so it cannot reorder that sentence.
    """

    words: str


@dataclass(frozen=True, slots=True)
class Text:
    """A catalog key with its parameters; `locale` pins a language (the picker shows each in its own)."""

    key: str
    params: Mapping[str, object] = field(default_factory=lambda: _EMPTY)
    locale: str | None = None
    literal: str | None = None     # words written by a person (an officer), shown as written
    isolated: bool = False         # the literal is a resident's words: bidi-isolated where shown

    @classmethod
    def of(cls, key: str, /, **params: object) -> Text:
        return cls(key, MappingProxyType(dict(params)))

    @classmethod
    def raw(cls, words: str) -> Text:
        return cls("", literal=words)

    @classmethod
    def resident(cls, words: str) -> Text:
        """A paragraph of a resident's words, shown as written and bidi-isolated."""
        return cls("", literal=words, isolated=True)


@dataclass(frozen=True, slots=True)
class Button:
    label: Text
    data: str


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to send: texts joined by blank lines, and rows of buttons under them."""

    texts: tuple[Text, ...]
    buttons: tuple[tuple[Button, ...], ...] = ()

    @classmethod
    def of(cls, key: str, /, *, buttons: tuple[tuple[Button, ...], ...] = (), **params: object) -> Reply:
        return cls((Text.of(key, **params),), buttons)
