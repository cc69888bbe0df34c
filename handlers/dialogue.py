"""The dialogue: the question, the focus area, the optional follow-up questions, thanks."""

from __future__ import annotations

import logging

from handlers import follow
from handlers.common import detect, visible_text
from handlers.context import Context, Step
from handlers.states import State
from handlers.types import Reply, Text, Turn, TurnKind
from storage import answers
from storage.models import Answer

log = logging.getLogger(__name__)


async def new_answer(ctx: Context) -> list[Reply]:
    """Ask the dialogue question (after consent)."""
    if not ctx.consented:
        return await ctx.go(State.CONSENT)
    return await ctx.go(State.ANSWER)


async def _question_prompt(ctx: Context) -> list[Reply]:
    return [
        Reply(
            (
                Text.of(ctx.campaign.question),
                Text.of("dialogue-answer-hint", limit=ctx.services.max_answer_length),
            )
        )
    ]


async def _receive_answer(turn: Turn, ctx: Context) -> list[Reply]:
    """Store the resident's answer, then ask which focus area it concerns."""
    if turn.kind is not TurnKind.TEXT:
        return [Reply.of("dialogue-text-only")]
    text = visible_text(turn.text)
    if not text:
        return [Reply.of("dialogue-answer-empty")]
    limit = ctx.services.max_answer_length
    if len(text) > limit:
        return [Reply.of("dialogue-answer-too-long", length=len(text), limit=limit)]
    detection = detect(ctx, text)
    answer = await answers.add(
        Answer(
            resident_key=ctx.resident_key,
            campaign_id=ctx.campaign.id,
            channel=turn.channel,
            text=text,
            text_language=detection.language,
            locale=ctx.locale,
            follow_ups=dict(ctx.data.get("profile", {})),
        ),
        session=ctx.tx,
    )
    log.debug("answer %s stored, language %s (%.2f)", answer.id, detection.language, detection.confidence)
    ctx.update_data(answer_id=answer.id)
    # The offer to switch to the language of the answer is made by the router, as at every step.
    return [Reply.of("dialogue-answer-saved")] + await ctx.go(State.FOCUS)


async def _focus_prompt(ctx: Context) -> list[Reply]:
    rows = tuple((ctx.button(Text.of(area.label), "focus", area.id),) for area in ctx.campaign.focus_areas)
    return [Reply.of("dialogue-focus-question", buttons=rows)]


async def _focus_message(turn: Turn, ctx: Context) -> list[Reply]:
    return [Reply.of("common-use-buttons")] + await _focus_prompt(ctx)


async def _focus_chosen(action: str, value: str, ctx: Context) -> list[Reply] | None:
    """Record the focus area of the answer and go on to the follow-up questions."""
    area = ctx.campaign.focus_area(value)
    if action != "focus" or area is None:
        return None
    await _update_current_answer(ctx, focus_area=area.id)
    ctx.update_data(answer_area=area.id)
    return await _next_follow_up(ctx)


async def _update_current_answer(ctx: Context, **values: object) -> None:
    """Change the answer this dialogue is about (if the resident has not erased it meanwhile)."""
    answer_id = ctx.data.get("answer_id")
    if isinstance(answer_id, int):
        await answers.update_own(answer_id, ctx.resident_key, session=ctx.tx, **values)


async def _next_follow_up(ctx: Context) -> list[Reply]:
    """Ask the next follow-up question not asked before, or thank the resident."""
    asked = set(ctx.data.get("asked", []))
    pending = next((q for q in ctx.campaign.follow_up_questions if q.id not in asked), None)
    if pending is not None:
        ctx.update_data(follow_up=pending.id)
        return await ctx.go(State.FOLLOW_UP)
    area = ctx.data.get("answer_area")
    ctx.update_data(answer_id=None, follow_up=None, answer_area=None)
    # Whoever answered on an area is offered to hear what is done about its promise.
    offer = await follow.offer(ctx, area if isinstance(area, str) else None)
    thanks = [Reply.of("dialogue-thanks", municipality=ctx.campaign.municipality)]
    return thanks + ([offer] if offer is not None else []) + await ctx.go(State.MENU)


async def _follow_up_prompt(ctx: Context) -> list[Reply]:
    question = ctx.campaign.follow_up_question(ctx.data.get("follow_up", ""))
    if question is None:  # the campaign changed under a waiting resident
        return await _next_follow_up(ctx)
    buttons = [ctx.button(Text.of(option.label), "fq", option.id) for option in question.options]
    rows = [tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]
    rows.append((ctx.button("dialogue-follow-up-skip", "fq-skip"),))
    return [Reply((Text.of(question.question), Text.of("dialogue-follow-up-optional")), tuple(rows))]


async def _follow_up_message(turn: Turn, ctx: Context) -> list[Reply]:
    return [Reply.of("common-use-buttons")] + await _follow_up_prompt(ctx)


async def _follow_up_chosen(action: str, value: str, ctx: Context) -> list[Reply] | None:
    """Record the chosen option (or the skip) and ask the next question."""
    question = ctx.campaign.follow_up_question(ctx.data.get("follow_up", ""))
    if question is None or action not in ("fq", "fq-skip"):
        return None
    if action == "fq":
        if question.option(value) is None:
            return None
        profile = {**ctx.data.get("profile", {}), question.id: value}
        ctx.update_data(profile=profile)
        await _update_current_answer(ctx, follow_ups=dict(profile))
    ctx.update_data(asked=[*ctx.data.get("asked", []), question.id])
    return await _next_follow_up(ctx)


STEPS = {
    State.ANSWER: Step(_question_prompt, _receive_answer),
    State.FOCUS: Step(_focus_prompt, _focus_message, _focus_chosen),
    State.FOLLOW_UP: Step(_follow_up_prompt, _follow_up_message, _follow_up_chosen),
}
