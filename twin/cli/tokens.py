"""`twin tokens create|list|revoke`: the API tokens that write endpoints ask for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer

from twin.auth import Role
from twin.cli.errors import reports_errors
from twin.cli.progress import console
from twin.cli.serve import DataDirOption, _settings
from twin.store import open_stores

app = typer.Typer(
    help="API tokens for the write endpoints, sent in an 'Authorization: Bearer' header.",
    no_args_is_help=True,
)


@app.command("create")
@reports_errors
def create(
    role: Annotated[Role, typer.Option(help="What the token may do (admin: everything).")],
    name: Annotated[str, typer.Option(help="Who or what holds it (unique among live tokens).")],
    expires: Annotated[
        int | None, typer.Option(help="Days until it stops working (default: never).", min=1)
    ] = None,
    layers: Annotated[
        str | None,
        typer.Option(help="Comma-separated layers it may read, e.g. 'delft,dem' (default: all)."),
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Create a token and print it once on stdout: it is stored hashed and cannot be shown again."""
    expires_at = datetime.now(UTC) + timedelta(days=expires) if expires is not None else None
    with open_stores(_settings(data_dir)) as stores:
        record, secret = stores.tokens.create(
            name, role, expires_at=expires_at, layers=layers.split(",") if layers else None
        )
    until = f"until {record.expires_at}" if record.expires_at else "without expiry"
    seen = f"layers {','.join(record.layers)}" if record.layers is not None else "every layer"
    console.print(
        f"created token {record.id} ({record.name}, role {record.role}, {seen}, {until}); "
        "copy it now, it is not shown again"
    )
    typer.echo(secret)


@app.command("list")
@reports_errors
def list_tokens(data_dir: DataDirOption = None) -> None:
    """List the tokens: id, name, role, created, expires, revoked, last used (never the secret)."""
    with open_stores(_settings(data_dir)) as stores:
        records = stores.tokens.list_tokens()
    typer.echo("id\tname\trole\tcreated\texpires\trevoked\tlast_used\tstate\tlayers")
    for record in records:
        fields = (
            record.id,
            record.name,
            str(record.role),
            record.created_at,
            record.expires_at or "never",
            record.revoked_at or "-",
            record.last_used_at or "-",
            record.state(),
            ",".join(record.layers) if record.layers is not None else "*",
        )
        typer.echo("\t".join(fields))


@app.command("revoke")
@reports_errors
def revoke(
    token: Annotated[str, typer.Argument(help="The token's id, or the name of a live token.")],
    data_dir: DataDirOption = None,
) -> None:
    """Revoke a token: requests with it get 401 from now on."""
    with open_stores(_settings(data_dir)) as stores:
        record = stores.tokens.revoke(token)
    console.print(f"revoked token {record.id} ({record.name}) at {record.revoked_at}")
