"""Layouts of the actor page's two charts, computed on the server and drawn by the templates
as inline SVG: a timeline (bars per month, stacked by CAMEO quad class) and a network of the
actors it meets, criticises or attacks (the actor in the centre, the others on a circle).

Only geometry is computed here; names and colours are left to the template and stylesheet.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
MAX_MONTHS = 36  # the timeline shows at most the last three years with events
MAX_PARTNERS = 12
MAX_SLOT = 48.0  # pixels per month at most, so one busy month is a bar, not a wall


def quad(root: str | None) -> str | None:
    """CAMEO's quad class of a root: 01-05 verbal cooperation, 06-08 material cooperation,
    09-13 verbal conflict, 14-20 material conflict (Schrodt, CAMEO codebook)."""
    if not root or not root[:2].isdigit():
        return None
    number = int(root[:2])
    if 1 <= number <= 5:
        return QUADS[0]
    if number <= 8:
        return QUADS[1]
    if number <= 13:
        return QUADS[2]
    return QUADS[3] if number <= 20 else None


# -- timeline ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Bar:
    quad: str
    x: float
    y: float
    width: float
    height: float
    n: int


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(slots=True)
class Timeline:
    width: int
    height: int
    top: int  # the largest monthly total, the value of the y axis's top
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    months: list[tuple[str, int]] = field(default_factory=list)  # (YYYY-MM, total), for the table

    @property
    def empty(self) -> bool:
        return not self.bars


def timeline(points: Iterable[dict[str, Any]], width: int = 640, height: int = 180) -> Timeline:
    """Bars per month from `[{date, root, n}]`; months without events between the first and the
    last still get a slot, so the x axis is time, not a list of busy months."""
    counts: dict[str, dict[str, int]] = {}
    for point in points:
        month, group = str(point.get("date") or "")[:7], quad(point.get("root"))
        if len(month) == 7 and group:
            per_quad = counts.setdefault(month, dict.fromkeys(QUADS, 0))
            per_quad[group] += int(point.get("n") or 0)
    months = _month_range(min(counts), max(counts))[-MAX_MONTHS:] if counts else []
    chart = Timeline(width, height, max((sum(counts[m].values()) for m in months if m in counts), default=0))
    chart.months = [(m, sum(counts[m].values())) for m in months if m in counts]
    if not chart.top:
        return chart
    left, bottom, plot_h = 30, height - 22, height - 32
    slot = min((width - left - 4) / len(months), MAX_SLOT)
    start = left + ((width - left - 4) - slot * len(months)) / 2  # few months: centred, not stretched
    for i, month in enumerate(months):
        x, y = start + i * slot + slot * 0.1, float(bottom)
        for group in QUADS:
            n = counts[month][group] if month in counts else 0
            if n:
                h = plot_h * n / chart.top
                y -= h
                chart.bars.append(Bar(group, round(x, 1), round(y, 1), round(slot * 0.8, 1), round(h, 1), n))
        if i % max(1, math.ceil(len(months) / 8)) == 0:
            chart.ticks.append(Tick(round(x + slot * 0.4, 1), month))
    return chart


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


# -- network -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Node:
    entity: str
    name_ar: str | None
    name_en: str | None
    x: float
    y: float
    anchor: str  # text-anchor of its label: start, middle or end, by the side of the circle


@dataclass(frozen=True, slots=True)
class Edge:
    entity: str
    relation: str
    direction: str  # "out": the actor did it to the other; "in": the other did it to the actor
    n: int
    path: str  # SVG path data from the actor of the act to the one it was done to


@dataclass(slots=True)
class Network:
    size: int
    centre: float
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def network(relations: Iterable[dict[str, Any]], size: int = 420) -> Network:
    """The strongest `MAX_PARTNERS` partners, evenly on a circle; two relations between the same
    pair bend apart so that each stays visible."""
    by_partner: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rel in relations:
        if rel.get("entity"):
            by_partner[str(rel["entity"])].append(rel)
    ranked = sorted(by_partner, key=lambda e: (-sum(int(r.get("n") or 0) for r in by_partner[e]), e))
    chart = Network(size, size / 2)
    radius = size / 2 - 70
    for i, entity in enumerate(ranked[:MAX_PARTNERS]):
        angle = -math.pi / 2 + 2 * math.pi * i / min(len(ranked), MAX_PARTNERS)
        x, y = chart.centre + radius * math.cos(angle), chart.centre + radius * math.sin(angle)
        first = by_partner[entity][0]
        anchor = "middle" if abs(math.cos(angle)) < 0.3 else ("start" if math.cos(angle) > 0 else "end")
        chart.nodes.append(Node(entity, first.get("name_ar"), first.get("name_en"), round(x, 1), round(y, 1), anchor))
        rels = by_partner[entity]
        for k, rel in enumerate(rels):
            bend = (k - (len(rels) - 1) / 2) * 28
            ends = ((chart.centre, chart.centre), (x, y))
            start, end = ends if rel.get("direction") != "in" else ends[::-1]
            chart.edges.append(
                Edge(entity, str(rel.get("relation") or ""), str(rel.get("direction") or "out"),
                     int(rel.get("n") or 0), _curve(start, end, bend))
            )
    return chart


def _curve(a: tuple[float, float], b: tuple[float, float], bend: float) -> str:
    """A quadratic curve from a to b whose middle is pushed `bend` pixels sideways, stopping short
    of b's circle so the arrow head shows."""
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy) or 1.0
    shorten = 14 / length
    ex, ey = bx - dx * shorten, by - dy * shorten
    sx, sy = ax + dx * shorten, ay + dy * shorten
    mx, my = (ax + bx) / 2 - dy / length * bend, (ay + by) / 2 + dx / length * bend
    return f"M{sx:.1f} {sy:.1f}Q{mx:.1f} {my:.1f} {ex:.1f} {ey:.1f}"
