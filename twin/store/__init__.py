"""Storage interfaces of the twin core; `twin.store.sqlite` is the embedded implementation."""

from __future__ import annotations

from typing import Protocol

from twin.model import Layer, LayerKind, LayerVersion


class LayerCatalog(Protocol):
    """Layers, their versions and which version each layer serves now."""

    def list_layers(self) -> list[Layer]:
        """Every layer, by name."""
        ...

    def get_layer(self, name: str) -> Layer:
        """One layer; raises NotFoundError when unknown."""
        ...

    def find_layer(self, name: str) -> Layer | None:
        """One layer, or None when unknown."""
        ...

    def versions(self, name: str) -> list[LayerVersion]:
        """The versions of a layer, newest first; raises NotFoundError when unknown."""
        ...

    def get_version(self, name: str, version_id: str) -> LayerVersion:
        """One version of a layer; raises NotFoundError when unknown."""
        ...

    def add_version(
        self, kind: LayerKind, version: LayerVersion, *, title: str | None = None
    ) -> Layer:
        """Record a version and make it current, in one transaction."""
        ...

    def set_current(self, name: str, version_id: str) -> LayerVersion:
        """Make an existing version current."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


__all__ = ["LayerCatalog"]
