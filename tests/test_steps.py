"""graph/steps.py: a write made of steps is one statement on FalkorDB and one transaction on Neo4j;
either way all of it happens or none of it (real FalkorDB and Neo4j)."""

from __future__ import annotations

import pytest

from ruralkg.graph.steps import has_rows, joined, params_of

MAKE = "UNWIND $rows AS r CREATE (n:StepProbe {id: r}) RETURN count(*) AS c_rows"
FAIL = "UNWIND $bad AS r RETURN count(1 / r) AS c_bad"  # integer division by zero: the engine refuses


def test_steps_join_into_subqueries_in_order():
    assert joined(["A RETURN 1 AS a", "B RETURN 1 AS b"]) == "CALL { A RETURN 1 AS a }\nCALL { B RETURN 1 AS b }\nRETURN 1 AS done"


def test_a_step_reads_only_the_parameters_it_names():
    params = {"rows": [1], "bad": [0], "preview": 3}
    assert params_of(MAKE, params) == {"rows": [1]}
    assert params_of("UNWIND $rows AS r SET x.p = $preview, x.q = $preview", params) == {"rows": [1], "preview": 3}


def test_a_step_over_empty_lists_writes_nothing_and_a_step_without_lists_always_runs():
    assert not has_rows(MAKE, {"rows": []}) and has_rows(MAKE, {"rows": [1]})
    assert has_rows("CREATE (p:Pending) SET p = $pending RETURN count(*) AS c", {"pending": {"id": "x"}})


def _probes(store) -> list[str]:
    return sorted(r["id"] for r in store.read("MATCH (n:StepProbe) RETURN n.id AS id"))


def test_steps_are_written_all_or_nothing(store):
    from ruralkg.graph.store import QueryError

    try:
        store.write_steps([MAKE], {"rows": ["a", "b"]})
        assert _probes(store) == ["a", "b"]
        with pytest.raises(QueryError):
            store.write_steps([MAKE, FAIL], {"rows": ["c"], "bad": [0]})
        assert _probes(store) == ["a", "b"]  # the first step of the refused write left nothing
        store.write_steps([MAKE, FAIL], {"rows": ["d"], "bad": []})  # an empty step is no failure
        assert _probes(store) == ["a", "b", "d"]
    finally:
        store.write("MATCH (n:StepProbe) DELETE n")
