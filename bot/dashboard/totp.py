"""The officers' second factor: TOTP codes (RFC 6238), their secrets sealed, recovery codes.

- A code is 6 digits for a 30-second step (what every authenticator app makes by default); the
  step before and the step after are accepted too, for a phone's clock that is a little off.
  The accepted step is recorded (storage/officers.py `claim_totp_step`), so a code, and any code
  of an earlier step, is refused once one was used: a code seen over a shoulder or in a log
  cannot be replayed.
- The secret is 160 random bits (RFC 4226's recommended length). It is kept in the database
  only encrypted (AES-256-GCM) with a key derived from the pseudonym secret for this purpose
  alone, and bound to the officer's id: a copy of the database alone gives no one the second
  factor, and a sealed secret moved to another account does not open. The pseudonym key
  travels with every backup (bot/backup.py), so a restored database keeps its enrolments; a
  new PSEUDONYM_SECRET makes every officer enrol again (`medborgardialog officer reset-totp`).
  The secret is never logged.
- Recovery codes: 10, each 12 letters and digits (about 59 bits) shown once, kept as argon2id
  hashes, each good for one login.
"""

from __future__ import annotations

import base64
import hmac
import secrets
import time
import unicodedata

import pyotp
import segno
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

DIGITS = 6
STEP_SECONDS = 30
WINDOW = 1            # steps accepted on either side of the server's own
RECOVERY_CODES = 10
_RECOVERY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"   # no 0/o, 1/l/i: read off paper
_RECOVERY_LENGTH = 12
_SEALED_PREFIX = "v1:"

# Recovery codes are random (59 bits), not chosen by a person: argon2id at OWASP's minimum
# (19 MiB, 2 passes) is ample, and trying the officer's 10 stays well under a second.
_RECOVERY_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


class TotpKey:
    """Seals and opens TOTP secrets with a 256-bit key (`Secrets.totp_key`, derived from the
    pseudonym secret for this purpose alone)."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, secret: str, officer_id: int) -> str:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, secret.encode("ascii"), _bound_to(officer_id))
        return _SEALED_PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def open(self, sealed: str | None, officer_id: int) -> str | None:
        """The secret, or None when there is none or it does not open (another key, another row)."""
        if not sealed or not sealed.startswith(_SEALED_PREFIX):
            return None
        try:
            raw = base64.urlsafe_b64decode(sealed[len(_SEALED_PREFIX):])
            return self._aead.decrypt(raw[:12], raw[12:], _bound_to(officer_id)).decode("ascii")
        except (ValueError, InvalidTag):
            return None


def _bound_to(officer_id: int) -> bytes:
    return f"officer:{officer_id}".encode()


def new_secret() -> str:
    """A new secret in base32, as authenticator apps take it (32 characters, 160 bits)."""
    return pyotp.random_base32(32)


def grouped(secret: str) -> str:
    """The secret in groups of four, for typing it into an app by hand."""
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def provisioning_uri(secret: str, account: str, issuer: str) -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=account, issuer_name=issuer
    )


def qr_svg(uri: str, title: str) -> str:
    """The enrolment QR code as an inline SVG element (no script, no style attribute: CSP-clean).

    Dark on a light square with the standard quiet zone, whatever the page's colours.
    """
    code = segno.make(uri, error="m", micro=False)
    return code.svg_inline(scale=5, border=4, dark="#000", light="#fff", title=title, svgclass="qr-code",
                           lineclass=None)


def normalize_code(text: str) -> str | None:
    """The code as digits, or None when it cannot be one.

    Spaces and dashes are dropped, and digits of any script count (an Arabic or Persian phone
    keyboard types ٠-٩ or ۰-۹).
    """
    digits = []
    for char in text.strip()[:32]:
        if char in " -\u00a0\u202f":
            continue
        if not char.isdecimal():
            return None
        digits.append(str(unicodedata.decimal(char)))
    code = "".join(digits)
    return code if len(code) == DIGITS else None


def current_step(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // STEP_SECONDS)


def matching_step(secret: str, code: str, now: float | None = None) -> int | None:
    """The step (of now-1, now, now+1) whose code this is, or None."""
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)
    step = current_step(now)
    found = None
    for candidate in range(step - WINDOW, step + WINDOW + 1):
        # Every candidate is compared, in constant time, whichever matches.
        if hmac.compare_digest(totp.generate_otp(candidate), code):
            found = candidate
    return found


# --- recovery codes -------------------------------------------------------------------------------


def new_recovery_codes(count: int = RECOVERY_CODES) -> list[str]:
    """Codes as shown to the officer: `abcd-efgh-jkmn`."""
    codes = []
    for _ in range(count):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
        codes.append("-".join(raw[i:i + 4] for i in range(0, _RECOVERY_LENGTH, 4)))
    return codes


def normalize_recovery_code(text: str) -> str | None:
    """The code without dashes and spaces, lower case; None when it cannot be one."""
    raw = "".join(c for c in text.strip()[:64].lower() if c not in " -\u00a0")
    if len(raw) != _RECOVERY_LENGTH or any(c not in _RECOVERY_ALPHABET for c in raw):
        return None
    return raw


def hash_recovery_code(code: str) -> str:
    normalized = normalize_recovery_code(code)
    assert normalized is not None, "a code made by new_recovery_codes"
    return _RECOVERY_HASHER.hash(normalized)


def recovery_code_matches(code_hash: str, normalized: str) -> bool:
    try:
        return _RECOVERY_HASHER.verify(code_hash, normalized)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
