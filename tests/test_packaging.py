"""The project installs under its own namespace: ``ruralkg.ingest``, ``ruralkg.graph``, ``ruralkg.api``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_packages_live_under_the_project_namespace(tmp_path):
    # from a folder outside the repository, only the installed distribution is importable
    code = ("import importlib.util as u, ruralkg.ingest.extraction.extractor, ruralkg.graph.loader, ruralkg.api.main;"
            "print([u.find_spec(n) is None for n in ('ingest', 'graph', 'api')])")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[True, True, True]"


def test_no_module_imports_the_bare_folder_names():
    offenders = []
    for path in ROOT.glob("*/**/*.py"):
        if ".venv" in path.parts or "tools" in path.parts:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("from ingest", "from graph", "from api", "import ingest", "import graph",
                                    "import api")):
                offenders.append(f"{path.relative_to(ROOT)}: {stripped}")
    assert not offenders


def test_docker_compose_is_closed_to_strangers_and_mounts_shared():
    import yaml

    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"neo4j", "api"}
    for name, service in services.items():
        assert "healthcheck" in service, name
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), (name, port)
    assert "../shared:/shared:ro" in services["api"]["volumes"]
    auth = services["neo4j"]["environment"]["NEO4J_AUTH"]
    assert "${NEO4J_PASSWORD:?" in auth and services["neo4j"]["image"].startswith("neo4j:5.26")
    assert ".env" in (ROOT / ".gitignore").read_text().split()
