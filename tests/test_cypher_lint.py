"""Every saved query passes Neo4j 5's own grammar and semantic analysis (@neo4j-cypher/language-support)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from ruralkg.graph.model import ENTITY_LABELS, RELATION_TYPES
from ruralkg.settings import CYPHER_DIR, PROJECT_ROOT

LINT_DIR = PROJECT_ROOT / "tools" / "cypher-lint"


def lint(folder: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    if shutil.which("node") is None or not (LINT_DIR / "node_modules").exists():
        pytest.fail("the Cypher linter needs Node.js and `npm ci` in tools/cypher-lint (./run test does both)")
    schema = tmp_path / "schema.json"
    schema.write_text(json.dumps({
        "labels": list(ENTITY_LABELS) + ["Entity", "Place", "Article"],
        "relationshipTypes": list(RELATION_TYPES) + ["MENTIONS"],
    }))
    return subprocess.run(["node", "lint.mjs", str(folder), str(schema)], cwd=LINT_DIR,
                          capture_output=True, text=True, timeout=300)


def test_saved_queries_pass_neo4j_grammar(tmp_path):
    proc = lint(CYPHER_DIR, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{len(list(CYPHER_DIR.glob('*.cypher')))} queries checked, 0 errors" in proc.stdout


def test_the_linter_catches_errors(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "broken.cypher").write_text("// name: broken\nMATCH (n:Entity) RETURN m.name\n")
    proc = lint(bad, tmp_path)
    assert proc.returncode == 1 and "broken.cypher:2" in proc.stdout and "not defined" in proc.stdout


def test_loader_statement_and_neo4j_ddl_pass_neo4j_grammar(tmp_path):
    """The statements graph/ writes with (not only the saved queries) are valid Neo4j 5 Cypher."""
    from ruralkg.graph.ddl import NEO4J_DDL
    from ruralkg.graph.loader import plan_batch
    from ruralkg.graph.retract import plan_retraction
    from ruralkg.graph.steps import params_of
    from ruralkg.ingest.extraction.extractor import Extractor

    doc = Extractor().extract_text("东昌府区张炉集镇梅家村党支部领办了梅家种植专业合作社，投资50万元建设冷库。", "x.txt")
    # the statement that replaces an article: the retraction of its old version, then the load
    plan = plan_batch([doc], plan_retraction(None, []))
    folder = tmp_path / "written"
    folder.mkdir()
    header = "".join(
        f"// param: {name} {'map' if isinstance(value, dict) else 'list<map>'}\n" for name, value in plan.params.items()
    )
    (folder / "load_article.cypher").write_text(header + plan.cypher + "\n")
    # Neo4j runs each step as a statement of its own (graph/steps.py)
    for i, step in enumerate(plan.steps):
        used = params_of(step, plan.params)
        head = "".join(f"// param: {name} {'map' if isinstance(v, dict) else 'int' if isinstance(v, int) else 'list<map>'}\n"
                       for name, v in used.items())
        (folder / f"step_{i}.cypher").write_text(head + step + "\n")
    for i, statement in enumerate(NEO4J_DDL):
        (folder / f"ddl_{i}.cypher").write_text(statement + "\n")
    proc = lint(folder, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert f"{len(NEO4J_DDL) + len(plan.steps) + 1} queries checked, 0 errors" in proc.stdout
