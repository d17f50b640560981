"""Exports read back with geopandas: what was written is what an analyst gets."""

import json

import geopandas as gpd
import pyogrio

from geo.export import csv_text, geojson_text, write_gpkg


def test_geojson_is_rfc7946_and_round_trips(seeds_result, tmp_path):
    path = tmp_path / "events.geojson"
    path.write_text(geojson_text(list(seeds_result.events)))
    data = json.loads(path.read_text())
    assert data["type"] == "FeatureCollection" and "crs" not in data
    props = data["features"][0]["properties"]
    assert list(props) == ["id", "type", "status", "date", "date_end", "date_precision", "place", "place_id",
                           "geo_precision", "origin", "origin_id", "origin_inferred", "destination", "destination_id",
                           "actor", "target", "fatalities", "summary", "sources"]
    assert set(props["sources"][0]) == {"article", "title", "sentence", "start", "end"}
    frame = gpd.read_file(path)
    assert len(frame) == len(seeds_result.events)
    assert frame.crs.to_epsg() == 4326
    assert set(frame.geometry.geom_type) == {"Point", "LineString"}


def test_csv_flattens_with_coordinates(seeds_result):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(csv_text(list(seeds_result.events)))))
    assert len(rows) == len(seeds_result.events)
    line = next(r for r in rows if r["origin_id"] == "italy")
    assert (line["destination_id"], line["status"]) == ("lebanon", "planned")
    assert float(line["origin_lat"]) > 40 and float(line["lat"]) < 35
    assert json.loads(line["sources"])[0]["sentence"].startswith("Elements of the U.S. Army's 173rd")


def test_geopackage_has_points_and_movements(seeds_result, tmp_path):
    path = tmp_path / "events.gpkg"
    write_gpkg(list(seeds_result.events), path)
    layers = dict(pyogrio.list_layers(path))
    assert layers == {"events": "Point", "movements": "LineString"}
    points = gpd.read_file(path, layer="events")
    moves = gpd.read_file(path, layer="movements")
    assert len(points) + len(moves) == len(seeds_result.events)
    assert set(moves["type"]) == {"deployment"}
    assert json.loads(points.iloc[0]["sources"])[0]["article"].endswith(".txt")
