"""Every conversation state, in one place. The values are stored: never change one."""

from enum import StrEnum


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


# Before consent nothing of the resident's is stored but the language and the step.
BEFORE_CONSENT = frozenset({State.NEW, State.PICK_LANGUAGE, State.CONSENT, State.DECLINED})
