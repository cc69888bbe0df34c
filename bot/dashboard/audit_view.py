"""The audit log as an officer reads it: the stored codes and details put into words of their language.

The log stores what happened as codes (`view-tips`, `export-answers`) and short details in a fixed
form (`11 rows; area=traffic`, `4 followers`, `10.0.0.1 (recovery code)`); they stay as they are, so
the log reads the same whoever wrote it. Here each is translated when the page is shown, from
locales/<lang>/officer-audit.ftl. A code or a detail this module does not know is shown as stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import unquote_plus

Translate = Callable[..., str]

# Every action the dashboard and the command line write (storage.officers.audit's callers).
ACTIONS = frozenset({
    "login", "login-password", "logout", "view-results", "view-answers", "export-answers", "view-audit",
    "view-tips", "view-tip", "view-photo", "tip-status", "tip-reply", "view-updates", "update-send",
    "view-themes", "publish-quote", "unpublish-quote", "totp-enrolled", "password-reset", "officer-added",
    "officer-disabled", "totp-reset",
})
# How a login was completed (bot/dashboard/second_factor.py `_open_fully`).
_HOW = {"totp": "audit-how-totp", "recovery code": "audit-how-recovery", "enrolled": "audit-how-enrolled"}
_STATUSES = frozenset({"new", "taken", "closed"})
# handlers.officer.Result values
_RESULTS = frozenset({"done", "unchanged", "no-such-tip", "unreachable", "empty", "too-long"})
COMMAND_LINE = "(command line)"

_LOGIN = re.compile(r"^(?P<address>.*) \((?P<how>[a-z ]+)\)$")
_EXPORT = re.compile(r"^(?P<count>\d+) rows; ?(?P<filter>.*)$", re.DOTALL)
_FOLLOWERS = re.compile(r"^(?P<count>\d+) followers$")
_STATUS = re.compile(r"^(?P<status>[a-z]+) \((?P<result>[a-z-]+)\)$")
_ANSWER = re.compile(r"^answer (?P<id>\d+)$")


def action_text(action: str, t: Translate) -> str:
    return t(f"audit-action-{action}") if action in ACTIONS else action


def officer_text(name: str, t: Translate) -> str:
    return t("audit-command-line") if name == COMMAND_LINE else name


def target_text(action: str, target: str, t: Translate) -> str:
    found = _ANSWER.match(target)
    if found and action in ("publish-quote", "unpublish-quote"):
        return t("audit-target-answer", id=found["id"])
    return target


def _filter(query: str) -> str:
    """A filter as stored (a query string), a little easier to read: decoded, one pair after another."""
    return ", ".join(unquote_plus(pair) for pair in query.split("&") if pair)


def detail_text(action: str, detail: str, t: Translate) -> str:
    """The stored detail in the officer's language (as stored when its form is not one known here)."""
    if action == "login":
        found = _LOGIN.match(detail)
        if found and found["how"] in _HOW:
            return t("audit-detail-login", address=found["address"], how=t(_HOW[found["how"]]))
        return detail
    if action == "export-answers":
        found = _EXPORT.match(detail)
        if found:
            rows = t("audit-detail-rows", count=int(found["count"]))
            return f"{rows}; {_filter(found['filter'])}" if found["filter"] else rows
        return detail
    if action == "update-send":
        found = _FOLLOWERS.match(detail)
        return t("audit-detail-followers", count=int(found["count"])) if found else detail
    if action == "tip-status":
        found = _STATUS.match(detail)
        if found and found["status"] in _STATUSES and found["result"] in _RESULTS:
            return t("audit-detail-status", status=t(f"officer-tip-status-{found['status']}"),
                     result=t(f"audit-result-{found['result']}"))
        return detail
    if action == "tip-reply":
        return t(f"audit-result-{detail}") if detail in _RESULTS else detail
    if action == "view-photo":
        return t("audit-detail-photo", number=int(detail)) if detail.isascii() and detail.isdigit() else detail
    if action in ("view-results", "view-answers", "view-tips", "view-themes"):
        return _filter(detail)
    return detail
