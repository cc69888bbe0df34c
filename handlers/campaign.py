"""The campaign: what a municipality asks, about which focus areas, and what it promised.

It is data (a TOML file) whose texts are keys in the locale catalogs, so another
municipality deploys by writing a file, not code.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

LOCALE_CODES = ("sv", "en", "ar", "fa", "so", "ti", "uk")

_ID = r"^[a-z0-9][a-z0-9-]{0,31}$"
_KEY = r"^[a-z][a-z0-9-]*$"


class CampaignError(Exception):
    """The campaign file cannot be used; the message names the file, the field and the fault."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Contact(_Model):
    name: str = Field(min_length=1)
    title: str = Field(pattern=_KEY)
    phone: str = Field(min_length=3)


class FocusArea(_Model):
    id: str = Field(pattern=_ID)
    label: str = Field(pattern=_KEY)
    promise: str | None = Field(default=None, pattern=_KEY)
    follow_up: str | None = Field(default=None, pattern=_KEY)


class Option(_Model):
    id: str = Field(pattern=_ID)
    label: str = Field(pattern=_KEY)


class FollowUpQuestion(_Model):
    id: str = Field(pattern=_ID)
    question: str = Field(pattern=_KEY)
    options: tuple[Option, ...] = Field(min_length=1, max_length=12)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


class TipSettings(_Model):
    office_hours: str = Field(pattern=_KEY)
    reference_prefix: str = Field(default="DE", pattern=r"^[A-Z]{2,4}$")


class WhatsAppTemplate(_Model):
    """An approved message template (WhatsApp Manager): its name and WhatsApp's code of its language.

    Its body takes one parameter, the tip's reference, and it has one quick-reply button
    (README, "WhatsApp"). Somali and Tigrinya have no template language of their own at
    WhatsApp: their residents get the template of another language named here.
    """

    name: str = Field(pattern=r"^[a-z0-9_]{1,512}$")
    language: str = Field(pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$")


class WhatsAppSettings(_Model):
    # One template per locale; a locale without one gets the default locale's.
    templates: dict[str, WhatsAppTemplate] = Field(default_factory=dict)
    # The same for an update on a promise to a follower outside the window: its one body
    # parameter is the focus area's name (or "all focus areas"), in the template's language.
    # Without them an update waits until the follower writes (the /follow confirmation says so).
    update_templates: dict[str, WhatsAppTemplate] = Field(default_factory=dict)


# What a municipality must still fill in: the bundled file marks unknown contact details so.
PLACEHOLDER_MARK = "FILL-IN"
_DATE = r"^\d{4}-\d{2}-\d{2}$"


class Municipality(_Model):
    """The public body behind the deployment, as the accessibility statement and privacy notice name it."""

    name: str = Field(min_length=1)
    email: str = Field(min_length=3)
    phone: str = Field(min_length=3)
    # The day the municipality last reviewed the accessibility statement and the privacy notice.
    statement_date: str = Field(pattern=_DATE)


class Controller(_Model):
    """Who is responsible for the personal data (GDPR art. 13), and on which legal basis."""

    police: str = Field(min_length=1)
    # A catalog key (locales/<lang>/legal.ftl): the legal basis in the residents' languages.
    legal_basis: str = Field(pattern=_KEY)
    # The data protection officers' contact (an e-mail address or a web form).
    municipality_dpo: str = Field(min_length=3)
    police_dpo: str = Field(min_length=3)


class Campaign(_Model):
    id: str = Field(pattern=_ID)
    municipality: str = Field(min_length=1)
    title: str = Field(pattern=_KEY)
    intro: str = Field(pattern=_KEY)
    question: str = Field(pattern=_KEY)
    default_locale: str
    locales: tuple[str, ...] = Field(min_length=1)
    contact: Contact
    focus_areas: tuple[FocusArea, ...] = Field(min_length=1, max_length=8)
    follow_up_questions: tuple[FollowUpQuestion, ...] = ()
    tips: TipSettings | None = None
    # What reaches a WhatsApp tipster outside the 24-hour window (bot/channels/whatsapp/deliverer.py).
    whatsapp: WhatsAppSettings | None = None
    # The legal pages (bot/server/legal.py); without them the pages show the contact officer.
    # ([municipality_details], since `municipality` is already the name residents read.)
    municipality_details: Municipality | None = None
    controller: Controller | None = None
    # The public results page (bot/server/results.py) shows nothing that stands for fewer answers.
    results_threshold: int = Field(default=5, ge=3, le=1000)

    def whatsapp_template(self, locale: str, *, update: bool = False) -> WhatsAppTemplate | None:
        """The approved template for a resident's language (or the default locale's): the one for a
        tip's news, or with `update` the one for an update on a promise; None when none is named."""
        if self.whatsapp is None:
            return None
        named = self.whatsapp.update_templates if update else self.whatsapp.templates
        return named.get(locale) or named.get(self.default_locale)

    @model_validator(mode="after")
    def _consistent(self) -> Campaign:
        unknown = [code for code in self.locales if code not in LOCALE_CODES]
        if unknown:
            raise ValueError(f"locales: {', '.join(unknown)} not among {', '.join(LOCALE_CODES)}")
        if self.default_locale not in self.locales:
            raise ValueError(f"default_locale: {self.default_locale!r} is not in locales")
        if self.whatsapp is not None:
            for table, named in (("templates", self.whatsapp.templates),
                                 ("update_templates", self.whatsapp.update_templates)):
                strange = [code for code in named if code not in LOCALE_CODES]
                if strange:
                    raise ValueError(f"whatsapp.{table}: {', '.join(strange)} not among {', '.join(LOCALE_CODES)}")
        for name, items in (("focus_areas", self.focus_areas), ("follow_up_questions", self.follow_up_questions)):
            ids = [item.id for item in items]
            if len(ids) != len(set(ids)):
                raise ValueError(f"{name}: ids must be unique, got {ids}")
        return self

    def focus_area(self, area_id: str | None) -> FocusArea | None:
        return next((a for a in self.focus_areas if a.id == area_id), None)

    def follow_up_question(self, question_id: str) -> FollowUpQuestion | None:
        return next((q for q in self.follow_up_questions if q.id == question_id), None)

    def text_keys(self) -> Iterator[tuple[str, str]]:
        """Yield (field path, catalog key) for every text of the campaign."""
        for field in ("title", "intro", "question"):
            yield field, getattr(self, field)
        yield "contact.title", self.contact.title
        for i, area in enumerate(self.focus_areas):
            for field in ("label", "promise", "follow_up"):
                if (key := getattr(area, field)) is not None:
                    yield f"focus_areas[{i}].{field}", key
        for i, question in enumerate(self.follow_up_questions):
            yield f"follow_up_questions[{i}].question", question.question
            for j, option in enumerate(question.options):
                yield f"follow_up_questions[{i}].options[{j}].label", option.label
        if self.tips is not None:
            yield "tips.office_hours", self.tips.office_hours
        if self.controller is not None:
            yield "controller.legal_basis", self.controller.legal_basis

    def placeholders(self) -> list[str]:
        """Return the fields the municipality has not filled in yet (marked FILL-IN), or left out."""
        out = [] if self.municipality_details is not None else ["municipality_details (the whole table)"]
        if self.controller is None:
            out.append("controller (the whole table)")
        for table in ("municipality_details", "controller"):
            model = getattr(self, table)
            if model is None:
                continue
            out += [f"{table}.{name}" for name, value in model if PLACEHOLDER_MARK in str(value)]
        return out


def load_campaign(path: Path, known_keys: set[str] | None = None) -> Campaign:
    """Read and check a campaign file; every fault names the file, the field and what is wrong."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CampaignError(f"campaign file {path}: not found (set CAMPAIGN_FILE)") from None
    except tomllib.TOMLDecodeError as exc:
        raise CampaignError(f"campaign file {path}: not valid TOML: {exc}") from None
    try:
        campaign = Campaign.model_validate(raw)
    except ValidationError as exc:
        faults = "; ".join(
            f"field {_path(err['loc']) or '(top level)'}: {err['msg']}" for err in exc.errors()
        )
        raise CampaignError(f"campaign file {path}: {faults}") from None
    if known_keys is not None:
        missing = [
            f"field {field}: text key {key!r} is in no catalog"
            for field, key in campaign.text_keys()
            if key not in known_keys
        ]
        if missing:
            raise CampaignError(f"campaign file {path}: " + "; ".join(missing))
    return campaign


def _path(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
