"""Spatial quadtree over item positions: index math only, no geometry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray


@dataclass
class QuadNode:
    """A node holding every item of its subtree; leaves have no children."""

    items: NDArray[np.intp]
    bounds: tuple[float, float, float, float]  # min x, min y, max x, max y
    level: int
    x: int
    y: int
    children: list[QuadNode] = field(default_factory=list)

    @property
    def is_leaf(self) -> bool:
        """True when the node's items go into its own content."""
        return not self.children

    def walk(self) -> list[QuadNode]:
        """Every node, children before their parent (the order content must be written in)."""
        out: list[QuadNode] = []
        for child in self.children:
            out.extend(child.walk())
        out.append(self)
        return out


def quadtree(
    x: NDArray[np.float64],
    y: NDArray[np.float64],
    fits: Callable[[NDArray[np.intp]], bool],
    max_depth: int = 20,
) -> QuadNode:
    """Split the square around the items into quadrants until each leaf's items `fits`.

    Empty quadrants are dropped. Items at one position cannot be split: `max_depth` stops that.
    """
    if x.size == 0:
        raise ValueError("a quadtree needs at least one item")
    minx, miny, maxx, maxy = float(x.min()), float(y.min()), float(x.max()), float(y.max())
    side = max(maxx - minx, maxy - miny, 1e-9)
    root = QuadNode(np.arange(x.size), (minx, miny, minx + side, miny + side), 0, 0, 0)
    stack = [root]
    while stack:
        node = stack.pop()
        if node.level >= max_depth or fits(node.items):
            continue
        x0, y0, x1, y1 = node.bounds
        mx, my = (x0 + x1) / 2.0, (y0 + y1) / 2.0
        east = x[node.items] >= mx
        north = y[node.items] >= my
        for qx in (0, 1):
            for qy in (0, 1):
                mask = (east == bool(qx)) & (north == bool(qy))
                if not mask.any():
                    continue
                bounds = (mx if qx else x0, my if qy else y0, x1 if qx else mx, y1 if qy else my)
                child = QuadNode(
                    node.items[mask], bounds, node.level + 1, 2 * node.x + qx, 2 * node.y + qy
                )
                node.children.append(child)
                stack.append(child)
    return root
