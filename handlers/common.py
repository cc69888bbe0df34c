"""Greeting, language, help, promises and the menu: what every resident can reach at any time."""

from __future__ import annotations

import re
import unicodedata

from handlers.context import Context, Detection, Step
from handlers.states import State, parse
from handlers.types import Button, Reply, Text, Turn, TurnKind

# What Telegram and browsers call our languages; Dari often arrives as "prs" or "fa-AF".
_LANGUAGE_ALIASES = {"prs": "fa", "fa-af": "fa", "uk-ua": "uk", "sv-se": "sv", "sv-fi": "sv"}


def locale_from_code(code: str | None, supported: tuple[str, ...]) -> str | None:
    """Return our locale for a client's language code ("en-GB" -> "en"), or None."""
    if not code:
        return None
    code = code.strip().lower().replace("_", "-")
    code = _LANGUAGE_ALIASES.get(code, code)
    base = code.split("-")[0]
    base = _LANGUAGE_ALIASES.get(base, base)
    return base if base in supported else None


# --- what a resident writes -----------------------------------------------------------------

# Bidi embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). They exist to
# show a text in another order than it was written: in a resident's words they could turn a phone
# number around on an officer's screen, or close the isolate the words are shown in. They are
# removed, not balanced: even a balanced override shows "76 54 321-07 64+" as "+46 70-123 45 67".
# The marks LRM, RLM and ALM stay: Persian and Arabic keyboards type them, and they open nothing.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Control characters but tab and newline (NUL is refused by PostgreSQL), lone surrogates and
# noncharacters: nothing a person means to send.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
# Letters and symbols that draw nothing: the Hangul fillers (U+3164 is Telegram's usual "blank"
# message), the blank braille pattern, the musical null notehead.
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800\U0001d159")
# FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE: a resident's words in a plain-text message.
FSI, PDI = "\u2068", "\u2069"


def clean_text(text: str) -> str:
    """Return a resident's text without control characters (but newlines and tabs) and bidi controls."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return BIDI_CONTROLS.sub("", _CONTROLS.sub("", text))


def _visible(char: str) -> bool:
    if char in _BLANK_GLYPHS:
        return False
    category = unicodedata.category(char)
    # Spaces, separators, format characters and combining marks alone show nothing. Private-use
    # and unassigned characters draw something (an icon, an emoji newer than this Python).
    return category[0] not in "ZCM" or category in ("Co", "Cn")


def visible_text(text: str) -> str:
    """Return a resident's text cleaned (`clean_text`) and stripped, or "" when nothing in it can be seen."""
    text = clean_text(text).strip()
    return text if any(_visible(char) for char in text) else ""


def isolate(words: str) -> str:
    """Return a resident's words bidi-isolated (FSI...PDI, line by line) for a plain-text message.

    Each line on its own: a line break ends every isolate, so one pair around several
    lines would leave the middle ones bare. Bidi controls inside are removed first, so
    nothing in the words can close the isolate early (text stored before they were
    removed at the input, too).
    """
    lines = BIDI_CONTROLS.sub("", words).split("\n")
    return "\n".join(f"{FSI}{line}{PDI}" if line.strip() else line for line in lines)


def language_button(ctx: Context, code: str) -> Button:
    return ctx.button(Text("language-name", locale=code), "lang", code, bound=False)


async def start(ctx: Context) -> list[Reply]:
    """Greet the resident in their language and take them to where they are (or begin)."""
    if ctx.conversation.locale is None:
        detected = locale_from_code(ctx.turn.language_code, ctx.services.locales)
        if detected is None:
            return await ctx.go(State.PICK_LANGUAGE)
        ctx.set_locale(detected)
    replies = [welcome(ctx)]
    if not ctx.consented:
        return replies + await ctx.go(State.CONSENT)
    if ctx.state in (State.MENU, State.NEW, State.DECLINED, State.CONSENT):
        return replies + await ctx.go(State.MENU)
    return replies + await ctx.prompt_again()


def welcome(ctx: Context) -> Reply:
    campaign = ctx.campaign
    return Reply(
        (
            Text.of("start-welcome", municipality=campaign.municipality),
            Text.of(campaign.title),
            Text.of(campaign.intro),
        )
    )


async def choose_language(ctx: Context) -> list[Reply]:
    """Offer the seven languages, each in its own name."""
    if ctx.state is not State.PICK_LANGUAGE:
        ctx.update_data(return_state=ctx.state.value)
    return await ctx.go(State.PICK_LANGUAGE)


async def _language_prompt(ctx: Context) -> list[Reply]:
    codes = ctx.services.locales
    buttons = [language_button(ctx, code) for code in codes]
    rows = tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
    # Before a language is known the prompt speaks all of them, one line each.
    texts = tuple(Text("language-pick", locale=code) for code in codes)
    if ctx.conversation.locale is not None:
        texts = (Text("language-pick"),)
    return [Reply(texts, rows)]


async def _language_message(turn: Turn, ctx: Context) -> list[Reply]:
    return await _language_prompt(ctx)


async def set_language(code: str, ctx: Context) -> list[Reply]:
    """Switch to the chosen language and carry on where the resident was."""
    if code not in ctx.services.locales:
        return [Reply.of("common-stale-button")]
    ctx.set_locale(code)
    replies = [Reply.of("language-set", language=Text("language-name", locale=code))]
    if ctx.state is State.NEW:  # a language button of a conversation since erased
        return replies + [welcome(ctx)] + await ctx.go(State.CONSENT)
    if ctx.state is State.PICK_LANGUAGE:
        back = ctx.data.get("return_state")
        ctx.update_data(return_state=None)
        if not ctx.consented:
            return replies + [welcome(ctx)] + await ctx.go(State.CONSENT)
        return replies + await ctx.go(parse(State, back) or State.MENU)
    return replies + await ctx.prompt_again()


async def keep_language(ctx: Context) -> list[Reply]:
    """Note that the resident keeps the current language and stop offering another."""
    ctx.update_data(language_offer_declined=True)
    return [Reply.of("language-kept")]


# A language switch is offered only on this much evidence: one to three words mislead.
OFFER_MIN_WORDS = 4
OFFER_MIN_CONFIDENCE = 0.9
# Steps whose text is not the resident's language: a name, a phone number, the language picker.
_NO_OFFER_STATES = frozenset({State.PICK_LANGUAGE, State.TIP_CONTACT_NAME, State.TIP_CONTACT_PHONE})


def detect(ctx: Context, text: str) -> Detection:
    """The language `text` is written in (found once per turn, however many steps ask)."""
    found = ctx.detections.get(text)
    if found is None:
        found = ctx.detections[text] = ctx.services.detect_language(text)
    return found


def switch_offer(turn: Turn, ctx: Context) -> Reply | None:
    """Offer the language a resident writes in when it is clearly another of ours, or nothing.

    Asked for every text a resident sends, whatever the step (handlers/router.py), before
    the step handles it: never on one to three words, never for the language already in
    use, never after the resident said no in this conversation, once per step.
    """
    if turn.kind is not TurnKind.TEXT or ctx.state in _NO_OFFER_STATES or ctx.data.get("language_offer_declined"):
        return None
    if ctx.data.get("language_offer_step") == ctx.conversation.step:
        return None
    text = visible_text(turn.text)
    if len(text.split()) < OFFER_MIN_WORDS:
        return None
    detection = detect(ctx, text)
    if (
        detection.language not in ctx.services.locales
        or detection.language == ctx.locale
        or detection.words < OFFER_MIN_WORDS
        or detection.confidence < OFFER_MIN_CONFIDENCE
    ):
        return None
    ctx.update_data(language_offer_step=ctx.conversation.step)
    return language_offer(ctx, detection.language)


def with_offer(replies: list[Reply], offer: Reply | None) -> list[Reply]:
    """Put the offer before the step's last reply, so that its prompt stays the latest message."""
    if offer is None:
        return replies
    if not replies:
        return [offer]
    return [*replies[:-1], offer, replies[-1]]


def language_offer(ctx: Context, detected: str) -> Reply:
    """Offer to switch to the language the resident writes in, in both languages."""
    name = Text("language-name", locale=detected)
    return Reply(
        (
            Text.of("language-switch-offer", language=name),
            Text("language-switch-offer", {"language": name}, locale=detected),
        ),
        (
            (ctx.button(Text("language-switch-yes", locale=detected), "lang", detected, bound=False),),
            (ctx.button("language-switch-no", "lang-keep", bound=False),),
        ),
    )


def legal_links(ctx: Context) -> tuple[Text, ...]:
    """The privacy notice and the accessibility statement on the web server, in the resident's language."""
    base = ctx.services.public_base_url
    if not base:
        return ()
    return (
        Text.of(
            "legal-chat-links",
            privacy=f"{base}/privacy?lang={ctx.locale}",
            accessibility=f"{base}/accessibility?lang={ctx.locale}",
        ),
    )


async def help_text(ctx: Context) -> list[Reply]:
    """Tell what the bot does, its commands, and whom to call instead in an emergency."""
    contact = ctx.campaign.contact
    return [
        Reply(
            (
                Text.of("help-intro", municipality=ctx.campaign.municipality),
                Text.of("help-commands"),
                *((Text.of("tips-help-commands"),) if ctx.campaign.tips else ()),
                Text.of("follow-help-commands"),
                Text.of("common-not-emergency"),
                Text.of("help-contact", name=contact.name, title=Text.of(contact.title), phone=contact.phone),
                *legal_links(ctx),
            )
        )
    ]


async def promises(ctx: Context) -> list[Reply]:
    """Show the focus areas, what the police and the municipality promised in each, and what they did."""
    from handlers import follow

    updates = await follow.promise_updates(ctx)
    texts = [Text.of("promises-intro", municipality=ctx.campaign.municipality)]
    for area in ctx.campaign.focus_areas:
        if area.promise is None:
            continue
        texts.append(
            Text.of(
                "promises-area",
                area=Text.of(area.label),
                promise=Text.of(area.promise),
                follow_up=Text.of(area.follow_up) if area.follow_up else "",
            )
        )
        for update in updates.get(area.id, []):
            texts.extend(follow.promise_update_texts(update, ctx.locale))
    return [Reply((*texts, *results_link(ctx)))]


def results_link(ctx: Context) -> tuple[Text, ...]:
    """The public results page on the web server, in the resident's language."""
    base = ctx.services.public_base_url
    return (Text.of("results-chat-link", url=f"{base}/results?lang={ctx.locale}"),) if base else ()


async def results(ctx: Context) -> list[Reply]:
    """Link the page that shows everyone what the dialogue said (bot/server/results.py)."""
    return [Reply(results_link(ctx) or (Text.of("results-title"),))]


async def _menu_prompt(ctx: Context) -> list[Reply]:
    return [
        Reply.of(
            "menu-what-next",
            buttons=(
                (ctx.button("menu-another-answer", "menu", "answer", bound=False),),
                *(((ctx.button("tips-menu-button", "menu", "tip", bound=False),),) if ctx.campaign.tips else ()),
                (ctx.button("menu-promises", "menu", "promises", bound=False),),
                (ctx.button("follow-menu-button", "menu", "follow", bound=False),),
                (ctx.button("menu-help", "menu", "help", bound=False),),
            ),
        )
    ]


async def _menu_message(turn: Turn, ctx: Context) -> list[Reply]:
    return [Reply.of("menu-use-buttons")] + await _menu_prompt(ctx)


async def cancel(ctx: Context) -> list[Reply]:
    """Leave the current step and go back to the menu."""
    if not ctx.consented:
        return await ctx.prompt_again()
    # An unsent tip (handlers/tips.py) is dropped, not kept in the conversation.
    ctx.update_data(return_state=None, tip=None, tip_answer=None)
    return [Reply.of("common-cancelled")] + await ctx.go(State.MENU)


STEPS = {
    State.PICK_LANGUAGE: Step(_language_prompt, _language_message),
    State.MENU: Step(_menu_prompt, _menu_message),
}
