"""geo: turn news reports about a military crisis into a sourced, layered map.

The pipeline reads like the module list:

``articles`` (text files) -> ``text`` (sentences, tokens) -> ``mentions``
(place names found in text) -> ``resolve`` (mentions to ``Place`` records from
``gazetteer`` and ``geonames``) -> ``events`` (strikes, attacks, deployments,
dated by ``dates``, deduplicated by ``merge``) -> ``frames`` (GeoDataFrames)
-> ``render`` (the Folium map) and ``export`` (CSV, GeoJSON, GeoPackage).
``pipeline`` runs the whole path; ``cli`` is the thin typer shell around it.
"""

__version__ = "0.1.0"
