"""The one place the loader meets curation: every batch of articles, before it becomes a statement."""

from __future__ import annotations

from ruralkg.graph.curation import raw
from ruralkg.graph.curation.apply import curate
from ruralkg.graph.curation.decisions import active, load, path_for
from ruralkg.ingest.document import Extraction
from ruralkg.settings import get_settings


def before_load(docs: list[Extraction]) -> list[Extraction]:
    """Keep each extraction as read, then return it as the active decisions say it should be loaded."""
    settings = get_settings()
    decisions = active(load(path_for(settings.data_dir)))
    raw.keep(settings, docs)
    return [curate(doc, decisions).doc for doc in docs] if decisions else docs
