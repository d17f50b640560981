"""The event types geo maps, as one registry that extraction, merging, the command line,
the table, the map and its script all read. A new type is a row here, the words that
report it in ``geo.extract.lexicon`` and the reader that makes its candidates.

>>> [t.name for t in REGISTRY]
['strike', 'attack', 'deployment']
>>> moves("deployment"), moves("strike")
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventType:
    name: str
    label: str  # the map layer and the title: "Strikes"
    singular: str  # a card's heading: "Strike"
    colour: str
    glyph: str  # the symbol's SVG shape, in a 24-unit box
    dodge: tuple[int, int]  # where the symbol is nudged when types share a place (icon anchor, px)
    cluster_anchor: tuple[int, int]
    movement: bool  # from an origin to a destination, drawn as an arrow
    definition: str  # ../shared/SPEC.md §2 in one line


REGISTRY = (
    EventType("strike", "Strikes", "Strike", "#c62828", '<path d="M12 2 L22 12 L12 22 L2 12 Z"/>',
              (18, 11), (29, 15), False,
              "U.S. or partner air, missile or drone power hitting a target"),
    EventType("attack", "Attacks", "Attack", "#ef6c00", '<path d="M12 2 L22 21 L2 21 Z"/>',
              (4, 11), (1, 15), False,
              "rockets, drones, missiles or raids by hostile forces on U.S. or partner forces, bases, ships"),
    EventType("deployment", "Deployments", "Deployment", "#1565c0",
              '<rect x="3" y="3" width="18" height="18" rx="3"/>', (11, 2), (15, 1), True,
              "a force sent, flown, sailing or put on alert, from an origin to a destination"),
)
BY_NAME = {t.name: t for t in REGISTRY}
NAMES = tuple(t.name for t in REGISTRY)
MOVEMENT = next(t.name for t in REGISTRY if t.movement)  # the type the movement reader makes


def moves(name: str) -> bool:
    """Is an event of this type a movement (origin to destination), not a hit on a place?"""
    return BY_NAME[name].movement
