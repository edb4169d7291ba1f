"""browser/style.grass read once, so the web explorer draws labels in Neo4j Browser's colours."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ruralkg.settings import PROJECT_ROOT

GRASS_PATH = PROJECT_ROOT / "browser" / "style.grass"
_RULE = re.compile(r"(node|relationship)(?:\.(\w+))?\s*\{([^}]*)\}", re.S)


@lru_cache(maxsize=1)
def grass_style() -> dict[str, Any]:
    """{"node": {label: {prop: value}}, "relationship": {type: {prop: value}}}; "*" holds the defaults."""
    style: dict[str, dict[str, dict[str, str]]] = {"node": {}, "relationship": {}}
    for kind, name, body in _RULE.findall(GRASS_PATH.read_text(encoding="utf-8")):
        props = {}
        for decl in body.split(";"):
            key, sep, value = decl.partition(":")
            if sep:
                props[key.strip()] = value.strip().strip("'\"")
        style[kind][name or "*"] = props
    return style
