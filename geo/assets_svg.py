"""The symbols of the event types, for the legend here and, sent with the map's data,
for the markers ``assets/map.js`` draws: one source for both."""

from __future__ import annotations

import html

from geo.types import REGISTRY

GLYPHS = {t.name: t.glyph for t in REGISTRY}


def symbol(type_: str, color: str, hollow: bool = False) -> str:
    fill = "#ffffff" if hollow else color
    dash = ' stroke-dasharray="3 2"' if hollow else ""
    return (f'<svg viewBox="0 0 24 24" width="18" height="18"><g fill="{fill}" stroke="{color}" '
            f'stroke-width="2.5"{dash}>{GLYPHS[type_]}</g></svg>')


def legend_rows(types: list[tuple[str, str, str]]) -> str:
    """Legend HTML: a row per type, then how status and precision are drawn."""
    rows = ["<h2>Events</h2>"]
    for type_, label, color in types:
        rows.append(f"<div class='geo-legend-row'>{symbol(type_, color)}<span>{html.escape(label)}</span></div>")
    grey = "#555555"
    rows += [
        "<h2>Status</h2>",
        f"<div class='geo-legend-row'>{symbol('strike', grey)}<span>confirmed</span></div>",
        f"<div class='geo-legend-row'>{symbol('strike', grey, hollow=True)}<span>unconfirmed or disputed</span></div>",
        "<div class='geo-legend-row'><svg width='28' height='10'><line x1='0' y1='5' x2='28' y2='5' "
        "stroke='#1565c0' stroke-width='3' stroke-dasharray='6 5'/></svg><span>planned movement</span></div>",
        "<div class='geo-legend-row'><svg width='28' height='10'><line x1='0' y1='5' x2='28' y2='5' "
        "stroke='#1565c0' stroke-width='3'/></svg><span>movement, origin → destination</span></div>",
        "<h2>Precision</h2>",
        "<div class='geo-legend-row'><svg width='18' height='18'><circle cx='9' cy='9' r='7' fill='#55555522' "
        "stroke='#555' stroke-dasharray='3 3'/></svg><span>somewhere in a country or region</span></div>",
    ]
    return "".join(rows)
