"""Consent before anything is stored, what is stored (/mydata), and erasing it (/forget)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlmodel.ext.asyncio.session import AsyncSession

from handlers import follow as following
from handlers.common import legal_links
from handlers.context import Context, Step
from handlers.states import State, parse
from handlers.types import Reply, Resident, Text, Turn
from storage import answers, conversations, tips, whatsapp
from storage import follow as follows
from storage.models import utcnow

# Each feature that stores something of a resident's adds how to erase it here.
Eraser = Callable[[str, AsyncSession], Awaitable[None]]


async def _erase_answers(resident_key: str, session: AsyncSession) -> None:
    await answers.delete_of_resident(resident_key, session=session)


async def _erase_tips(resident_key: str, session: AsyncSession) -> None:
    # A tip an authority has received is a public record: its text stays with the police,
    # but the way back, the contact details and the pseudonym that link it to the resident go.
    await tips.forget_resident(resident_key, session=session)


async def _erase_follows(resident_key: str, session: AsyncSession) -> None:
    # What the resident follows and the way back to their chat, with the updates not yet sent.
    await follows.unfollow(resident_key, session=session)


async def _erase_whatsapp(resident_key: str, session: AsyncSession) -> None:
    # When the resident last wrote on WhatsApp, and messages held for them outside its window.
    await whatsapp.delete_of_resident(resident_key, session=session)


ERASERS: list[Eraser] = [_erase_answers, _erase_tips, _erase_follows, _erase_whatsapp]


def privacy_note(ctx: Context) -> Text:
    return Text.of("privacy-note", municipality=ctx.campaign.municipality)


def tips_note(ctx: Context) -> tuple[Text, ...]:
    """What happens to a tip and to the way back to its sender (when the campaign takes tips)."""
    if ctx.campaign.tips is None:
        return ()
    return (Text.of("tips-privacy-note", days=ctx.services.tips.retention_days),)


async def _consent_prompt(ctx: Context) -> list[Reply]:
    return [
        Reply(
            (
                privacy_note(ctx),
                *tips_note(ctx),
                Text.of("common-not-emergency"),
                Text.of("privacy-consent-question"),
            ),
            (
                (ctx.button("privacy-agree", "consent", "yes"),),
                (ctx.button("privacy-decline", "consent", "no"),),
            ),
        )
    ]


async def _consent_message(turn: Turn, ctx: Context) -> list[Reply]:
    return [Reply.of("common-use-buttons")] + await _consent_prompt(ctx)


async def _consent_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action != "consent":
        return None
    # Someone who came with /tip goes on to the tip; anyone else to the dialogue question.
    after = ctx.data.get("after_consent")
    ctx.update_data(after_consent=None)
    if value == "yes":
        ctx.conversation.consent_at = utcnow()
        target = parse(State, after) or State.ANSWER
        return [Reply.of("privacy-thanks")] + await ctx.go(target)
    return await ctx.go(State.DECLINED)


async def _declined_prompt(ctx: Context) -> list[Reply]:
    return [Reply.of("privacy-declined")]


async def _declined_message(turn: Turn, ctx: Context) -> list[Reply]:
    return await ctx.go(State.CONSENT)


async def show_privacy(ctx: Context) -> list[Reply]:
    """Show the privacy note; before consent, ask for it again."""
    if not ctx.consented:
        return await ctx.go(State.CONSENT)
    return [Reply((privacy_note(ctx), *tips_note(ctx), Text.of("common-not-emergency"), *legal_links(ctx)))]


async def my_data(ctx: Context) -> list[Reply]:
    """Show the resident everything stored about them."""
    stored = await answers.of_resident(ctx.resident_key, session=ctx.session)
    texts = [
        Text.of(
            "mydata-intro",
            language=Text("language-name", locale=ctx.locale),
            consent=ctx.local_time(ctx.conversation.consent_at) if ctx.conversation.consent_at else "-",
            answers=len(stored),
        )
    ]
    profile = ctx.data.get("profile", {})
    for question in ctx.campaign.follow_up_questions:
        option = question.option(profile.get(question.id, ""))
        if option is not None:
            texts.append(Text.of("mydata-follow-up", question=Text.of(question.question), option=Text.of(option.label)))
    for answer in stored:
        area = ctx.campaign.focus_area(answer.focus_area)
        texts.append(
            Text.of(
                "mydata-answer",
                date=ctx.local_time(answer.created_at),
                area=Text.of(area.label) if area else Text.of("mydata-no-area"),
                text=Resident(answer.text),
            )
        )
        if answer.quote_published_at is not None:   # an officer chose it for the public results page
            texts.append(Text.of("mydata-answer-published"))
    tip_count = await tips.count_of_resident(ctx.resident_key, session=ctx.session)
    if tip_count:
        texts.append(Text.of("tips-mydata", count=tip_count))
    texts.extend(await following.my_data(ctx))
    # WhatsApp keeps, under the pseudonym, when the resident last wrote (its 24-hour window).
    last_wrote = await whatsapp.last_inbound(ctx.resident_key, session=ctx.session)
    if last_wrote is not None:
        texts.append(Text.of("mydata-whatsapp-window", time=ctx.local_time(last_wrote)))
    texts.append(Text.of("mydata-erase-hint"))
    return [Reply(tuple(texts))]


async def forget(ctx: Context) -> list[Reply]:
    """Ask whether to erase everything the resident gave."""
    if ctx.state is not State.CONFIRM_FORGET:
        ctx.update_data(return_state=ctx.state.value)
    return await ctx.go(State.CONFIRM_FORGET)


async def _forget_prompt(ctx: Context) -> list[Reply]:
    count = await answers.count_of_resident(ctx.resident_key, session=ctx.session)
    tip_count = await tips.count_of_resident(ctx.resident_key, session=ctx.session)
    return [
        Reply(
            (
                Text.of("forget-confirm", answers=count),
                *((Text.of("tips-forget-note", count=tip_count),) if tip_count else ()),
            ),
            buttons=(
                (ctx.button("forget-yes", "forget", "yes"),),
                (ctx.button("forget-no", "forget", "no"),),
            ),
        )
    ]


async def _forget_message(turn: Turn, ctx: Context) -> list[Reply]:
    return [Reply.of("common-use-buttons")] + await _forget_prompt(ctx)


async def _forget_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action != "forget":
        return None
    if value == "yes":
        for erase in ERASERS:
            await erase(ctx.resident_key, ctx.session)
        await conversations.delete_conversation(ctx.resident_key, session=ctx.session)
        ctx.erased = True
        return [Reply.of("forget-done")]
    back = ctx.data.get("return_state")
    ctx.update_data(return_state=None)
    target = parse(State, back) or State.MENU
    if target is State.CONFIRM_FORGET:
        target = State.MENU
    return [Reply.of("forget-kept")] + await ctx.go(target)


STEPS = {
    State.CONSENT: Step(_consent_prompt, _consent_message, _consent_button),
    State.DECLINED: Step(_declined_prompt, _declined_message),
    State.CONFIRM_FORGET: Step(_forget_prompt, _forget_message, _forget_button),
}
