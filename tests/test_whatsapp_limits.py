"""Every prompt's buttons, rendered for WhatsApp in all seven catalogs, stay within the Cloud API's limits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import build_runtime
from bot.channels.whatsapp import render
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.campaign import LOCALE_CODES
from handlers.context import Context
from handlers.delivery import ReplyPart
from handlers.router import STEPS
from handlers.states import State
from handlers.tips import KIND_OFFICER_MESSAGE, KIND_STATUS, tipster_parts
from handlers.types import Button, Reply, Text, Turn, TurnKind
from storage.conversations import ConversationState
from storage.models import OutboxMessage, Party, TipStatus
from storage.statements import Transaction
from tests.fakecloudapi import _check


@pytest.fixture
async def runtime(tmp_path: Path) -> AsyncIterator[Runtime]:
    path = tmp_path
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{path / 'db.sqlite'}",  # type: ignore[call-arg]
                        data_dir=path, pseudonym_secret="test-pseudonym-secret-0123456789")
    runtime = await build_runtime(settings)
    try:
        yield runtime
    finally:
        await runtime.close()


def _contexts(runtime: Runtime, locale: str, tx: Transaction) -> list[tuple[str, Context]]:
    """A context at every step (each follow-up question, a photo count, a draft to confirm)."""
    out = []
    now = datetime.now(UTC)
    variants: list[tuple[State, dict[str, object]]] = []
    for state in STEPS:
        if state is State.FOLLOW_UP:
            variants += [(state, {"follow_up": q.id}) for q in runtime.campaign.follow_up_questions]
        elif state is State.TIP_PHOTOS:
            variants += [(state, {}), (state, {"tip": {"photos": ["web:x" * 5]}})]
        elif state is State.TIP_CONFIRM:
            variants.append((state, {"tip": {"text": "Ett tips", "topic": "other"}}))
        elif state is State.TIP_ANSWER:
            variants.append((state, {"tip_answer": "DE-ABCDE"}))
        else:
            variants.append((state, {}))
    for state, data in variants:
        conversation = ConversationState(resident_key="k" * 64, channel="whatsapp", locale=locale, state=state.value,
                                         step=3, data=dict(data), consent_at=now, created_at=now, updated_at=now)
        turn = Turn(channel="whatsapp", user_id="46700000000", chat_id="46700000000", kind=TurnKind.TEXT)
        ctx = Context(turn=turn, services=runtime.services, tx=tx, conversation=conversation,
                      resident_key="k" * 64, locale=locale, steps=STEPS)
        out.append((f"{state.value} {data}", ctx))
    return out


def _limits(messages: list[dict[str, object]]) -> list[str]:
    return [problem for m in messages if (problem := _check(str(m["type"]), m))]


@pytest.mark.parametrize("locale", LOCALE_CODES)
async def test_every_prompt_fits_whatsapps_limits_in_every_language(runtime: Runtime, locale: str) -> None:
    catalogs = runtime.catalogs
    async with runtime.services.sessionmaker.transaction() as tx:
        for name, ctx in _contexts(runtime, locale, tx):
            replies = await STEPS[ctx.state].prompt(ctx)
            messages = render.messages(replies, locale, catalogs)
            assert _limits(messages) == [], f"{locale}: {name}"
            # Every choice is there, by its data, whether as buttons or as a list.
            offered = {ident for m in messages if m["type"] == "interactive" for ident in _ids(m)}
            wanted = {b.data for r in replies for row in r.buttons for b in row}
            assert offered == wanted, f"{locale}: {name}"


def _ids(message: dict[str, object]) -> list[str]:
    interactive = message["interactive"]
    assert isinstance(interactive, dict)
    action = interactive["action"]
    if interactive["type"] == "button":
        return [b["reply"]["id"] for b in action["buttons"]]
    return [r["id"] for s in action["sections"] for r in s["rows"]]


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_what_reaches_a_tipster_and_the_language_offer_fit_in_every_language(runtime: Runtime, locale: str) -> None:
    catalogs = runtime.catalogs
    messages = [OutboxMessage(recipient=Party.TIPSTER.value, channel="whatsapp", kind=KIND_OFFICER_MESSAGE,
                              payload={"reference": "DE-ABCDE", "text": "Tack, vi tittar på det. " * 150},
                              locale=locale)]
    messages += [OutboxMessage(recipient=Party.TIPSTER.value, channel="whatsapp", kind=KIND_STATUS,
                               payload={"reference": "DE-ABCDE", "status": s.value}, locale=locale) for s in TipStatus]
    for message in messages:
        for part in tipster_parts(message):
            assert isinstance(part, ReplyPart)
            assert _limits(render.messages([part.reply], locale, catalogs)) == []
    offer = Reply((Text.of("language-switch-offer", language=Text("language-name", locale="sv")),),
                  ((Button(Text.of("language-switch-yes"), "*:lang:sv"), Button(Text.of("language-switch-no"),
                                                                              "*:lang-keep:")),))
    assert _limits(render.messages([offer], locale, catalogs)) == []


def test_a_long_label_becomes_a_list_row_cut_with_its_whole_text_below() -> None:
    from bot.i18n import Catalogs

    catalogs = Catalogs()
    long = "Ett mycket långt knappnamn som inte ryms"
    reply = Reply((Text.raw("Fråga?"),), ((Button(Text.raw(long), "1:a:1"), Button(Text.raw("Kort"), "1:a:2")),))
    [message] = render.messages([reply], "sv", catalogs)
    rows = message["interactive"]["action"]["sections"][0]["rows"]
    assert rows[0]["title"].endswith("…") and len(rows[0]["title"]) <= 24 and rows[0]["description"] == long
    assert rows[1] == {"id": "1:a:2", "title": "Kort"}


def test_more_than_ten_choices_go_as_two_lists_and_a_long_text_before_the_buttons() -> None:
    from bot.i18n import Catalogs

    catalogs = Catalogs()
    buttons = tuple((Button(Text.raw(f"Val {i}"), f"1:v:{i}"),) for i in range(13))
    text = "\n\n".join(["Ett stycke text som upprepas."] * 80)
    messages = render.messages([Reply((Text.raw(text),), buttons)], "sv", catalogs)
    assert [m["type"] for m in messages] == ["text", "interactive", "interactive"]
    assert _limits(messages) == []
    assert messages[2]["interactive"]["body"]["text"] == "Fler val:"
    assert len(_ids(messages[1])) == 10 and len(_ids(messages[2])) == 3


def test_a_text_over_4096_characters_is_split_at_paragraphs() -> None:
    from bot.i18n import Catalogs

    text = "\n\n".join([("ord " * 200).strip()] * 8)   # about 6,400 characters
    messages = render.messages([Reply((Text.raw(text),))], "sv", Catalogs())
    assert len(messages) == 2 and _limits(messages) == []
    assert all(m["text"]["body"].startswith("ord") for m in messages)
