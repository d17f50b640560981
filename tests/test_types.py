"""One registry of event types (geo.types) that the command line, merging, the map and its
script all read: what a type is lives in one row."""

from typer.testing import CliRunner

from geo import types
from geo.records import TYPES
from geo.cli import app
from geo.render import MapOptions, render_map
from tests.test_map import embedded_data


def test_every_stage_reads_the_one_registry(seeds_result):
    assert TYPES == types.NAMES
    html = render_map(list(seeds_result.events), MapOptions(offline=True))
    layers = embedded_data(html)["layers"]
    assert set(layers) == set(types.NAMES)
    for kind in types.REGISTRY:
        layer = layers[kind.name]
        assert (layer["label"], layer["color"], layer["movement"]) == (kind.label, kind.colour, kind.movement)
        assert f"{kind.label} (" in html


def test_the_command_line_offers_every_type_and_refuses_others(tmp_path):
    runner = CliRunner()
    help_text = runner.invoke(app, ["events", "--help"]).output
    assert all(name in help_text for name in types.NAMES)
    refused = runner.invoke(app, ["events", "--seeds", str(tmp_path), "--type", "ambush"])
    assert refused.exit_code != 0 and "ambush" in refused.output


def test_only_movements_have_a_destination(seeds_result):
    for e in seeds_result.events:
        assert (e.destination is not None) == (types.moves(e.type) and e.place is not None)
