"""Build the country outlines of the web page's map (src/rasd/web/static/world.svg).

Input: `countries-50m.json` of the npm package world-atlas (TopoJSON of Natural Earth's
admin-0 countries, 1:50m; ISC licence, data public domain). Fetch it with the ordinary npm
client, outside the project, and pass its path:

    cd /tmp && npm pack world-atlas && tar xzf world-atlas-*.tgz
    python kb/build/build_outlines.py /tmp/package/countries-50m.json

Output: an SVG file, one path per country (`id` "c" + ISO 3166 numeric code, `data-name` the
English name) inside `<g id="countries">`, which the map page draws with
`<use href=".../world.svg#countries">` so the browser fetches and caches it once. The projection is equirectangular (x = longitude, y = minus
latitude, in degrees), so the page places an event at (lon, -lat) with no projection code.
Arcs are simplified once (Douglas-Peucker) before rings are assembled, so two neighbours
still share the same border points, and coordinates are rounded to `DIGITS` decimals.
Antarctica is left out: no news event is placed there and it would take a third of the height.
"""

from __future__ import annotations

import argparse
import html
import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[2] / "src" / "rasd" / "web" / "static" / "world.svg"
TOLERANCE = 0.05  # degrees; about 4 km, below what the page shows at its deepest zoom
DIGITS = 2
SKIP = {"010"}  # Antarctica (ISO 3166 numeric)
VIEW = (-180.0, -84.0, 360.0, 142.0)  # min x, min y, width, height: 84° N to 58° S

Point = tuple[float, float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Quantized TopoJSON arcs are deltas from the previous point, scaled by the transform."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas-Peucker, iterative; the end points always stay (they are shared by neighbours)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        lo, hi = stack.pop()
        index, distance = _farthest(points, lo, hi)
        if distance > tolerance:
            keep[index] = True
            stack += [(lo, index), (index, hi)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _farthest(points: list[Point], lo: int, hi: int) -> tuple[int, float]:
    (ax, ay), (bx, by) = points[lo], points[hi]
    dx, dy = bx - ax, by - ay
    norm = (dx * dx + dy * dy) ** 0.5
    best, index = -1.0, lo
    for i in range(lo + 1, hi):
        px, py = points[i]
        if norm == 0:
            d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
        else:
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm
        if d > best:
            best, index = d, i
    return index, best


def ring(arcs: list[list[Point]], indices: list[int]) -> list[Point]:
    """A ring from its arcs; a negative index (~i) is arc i reversed. Joints are not repeated."""
    points: list[Point] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def wrapped(points: list[Point]) -> list[list[Point]]:
    """A ring crossing the antimeridian (Russia's Chukotka, Fiji) jumps from +180 to -180 and would
    be drawn as a band across the map: unwrap it into one continuous ring, and draw it a second
    time shifted by 360 degrees so both halves show inside the view."""
    out = [points[0]]
    for x, y in points[1:]:
        previous = out[-1][0]
        while x - previous > 180:
            x -= 360
        while previous - x > 180:
            x += 360
        out.append((x, y))
    xs = [x for x, _ in out]
    if min(xs) < -180:
        return [out, [(x + 360, y) for x, y in out]]
    if max(xs) > 180:
        return [out, [(x - 360, y) for x, y in out]]
    return [out]


def path(rings: list[list[Point]]) -> str:
    """SVG path data: an absolute move, then relative lines, shorter than absolute ones once rounded."""
    parts = []
    for points in rings:
        cells = [(round(x * 10**DIGITS), round(-y * 10**DIGITS)) for x, y in points]
        cells = [c for i, c in enumerate(cells) if i == 0 or c != cells[i - 1]]
        if len(cells) < 3:
            continue
        x0, y0 = cells[0]
        steps = [
            f"{_num(xb - xa)} {_num(yb - ya)}" for (xa, ya), (xb, yb) in zip(cells, cells[1:], strict=False)
        ]
        parts.append(f"M{_num(x0)} {_num(y0)}l" + " ".join(steps) + "z")
    return "".join(parts).replace(" -", "-")


def _num(cells: int) -> str:
    text = f"{cells / 10**DIGITS:.{DIGITS}f}".rstrip("0").rstrip(".")
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text


def countries(topology: dict[str, Any]) -> list[dict[str, str]]:
    arcs = [simplify(a, TOLERANCE) for a in decode_arcs(topology)]
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = str(geometry.get("id", ""))
        if code in SKIP or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        d = path([copy for polygon in polygons for r in polygon for copy in wrapped(ring(arcs, r))])
        if d:
            out.append({"id": code, "name": geometry["properties"]["name"], "d": d})
    return sorted(out, key=lambda c: c["name"])


def svg(shapes: list[dict[str, str]]) -> str:
    """The outline file; names are ASCII from Natural Earth but are escaped all the same."""
    view = " ".join(f"{v:g}" for v in VIEW)
    paths = "\n".join(
        f'<path id="c{html.escape(c["id"])}" data-name="{html.escape(c["name"])}" d="{c["d"]}"/>'
        for c in shapes
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{view}">\n'
        "<!-- Natural Earth admin-0 countries via world-atlas; see NOTICE -->\n"
        f'<g id="countries" fill-rule="evenodd">\n{paths}\n</g>\n</svg>\n'
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-50m.json (or -110m)")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    shapes = countries(json.loads(args.topojson.read_text(encoding="utf-8")))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(svg(shapes), encoding="utf-8")
    print(f"{args.output}: {len(shapes)} countries, {args.output.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
