"""Which language a resident writes in (bot/textlang.py), and the offer to switch to it at every step
where a resident writes: through handle_turn, the real Telegram Application and the web chat."""

from __future__ import annotations

import ast
import csv
import gzip
import io
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from bot.app import Runtime, build_runtime, create_app
from bot.textlang import DATA, LanguageDetector
from handlers.router import Outcome, handle_turn
from handlers.types import Turn, TurnKind
from storage.models import Answer, Tip
from tests.conftest import BotHarness
from tests.fakebotapi import FakeUser
from tests.test_dialogue import say
from tests.test_web import WebResident, web_settings

ROOT = Path(__file__).resolve().parent.parent
DETECT = LanguageDetector()

# "I don't understand English well, please talk to me in Dari" (12 words).
DARI_PLEASE = "من انگلیسی را خوب نمی‌فهمم، لطفاً با من به زبان دری صحبت کنید"
NORWEGIAN = "Jeg forstår ikke engelsk så godt, kan du snakke norsk med meg?"
RUSSIAN = "Я не очень хорошо понимаю по-английски, пожалуйста, говорите со мной по-русски"
DANISH = "Jeg vil gerne se mere politi i byen om aftenen, især ved torvet"
SENTENCES = {
    "sv": "Jag förstår inte engelska så bra, kan du prata svenska med mig?",
    "en": "I would like to see more police in the town centre in the evenings",
    "ar": "أتمنى وجود المزيد من الشرطة في وسط المدينة في المساء",
    "fa": DARI_PLEASE,
    "so": "Waxaan jeclaan lahaa in booliis badan la arko habeenkii magaalada",
    "uk": "Хотілося б більше поліції в центрі міста ввечері та вночі",
    "ti": "ብዙሕ ፖሊስ ኣብ ማእከል ከተማ ምሸት ክህሉ ደስ ምበለኒ",
}


# --- the tagger --------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "text"), SENTENCES.items())
def test_a_sentence_in_each_of_our_languages_is_known_with_high_confidence(language: str, text: str) -> None:
    detection = DETECT(text)
    assert detection.language == language
    assert detection.confidence >= 0.9
    assert detection.words == len(text.split())


@pytest.mark.parametrize(("text", "language"), [(NORWEGIAN, "nb"), (RUSSIAN, "ru"), (DANISH, "da")])
def test_norwegian_danish_and_russian_are_stored_as_what_they_are_not_as_ours(text: str, language: str) -> None:
    assert DETECT(text).language == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("پیشنهاد", "fa"),      # the Persian yeh: never Arabic
        ("گزارش", "fa"),        # gaf
        ("شكرا", "ar"),         # the Arabic kaf
        ("їжак", "uk"),         # yi: never Russian
        ("объявление", "ru"),   # hard sign: never Ukrainian
        ("ښځه", "ps"),          # a Pashto letter
        ("ሰላም", "ti"),         # Ethiopic script
        ("Καλημέρα", "el"),     # a script one language writes
    ],
)
def test_letters_only_one_candidate_writes_decide_a_single_word(text: str, language: str) -> None:
    assert DETECT(text).language == language


@pytest.mark.parametrize("text", ["parametrar", "signaturen", "Indonesien"])
def test_a_swedish_word_whose_ending_is_swedish_is_not_taken_for_english_or_turkish(text: str) -> None:
    # The letters inside these are English or Turkish enough; their endings (-ar, -en, -ien) are not.
    assert DETECT(text).language == "sv"


@pytest.mark.parametrize("text", ["hybridisering", "expansionismen", "kulturprograms"])
def test_a_swedish_word_the_swedish_dictionary_knows_and_the_english_lacks_is_swedish(text: str) -> None:
    # Each reads as English to the n-grams; hunspell's Swedish dictionary has it, the English one not.
    assert DETECT(text).language == "sv"


def test_the_dictionaries_speak_only_between_their_languages_and_only_in_short_texts() -> None:
    from bot.textlang import DICT_COST, DICT_WORDS, load_tables

    group = load_tables()["LATIN"]
    dictionary = group.dictionary
    assert dictionary is not None and dictionary.keys == ("sv\0", "en\0")
    assert dictionary.knows("sv\0hybridisering") and not dictionary.knows("en\0hybridisering")
    costs = dict(zip(group.languages, group.unpack(dictionary.costs("hybridisering")), strict=True))
    assert costs == {lang: DICT_COST if lang == "en" else 0 for lang in group.languages}
    assert dictionary.costs("qzxv") == 0          # neither knows it: no one pays
    assert DICT_WORDS <= 3   # a text of 4 words or more is never decided by a dictionary


@pytest.mark.parametrize("text", ["", "   ", "12345", "!!! ???", "🙂🙂", "+46 70 123 45 67"])
def test_text_without_letters_is_undetermined(text: str) -> None:
    assert DETECT(text).language == "und"
    assert DETECT(text).confidence == 0.0


def test_a_long_text_is_answered_quickly_from_its_beginning() -> None:
    detection = DETECT(SENTENCES["uk"] * 200)   # ~12,000 characters
    assert detection.language == "uk" and 0.0 <= detection.confidence <= 1.0


def test_the_script_most_letters_are_in_decides_and_threads_agree_on_it() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from bot.textlang import dominant_script

    texts = ["Καλημέρα hi", "hi Καλημέρα", "გამარჯობა ok", "Բարեւ ok", "नमस्ते दोस्तों ok", "ሰላም ok",
             "ᚠᚢᚦ ok ok", "ꦲꦏ꧀ꦱꦫ a", "Привіт hello", "سلام hi"]
    with ThreadPoolExecutor(8) as pool:
        found = list(pool.map(dominant_script, texts * 20))
    assert found == [dominant_script(text) for text in texts] * 20
    assert found[:6] == ["GREEK", "GREEK", "GEORGIAN", "ARMENIAN", "DEVANAGARI", "ETHIOPIC"]


def test_the_tagger_uses_nothing_but_the_standard_library_at_run_time() -> None:
    tree = ast.parse((ROOT / "bot" / "textlang.py").read_text(encoding="utf-8"))
    modules = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
               for alias in node.names}
    modules |= {node.module.split(".")[0] for node in ast.walk(tree)
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0}
    assert modules - set(sys.stdlib_module_names) == {"handlers"}   # for the Detection type
    assert DATA.exists() and DATA.with_name("textlang-words.tsv.gz").exists()
    assert DATA.with_name("textlang-endings.tsv.gz").exists() and DATA.with_name("textlang-dict.bin").exists()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    dependencies = pyproject.split("dependencies = [", 1)[1].split("]", 1)[0]
    assert "langdetect" not in dependencies and "langdetect" in pyproject   # a benchmark comparison only
    assert '"langdata/*.tsv.gz"' in pyproject and '"langdata/*.bin"' in pyproject


def test_the_held_out_sentences_are_tagged_as_the_benchmark_says() -> None:
    """A guard on the evaluation set (benchmarks/bench_textlang.py has the full figures)."""
    path = ROOT / "benchmarks" / "textlang" / "textlang-eval.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if not line.startswith("#")]
    sentences = [(lang, text) for split, lang, cls, text in rows
                 if split == "test" and cls == "sentence" and lang in ("sv", "en", "ar", "fa", "so", "uk")]
    assert len(sentences) > 4000
    right = sum(DETECT(text).language == lang for lang, text in sentences)
    assert right / len(sentences) >= 0.995
    norwegian = [text for split, lang, cls, text in rows if split == "test" and cls == "sentence" and lang == "nb"]
    assert sum(DETECT(text).language == "sv" for text in norwegian) / len(norwegian) <= 0.02


# --- the offer, through handle_turn -------------------------------------------------------------


@pytest.fixture
async def runtime(sqlite_url: str, tmp_path: Path) -> AsyncIterator[Runtime]:
    runtime = await build_runtime(web_settings(sqlite_url, tmp_path / "data"))
    yield runtime
    await runtime.close()


class Resident:
    """Someone on Telegram, driven through handle_turn (no Bot API in between)."""

    def __init__(self, runtime: Runtime, user_id: int, language_code: str = "en") -> None:
        self.runtime, self.user_id, self.language_code = runtime, str(user_id), language_code
        self.outcome: Outcome | None = None

    async def _turn(self, **fields: object) -> Outcome:
        turn = Turn(channel="telegram", user_id=self.user_id, chat_id=self.user_id,
                    language_code=self.language_code, **fields)  # type: ignore[arg-type]
        self.outcome = await handle_turn(turn, self.runtime.services)
        return self.outcome

    async def command(self, name: str) -> Outcome:
        return await self._turn(kind=TurnKind.COMMAND, command=name)

    async def send(self, text: str) -> Outcome:
        return await self._turn(kind=TurnKind.TEXT, text=text)

    async def press(self, action: str) -> Outcome:
        """Press the first button of the latest replies whose data has `:action:` in it."""
        assert self.outcome is not None
        data = [b.data for r in self.outcome.replies for row in r.buttons for b in row if f":{action}:" in b.data]
        assert data, f"no {action} button"
        return await self._turn(kind=TurnKind.BUTTON, data=data[0])

    @property
    def offered(self) -> list[str]:
        """The languages the latest replies offer to switch to."""
        assert self.outcome is not None
        return [b.data.rsplit(":", 1)[1] for r in self.outcome.replies for row in r.buttons for b in row
                if b.data.startswith("*:lang:")]

    def rendered(self) -> str:
        assert self.outcome is not None
        catalogs = self.runtime.catalogs
        return "\n".join(catalogs.render(t, self.outcome.locale) for r in self.outcome.replies for t in r.texts)


async def test_dari_at_the_consent_step_is_offered_dari_and_the_consent_is_asked_in_dari(runtime: Runtime) -> None:
    resident = Resident(runtime, 501, "en")
    await resident.command("start")
    await resident.send(DARI_PLEASE)
    assert resident.offered == ["fa"]
    # The consent question is still the latest message, its buttons still work.
    assert resident.outcome is not None and resident.outcome.replies[-1].buttons[0][0].data.endswith(":consent:yes")
    await resident.press("lang")
    assert resident.outcome.locale == "fa"
    assert say("privacy-consent-question", "fa") in resident.rendered()
    await resident.press("consent")
    assert say("campaign-question", "fa") in resident.rendered()


async def test_a_first_message_in_dari_is_greeted_and_offered_dari(runtime: Runtime) -> None:
    resident = Resident(runtime, 502, "en")
    await resident.send(DARI_PLEASE)
    assert resident.offered == ["fa"]
    assert say("privacy-consent-question", "en") in resident.rendered()


@pytest.mark.parametrize("text", ["من دری", "لطفاً با من", "من دری صحبت"])
async def test_one_to_three_words_are_never_offered_a_switch(runtime: Runtime, text: str) -> None:
    resident = Resident(runtime, 503, "en")
    await resident.command("start")
    await resident.send(text)
    assert resident.offered == []


async def test_text_in_the_language_already_used_is_not_offered(runtime: Runtime) -> None:
    resident = Resident(runtime, 504, "fa")
    await resident.command("start")
    await resident.send(DARI_PLEASE)
    assert resident.offered == []


@pytest.mark.parametrize(("text", "stored"), [(NORWEGIAN, "nb"), (RUSSIAN, "ru")])
async def test_norwegian_or_russian_answers_are_not_offered_swedish_or_ukrainian_and_stored_as_they_are(
    runtime: Runtime, text: str, stored: str
) -> None:
    resident = Resident(runtime, 505, "en")
    await resident.command("start")
    await resident.press("consent")
    await resident.send(text)
    assert resident.offered == []
    async with runtime.services.sessionmaker() as session:
        [answer] = (await session.exec(select(Answer))).all()
    assert answer.text_language == stored


async def test_the_answer_step_still_offers_the_language_of_the_answer(runtime: Runtime) -> None:
    resident = Resident(runtime, 506, "sv")
    await resident.command("start")
    await resident.press("consent")
    await resident.send(SENTENCES["uk"])
    assert resident.offered == ["uk"]
    assert say("dialogue-focus-question", "sv") in resident.rendered().split("\n")[-1]
    async with runtime.services.sessionmaker() as session:
        [answer] = (await session.exec(select(Answer))).all()
    assert answer.text_language == "uk"


async def test_after_saying_no_the_resident_is_not_offered_again_in_that_conversation(runtime: Runtime) -> None:
    resident = Resident(runtime, 507, "en")
    await resident.command("start")
    await resident.send(DARI_PLEASE)
    await resident.press("lang-keep")
    assert say("language-kept", "en") in resident.rendered()
    await resident.send(DARI_PLEASE)
    assert resident.offered == []
    await resident.press("consent")
    await resident.send(SENTENCES["fa"] + " " + SENTENCES["fa"])
    assert resident.offered == []


async def test_several_messages_at_one_step_get_one_offer(runtime: Runtime) -> None:
    resident = Resident(runtime, 508, "en")
    await resident.command("start")
    await resident.send(DARI_PLEASE)
    assert resident.offered == ["fa"]
    await resident.send(DARI_PLEASE)
    assert resident.offered == []


async def tip_text_step(resident: Resident) -> None:
    await resident.command("start")
    await resident.press("consent")
    await resident.command("tip")
    await resident.press("tip-go")
    await resident.press("tip-topic")


async def test_a_tip_text_in_somali_is_offered_somali_and_stored_as_somali(runtime: Runtime) -> None:
    resident = Resident(runtime, 509, "sv")
    await tip_text_step(resident)
    await resident.send(SENTENCES["so"])
    assert resident.offered == ["so"]
    await resident.press("tip-skip")                       # no photos
    await resident.send("Waddada dugsiga ee u dhow garoonka kubadda")   # the place, in words
    assert resident.offered == ["so"]                      # not declined, only not taken: asked again
    await resident.press("tip-anonymous")
    await resident.press("tip-send")
    async with runtime.services.sessionmaker() as session:
        [tip] = (await session.exec(select(Tip))).all()
    assert tip.text_language == "so"


async def test_the_place_in_words_and_a_follow_up_message_offer_the_language_too(runtime: Runtime) -> None:
    resident = Resident(runtime, 510, "sv")
    await tip_text_step(resident)
    await resident.press("tip-skip")                       # no text
    await resident.press("tip-skip")                       # no photos
    await resident.send("behind the school next to the bicycle stands")
    assert resident.offered == ["en"]
    # A name is not a language: the contact steps never offer.
    await resident.press("tip-contact-me")
    await resident.send("Abdullahi Mohamed Ali Hassan")
    assert resident.offered == []


async def test_writing_at_a_step_with_buttons_offers_the_language(runtime: Runtime) -> None:
    resident = Resident(runtime, 511, "sv")
    await resident.command("start")
    await resident.press("consent")
    await resident.send("Mer polis vid torget på kvällarna")
    # At the focus question, a message instead of a press.
    await resident.send("I don't understand these buttons, what should I do now?")
    assert resident.offered == ["en"]
    assert say("dialogue-focus-question", "sv") in resident.rendered().split("\n")[-1]


# --- the offer on every channel ------------------------------------------------------------------


async def test_a_telegram_resident_with_an_english_phone_writing_dari_at_consent_gets_dari(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="en")
    await resident.send("/start")
    replies = await resident.send(DARI_PLEASE)
    offer = next(m for m in replies if say("language-switch-no", "en") in m.labels)
    assert "دری" in offer.text
    replies = await resident.press(say("language-switch-yes", "fa"), offer)
    assert say("privacy-consent-question", "fa") in replies[-1].text
    replies = await resident.press(say("privacy-agree", "fa"))
    assert say("campaign-question", "fa") in replies[-1].text


async def test_a_web_chat_resident_writing_dari_at_consent_is_offered_dari(sqlite_url: str, tmp_path: Path) -> None:
    app = create_app(web_settings(sqlite_url, tmp_path / "data"))
    async with TestClient(TestServer(app)) as client:
        resident = WebResident(client, accept_language="en-GB,en;q=0.9")
        await resident.start()
        page = await resident.send(DARI_PLEASE)
        assert say("language-switch-yes", "fa") in page.labels
        page = await resident.press(say("language-switch-yes", "fa"))
        assert page.said(say("privacy-consent-question", "fa"))
        assert say("privacy-agree", "fa") in page.labels


async def test_the_dashboard_names_a_norwegian_answer_filters_by_nb_and_the_csv_keeps_the_code(
    sqlite_url: str, tmp_path: Path
) -> None:
    from tests.test_web import Officer, add_officer

    async with TestClient(TestServer(create_app(web_settings(sqlite_url, tmp_path / "data")))) as client:
        await add_officer(client)
        resident = WebResident(client)
        await resident.start()
        await resident.press(say("privacy-agree", "sv"))
        page = await resident.send(NORWEGIAN)
        assert say("language-switch-no", "sv") not in page.labels     # not offered Swedish, nor anything
        officer = Officer(client)
        await officer.login()
        page = await officer.get("/officer/answers?tlang=nb")
        assert "norska (bokmål)" in page.html and "snakke norsk" in page.html
        page = await officer.get("/officer/answers?tlang=sv")
        assert "snakke norsk" not in page.html
        page = await officer.get("/officer/results")
        assert "norska (bokmål)" in page.html
        response = await client.get("/officer/answers.csv?tlang=nb")
        rows = list(csv.DictReader(io.StringIO((await response.read()).decode("utf-8-sig"))))
        assert [row["text_language"] for row in rows] == ["nb"]
