"""Every conversation state, in one place. The values are stored: never change one."""

from enum import StrEnum
from typing import TypeVar

_Enum = TypeVar("_Enum", bound=StrEnum)


def parse(kind: type[_Enum], value: object) -> _Enum | None:
    """The member of `kind` whose value `value` is, or None (a stored value this version does
    not know, a press from an old message)."""
    if not isinstance(value, str):
        return None
    try:
        return kind(value)
    except ValueError:
        return None


class State(StrEnum):
    NEW = "new"
    PICK_LANGUAGE = "pick-language"
    CONSENT = "consent"
    DECLINED = "declined"
    ANSWER = "answer"
    FOCUS = "focus"
    FOLLOW_UP = "follow-up"
    MENU = "menu"
    CONFIRM_FORGET = "confirm-forget"
    # A tip to the kommunpolis (handlers/tips.py).
    TIP_NOTICE = "tip-notice"
    TIP_TOPIC = "tip-topic"
    TIP_TEXT = "tip-text"
    TIP_PHOTOS = "tip-photos"
    TIP_LOCATION = "tip-location"
    TIP_CONTACT = "tip-contact"
    TIP_CONTACT_NAME = "tip-contact-name"
    TIP_CONTACT_PHONE = "tip-contact-phone"
    TIP_CONFIRM = "tip-confirm"
    TIP_ANSWER = "tip-answer"        # writing an answer to an officer's message


# Before consent nothing of the resident's is stored but the language and the step.
BEFORE_CONSENT = frozenset({State.NEW, State.PICK_LANGUAGE, State.CONSENT, State.DECLINED})
