"""Errors of the pure tiling core."""


class TilingError(ValueError):
    """Geometry or arrays that cannot become tile content."""


class InvalidGeometryError(TilingError):
    """A geometry that cannot be triangulated or extruded."""


class EmptyContentError(TilingError):
    """Nothing left to write (every feature dropped, empty tile)."""
