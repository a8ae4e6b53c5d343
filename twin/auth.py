"""Who may do what: roles, the principal behind a request, and API tokens (no I/O here).

A token is ``twin_`` followed by 32 random bytes (``secrets.token_urlsafe``). Only its SHA-256
digest is stored: the token store finds a token by digest and never holds the secret itself.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

TOKEN_PREFIX = "twin_"
# 32 bytes = 256 bits of randomness: far beyond any brute force.
TOKEN_BYTES = 32


class Role(StrEnum):
    """What a token may do; see `GRANTS`."""

    VIEWER = "viewer"  # read (reads are public anyway; a viewer token names its holder)
    SURVEYOR = "surveyor"  # upload surveys, start and cancel its own jobs
    AGENCY = "agency"  # monitoring writes (readings, alerts)
    ADMIN = "admin"  # everything: tokens, rollback


# The roles whose permissions each role has. An endpoint asks for one role; a token passes when
# its role grants that one. Surveyor and agency are side by side, not above one another.
GRANTS: dict[Role, frozenset[Role]] = {
    Role.VIEWER: frozenset({Role.VIEWER}),
    Role.SURVEYOR: frozenset({Role.VIEWER, Role.SURVEYOR}),
    Role.AGENCY: frozenset({Role.VIEWER, Role.AGENCY}),
    Role.ADMIN: frozenset(Role),
}


def allows(role: Role, needed: Role) -> bool:
    """Whether a token of ``role`` may do what needs ``needed`` (admin may do everything)."""
    return needed in GRANTS[role]


@dataclass(frozen=True)
class Principal:
    """Who is calling: the token that authenticated, by id and name, and its role."""

    token_id: str
    name: str
    role: Role
    # The layers the token was granted (`twin tokens create --layers`); None: every layer.
    layers: frozenset[str] | None = None

    def sees(self, layer: str) -> bool:
        """Whether this principal may read ``layer`` (its tiles, terrain and API entries)."""
        return self.layers is None or layer in self.layers


@dataclass(frozen=True)
class TokenRecord:
    """A stored token as `twin tokens list` shows it; never the secret."""

    id: str
    name: str
    role: Role
    created_at: str  # ISO 8601, UTC
    expires_at: str | None = None
    revoked_at: str | None = None
    last_used_at: str | None = None
    layers: tuple[str, ...] | None = None  # granted layers, sorted; None: every layer

    def is_expired(self, now: datetime | None = None) -> bool:
        """Whether the token's expiry has passed (never, without an expiry)."""
        if self.expires_at is None:
            return False
        return datetime.fromisoformat(self.expires_at) <= (now or datetime.now(UTC))

    def state(self, now: datetime | None = None) -> str:
        """The token's state: revoked, expired or active."""
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if self.is_expired(now) else "active"

    def principal(self) -> Principal:
        """The principal this token stands for."""
        layers = frozenset(self.layers) if self.layers is not None else None
        return Principal(token_id=self.id, name=self.name, role=self.role, layers=layers)


def new_token() -> str:
    """A fresh secret: ``twin_`` (so it is recognisable, e.g. by secret scanners) + 43 chars."""
    return TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)


def new_token_id() -> str:
    """A short public id for a token (what `twin tokens list` shows and `revoke` takes)."""
    return secrets.token_hex(6)


def hash_token(secret: str) -> str:
    """The stored form of a token: its SHA-256 digest, hex.

    A plain fast hash is the right tool here, unlike for passwords: slow KDFs (bcrypt, scrypt,
    Argon2) exist to make guessing low-entropy secrets expensive, but a 256-bit random token
    cannot be guessed at any speed, and a fast digest keeps the per-request check cheap and
    lets the store look a token up by its digest (an index) rather than try every row.
    """
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def digests_match(secret: str, digest: str) -> bool:
    """Whether ``secret`` hashes to ``digest``, compared in constant time."""
    return hmac.compare_digest(hash_token(secret), digest)


def looks_like_token(secret: str) -> bool:
    """Whether ``secret`` has a token's shape (checked before any database lookup)."""
    return secret.startswith(TOKEN_PREFIX) and 0 < len(secret) <= 256
