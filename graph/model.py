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


# Counted facts the extractor reads from text (``ingest/amounts.py``); each is stored on the entity
# with its sentence in ``<key>_evidence``.
FACT_KEYS = (
    "cooperative_count", "enterprise_count", "administrative_village_count", "natural_village_count",
    "community_count", "party_member_count", "population", "area_mu", "collective_income_yuan",
    "households_served",
)

# Every property the loader writes, by where it lives. ontology.ttl declares each one (``rk:graphKey``)
# and tests/test_ontology.py holds the three in step: graph, code, ontology.
ENTITY_PROPERTIES = ("id", "name", "type", "key", "aliases", "grams", "names_text", "linked", "article_count", "approximate",
                     "investment_yuan", "counts_from", "posts_through", *FACT_KEYS, *(f"{k}_evidence" for k in FACT_KEYS))
# the name search's keys (graph/names.py): bookkeeping, never shown as an entity's properties
NAME_SEARCH_KEYS = ("grams", "names_text")
# bookkeeping the API leaves out of an entity's properties: the name search's keys, the article each
# current count came from and the latest statement its posts' terms reflect (graph/timeline.py)
HIDDEN_ENTITY_KEYS = (*NAME_SEARCH_KEYS, "counts_from", "posts_through")
ARTICLE_PROPERTIES = ("id", "title", "published", "authors", "source", "path", "char_count", "content_hash", "seq",
                      "text", "url", "minhash", "reprint_ids", "reprint_paths", "reprint_sources", "reprint_dates",
                      "search_words", "listed_on")
RELATION_PROPERTIES = ("id", "title", "amount_yuan", "approximate", "credit_yuan", "support_yuan", "donation_yuan",
                       # a kept count and a short preview of the evidence (the records are Evidence nodes)
                       "evidence_count", "evidence_articles", "evidence_sentences", "evidence_dates",
                       # facts in time (graph/timeline.py): articles' years and dates, the date a sentence
                       # gives, post terms
                       "evidence_years", "first_seen", "last_seen", "since", "date", "former",
                       "term_titles", "term_starts", "term_ends")
# One record per sentence behind a relation (graph/loader.py): ``rel`` is the relation's id, ``type``,
# ``source`` and ``target`` find the relation from the record, ``seq``/``pos`` are its article's load
# order and the sentence's place among that article's sentences for the relation.
EVIDENCE_PROPERTIES = ("id", "rel", "type", "source", "target", "article", "sentence", "span", "date", "props",
                       "seq", "pos")
# A batch whose post terms and counts wait for their refresh (graph/timeline.py): its load stamp and
# its articles' ids, deleted by the refresh
PENDING_PROPERTIES = ("id", "articles")
# an undated article's ``listed_on``: before every date, and not '', which FalkorDB's range index leaves out
UNDATED_LISTING = "0000-00-00"
# sentences kept on the relation itself, so the lists and the explorer show some without a second read
EVIDENCE_PREVIEW = 5
MENTION_PROPERTIES = ("count", "aliases", "props")


def graph_keys() -> set[str]:
    """The names the code writes into the graph, as ontology.ttl spells them in ``rk:graphKey``."""
    return ({f"label:{x}" for x in (*ENTITY_LABELS, "Entity", "Place", "Article", "Evidence", "Pending")}
            | {f"type:{t}" for t in (*RELATION_TYPES, "MENTIONS")}
            | {f"Entity.{p}" for p in ENTITY_PROPERTIES} | {f"Article.{p}" for p in ARTICLE_PROPERTIES}
            | {f"relation.{p}" for p in RELATION_PROPERTIES} | {f"MENTIONS.{p}" for p in MENTION_PROPERTIES}
            | {f"Evidence.{p}" for p in EVIDENCE_PROPERTIES} | {f"Pending.{p}" for p in PENDING_PROPERTIES})
