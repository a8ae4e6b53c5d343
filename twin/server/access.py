"""Who may read: ``TWIN_PUBLIC_READ`` and per-layer grants, for the routes and the fast path.

With public reads on (the default, and the demo's) nobody is asked for anything. With them off,
every read of /tiles, /terrain and /api needs a token of role viewer or above (every role
grants viewer), and a token granted some layers (`twin tokens create --layers`) sees only those:
a layer it may not see answers exactly as a layer that does not exist, a 404 with the same
detail, so a token never learns which other layers exist.

Checking a token is a database read, and the fast path (`twin.server.serving.FastTiles`)
answers thousands of requests a second, so each token's verdict is cached per process for
`TOKEN_CACHE_S`: a revoked token stops working within that time in every server process.
"""

from __future__ import annotations

import threading
import time

from twin.auth import Principal, hash_token
from twin.errors import AuthenticationError, NotFoundError
from twin.model import Layer, LayerKind, LayerVersion
from twin.store import LayerCatalog, TokenStore

TOKEN_CACHE_S = 0.5
# Distinct tokens remembered per process; past this the cache starts afresh (a flood of made-up
# tokens costs a lookup each, never unbounded memory).
MAX_CACHED_TOKENS = 4096


def bearer_secret(authorization: str | None) -> str:
    """The token of an ``Authorization: Bearer <token>`` header.

    Raises:
        AuthenticationError: no header (no error code, RFC 6750 section 3.1) or another scheme
            (invalid_request).
    """
    if not authorization:
        raise AuthenticationError(
            "reading needs a token with role viewer: send 'Authorization: Bearer <token>'"
        )
    scheme, _, secret = authorization.partition(" ")
    secret = secret.strip()
    if scheme.lower() != "bearer" or not secret:
        raise AuthenticationError(
            "the Authorization header must be 'Bearer <token>'", error="invalid_request"
        )
    return secret


class TokenCache:
    """Verdicts on tokens (a principal or the reason it was refused), each for TOKEN_CACHE_S."""

    def __init__(self, ttl: float = TOKEN_CACHE_S) -> None:
        """Keep each verdict ``ttl`` seconds."""
        self.ttl = ttl
        self._lock = threading.Lock()
        self._verdicts: dict[str, tuple[float, Principal | AuthenticationError]] = {}

    def cached(self, secret: str) -> Principal | AuthenticationError | None:
        """The fresh verdict on ``secret``, or None when there is none (ask `check`)."""
        verdict = self._verdicts.get(hash_token(secret))
        if verdict is None or time.monotonic() > verdict[0]:
            return None
        return verdict[1]

    def check(self, secret: str, tokens: TokenStore) -> Principal:
        """The principal of ``secret``, from the cache or the token store.

        Raises:
            AuthenticationError: the token is unknown, expired or revoked.
        """
        verdict = self.cached(secret)
        if verdict is None:
            try:
                verdict = tokens.authenticate(secret)
            except AuthenticationError as exc:
                verdict = exc
            with self._lock:
                if len(self._verdicts) >= MAX_CACHED_TOKENS:
                    self._verdicts.clear()
                self._verdicts[hash_token(secret)] = (time.monotonic() + self.ttl, verdict)
        if isinstance(verdict, AuthenticationError):
            raise verdict
        return verdict


def read_principal(
    public_read: bool, authorization: str | None, cache: TokenCache, tokens: TokenStore
) -> Principal | None:
    """Who reads: None when reads are public (everything visible), else the token's principal.

    Raises:
        AuthenticationError: reads are not public and the token is missing or not valid (401).
    """
    if public_read:
        return None
    return cache.check(bearer_secret(authorization), tokens)


class GrantedCatalog:
    """A read view of a catalog showing only the layers ``granted``; others are unknown."""

    def __init__(self, catalog: LayerCatalog, granted: frozenset[str]) -> None:
        """Filter ``catalog`` to the layer names in ``granted``."""
        self._catalog = catalog
        self._granted = granted

    def list_layers(self) -> list[Layer]:
        """The granted layers, by name."""
        return [layer for layer in self._catalog.list_layers() if layer.name in self._granted]

    def find_layer(self, name: str) -> Layer | None:
        """A granted layer, or None (also for a layer that exists but is not granted)."""
        return self._catalog.find_layer(name) if name in self._granted else None

    def get_layer(self, name: str) -> Layer:
        """A granted layer; raises NotFoundError exactly as for an unknown layer."""
        if name not in self._granted:
            # The catalog's own wording for an unknown layer, so the two cannot be told apart.
            raise NotFoundError(f"no layer named {name!r}")
        return self._catalog.get_layer(name)

    def count_layers(self) -> int:
        """How many granted layers have a current version."""
        return sum(layer.current is not None for layer in self.list_layers())

    def versions(self, name: str) -> list[LayerVersion]:
        """The versions of a granted layer, newest first."""
        self.get_layer(name)
        return self._catalog.versions(name)

    def get_version(self, name: str, version_id: str) -> LayerVersion:
        """One version of a granted layer (the catalog's wording for any other)."""
        if name not in self._granted:
            raise NotFoundError(f"layer {name!r} has no version {version_id!r}")
        return self._catalog.get_version(name, version_id)

    def add_version(
        self, kind: LayerKind, version: LayerVersion, *, title: str | None = None
    ) -> Layer:
        """Writes go through the full catalog (the routes that write ask for their own role)."""
        return self._catalog.add_version(kind, version, title=title)

    def set_current(self, name: str, version_id: str) -> LayerVersion:
        """See `add_version`."""
        return self._catalog.set_current(name, version_id)


def catalog_for(catalog: LayerCatalog, reader: Principal | None) -> LayerCatalog:
    """The catalog as ``reader`` may see it."""
    if reader is None or reader.layers is None:
        return catalog
    return GrantedCatalog(catalog, reader.layers)
