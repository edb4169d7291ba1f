"""Every setting in one place, read from the environment, so the CLI, the store and the API agree."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CYPHER_DIR = PROJECT_ROOT / "cypher"
ONTOLOGY_PATH = PROJECT_ROOT / "ontology.ttl"
DEFAULT_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"


def _base_iri() -> str:
    """Where the export's resources live (``/id/`` of the served API): ends with a slash so ids append."""
    raw = os.environ.get("RURALKG_BASE_IRI") or "https://ruralkg.example.org/id/"
    if not raw.startswith(("http://", "https://")):
        raise SystemExit(f"environment variable RURALKG_BASE_IRI={raw!r} is not an http(s) IRI")
    return raw if raw.endswith("/") else raw + "/"


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise SystemExit(f"environment variable {name}={raw!r} is not a whole number") from exc


@dataclass(frozen=True)
class Settings:
    """What the project needs to know about where things live and how to reach them."""

    data_dir: Path = field(default_factory=lambda: Path(os.environ.get("RURALKG_DATA", PROJECT_ROOT / ".data")))
    falkor_host: str = field(default_factory=lambda: os.environ.get("RURALKG_FALKOR_HOST", "127.0.0.1"))
    falkor_port: int = field(default_factory=lambda: _env_int("RURALKG_FALKOR_PORT", 6390))
    graph_name: str = field(default_factory=lambda: os.environ.get("RURALKG_GRAPH", "ruralkg"))
    neo4j_uri: str = field(default_factory=lambda: os.environ.get("NEO4J_URI", ""))
    neo4j_user: str = field(default_factory=lambda: os.environ.get("NEO4J_USER", "neo4j"))
    neo4j_password: str = field(default_factory=lambda: os.environ.get("NEO4J_PASSWORD", ""))
    neo4j_bolt_port: int = field(default_factory=lambda: _env_int("RURALKG_NEO4J_BOLT_PORT", 7687))
    neo4j_http_port: int = field(default_factory=lambda: _env_int("RURALKG_NEO4J_HTTP_PORT", 7474))
    neo4j_database: str = field(default_factory=lambda: os.environ.get("NEO4J_DATABASE", "neo4j"))
    api_host: str = field(default_factory=lambda: os.environ.get("RURALKG_API_HOST", "127.0.0.1"))
    api_port: int = field(default_factory=lambda: _env_int("RURALKG_API_PORT", 8000))
    api_key: str = field(default_factory=lambda: os.environ.get("RURALKG_API_KEY", ""))
    query_timeout_ms: int = field(default_factory=lambda: _env_int("RURALKG_QUERY_TIMEOUT_MS", 10000))
    max_rows: int = field(default_factory=lambda: _env_int("RURALKG_MAX_ROWS", 1000))
    # answers of whole-graph queries are kept until the graph changes, and at most this long (hand edits)
    answer_max_age_s: int = field(default_factory=lambda: _env_int("RURALKG_ANSWER_MAX_AGE_S", 300))
    # how often the API computes again the default answers the graph has moved past (0: never)
    answer_warm_s: int = field(default_factory=lambda: _env_int("RURALKG_ANSWER_WARM_S", 5))
    # the namespace of the RDF export's IRIs; point it at this API's /id/ so they dereference
    base_iri: str = field(default_factory=_base_iri)

    @property
    def engine(self) -> str:
        return "neo4j" if self.neo4j_uri else "falkordb"

    def __post_init__(self) -> None:
        # `ruralkg neo4j start` keeps a generated password in the data folder: use it when none is given
        if self.neo4j_uri and not self.neo4j_password:
            generated = self.data_dir / "neo4j" / "password"
            if generated.is_file():
                object.__setattr__(self, "neo4j_password", generated.read_text().strip())

    @property
    def falkor_dir(self) -> Path:
        return self.data_dir / "falkordb"


def get_settings() -> Settings:
    return Settings()
