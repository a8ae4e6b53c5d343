"""`twin tokens create|list|revoke`: the token is printed once, and it authenticates."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from twin.auth import TOKEN_PREFIX, Role
from twin.cli.errors import EX_CANTCREAT, EX_NOINPUT, EX_USAGE
from twin.cli.main import app
from twin.errors import AuthenticationError
from twin.settings import Settings
from twin.store import open_stores

runner = CliRunner()


def _twin(data_dir: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--data-dir", str(data_dir)], env={"COLUMNS": "200"})
    return result.exit_code, result.stdout, result.stderr


def _settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'twin.sqlite'}")


def test_create_prints_the_token_once_and_it_authenticates(tmp_path: Path) -> None:
    code, out, err = _twin(tmp_path, "tokens", "create", "--role", "surveyor", "--name", "field")
    assert code == 0, err
    secret = out.strip()
    assert secret.startswith(TOKEN_PREFIX) and "\n" not in secret  # stdout: the token only
    assert "not shown again" in " ".join(err.split()) and secret not in err
    with open_stores(_settings(tmp_path)) as stores:
        principal = stores.tokens.authenticate(secret)
    assert (principal.name, principal.role) == ("field", Role.SURVEYOR)
    code, out, err = _twin(tmp_path, "tokens", "list")
    assert code == 0 and secret not in out + err
    assert secret[len(TOKEN_PREFIX) :] not in out


def test_create_with_an_expiry(tmp_path: Path) -> None:
    code, _, err = _twin(
        tmp_path, "tokens", "create", "--role", "admin", "--name", "a", "--expires", "30"
    )
    assert code == 0, err
    with open_stores(_settings(tmp_path)) as stores:
        (record,) = stores.tokens.list_tokens()
    assert record.expires_at is not None and record.state() == "active"


def test_list_and_revoke(tmp_path: Path) -> None:
    _, ops, _ = _twin(tmp_path, "tokens", "create", "--role", "admin", "--name", "ops")
    _twin(tmp_path, "tokens", "create", "--role", "agency", "--name", "water board")
    code, out, _ = _twin(tmp_path, "tokens", "list")
    assert code == 0
    header, *rows = [line.split("\t") for line in out.splitlines()]
    assert header == [
        *("id", "name", "role", "created", "expires", "revoked", "last_used", "state", "layers")
    ]
    assert all(r[8] == "*" for r in rows)
    assert [(r[1], r[2], r[4], r[5], r[7]) for r in rows] == [
        ("ops", "admin", "never", "-", "active"),
        ("water board", "agency", "never", "-", "active"),
    ]
    board_id = rows[1][0]
    code, _, err = _twin(tmp_path, "tokens", "revoke", "ops")
    assert code == 0 and "revoked token" in err
    code, _, err = _twin(tmp_path, "tokens", "revoke", board_id)
    assert code == 0 and "water board" in err
    _, out, _ = _twin(tmp_path, "tokens", "list")
    assert [line.split("\t")[7] for line in out.splitlines()[1:]] == ["revoked", "revoked"]
    with open_stores(_settings(tmp_path)) as stores, pytest.raises(AuthenticationError):
        stores.tokens.authenticate(ops.strip())


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["create", "--role", "root", "--name", "x"], EX_USAGE, ("--role", "root")),
        (["create", "--name", "x"], EX_USAGE, ("--role",)),
        (["create", "--role", "admin", "--name", "x", "--expires", "0"], EX_USAGE, ("--expires",)),
        (["create", "--role", "admin", "--name", " "], EX_USAGE, ("token name",)),
        (["revoke", "nobody"], EX_NOINPUT, ("nobody",)),
    ],
)
def test_errors_exit_with_the_table_codes(
    tmp_path: Path, args: list[str], code: int, words: tuple[str, ...]
) -> None:
    exit_code, out, err = _twin(tmp_path, "tokens", *args)
    message = " ".join((out + err).split())
    assert exit_code == code, message
    assert all(word in message for word in words), message
    assert "Traceback" not in message


def test_a_live_name_cannot_be_reused(tmp_path: Path) -> None:
    _twin(tmp_path, "tokens", "create", "--role", "admin", "--name", "ops")
    code, out, err = _twin(tmp_path, "tokens", "create", "--role", "viewer", "--name", "ops")
    assert code == EX_CANTCREAT and "ops" in err and out == ""


def test_create_with_layer_grants(tmp_path: Path) -> None:
    code, out, err = _twin(
        tmp_path, "tokens", "create", "--role", "viewer", "--name", "planner", "--layers", "b,a"
    )
    assert code == 0, err
    with open_stores(_settings(tmp_path)) as stores:
        principal = stores.tokens.authenticate(out.strip())
    assert principal.layers == {"a", "b"} and principal.sees("a") and not principal.sees("c")
    code, out, _ = _twin(tmp_path, "tokens", "list")
    assert out.splitlines()[1].split("\t")[8] == "a,b"


def test_a_grant_that_is_not_a_layer_name_is_refused(tmp_path: Path) -> None:
    code, _, err = _twin(
        tmp_path, "tokens", "create", "--role", "viewer", "--name", "x", "--layers", "a,../etc"
    )
    assert code == EX_USAGE and "'../etc' is not a layer name" in err
