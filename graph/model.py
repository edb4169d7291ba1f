"""The graph model of ../shared/SCHEMA.md as Python constants: the closed sets of labels and types."""

from __future__ import annotations

PLACE_LABELS = ("Province", "City", "County", "Township", "Village")
BODY_LABELS = ("Branch", "Cooperative", "Enterprise", "Organization", "Project", "Programme")
PERSON_LABELS = ("Official", "Person")
ENTITY_LABELS = PLACE_LABELS + BODY_LABELS + PERSON_LABELS
RELATION_TYPES = ("LOCATED_IN", "LEADS", "HOLDS_POST", "INVESTS_IN", "SUPPORTS", "IMPLEMENTS")

# Allowed (source labels, target labels) per relation type; "*" means any entity label.
RELATION_ENDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "LOCATED_IN": (ENTITY_LABELS, PLACE_LABELS),
    "LEADS": (("Branch",), ("Cooperative", "Enterprise", "Project", "Organization")),
    "HOLDS_POST": (
        PERSON_LABELS,
        ("Branch", "Township", "County", "City", "Village", "Organization", "Cooperative", "Enterprise"),
    ),
    "INVESTS_IN": (
        ("Enterprise", "Organization", "Branch", "Cooperative") + PLACE_LABELS,
        ("Project", "Enterprise", "Village", "Cooperative"),
    ),
    "SUPPORTS": (ENTITY_LABELS, ENTITY_LABELS),
    "IMPLEMENTS": (PLACE_LABELS + ("Branch", "Organization", "Cooperative", "Enterprise"), ("Programme",)),
}


def labels_for(entity_type: str) -> str:
    """The Cypher label chain for an entity type, e.g. ``Entity:Place:Village``.

    Only ever called with a member of ENTITY_LABELS, so the result is one of a fixed set of strings.
    """
    if entity_type not in ENTITY_LABELS:
        raise ValueError(f"unknown entity type {entity_type!r}")
    return f"Entity:Place:{entity_type}" if entity_type in PLACE_LABELS else f"Entity:{entity_type}"
