"""Who is calling: ``require_role(Role.X)``, the dependency every write endpoint declares.

Reads are public unless ``TWIN_PUBLIC_READ=false`` (then see access.py). A write needs
``Authorization: Bearer <token>`` (a token from ``twin tokens create``) whose role grants the
endpoint's role: 401 without a valid token (with a ``WWW-Authenticate: Bearer`` challenge, see
problems.py), 403 with the wrong role.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request

from twin.auth import Principal, Role, allows
from twin.errors import AuthenticationError, PermissionDeniedError
from twin.server.dependencies import Credentials, StoresDep


def require_role(needed: Role) -> Callable[..., Principal]:
    """A dependency that returns the caller's `Principal` when its token grants ``needed``.

    Raises (as problems):
        AuthenticationError: no token, a malformed header, or a token that is not valid (401).
        PermissionDeniedError: a valid token whose role does not grant ``needed`` (403).
    """

    def authorised(request: Request, credentials: Credentials, stores: StoresDep) -> Principal:
        if credentials is None:
            if request.headers.get("authorization"):
                raise AuthenticationError(
                    "the Authorization header must be 'Bearer <token>'", error="invalid_request"
                )
            raise AuthenticationError(
                f"this needs a token with role {needed}: send 'Authorization: Bearer <token>'"
            )
        principal = stores.tokens.authenticate(credentials.credentials)
        if not allows(principal.role, needed):
            raise PermissionDeniedError(
                f"token {principal.name!r} has role {principal.role}; this needs {needed}"
            )
        return principal

    authorised.__name__ = f"require_{needed}"
    return authorised


AdminDep = Annotated[Principal, Depends(require_role(Role.ADMIN))]
SurveyorDep = Annotated[Principal, Depends(require_role(Role.SURVEYOR))]


def check_owner(principal: Principal, owner: str | None, what: str) -> None:
    """Refuse ``principal`` access to ``what``, owned by the token ``owner``, unless it is the
    owner or an admin.

    Raises:
        PermissionDeniedError: another token's (403).
    """
    if principal.role is not Role.ADMIN and owner != principal.token_id:
        raise PermissionDeniedError(f"{what} belongs to another token")
