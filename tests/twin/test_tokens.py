"""The token store on both backends: create, authenticate, expiry, revoke, list; hashed at rest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from twin.auth import GRANTS, TOKEN_PREFIX, Role, allows, hash_token
from twin.errors import AuthenticationError, ConflictError, InvalidRequestError, NotFoundError
from twin.settings import Settings
from twin.store import Stores, TokenStore, open_stores
from twin.store.tables import tokens as tokens_table


@pytest.fixture
def database_url(any_database_url: str) -> str:
    return any_database_url


@pytest.fixture
def tokens(stores: Stores) -> TokenStore:
    return stores.tokens


def test_roles() -> None:
    assert all(allows(Role.ADMIN, needed) for needed in Role)
    assert all(allows(role, Role.VIEWER) for role in Role)
    assert allows(Role.SURVEYOR, Role.SURVEYOR) and not allows(Role.SURVEYOR, Role.AGENCY)
    assert allows(Role.AGENCY, Role.AGENCY) and not allows(Role.AGENCY, Role.SURVEYOR)
    assert not any(allows(role, Role.ADMIN) for role in Role if role is not Role.ADMIN)
    assert set(GRANTS) == set(Role)


def test_create_and_authenticate(tokens: TokenStore) -> None:
    record, secret = tokens.create("ci", Role.SURVEYOR)
    assert secret.startswith(TOKEN_PREFIX) and len(secret) >= len(TOKEN_PREFIX) + 43
    assert (record.name, record.role, record.expires_at, record.revoked_at) == (
        "ci",
        Role.SURVEYOR,
        None,
        None,
    )
    principal = tokens.authenticate(secret)
    assert (principal.token_id, principal.name, principal.role) == (record.id, "ci", "surveyor")
    other_record, other = tokens.create("ops", Role.ADMIN)
    assert other != secret and other_record.id != record.id
    assert tokens.authenticate(other).role is Role.ADMIN


def test_the_secret_is_stored_only_as_its_digest(stores: Stores) -> None:
    record, secret = stores.tokens.create("ci", Role.ADMIN)
    with stores.engine.connect() as connection:
        row = connection.execute(select(tokens_table)).one()
    assert row.id == record.id
    assert row.token_hash == hash_token(secret) != secret
    assert all(secret not in str(value) for value in row)
    assert secret[len(TOKEN_PREFIX) :] not in " ".join(str(value) for value in row)


@pytest.mark.parametrize(
    "secret", ["", "twin_", "twin_nope", "not-a-token", "twin_" + "x" * 400, "Bearer twin_x"]
)
def test_unknown_tokens_are_refused(tokens: TokenStore, secret: str) -> None:
    tokens.create("ci", Role.ADMIN)
    with pytest.raises(AuthenticationError) as caught:
        tokens.authenticate(secret)
    assert caught.value.error == "invalid_token"


def test_a_near_miss_is_refused(tokens: TokenStore) -> None:
    _, secret = tokens.create("ci", Role.ADMIN)
    with pytest.raises(AuthenticationError):
        tokens.authenticate(secret[:-1] + ("A" if secret[-1] != "A" else "B"))
    with pytest.raises(AuthenticationError):
        tokens.authenticate(secret.upper())


def test_expiry(tokens: TokenStore) -> None:
    soon = datetime.now(UTC) + timedelta(days=3)
    record, fresh = tokens.create("fresh", Role.VIEWER, expires_at=soon)
    assert record.expires_at is not None
    assert datetime.fromisoformat(record.expires_at) == soon
    assert tokens.authenticate(fresh).name == "fresh"
    _, stale = tokens.create(
        "stale", Role.ADMIN, expires_at=datetime.now(UTC) - timedelta(seconds=1)
    )
    with pytest.raises(AuthenticationError, match="expired") as caught:
        tokens.authenticate(stale)
    assert caught.value.error == "invalid_token"
    assert {r.name: r.state() for r in tokens.list_tokens()} == {
        "fresh": "active",
        "stale": "expired",
    }


def test_a_naive_expiry_or_a_bad_name_is_refused(tokens: TokenStore) -> None:
    with pytest.raises(InvalidRequestError):
        tokens.create("ci", Role.ADMIN, expires_at=datetime(2030, 1, 1))
    for name in ("", "   ", "x" * 101):
        with pytest.raises(InvalidRequestError):
            tokens.create(name, Role.ADMIN)
    assert tokens.list_tokens() == []


def test_revoke_by_id_and_by_name(tokens: TokenStore) -> None:
    first, first_secret = tokens.create("ci", Role.SURVEYOR)
    second, second_secret = tokens.create("ops", Role.ADMIN)
    revoked = tokens.revoke(first.id)
    assert revoked.id == first.id and revoked.revoked_at is not None
    with pytest.raises(AuthenticationError, match="revoked"):
        tokens.authenticate(first_secret)
    assert tokens.authenticate(second_secret).name == "ops"  # the other one still works
    assert tokens.revoke("ops").id == second.id
    with pytest.raises(AuthenticationError, match="revoked"):
        tokens.authenticate(second_secret)
    # Revoking again changes nothing; an unknown id or name is NotFound.
    assert tokens.revoke(first.id).revoked_at == revoked.revoked_at
    assert tokens.revoke("ci").id == first.id
    with pytest.raises(NotFoundError):
        tokens.revoke("nobody")


def test_a_name_is_unique_among_live_tokens(tokens: TokenStore) -> None:
    old, old_secret = tokens.create("ci", Role.SURVEYOR)
    with pytest.raises(ConflictError):
        tokens.create("ci", Role.ADMIN)
    tokens.revoke("ci")
    new, new_secret = tokens.create("ci", Role.SURVEYOR)  # rotation: same name, new token
    assert new.id != old.id
    assert tokens.authenticate(new_secret).token_id == new.id
    with pytest.raises(AuthenticationError):
        tokens.authenticate(old_secret)
    assert tokens.revoke("ci").id == new.id  # the name names the live one


def test_list_shows_every_token_without_secrets(tokens: TokenStore) -> None:
    assert tokens.list_tokens() == []
    a, _ = tokens.create("a", Role.VIEWER)
    b, _ = tokens.create("b", Role.AGENCY)
    tokens.revoke("a")
    listed = tokens.list_tokens()
    assert [(r.id, r.name, r.role) for r in listed] == [
        (a.id, "a", "viewer"),
        (b.id, "b", "agency"),
    ]
    assert [r.state() for r in listed] == ["revoked", "active"]
    assert not any(hasattr(r, "secret") or hasattr(r, "token_hash") for r in listed)


def test_last_used_is_recorded_at_most_once_a_minute(stores: Stores) -> None:
    record, secret = stores.tokens.create("ci", Role.ADMIN)
    assert stores.tokens.list_tokens()[0].last_used_at is None
    stores.tokens.authenticate(secret)
    first = stores.tokens.list_tokens()[0].last_used_at
    assert first is not None
    stores.tokens.authenticate(secret)
    assert stores.tokens.list_tokens()[0].last_used_at == first  # no write per request
    long_ago = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="microseconds")
    with stores.engine.begin() as connection:
        connection.execute(
            update(tokens_table).where(tokens_table.c.id == record.id).values(last_used_at=long_ago)
        )
    stores.tokens.authenticate(secret)
    assert stores.tokens.list_tokens()[0].last_used_at > long_ago


def test_a_second_connection_sees_a_revocation(settings: Settings) -> None:
    with open_stores(settings) as server, open_stores(settings) as cli:
        _, secret = cli.tokens.create("ci", Role.ADMIN)
        assert server.tokens.authenticate(secret).name == "ci"
        cli.tokens.revoke("ci")
        with pytest.raises(AuthenticationError):
            server.tokens.authenticate(secret)
