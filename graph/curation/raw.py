"""Each article's extraction as the extractor made it, before any decision: what a new or undone
decision re-derives the article from (``rederive.py``), without reading or extracting the file again.

One JSON file per article under ``RURALKG_DATA/extractions/<graph>/``, named by a hash of its id.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from ruralkg.ingest.document import Extraction
from ruralkg.settings import Settings


def folder(settings: Settings) -> Path:
    return Path(settings.data_dir) / "extractions" / settings.graph_name


def _file(settings: Settings, article_id: str) -> Path:
    return folder(settings) / (hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:20] + ".json")


def keep(settings: Settings, docs: list[Extraction]) -> None:
    """Write (atomically) the extraction of each article about to be loaded."""
    target = folder(settings)
    target.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        fd, tmp = tempfile.mkstemp(dir=target, prefix=".raw-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(doc.model_dump_json())
        os.replace(tmp, _file(settings, doc.article.id))


def read(settings: Settings, article_id: str) -> Extraction | None:
    path = _file(settings, article_id)
    if not path.exists():
        return None
    return Extraction.model_validate_json(path.read_text(encoding="utf-8"))


def forget(settings: Settings, article_ids: list[str]) -> None:
    """A removed article's extraction goes with it."""
    for aid in article_ids:
        _file(settings, aid).unlink(missing_ok=True)
