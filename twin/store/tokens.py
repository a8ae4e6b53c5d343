"""API tokens over SQLAlchemy Core (`twin.store.TokenStore`), for SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Row, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from twin.auth import (
    Principal,
    Role,
    TokenRecord,
    digests_match,
    hash_token,
    looks_like_token,
    new_token,
    new_token_id,
)
from twin.errors import AuthenticationError, ConflictError, InvalidRequestError, NotFoundError
from twin.model import utc_now
from twin.paths import is_layer_name
from twin.store.database import write_transaction
from twin.store.tables import tokens

# `last_used_at` is refreshed at most this often per token, so authenticating stays a read (a
# write per request would queue every request behind SQLite's write lock).
LAST_USED_RESOLUTION = timedelta(minutes=1)
MAX_NAME_LENGTH = 100

_RECORD_COLUMNS = (
    tokens.c.id,
    tokens.c.name,
    tokens.c.role,
    tokens.c.created_at,
    tokens.c.expires_at,
    tokens.c.revoked_at,
    tokens.c.last_used_at,
    tokens.c.layers,
)


class SqlTokenStore:
    """Tokens in the twin database; each call is one short transaction on a pooled connection."""

    def __init__(self, engine: Engine) -> None:
        """Use ``engine``, whose schema `twin.store.database.migrate` brought up to date."""
        self._engine = engine

    def create(
        self,
        name: str,
        role: Role,
        *,
        expires_at: datetime | None = None,
        layers: Iterable[str] | None = None,
    ) -> tuple[TokenRecord, str]:
        """Make a token; returns its record and the secret (shown once, stored only hashed).

        Args:
            name: who or what holds it (unique among the tokens not revoked).
            role: what it may do.
            expires_at: when it stops working (timezone-aware); None: never.
            layers: the only layers it may read (need not be published yet); None: every layer.

        Raises:
            InvalidRequestError: an empty or overlong name, a naive expiry, or a grant that is
                not a layer name (or no layer at all).
            ConflictError: a token not revoked has this name.
        """
        name = name.strip()
        if not name or len(name) > MAX_NAME_LENGTH:
            raise InvalidRequestError(f"a token name has 1 to {MAX_NAME_LENGTH} characters")
        if expires_at is not None and expires_at.tzinfo is None:
            raise InvalidRequestError("the expiry needs a timezone")
        granted = _granted(layers)
        secret = new_token()
        record = TokenRecord(
            id=new_token_id(),
            name=name,
            role=Role(role),
            created_at=utc_now(),
            expires_at=_iso(expires_at) if expires_at is not None else None,
            layers=granted,
        )
        taken = ConflictError(f"a token named {name!r} exists; revoke it or choose another name")
        try:
            with write_transaction(self._engine) as connection:
                active = connection.execute(
                    select(tokens.c.id).where(tokens.c.name == name, tokens.c.revoked_at.is_(None))
                ).first()
                if active is not None:
                    raise taken
                connection.execute(
                    insert(tokens).values(
                        id=record.id,
                        name=record.name,
                        role=str(record.role),
                        token_hash=hash_token(secret),
                        created_at=record.created_at,
                        expires_at=record.expires_at,
                        layers=json.dumps(granted) if granted is not None else None,
                    )
                )
        except IntegrityError as exc:  # a concurrent create of the same name won
            raise taken from exc
        return record, secret

    def authenticate(self, secret: str) -> Principal:
        """The principal of a valid token.

        Raises:
            AuthenticationError: the token is unknown, expired or revoked.
        """
        if not looks_like_token(secret):
            raise AuthenticationError("the token is not valid", error="invalid_token")
        digest = hash_token(secret)
        with self._engine.connect() as connection:
            row = connection.execute(
                select(*_RECORD_COLUMNS, tokens.c.token_hash).where(tokens.c.token_hash == digest)
            ).first()
        # The lookup is by digest; comparing again in constant time costs nothing and does not
        # rely on how the database compares text.
        if row is None or not digests_match(secret, row.token_hash):
            raise AuthenticationError("the token is not valid", error="invalid_token")
        record = _record(row)
        if record.revoked_at is not None:
            raise AuthenticationError("the token was revoked", error="invalid_token")
        now = datetime.now(UTC)
        if record.is_expired(now):
            raise AuthenticationError("the token has expired", error="invalid_token")
        self._touch(record, now)
        return record.principal()

    def _touch(self, record: TokenRecord, now: datetime) -> None:
        if record.last_used_at is not None:
            if datetime.fromisoformat(record.last_used_at) > now - LAST_USED_RESOLUTION:
                return
        stale = _iso(now - LAST_USED_RESOLUTION)
        with write_transaction(self._engine) as connection:
            connection.execute(
                update(tokens)
                .where(
                    tokens.c.id == record.id,
                    or_(tokens.c.last_used_at.is_(None), tokens.c.last_used_at < stale),
                )
                .values(last_used_at=_iso(now))
            )

    def list_tokens(self) -> list[TokenRecord]:
        """Every token (revoked and expired ones too), oldest first."""
        query = select(*_RECORD_COLUMNS).order_by(tokens.c.created_at, tokens.c.id)
        with self._engine.connect() as connection:
            return [_record(row) for row in connection.execute(query)]

    def revoke(self, id_or_name: str) -> TokenRecord:
        """Revoke a token, by id or by the name of a token not revoked; revoking twice is a no-op.

        Raises:
            NotFoundError: no token has this id or name.
        """
        with write_transaction(self._engine) as connection:
            rows = [
                connection.execute(select(*_RECORD_COLUMNS).where(where)).first()
                for where in (
                    tokens.c.id == id_or_name,
                    (tokens.c.name == id_or_name) & tokens.c.revoked_at.is_(None),
                )
            ]
            row = rows[0] or rows[1]
            if row is None:
                revoked = connection.execute(
                    select(*_RECORD_COLUMNS)
                    .where(tokens.c.name == id_or_name)
                    .order_by(tokens.c.revoked_at.desc())
                ).first()
                if revoked is None:
                    raise NotFoundError(f"no token with id or name {id_or_name!r}")
                return _record(revoked)
            record = _record(row)
            if record.revoked_at is not None:
                return record
            revoked_at = utc_now()
            connection.execute(
                update(tokens).where(tokens.c.id == record.id).values(revoked_at=revoked_at)
            )
        return replace(record, revoked_at=revoked_at)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _granted(layers: Iterable[str] | None) -> tuple[str, ...] | None:
    if layers is None:
        return None
    names = sorted({name.strip() for name in layers})
    if not names:
        raise InvalidRequestError("a token granted layers needs at least one layer name")
    for name in names:
        if not is_layer_name(name):
            raise InvalidRequestError(f"{name!r} is not a layer name")
    return tuple(names)


def _record(row: Row[*tuple[Any, ...]]) -> TokenRecord:
    return TokenRecord(
        id=row.id,
        name=row.name,
        role=Role(row.role),
        created_at=row.created_at,
        expires_at=row.expires_at,
        revoked_at=row.revoked_at,
        last_used_at=row.last_used_at,
        layers=tuple(json.loads(row.layers)) if row.layers is not None else None,
    )
