"""The saved queries' plans on both engines (FalkorDB's GRAPH.EXPLAIN, Neo4j's EXPLAIN): no query scans a
label once per row, and only the queries that are about a whole collection scan one at all.

A query that looks something up (a branch by name, an entity by id) must start from an index; the
graph at 10,000 articles turns each scan per row into seconds (issue 8).
"""

from __future__ import annotations

import pytest

SCANS = {
    "falkordb": {"Node By Label Scan", "All Node Scan"},
    "neo4j": {"NodeByLabelScan", "AllNodesScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
              "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan"},
}
# operators whose later children run once for every row of the first
PER_ROW = {
    "falkordb": {"Apply", "Semi Apply", "Anti Semi Apply", "Apply Multiplexer", "CallSubquery", "Optional"},
    "neo4j": {"Apply", "SemiApply", "AntiSemiApply", "SelectOrSemiApply", "SelectOrAntiSemiApply", "LetSemiApply",
              "LetAntiSemiApply", "LetSelectOrSemiApply", "RollUpApply", "ConditionalApply", "AntiConditionalApply",
              "TransactionApply", "Optional"},
}
# about a whole collection: every entity or relation (audits, rankings), every article. The name search
# is not one of them: it starts from an index on both engines (graph/names.py)
WHOLE = {"dq_duplicate_names", "dq_relations_without_evidence", "programmes_ranked",
         "articles_list", "articles_count"}


# operators that make one row for the operator above them: what follows them runs once
ONE_ROW = {"EmptyRow", "Argument"}


def _scans(node: dict, engine: str, per_row: bool = False, out: list | None = None) -> list[tuple[str, bool]]:
    """Every scan in the plan, and whether it runs once per row of something else. An alias lookup is
    no excuse on either engine: FalkorDB indexes list members, and on Neo4j the alias test goes with
    ``names_text CONTAINS``, which its TEXT index answers (graph/names.py)."""
    out = [] if out is None else out
    if node["operator"] in SCANS[engine]:
        out.append((f"{node['operator']} {node['details']}".strip(), per_row))
    children = node["children"]
    repeat = node["operator"] in PER_ROW[engine] and not (children and children[0]["operator"] in ONE_ROW)
    for n, child in enumerate(children):
        _scans(child, engine, per_row or (repeat and n > 0), out)
    return out


def test_no_saved_query_scans_a_label_per_row(ingested, store):
    from ruralkg.graph.queries import bind, example_params, load_queries

    problems = []
    for q in load_queries().values():
        plan = store.plan(q.text, bind(q, example_params(store, q)))
        for scan, per_row in _scans(plan, store.engine):
            if per_row:
                problems.append(f"{q.name}: {scan} runs once per row")
            elif q.name not in WHOLE:
                problems.append(f"{q.name}: {scan} (a lookup that does not start from an index)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("cypher", "expected"), [
    ("MATCH (n:Entity {name: $x}) RETURN n", []),
    ("MATCH (n:Entity) WHERE n.type = $x RETURN n", [False]),
    ("MATCH (a:Article) CALL { WITH a MATCH (n:Entity) WHERE n.type = a.title RETURN count(n) AS c } RETURN c",
     [False, True]),
], ids=["index lookup", "scan", "scan per row"])
def test_the_check_tells_the_three_kinds_of_plan_apart(ingested, store, cypher, expected):
    """So that the test above can fail: a lookup, a scan, a scan for every article."""
    assert sorted(per_row for _, per_row in _scans(store.plan(cypher, {"x": "y"}), store.engine)) == expected
