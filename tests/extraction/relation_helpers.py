"""Run the extractor on a text of our own and read its entities and relations back by name."""

from __future__ import annotations

from ruralkg.ingest.document import Extraction
from ruralkg.ingest.extraction.extractor import Extractor


def run(text: str) -> Extraction:
    return Extractor().extract_text(text, "t.txt")


def names(doc: Extraction, typ: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == typ}


def rels(doc: Extraction, typ: str) -> dict[tuple[str, str], dict]:
    """(source name, target name) → properties, for every relation of ``typ``."""
    by_id = {e.id: e.name for e in doc.entities}
    return {(by_id[r.source], by_id[r.target]): r.properties for r in doc.relations if r.type == typ}
