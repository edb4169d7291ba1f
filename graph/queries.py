"""The saved queries in cypher/: their headers parsed once, parameters validated, rows capped.

A file starts with comment lines that describe it; the API and the CLI read them from here:

    // name: branch_cooperatives
    // description: 党支部领办了哪些合作社 | Which cooperatives, enterprises and projects a branch leads
    // param: branch string -- name or id of the branch
    // param: limit int = 100
    // example: {"branch": "全民村党支部"}

An example is a JSON object of parameter values for the sample corpus, or, for queries that take
ids, ``// example-lookup:`` and a fixed read query whose columns are the parameter values. The
Neo4j Browser guide, the explorer's forms and the cross-engine test all use them. ``// cache: graph``
marks a query that reads the whole graph (an audit, a ranking): its answers are kept until the
graph changes (``graph/answers.py``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruralkg.graph.answers import answer_key, cache_for
from ruralkg.graph.store import Row, Store
from ruralkg.settings import CYPHER_DIR, get_settings

_PARAM = re.compile(r"^//\s*param:\s*(\w+)\s+([\w<>\[\]]+)(?:\s*=\s*(.*?))?\s*(?:--\s*(.*))?$")
_DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TYPES = {"string", "int", "float", "bool", "list<string>", "entity"}  # entity: an id, name or alias (graph/names.py)


class QueryParamError(ValueError):
    """A parameter that is missing or of the wrong type; the message names it."""


@dataclass
class Param:
    name: str
    type: str
    default: Any = None
    required: bool = True
    help: str = ""


@dataclass
class SavedQuery:
    name: str
    description_zh: str
    description_en: str
    params: list[Param]
    text: str
    path: Path
    tags: list[str] = field(default_factory=list)
    example: dict[str, Any] = field(default_factory=dict)
    example_lookup: str | None = None
    ordered_lists: tuple[str, ...] = ()  # list columns whose order means something (a path); the rest are sets
    cached: bool = False  # answers kept until the graph changes (graph/answers.py)


MAX_SKIP = 2**31 - 1
MAX_EVIDENCE = 100  # sentences per relation in one answer; all of them page through relation_evidence


def _clean_text(param: Param, text: str) -> str:
    if "\x00" in text:
        raise QueryParamError(f"parameter {param.name!r} contains a NUL character")
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise QueryParamError(f"parameter {param.name!r} contains a lone surrogate (not valid Unicode text)")
    return text


def _coerce(param: Param, value: Any) -> Any:
    try:
        if param.type == "int":
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError(value)
            return int(value)
        if param.type == "float":
            number = float(value)
            if number != number or number in (float("inf"), float("-inf")):
                raise ValueError(value)
            return number
        if param.type == "bool":
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        if param.type == "list<string>":
            if isinstance(value, list):
                return [_clean_text(param, str(v)) for v in value]
            text = _clean_text(param, str(value))
            if text.startswith("["):
                return [_clean_text(param, str(v)) for v in json.loads(text)]
            return [v.strip() for v in re.split(r"[,，、]", text) if v.strip()]
        if isinstance(value, dict | list):
            raise ValueError(value)
        return _clean_text(param, str(value))
    except QueryParamError:
        raise
    except (TypeError, ValueError, OverflowError, RecursionError) as exc:  # RecursionError: '[[[[…' as a list
        raise QueryParamError(f"parameter {param.name!r} must be of type {param.type}, got {str(value)[:80]!r}") from exc


def parse_file(path: Path) -> SavedQuery:
    name, desc, params, tags = path.stem, "", [], []
    example: dict[str, Any] = {}
    lookup: str | None = None
    ordered: tuple[str, ...] = ()
    cached = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("//"):
            continue
        body = line[2:].strip()
        if body.startswith("name:"):
            name = body[5:].strip()
        elif body.startswith("description:"):
            desc = body[12:].strip()
        elif body.startswith("example:"):
            example = json.loads(body[8:])
        elif body.startswith("example-lookup:"):
            lookup = body[15:].strip()
        elif body.startswith("ordered-lists:"):
            ordered = tuple(c.strip() for c in body[14:].split(",") if c.strip())
        elif body.startswith("cache:"):
            if body[6:].strip() != "graph":
                raise ValueError(f"{path}: the only cache there is is `// cache: graph`, not {line!r}")
            cached = True
        elif body.startswith("tags:"):
            tags = [t.strip() for t in body[5:].split(",") if t.strip()]
        elif body.startswith("param:"):
            m = _PARAM.match(line.strip())
            if not m or m.group(2) not in TYPES:
                raise ValueError(f"{path}: cannot read parameter line {line!r}")
            p = Param(m.group(1), m.group(2), help=(m.group(4) or "").strip())
            if m.group(3) is not None:
                p.required = False
                p.default = None if m.group(3) == "null" else _coerce(p, json.loads(m.group(3)) if m.group(3).startswith(("[", '"')) else m.group(3))
            params.append(p)
    zh, _, en = desc.partition("|")
    return SavedQuery(name, zh.strip(), en.strip() or zh.strip(), params, path.read_text(encoding="utf-8"), path, tags,
                      example, lookup, ordered, cached)


@lru_cache(maxsize=1)
def load_queries(folder: Path = CYPHER_DIR) -> dict[str, SavedQuery]:
    queries = {}
    for path in sorted(folder.glob("*.cypher")):
        q = parse_file(path)
        queries[q.name] = q
    return queries


def bind(query: SavedQuery, raw: dict[str, Any]) -> dict[str, Any]:
    known = {p.name for p in query.params}
    unknown = set(raw) - known
    if unknown:
        raise QueryParamError(f"{query.name} takes no parameter {', '.join(sorted(unknown))}; it takes {', '.join(sorted(known))}")
    values = {}
    for p in query.params:
        if p.name in raw and raw[p.name] not in (None, ""):
            values[p.name] = _coerce(p, raw[p.name])
        elif p.required:
            raise QueryParamError(f"{query.name} needs the parameter {p.name!r} ({p.type}){': ' + p.help if p.help else ''}")
        else:
            values[p.name] = p.default
    if values.get("as_of") is not None and not _DAY.match(values["as_of"]):
        raise QueryParamError(f"{query.name}: as_of must be a day as YYYY-MM-DD (or a year, YYYY), got {values['as_of']!r}")
    check_years(values.get("from_year"), values.get("to_year"), query.name)
    max_rows = get_settings().max_rows
    if "limit" in values and values["limit"] is not None:
        if values["limit"] < 0:
            raise QueryParamError(f"{query.name}: limit must be 0 or more, got {values['limit']}")
        values["limit"] = min(int(values["limit"]), max_rows)
    if "skip" in values and values["skip"] is not None:
        if not 0 <= values["skip"] <= MAX_SKIP:
            raise QueryParamError(f"{query.name}: skip must be between 0 and {MAX_SKIP}, got {values['skip']}")
    if "depth" in values and values["depth"] is not None:
        values["depth"] = max(1, min(int(values["depth"]), 3))
    if "evidence" in values and values["evidence"] is not None:
        if not 0 <= values["evidence"] <= MAX_EVIDENCE:
            raise QueryParamError(f"{query.name}: evidence must be between 0 and {MAX_EVIDENCE}, got {values['evidence']}")
    return values


FIRST_YEAR, LAST_YEAR = 1900, 2100


def check_years(from_year: int | None, to_year: int | None, where: str = "the query") -> None:
    """A year range is two plausible years, the first not after the second (either may be left out)."""
    for name, year in (("from_year", from_year), ("to_year", to_year)):
        if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
            raise QueryParamError(f"{where}: {name} must be a year between {FIRST_YEAR} and {LAST_YEAR}, got {year}")
    if from_year is not None and to_year is not None and from_year > to_year:
        raise QueryParamError(f"{where}: from_year {from_year} is after to_year {to_year}")


def resolve_entities(store: Store, query: SavedQuery, params: dict[str, Any]) -> dict[str, Any]:
    """Each ``entity`` parameter as the id of the one entity its id, name or alias names (graph/names.py)."""
    from ruralkg.graph.names import resolve

    return {k: resolve(store, v) if v is not None and k in _entity_params(query) else v for k, v in params.items()}


def _entity_params(query: SavedQuery) -> set[str]:
    return {p.name for p in query.params if p.type == "entity"}


def run_saved(store: Store, query: SavedQuery, raw: dict[str, Any], timeout_ms: int | None = None) -> list[Row]:
    params = bind(query, raw)
    if _entity_params(query):
        params = resolve_entities(store, query, params)
    settings = get_settings()

    def compute() -> list[Row]:
        return store.read(query.text, params, timeout_ms=timeout_ms)[: settings.max_rows]

    if not query.cached:
        return compute()
    return cache_for(store, settings.answer_max_age_s).get(store, answer_key(query.name, params), compute)


def warm_answers(store: Store, queries: dict[str, SavedQuery] | None = None) -> list[str]:
    """Compute again the default answers (no parameter given) of the cached queries that the graph
    has moved past; the names of those computed. The API runs this every few seconds."""
    settings = get_settings()
    cached = [q for q in (queries or load_queries()).values() if q.cached and not any(p.required for p in q.params)]
    if not cached:
        return []
    cache = cache_for(store, settings.answer_max_age_s)
    keys = {answer_key(q.name, bind(q, {})): q for q in cached}
    stale = cache.stale(store, keys)
    for key in stale:
        run_saved(store, keys[key], {}, timeout_ms=settings.query_timeout_ms)
    return [keys[k].name for k in stale]


def example_params(store: Store, query: SavedQuery) -> dict[str, Any]:
    """The query's example parameters: its static example, or the first row of its example lookup."""
    if query.example_lookup:
        rows = store.read(query.example_lookup)
        return dict(rows[0]) if rows else {}
    return dict(query.example)


def _csv_cell(value: Any) -> Any:
    """As a spreadsheet shows it: lists of names joined with ；, whole numbers without .0, maps as JSON."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list) and all(isinstance(v, str | int | float) or v is None for v in value):
        return "；".join("" if v is None else str(_formula_safe(_csv_cell(v))) for v in value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _formula_safe(value: Any) -> Any:
    """Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, which
    Excel and LibreOffice show as text (OWASP's advice for CSV injection); numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def rows_to_csv(rows: list[Row]) -> str:
    """CSV text (callers writing a file or a download add the UTF-8 BOM that Excel needs)."""
    buf = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(buf, fieldnames=list(rows[0].keys()))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _formula_safe(_csv_cell(v)) for k, v in row.items()})
    return buf.getvalue()
