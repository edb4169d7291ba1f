"""A write made of steps: one statement on FalkorDB, one transaction of small statements on Neo4j.

A load (and the retraction of an article's old version before it) is a list of steps, each an
``UNWIND $rows AS r … RETURN count(*) AS c_…`` over one kind of row. FalkorDB runs them as one
statement, each step a ``CALL { … }`` subquery, so the write is atomic and the statement's text is
the same for every batch (planned once). Neo4j plans a statement of thirty subqueries in one to two
seconds and plans it again whenever the graph's statistics have moved (every few batches while a
graph grows), so there each step is a statement of its own, planned and cached on its own, all in
one transaction; a step whose rows are empty is not sent.
"""

from __future__ import annotations

import re
from typing import Any

_PARAM = re.compile(r"\$(\w+)")


def joined(steps: list[str], returning: str = "1 AS done") -> str:
    """The steps as one statement: each a subquery, in order, then ``RETURN returning``."""
    return "\n".join([*(f"CALL {{ {step} }}" for step in steps), f"RETURN {returning}"])


def params_of(step: str, params: dict[str, Any]) -> dict[str, Any]:
    """The parameters ``step`` names."""
    return {name: params[name] for name in dict.fromkeys(_PARAM.findall(step))}


def has_rows(step: str, params: dict[str, Any]) -> bool:
    """False when every list the step reads is empty: it would write nothing."""
    lists = [v for v in params_of(step, params).values() if isinstance(v, list)]
    return not lists or any(lists)
