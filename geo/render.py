"""Render events as a Folium/Leaflet map: one layer per event type.

The page is built the way folium is built: a ``FeatureGroup`` per type (named
with its count), custom ``MacroElement``s for the title panel, the legend and the
drawing script, and the ``LayerControl`` added last. Drawing happens in the
browser from one embedded GeoJSON collection per type, so 10,000 events cost
no more Python objects than ten. All article text travels as JSON and reaches
the page through ``textContent``.

Examples
--------
>>> html = render_map([], MapOptions(offline=True))
>>> "Strikes (0)" in html and "cdn." not in html
True
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from dataclasses import dataclass
from importlib import resources

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from geo.assets_svg import GLYPHS, legend_rows
from geo.frames import events_frame
from geo.records import Event
from geo.types import BY_NAME, NAMES

LEAFLET_CDN = ("https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
               "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css")


@dataclass(frozen=True)
class MapOptions:
    """What the map shows besides the events."""

    offline: bool = False
    since: dt.date | None = None
    until: dt.date | None = None
    types: tuple[str, ...] = NAMES
    articles: int = 0
    undated_dropped: int = 0
    outside: int = 0


class _Panel(MacroElement):
    """A static Leaflet control holding pre-escaped HTML (title panel, legend)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var control = L.control({position: {{ this.position|tojson }}});
            control.onAdd = function () {
                var div = L.DomUtil.create("div", {{ this.css_class|tojson }});
                div.innerHTML = {{ this.markup }};
                L.DomEvent.disableClickPropagation(div);
                return div;
            };
            control.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
    """)

    def __init__(self, markup: str, position: str, css_class: str):
        super().__init__()
        self._name = "Panel"
        self.markup, self.position, self.css_class = _script_json(markup), position, css_class


class _Raw(Element):
    """Markup written as it is: never parsed as a Jinja template (fast for large inline
    assets and data, and article text can never be evaluated as template code)."""

    def __init__(self, markup: str):
        super().__init__()
        self._markup = markup

    def render(self, **kwargs) -> str:
        return self._markup


class _Events(MacroElement):
    """Calls the bundled drawing script with the map, the layer groups and the data,
    which sits in a JSON script element of its own."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        geoCrisisMap({{ this._parent.get_name() }}, {
        {%- for type, group in this.groups %}
            {{ type|tojson }}: {{ group.get_name() }},
        {%- endfor %}
        }, JSON.parse(document.getElementById("geo-data").textContent));
        {% endmacro %}
    """)

    def __init__(self, groups):
        super().__init__()
        self._name = "Events"
        self.groups = groups


def render_map(events: list[Event], options: MapOptions) -> str:
    """The whole HTML page for ``events``; same input, same bytes."""
    frame = events_frame(events)
    drawable = frame[frame.geometry.notna()]
    m = folium.Map(tiles=None if options.offline else "Esri.WorldGrayCanvas", zoom_start=4,
                   location=[30, 45], control_scale=True, min_zoom=2, max_zoom=18)
    m.default_js, m.default_css = [], []
    _assets(m, options.offline)
    if options.offline:
        m.get_root().html.add_child(_Raw(
            "<script>document.addEventListener('DOMContentLoaded',function(){"
            "document.querySelectorAll('.folium-map').forEach(function(e){e.classList.add('geo-offline');});});"
            "</script>"))
    groups = []
    layers = {}
    for type_ in options.types:
        kind = BY_NAME[type_]
        rows = drawable[drawable["type"] == type_]
        group = folium.FeatureGroup(name=f"{kind.label} ({len(rows):,})", show=True)
        group.add_to(m)
        groups.append((type_, group))
        layers[type_] = {"label": kind.label, "singular": kind.singular, "color": kind.colour,
                         "movement": kind.movement, "dodge": list(kind.dodge),
                         "cluster_anchor": list(kind.cluster_anchor),
                         "features": [_feature(r) for r in rows.itertuples(index=False)]}
    data = {"layers": layers, "days": _days(drawable, options), "glyphs": GLYPHS,
            "outlines": _outlines() if options.offline else None}
    m.get_root().html.add_child(_Raw(f'<script type="application/json" id="geo-data">{_script_json(data)}</script>'),
                                name="geo_data")
    m.add_child(_Events(groups))
    m.add_child(_Panel(_title(len(drawable), len(frame) - len(drawable), options), "topright", "geo-panel"))
    m.add_child(_Panel(_legend(options.types), "bottomright", "geo-legend"))
    if len(drawable):
        m.fit_bounds(_bounds(drawable), padding=(30, 30), max_zoom=7)
    folium.LayerControl(collapsed=False, position="topleft").add_to(m)
    _stable_ids(m.get_root())
    return m.get_root().render()


def _assets(m: folium.Map, offline: bool) -> None:
    header = m.get_root().header
    if offline:
        header.add_child(_Raw(f"<style>{_asset('xstatic.pkg.leaflet', 'leaflet.css')}</style>"), name="leaflet_css")
        header.add_child(_Raw(f"<script>{_asset('xstatic.pkg.leaflet', 'leaflet.js')}</script>"), name="leaflet")
    else:
        header.add_child(_Raw(f'<link rel="stylesheet" href="{LEAFLET_CDN[1]}"/>'), name="leaflet_css")
        header.add_child(_Raw(f'<script src="{LEAFLET_CDN[0]}"></script>'), name="leaflet")
    cluster = "xstatic.pkg.leaflet_markercluster"
    header.add_child(_Raw(f"<style>{_asset(cluster, 'MarkerCluster.css')}</style>"), name="cluster_css")
    header.add_child(_Raw(f"<script>{_asset(cluster, 'leaflet.markercluster.js')}</script>"), name="cluster")
    header.add_child(_Raw(f"<style>{_asset('geo', 'map.css', 'assets')}</style>"), name="geo_css")
    header.add_child(_Raw(f"<script>{_asset('geo', 'map.js', 'assets')}</script>"), name="geo_js")


def _asset(package: str, name: str, folder: str = "data") -> str:
    text = (resources.files(package) / folder / name).read_text(encoding="utf-8")
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style")


def _outlines() -> dict:
    return json.loads((resources.files("geo") / "data" / "countries.geojson").read_text(encoding="utf-8"))


def _text(value):
    """A table cell as JSON wants it: pandas' NaN for a missing value becomes null."""
    return None if value is None or (isinstance(value, float) and value != value) else value


def _feature(r) -> dict:
    props = {
        "id": r.id, "type": r.type, "status": r.status, "date": r.date, "date_end": r.date_end,
        "date_precision": r.date_precision, "place": r.place, "geo_precision": r.geo_precision,
        "origin": _text(r.origin), "origin_inferred": bool(r.origin_inferred) if _text(r.origin) else False,
        "destination": _text(r.destination), "summary": r.summary, "actor": _text(r.actor),
        "target": _text(r.target),
        "fatalities": None if r.fatalities is None or r.fatalities != r.fatalities else int(r.fatalities),
        "lat": float(r.lat), "lon": float(r.lon), "radius_km": float(r.radius_km),
        "origin_lat": None if r.origin_lat != r.origin_lat else float(r.origin_lat),
        "origin_lon": None if r.origin_lon != r.origin_lon else float(r.origin_lon),
        "sources": [{"title": s["title"], "sentence": s["sentence"], "url": ""} for s in r.sources],
    }
    props = {k: _text(v) for k, v in props.items()}
    return {"type": "Feature", "properties": props,
            "geometry": {"type": "Point", "coordinates": [props["lon"], props["lat"]]}}


def _days(frame, options: MapOptions) -> dict:
    """The slider's range: from the first to the last day of the events dated to a day or a
    week, or by their report."""
    fine = frame[frame["date_precision"].isin(["day", "week", "reported"])]
    if fine.empty:
        return {"first": None, "count": 0}
    first = dt.date.fromisoformat(min(fine["date"]))
    last = dt.date.fromisoformat(max(d or s for d, s in zip(fine["date_end"], fine["date"])))
    if options.since:
        first = max(first, options.since)
    if options.until:
        last = min(last, options.until)
    return {"first": first.isoformat(), "count": (last - first).days + 1}


def _script_json(data) -> str:
    """JSON safe to sit inside a <script> element and to pass through folium's templates.

    No "</script>" or "<!--" (angle brackets and ampersands are \\u-escaped), no raw line
    separators, and no Jinja delimiters: branca renders a MacroElement's output as a
    template a second time, so "{{7*7}}" in an article would otherwise be evaluated.
    In JSON text a "{" followed by "{", "%" or "#" can only sit inside a string.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                         ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return re.sub(r"\{(?=[{%#])", r"\\u007b", text)


def _title(shown: int, unplaced: int, o: MapOptions) -> str:
    def day(d):
        return f"{d.day} {d:%b %Y}"

    if o.since or o.until:
        window = f"{day(o.since) if o.since else 'the beginning'} – {day(o.until) if o.until else 'today'}"
    else:
        window = "all dates"
    notes = []
    if o.undated_dropped:
        notes.append(f"{o.undated_dropped} undated event{'s' * (o.undated_dropped != 1)} left out by the window")
    if unplaced:
        notes.append(f"{unplaced} event{'s' * (unplaced != 1)} without a location not drawn")
    types = ", ".join(BY_NAME[t].label.lower() for t in o.types)
    parts = [
        "<h1>Strikes, attacks and deployments</h1>",
        f"<p>Window: <b>{html.escape(window)}</b></p>",
        f"<p class='geo-count'>{shown:,} event{'s' * (shown != 1)} shown ({html.escape(types)}) "
        f"from {o.articles:,} article{'s' * (o.articles != 1)}</p>",
    ]
    parts += [f"<p class='geo-note'>{html.escape(n)}</p>" for n in notes]
    parts.append("<p class='geo-note'>Click a symbol for its sources; hollow or dashed = not confirmed.</p>")
    return "".join(parts)


def _legend(types) -> str:
    return legend_rows([(t, BY_NAME[t].singular, BY_NAME[t].colour) for t in types])


def _bounds(frame):
    """Frame where things happened and where forces went; far-off origins (Fort Bragg)
    stay reachable by their lines without shrinking the theatre to a speck."""
    lats, lons = list(frame["lat"]), list(frame["lon"])
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def _stable_ids(root) -> None:
    """Replace branca's random element ids by counters, so two renders are byte-identical."""
    counter = 0

    def walk(element):
        nonlocal counter
        element._id = f"{counter:04d}"
        counter += 1
        for child in list(element._children.values()):
            walk(child)

    walk(root)
    for part in (root.header, root.html, root.script):
        walk(part)
