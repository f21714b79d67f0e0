"""Event places as circles on the bundled outlines (`static/world.svg`).

The outlines are in an equirectangular projection, x = longitude and y = minus latitude in
degrees (see kb/build/build_outlines.py), so a place needs no projection code: (lon, -lat).
A circle's area grows with its count; radii are in degrees at the world view, and `map.js`
shrinks them as the map zooms in so that circles stay the same size on screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

VIEW_BOX = (-180.0, -84.0, 360.0, 142.0)  # as written into world.svg by the build script
MIN_RADIUS, MAX_RADIUS = 0.9, 5.0


@dataclass(frozen=True, slots=True)
class Circle:
    place: str
    name: str | None
    x: float
    y: float
    r: float
    n: int


def circles(places: Iterable[dict[str, Any]]) -> list[Circle]:
    """One circle per place with coordinates, largest first so that small ones are drawn on top."""
    valid = [p for p in places if _coordinates(p) is not None and int(p.get("n") or 0) > 0]
    top = max((int(p["n"]) for p in valid), default=1)
    out = []
    for p in valid:
        lat, lon = _coordinates(p) or (0.0, 0.0)
        n = int(p["n"])
        r = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * math.sqrt(n / top)
        out.append(Circle(str(p.get("place") or ""), p.get("name_en"), round(lon, 3), round(-lat, 3), round(r, 2), n))
    return sorted(out, key=lambda c: (-c.n, c.place))


def _coordinates(place: dict[str, Any]) -> tuple[float, float] | None:
    lat, lon = place.get("lat"), place.get("lon")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return float(lat), float(lon)


def view_box() -> str:
    return " ".join(f"{v:g}" for v in VIEW_BOX)
