"""The residents of the dialogue benchmark, what they write, and the driver that plays them.

Each resident sends /start, presses the consent button, writes an answer, picks a focus
area and answers three follow-up questions; the next update only after the bot's last
reply to the previous one, pressing the button data the bot really sent.
"""

from __future__ import annotations

import itertools
import json
import random
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from benchmarks.dialogue.fake_api import BOT_ID, LeanBotAPI, Markup

if TYPE_CHECKING:
    from benchmarks.dialogue.phases import Phase

FIRST_RESIDENT_ID = 100_000_000

# --- what residents write ------------------------------------------------------------------

# Telegram app languages of the residents (weights), all seven of ours.
LANGUAGE_MIX = {"sv": 50, "en": 10, "ar": 10, "uk": 10, "so": 8, "fa": 6, "ti": 6}
# Share of residents who write in another language than their app's (the bot offers a switch).
OTHER_LANGUAGE_SHARE = 0.15
# Share of answers that are several sentences long rather than one.
LONG_ANSWER_SHARE = 0.15

ANSWERS: dict[str, list[str]] = {
    "sv": [
        "Det behövs mer synlig polis i centrum på kvällarna, särskilt runt busstationen.",
        "Bilarna kör alldeles för fort förbi skolan på morgonen, det är farligt för barnen.",
        "Fler mötesplatser för unga och nyanlända skulle göra Ed tryggare för alla.",
        "Belysningen längs gångvägen mot Gesäter är dålig och man känner sig otrygg.",
        "Mer polis",
        "Trafiken",
    ],
    "en": [
        "More visible police in the town centre on Friday nights would make people feel safer.",
        "Cars speed past the school every morning and sooner or later a child will get hurt.",
        "Street lights",
    ],
    "ar": [
        "نحتاج إلى وجود أكبر للشرطة في وسط البلدة في المساء، خاصة قرب محطة الحافلات.",
        "السيارات تسير بسرعة كبيرة بالقرب من المدرسة في الصباح وهذا خطر على الأطفال.",
        "الشرطة",
    ],
    "fa": [
        "ما به حضور بیشتر پولیس در مرکز شهر در شب‌ها ضرورت داریم.",
        "موترها در نزدیک مکتب خیلی تیز حرکت می‌کنند و برای اطفال خطرناک است.",
    ],
    "so": [
        "Waxaan u baahanahay booliis badan oo la arki karo bartamaha magaalada habeenkii.",
        "Baabuurtu aad bay ugu dheereeyaan dugsiga agtiisa subaxdii, taasina waa khatar carruurta.",
    ],
    "ti": [
        "ኣብ ማእከል ከተማ ምሸት ዝያዳ ፖሊስ ክህሉ ኣለዎ።",
        "መካይን ኣብ ጥቓ ቤት ትምህርቲ ብቕልጡፍ ይጎዓዛ፡ ንቖልዑ ሓደገኛ እዩ።",
    ],
    "uk": [
        "Потрібно більше поліції в центрі міста ввечері, особливо біля автовокзалу.",
        "Машини їздять занадто швидко біля школи вранці, це небезпечно для дітей.",
        "Поліція",
    ],
}

# --- residents and what they do ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Step:
    """One update a resident sends, and how they know the bot has answered it."""

    label: str
    kind: str            # "command", "text", "press"
    button: str = ""     # done when a reply has a button whose data contains this
    count: int = 1       # ... or when this many replies came (when `button` is empty)
    answered: bool = False  # ... and the button press was answered (answerCallbackQuery)


# Our dialogue: each step ends with the prompt of the next, so its last reply is known.
DIALOGUE = (
    Step("start", "command", button=":consent:yes"),
    Step("consent", "press", count=1, answered=True),          # thanks and the question, one message
    Step("answer", "text", button=":focus:"),                  # saved (+ a language offer) + focus areas
    Step("focus", "press", button=":fq:", answered=True),
    Step("fq-relation", "press", button=":fq:", answered=True),
    Step("fq-age", "press", button=":fq:", answered=True),
    Step("fq-area", "press", button=":menu:", answered=True),  # thanks + the menu
)
# The echo bot gets the same updates and answers each with one message (and no answerCallbackQuery).
ECHO = tuple(Step(s.label, s.kind, count=1) for s in DIALOGUE)
STEP_LABELS = tuple(s.label for s in DIALOGUE)
UPDATES_PER_RESIDENT = len(DIALOGUE)

# Button data the echo bot is sent, shaped like ours (the step number, action, value).
_ECHO_DATA = ("", "2:consent:yes", "", "4:focus:{}", "5:fq:{}", "6:fq:{}", "7:fq:{}")
_FOCUS = ("visible-police", "migration-integration", "traffic-safety", "other")
OPTIONS = (("lives", "works", "visits"), ("under-18", "18-29", "30-49", "50-64", "65-plus"),
            ("ed", "gesater", "habol", "nossemark", "rolanda", "toftedal", "outside"))


class Resident:
    __slots__ = ("uid", "language_code", "text", "picks", "step", "offered_at", "seen", "last_message_id",
                 "next_data", "phase", "replies", "query_id", "replied_at", "answered_at")

    def __init__(self, uid: int, language_code: str, text: str, picks: tuple[int, ...]) -> None:
        self.uid = uid
        self.language_code = language_code
        self.text = text
        self.picks = picks           # index of the focus area, then of each follow-up option
        self.step = 0
        self.offered_at = 0.0
        self.seen = 0
        self.last_message_id = 0
        self.next_data = ""
        self.phase: Phase | None = None
        self.replies = 0
        self.query_id = ""
        self.replied_at = 0.0        # when the step's last message came (0: not yet)
        self.answered_at = 0.0       # when its button press was answered (0: not yet)


def make_residents(count: int, rng: random.Random, first_id: int) -> list[Resident]:
    codes, weights = zip(*LANGUAGE_MIX.items(), strict=True)
    residents = []
    for i in range(count):
        code = rng.choices(codes, weights)[0]
        written = code if rng.random() >= OTHER_LANGUAGE_SHARE else rng.choice([c for c in codes if c != code])
        text = rng.choice(ANSWERS[written])
        if rng.random() < LONG_ANSWER_SHARE:
            text = " ".join(rng.sample(ANSWERS[written], k=len(ANSWERS[written])))
        picks = (rng.randrange(len(_FOCUS)), *(rng.randrange(len(options)) for options in OPTIONS))
        residents.append(Resident(first_id + i, code, text, picks))
    return residents


class Driver:
    """Plays the residents: offers each one's next update when the bot has answered the last."""

    def __init__(self, script: tuple[Step, ...], echo: bool) -> None:
        self.script = script
        self.echo = echo
        self.api = LeanBotAPI(self.on_message, self.on_answer)
        self.residents: dict[int, Resident] = {}
        self.queries: dict[str, Resident] = {}
        self.unexpected = 0
        self._ids = itertools.count(1)

    def offer(self, resident: Resident) -> None:
        step = self.script[resident.step]
        user = {"id": resident.uid, "is_bot": False, "first_name": "Resident", "language_code": resident.language_code}
        chat = {"id": resident.uid, "type": "private", "first_name": "Resident"}
        now = int(time.time())
        resident.query_id = ""
        if step.kind == "press":
            data = resident.next_data
            if self.echo:
                data = _ECHO_DATA[resident.step].format(_echo_value(resident))
            resident.query_id = str(next(self._ids))
            if step.answered:
                self.queries[resident.query_id] = resident
            update: dict[str, Any] = {"callback_query": {
                "id": resident.query_id, "from": user, "chat_instance": f"ci-{resident.uid}", "data": data,
                "message": {"message_id": resident.last_message_id, "date": now, "chat": chat,
                            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Bench"}, "text": "…"}}}
        else:
            message: dict[str, Any] = {"message_id": next(self._ids), "date": now, "chat": chat, "from": user}
            if step.kind == "command":
                message["text"] = "/start"
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": 6}]
            else:
                message["text"] = resident.text
            update = {"message": message}
        resident.seen = 0
        resident.replied_at = resident.answered_at = 0.0
        resident.offered_at = time.perf_counter()
        self.api.offer(update)

    def on_message(self, chat_id: int, message_id: int, markup: Markup | None, at: float) -> None:
        resident = self.residents.get(chat_id)
        if resident is None or resident.phase is None or resident.step >= len(self.script):
            self.unexpected += 1
            return
        resident.replies += 1
        resident.seen += 1
        resident.last_message_id = message_id
        step = self.script[resident.step]
        if step.button:
            if markup is None or (isinstance(markup, str) and step.button not in markup):
                return
            datas = _datas(markup)
            if not any(step.button in data for data in datas):
                return
            resident.next_data = _pick(resident, step.button, datas)
        elif resident.seen < step.count:
            return
        resident.replied_at = at
        self._maybe_done(resident, step)

    def on_answer(self, query_id: str, at: float) -> None:
        resident = self.queries.pop(query_id, None)
        if resident is None or resident.phase is None or resident.query_id != query_id:
            self.unexpected += 1
            return
        resident.answered_at = at
        self._maybe_done(resident, self.script[resident.step])

    def _maybe_done(self, resident: Resident, step: Step) -> None:
        """The step is done when its last message came and, for a press, the press was answered."""
        if not resident.replied_at or (step.answered and not resident.answered_at):
            return
        assert resident.phase is not None
        at = max(resident.replied_at, resident.answered_at)
        label_index = resident.step
        resident.step += 1
        resident.phase.step_done(resident, label_index, at - resident.offered_at, at)


def _echo_value(resident: Resident) -> str:
    if resident.step == 3:
        return _FOCUS[resident.picks[0]]
    if resident.step >= 4:
        options = OPTIONS[resident.step - 4]
        return options[resident.picks[resident.step - 3] % len(options)]
    return ""


def _datas(markup: Markup) -> list[str]:
    """The buttons' data of a keyboard, sent as a JSON string (a form's field) or as an object (a JSON body)."""
    keyboard = json.loads(markup) if isinstance(markup, str) else markup
    return [b["callback_data"] for row in keyboard["inline_keyboard"] for b in row if "callback_data" in b]


def _pick(resident: Resident, wanted: str, datas: list[str]) -> str:
    """The button data the resident presses next: consent yes, their focus area, their options."""
    matching = [d for d in datas if wanted in d]
    if wanted in (":consent:yes", ":menu:"):
        return matching[0]
    choice = resident.picks[min(resident.step - 2, len(resident.picks) - 1)]
    return matching[choice % len(matching)]


