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

    @model_validator(mode="after")
    def _consistent(self) -> Campaign:
        unknown = [code for code in self.locales if code not in LOCALE_CODES]
        if unknown:
            raise ValueError(f"locales: {', '.join(unknown)} not among {', '.join(LOCALE_CODES)}")
        if self.default_locale not in self.locales:
            raise ValueError(f"default_locale: {self.default_locale!r} is not in locales")
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
