"""The RDF export and merges: the kept entity is one IRI; each IRI a merge folded into it (the one the
extractor's key alone would give, which links made before the decision may use) is ``owl:sameAs`` it,
so old links still lead to the one resource (docs/decisions.md, "Issue 24")."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import OWL, URIRef

from ruralkg.graph.curation.decisions import active, load, path_for
from ruralkg.graph.loader import stable_id
from ruralkg.graph.store import Store
from ruralkg.settings import get_settings

_PRESENT = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id"


def same_as(store: Store, ids_in_scope: list[str] | None, entity_iri) -> Iterator[tuple[URIRef, URIRef, URIRef]]:
    """``old owl:sameAs kept`` for every active merge whose kept entity is in the graph (and the scope)."""
    merges = [d for d in active(load(path_for(get_settings().data_dir))) if d.kind == "merge"]
    if not merges:
        return
    kept = {stable_id(d.targets[0]): d for d in merges}
    present = {r["id"] for r in store.read(_PRESENT, {"ids": sorted(kept)})}
    for kid in sorted(present):
        if ids_in_scope is not None and kid not in ids_in_scope:
            continue
        for other in kept[kid].targets[1:]:
            yield entity_iri(stable_id(other)), OWL.sameAs, entity_iri(kid)
