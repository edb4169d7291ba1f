"""An ingest run: articles read and extracted in parallel, loaded in batches, incrementally.

An article is known by its source; its content hash says whether it changed since it was loaded.
Unchanged articles are skipped without extraction, changed ones replace their old version in the
same statement (retraction + load, so atomically), new ones are loaded. Every file gets an outcome
and a reason in the report, and the report is complete even when the store dies mid-run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from ruralkg.graph.batch_writer import BatchWriter
from ruralkg.graph.ddl import after_bulk_load, ensure_schema
from ruralkg.graph.loader import LoadResult
from ruralkg.graph.reprints import attach_reprints, reprint_state
from ruralkg.graph.retract import plan_retraction
from ruralkg.graph.store import QueryError, Store, StoreUnavailable
from ruralkg.graph.timeline import PendingRefresh, refresh_left_over
from ruralkg.ingest.document import Extraction
from ruralkg.ingest.pipeline import Outcome, Source, extract_sources, sources
from ruralkg.ingest.reprints import signature
from ruralkg.ingest.segment import find_date


@dataclass
class FileReport:
    path: str
    outcome: str  # loaded | unchanged | reprint | refused | failed
    reason: str | None = None
    article_id: str | None = None


@dataclass
class IngestReport:
    files: list[FileReport] = field(default_factory=list)
    store_error: str | None = None
    after_load_error: str | None = None  # the store failed after the last commit: nothing was lost
    seconds: float = 0.0

    def count(self, outcome: str) -> int:
        return sum(1 for f in self.files if f.outcome == outcome)

    def summary(self) -> dict[str, Any]:
        out = {k: self.count(k) for k in ("loaded", "unchanged", "reprint", "refused", "failed")}
        out["seconds"] = round(self.seconds, 2)
        if self.after_load_error:
            out["after_load_error"] = self.after_load_error
        if self.store_error:
            out["store_error"] = self.store_error
            out["not_loaded"] = [f.path for f in self.files if f.outcome == "failed"
                                 and f.reason and f.reason.startswith("not loaded")]
        return out

    def as_json(self) -> dict[str, Any]:
        return {"files": [asdict(f) for f in self.files], "summary": self.summary()}


def article_index(store: Store) -> dict[str, str | None]:
    """Article id → content hash of the version in the graph."""
    rows = store.read("MATCH (a:Article) RETURN a.id AS id, a.content_hash AS hash", timeout_ms=120_000)
    return {r["id"]: r["hash"] for r in rows}


def legacy_index(store: Store) -> dict[str, str]:
    """Absolute path → id of articles loaded when an article was known by its absolute path: the
    first ingest of the same file under its new identity replaces them."""
    rows = store.read("MATCH (a:Article) WHERE a.path STARTS WITH '/' RETURN a.id AS id, a.path AS path",
                      timeout_ms=120_000)
    return {r["path"]: r["id"] for r in rows}


# batches loaded between two refreshes of the post terms and current counts they touched: a hub body's
# statements are read once per this many batches instead of once per batch (graph/timeline.py)
REFRESH_EVERY = 50


def run_ingest(store: Store, paths: list[Path], *, workers: int | None = None, batch_size: int = 100,
               progress: Callable[[Outcome], None] | None = None, fetched: Iterable[Source] = (),
               reprints_found: bool = True) -> IngestReport:
    """Ingest files and folders (``paths``) and fetched pages (``fetched``, from ``web_sources``);
    ``reprints_found`` False loads near-duplicates as articles of their own."""
    started = time.monotonic()
    report = IngestReport()
    ensure_schema(store)
    refresh_left_over(store)  # what a run stopped early loaded but did not refresh
    index = article_index(store)
    legacy = legacy_index(store)
    replaces: dict[str, str] = {}  # new id -> the id the same file was loaded under by its absolute path
    stories, reprint_of = reprint_state(store)
    reprints: dict[str, tuple[str, dict[str, Any]]] = {}  # label -> (reason, the row that attaches it)
    seen: set[str] = set()

    def is_reprint(src: Source) -> bool:
        """A new article whose text is another story's, reprinted: kept as that story's source."""
        aid = src.article_id or ""
        if aid in reprint_of:
            return True
        src.minhash = signature(src.text or "")
        if src.minhash is None:
            return False  # too short to tell a reprint from a sibling (ingest/reprints.py)
        found = None if aid in index else stories.match(src.minhash, exclude=aid)
        if found is None:
            stories.add(aid, src.minhash)
            return False
        story, score = found
        meta = src.meta
        row = {"story": story, "id": aid, "path": src.identity or src.label,
               "source": (meta.site if meta else None) or Path(src.identity or src.label).name,
               "published": (meta.published if meta else None) or find_date(src.text or "") or ""}
        reprints[src.label] = ("; ".join([f"a reprint of article {story} (estimated similarity {score:.2f}); kept as "
                                          "one of its sources, not extracted", *src.warnings]), row)
        reprint_of[aid] = story
        return True

    def skip(src: Source) -> bool:
        if src.article_id in seen:
            return True  # the same file named twice on the command line
        seen.add(src.article_id or "")
        if src.not_modified:
            return True  # the server said so (304): nothing was read
        old = legacy.get(str(src.path.resolve())) if src.meta and not src.meta.part and not src.address else None
        if old is not None and src.article_id not in index:
            replaces[src.article_id or ""] = old
        if reprints_found and is_reprint(src):
            return True
        return index.get(src.article_id or "") == src.content_hash

    batch: list[Outcome] = []
    loaded_any = 0
    stale = PendingRefresh()  # post terms and counts the run's batches touched, refreshed every few batches
    batches_since_refresh = 0
    # the next batch is prepared while the store writes the one before (graph/batch_writer.py)
    writer: BatchWriter[list[Outcome]] = BatchWriter(
        store, stale, prelude_for=lambda ds: _retraction(store, ds, index, replaces))

    def report_batches(done: list[tuple[list[Outcome], LoadResult | StoreUnavailable]]) -> None:
        nonlocal loaded_any
        for outcomes, result in done:
            if isinstance(result, StoreUnavailable):
                report.store_error = report.store_error or str(result)
            for o in outcomes:
                aid = o.extraction.article.id
                if isinstance(result, StoreUnavailable):
                    reason = f"not loaded: the store became unreachable ({report.store_error})"
                    report.files.append(FileReport(o.label or str(o.path), "failed", reason, aid))
                elif aid in result.refused:
                    reason = f"the store refused the article (nothing of it was kept): {result.refused[aid]}"
                    report.files.append(FileReport(o.label or str(o.path), "failed", reason, aid))
                else:
                    index[aid] = o.extraction.article.content_hash
                    loaded_any += 1
                    report.files.append(FileReport(o.label or str(o.path), "loaded", "; ".join(o.warnings) or None, aid))

    def flush() -> None:
        nonlocal batches_since_refresh
        if not batch:
            return
        outcomes = list(batch)
        batch.clear()
        if report.store_error is not None:
            report_batches([(outcomes, StoreUnavailable(report.store_error))])
            return
        report_batches(writer.submit([o.extraction for o in outcomes], outcomes))
        batches_since_refresh += 1
        if batches_since_refresh >= REFRESH_EVERY:
            report_batches(writer.finish())  # the refresh reads what the batches wrote
            if report.store_error is None:
                try:
                    stale.flush(store)
                except StoreUnavailable as exc:
                    report.store_error = str(exc)
            batches_since_refresh = 0

    for outcome in extract_sources(chain(sources(paths), fetched), workers=workers, skip=skip,
                                   words=store.engine == "falkordb"):
        if progress:
            progress(outcome)
        if outcome.unchanged and outcome.label in reprints:
            report.files.append(FileReport(outcome.label, "reprint", reprints[outcome.label][0], outcome.article_id))
        elif outcome.unchanged:
            report.files.append(FileReport(outcome.label or str(outcome.path), "unchanged", "the article has not changed since it "
                                           "was loaded", outcome.article_id))
        elif outcome.extraction is None:
            kind = "failed" if outcome.error and "extraction failed" in outcome.error else "refused"
            report.files.append(FileReport(outcome.label or str(outcome.path), kind, outcome.error, outcome.article_id))
        else:
            batch.append(outcome)
            if len(batch) >= batch_size:
                flush()
    flush()
    report_batches(writer.close())
    if report.store_error is None:
        try:
            stale.flush(store)
        except StoreUnavailable as exc:
            report.store_error = str(exc)
    if reprints and report.store_error is None:
        try:
            attach_reprints(store, [row for _, row in reprints.values()])
        except StoreUnavailable as exc:
            report.store_error = str(exc)
    if loaded_any >= 200 and report.store_error is None:
        try:
            after_bulk_load(store)  # compact the embedded store's log so a restart is quick
        except QueryError as exc:  # every load is committed; only the compaction is lost
            report.after_load_error = f"the store stopped answering after the last load: {exc}"
    report.seconds = time.monotonic() - started
    return report


def _retraction(store: Store, docs: list[Extraction], index: dict[str, str | None], replaces: dict[str, str]):
    """The old versions of changed articles, taken out in the statement that loads the new ones."""
    changed = [d.article.id for d in docs if d.article.id in index]
    changed += [replaces[d.article.id] for d in docs if d.article.id in replaces]
    return plan_retraction(store, changed) if changed else None
