"""The vocabulary the extraction rules key on, read once from ``vocab/*.toml``.

Every word list lives in a data file where a reviewer sees it with its ``note`` (what it is for)
and its ``source`` (where it comes from). A table holds exactly one of ``words`` (an ordered
list), ``set`` (membership only), ``chars`` (characters, written as strings), ``text`` (one
string) or ``map`` (a table of lists or strings). To teach the extractor a word, add it to its
file; patterns are built from these lists when the modules load (see docs/extraction.md).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files

_KINDS = ("words", "set", "chars", "text", "map")


class VocabularyError(ValueError):
    """A vocabulary file is missing, malformed or lacks a note or source."""


@cache
def _file(name: str) -> dict:
    path = files(__package__).joinpath("vocab", f"{name}.toml")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise VocabularyError(f"vocab/{name}.toml: no such vocabulary file") from exc
    return parse(text, f"vocab/{name}.toml")


def parse(text: str, where: str) -> dict:
    """The groups of one vocabulary file, checked: each has a note, a source and exactly one list."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{where}: not valid TOML ({exc})") from exc
    for group, table in data.items():
        if not isinstance(table, dict):
            raise VocabularyError(f"{where}: {group} is not a [group] table")
        kinds = [k for k in _KINDS if k in table]
        if len(kinds) != 1 or not table.get("source") or not table.get("note"):
            raise VocabularyError(f"{where} [{group}]: needs a note, a source and exactly one of {', '.join(_KINDS)}")
    return data


def files_and_groups() -> dict[str, list[str]]:
    """Every vocabulary file and its groups (for reviews and tests)."""
    names = sorted(p.name[:-5] for p in files(__package__).joinpath("vocab").iterdir() if p.name.endswith(".toml"))
    return {name: list(_file(name)) for name in names}


def _table(name: str, group: str) -> dict:
    data = _file(name)
    if group not in data:
        raise VocabularyError(f"vocab/{name}.toml: no group [{group}]")
    return data[group]


def words(name: str, group: str) -> tuple[str, ...]:
    """An ordered word list (order matters where the first match wins)."""
    return tuple(_table(name, group)["words"])


def word_set(name: str, group: str) -> set[str]:
    """Words or characters for membership tests."""
    table = _table(name, group)
    if "chars" in table:
        return set(chars(name, group))
    return set(table.get("set", table.get("words", ())))


def chars(name: str, group: str) -> str:
    """Characters written as one or more strings, joined in order."""
    table = _table(name, group)
    return table["text"] if "text" in table else "".join(table["chars"])


def mapping(name: str, group: str) -> dict[str, tuple[str, ...] | str]:
    """A table of word lists (or single words) by key, in file order."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in _table(name, group)["map"].items()}


# --- places --------------------------------------------------------------------------------------
TOWNSHIP_SUFFIXES = words("places", "township_suffixes")
VILLAGE_SUFFIXES = words("places", "village_suffixes")
COUNTY_PATTERN_SUFFIXES = words("places", "county_pattern_suffixes")
PLACE_SUFFIX_TOKENS = word_set("places", "place_suffix_tokens")
GENERIC_PLACE_WORDS = word_set("places", "generic_place_words")
GENERIC_PLACE_ENDINGS = words("places", "generic_place_endings")
GENERIC_PLACE_HEADS = words("places", "generic_place_heads")
NOT_IN_PLACE_NAMES = words("places", "not_in_place_names")
VILLAGE_NAME_WORDS = word_set("places", "village_name_words")
TOPONYM_CHARS = chars("places", "toponym_chars")
MOTION_CHARS = word_set("places", "motion_chars")
NAME_PREFIX_CHARS = word_set("places", "name_prefix_chars")
INNER_OPENERS = word_set("places", "inner_openers")
SUFFIX_WORD_STARTS = mapping("places", "suffix_word_starts")
PLACE_INTERIOR = word_set("places", "place_interior")

# --- bodies --------------------------------------------------------------------------------------
COOPERATIVE_SUFFIXES = words("suffixes", "cooperative")
ENTERPRISE_SUFFIXES = words("suffixes", "enterprise")
ORGANIZATION_SUFFIXES = words("suffixes", "organization")
PROJECT_SUFFIXES = words("suffixes", "project")
BRANCH_KINDS = words("organisations", "branch_kinds")
BRANCH_KIND_STEMS = word_set("organisations", "branch_kind_stems")
BUREAUS = words("organisations", "bureaus")
FACILITIES = word_set("organisations", "facilities")
GENERIC_BODY_WORDS = word_set("organisations", "generic_body_words")
GENERIC_BODY_NAMES = word_set("organisations", "generic_body_names")
ENTERPRISE_TRADES = words("trades", "enterprise_trades")
BRAND_TRADES = words("trades", "brand_trades")
BUSINESS_KINDS = words("trades", "business_kinds")

# --- people --------------------------------------------------------------------------------------
OFFICIAL_TITLES = words("titles", "official_titles")
HONORARY = chars("titles", "honorary")
TEAM_TITLES = words("titles", "team_titles")
VILLAGE_TITLES = words("titles", "village_titles")
PERSON_TITLES = words("titles", "person_titles")
TITLE_BODY_SUFFIXES = mapping("titles", "title_body_suffixes")
PERSON_ROLES = words("titles", "person_roles")
SURNAMES = word_set("people", "surnames")
COMPOUND_SURNAMES = words("people", "compound_surnames")
KINSHIP_WORDS = words("people", "kinship_words")
NAME_FOLLOWERS = words("people", "name_followers")
SPEECH_VERBS = words("people", "speech_verbs")
ASPECT_PARTICLES = word_set("people", "aspect_particles")
SUBJECT_ADVERBS = word_set("people", "subject_adverbs")
BYLINE_MARKERS = words("bylines", "markers")

# --- cues and programmes -------------------------------------------------------------------------
LEAD_CUES = words("cues", "lead")
SUPPORT_CUES = words("cues", "support")
INVEST_CUES = words("cues", "invest")
IMPLEMENT_CUES = words("cues", "implement")
OPEN_BUSINESS_CUES = words("cues", "open_business")
PROGRAMME_HEADS = words("programmes", "heads")
QUOTED_PROGRAMME_ENDS = words("programmes", "quoted_ends")
GENERIC_CODES = word_set("programmes", "generic_codes")
PROGRAMME_NAMES = words("programmes", "names")
PROGRAMME_SYNONYMS = mapping("programmes", "synonyms")

# --- words that are never names ------------------------------------------------------------------
VERB_PHRASES = word_set("generic", "verb_phrases")
NAME_BREAKERS = word_set("generic", "name_breakers")
STOP_CHARS = word_set("generic", "stop_chars")
