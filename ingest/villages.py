"""Township- and village-level divisions from ``jionlp``'s table (data to 2023), read from the zip
the package ships, without importing jionlp itself.

Used for identity only: a village an article names without its township gets the township the
table gives it — when exactly one township of the article's county has a village of that name —
so that it becomes the same node as in an article that writes the township. No relation is made
from the table: the graph states only what articles say.
"""

from __future__ import annotations

import importlib.util
import re
import zipfile
from functools import lru_cache
from pathlib import Path

_COUNTY_LINE = re.compile(r"^\t\t(?!\t)[^\t\n]+\t(\d{6})", re.MULTILINE)
_UPPER_LINE = re.compile(r"^\t{0,2}(?!\t)\S", re.MULTILINE)


@lru_cache(maxsize=1)
def _county_blocks() -> tuple[str, dict[str, tuple[int, int]]]:
    """The table's text, and for each county code the span of its townships and villages."""
    spec = importlib.util.find_spec("jionlp")  # found, not imported: importing jionlp loads its models
    if spec is None or not spec.submodule_search_locations:
        return "", {}
    path = Path(list(spec.submodule_search_locations)[0]) / "dictionary" / "china_location.zip"
    with zipfile.ZipFile(path) as zf:
        text = zf.read("china_location.txt").decode("utf-8")
    blocks: dict[str, tuple[int, int]] = {}
    for m in _COUNTY_LINE.finditer(text):
        start = text.find("\n", m.end()) + 1
        nxt = _UPPER_LINE.search(text, start)
        blocks[m.group(1)] = (start, nxt.start() if nxt else len(text))
    return text, blocks


@lru_cache(maxsize=256)
def village_townships(county_code: str) -> dict[str, tuple[str, ...]]:
    """Village name → the townships of this county that have a village of that name."""
    text, blocks = _county_blocks()
    if county_code not in blocks:
        return {}
    start, end = blocks[county_code]
    out: dict[str, list[str]] = {}
    town = None
    for line in text[start:end].split("\n"):
        depth = len(line) - len(line.lstrip("\t"))
        name = line.strip().split("\t")[0]
        if depth == 3:
            town = name
        elif depth == 4 and town:
            out.setdefault(name, []).append(town)
    return {k: tuple(v) for k, v in out.items()}


def township_of(county_code: str, village: str) -> str | None:
    """The one township of the county with this village, or None when there is none or several."""
    towns = village_townships(county_code).get(village, ())
    return towns[0] if len(set(towns)) == 1 else None


@lru_cache(maxsize=1)
def known_names() -> tuple[dict[str, None], dict[str, None]]:
    """Every township name and every village name the table has, anywhere in China.

    A place's left edge is decided with it: of the readings of "…能为建新村" or "蕉城石后乡", the
    one the table knows wins over one it does not (see ``mentions.table_reading``). Held as dicts, not
    sets, for membership alone: a dict of strings is never tracked by the garbage collector, a set is,
    and every full collection walked its 340,000 names (60 ms, one in every 200 articles or so)."""
    text, _ = _county_blocks()
    towns: set[str] = set()
    villages: set[str] = set()
    for m in re.finditer(r"^\t\t\t(\t?)([^\t\r\n]+)", text, re.MULTILINE):
        (villages if m.group(1) else towns).add(m.group(2))
    return dict.fromkeys(towns), dict.fromkeys(villages)


def is_known(typ: str, name: str) -> bool:
    towns, villages = known_names()
    return name in (towns if typ == "Township" else villages)
