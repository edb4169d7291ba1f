"""Run the extractor over files and folders, in parallel, never stopping on a bad article.

``sources`` finds the article files (a path that does not exist is reported, the others still
run); ``extract_sources`` extracts them over a process pool in their original order, with a
bounded number in flight so memory does not grow with the corpus. An article whose text is
unchanged since it was loaded (``skip``) is not extracted at all.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ruralkg.ingest.document import Extraction
from ruralkg.ingest.extraction.extractor import Extractor, content_hash, source_id
from ruralkg.ingest.extraction.pipeline import load_tables
from ruralkg.ingest.reader import ArticleReadError, article_files, read_article_checked, unusable_entries


@dataclass
class Source:
    """One article file as read, or the reason it could not be read."""

    path: Path
    article_id: str | None = None
    text: str | None = None
    content_hash: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Outcome:
    path: Path
    extraction: Extraction | None
    error: str | None = None
    unchanged: bool = False
    article_id: str | None = None
    warnings: list[str] = field(default_factory=list)


def sources(paths: list[Path]) -> Iterator[Source]:
    """Every article file under ``paths``, read; a bad path or file is a Source with an error."""
    for path in paths:
        try:
            files = list(article_files([path]))
        except ArticleReadError as exc:
            yield Source(path, error=str(exc))
            continue
        except OSError as exc:
            yield Source(path, error=f"{path}: cannot be listed ({exc.strerror})")
            continue
        if path.is_dir():
            for entry, reason in unusable_entries(path):
                yield Source(entry, error=reason)
        for file in files:
            try:
                read = read_article_checked(file)
            except ArticleReadError as exc:
                yield Source(file, error=str(exc))
                continue
            resolved = str(file.resolve())
            yield Source(file, source_id(resolved), read.text, content_hash(read.text), warnings=read.warnings)


def _extract(path: str, text: str) -> tuple[Extraction | None, str | None]:
    try:
        return Extractor().extract_text(text, path), None
    except ValidationError as exc:
        return None, f"{path}: the extraction did not pass the schema check: {exc}"
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the rest
        return None, f"{path}: extraction failed: {type(exc).__name__}: {exc}"


def _warm_up() -> None:
    """Load the segmenter and the tables once, before the workers fork, so they share them."""
    load_tables()
    Extractor().extract_text("范县柳林镇王庄村党支部书记李某某说，王庄村合作社今年分红。", "warm-up")


def _end_with_parent() -> None:
    """Worker initialiser: the kernel kills this worker when the ingest that started it dies, even by
    ``kill -9`` (Linux's PR_SET_PDEATHSIG); a worker whose parent is already gone exits at once."""
    import ctypes
    import signal

    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the pool's own shutdown still ends the workers on a normal exit
    if os.getppid() != parent:
        os._exit(1)


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def extract_sources(items: Iterable[Source], workers: int | None = None,
                    skip: Callable[[Source], bool] | None = None, in_flight: int = 400) -> Iterator[Outcome]:
    """Outcomes in the order of ``items``; ``skip(source)`` True marks an unchanged article."""
    workers = workers or default_workers()
    if workers <= 1:
        for src in items:
            yield _outcome_now(src, skip)
        return
    pending: deque[tuple[Source, Future | None, bool]] = deque()
    pool: ProcessPoolExecutor | None = None
    try:
        for src in items:
            skipped = bool(skip and src.error is None and skip(src))
            if src.error is None and not skipped:
                if pool is None:  # started for the first article that needs extracting
                    _warm_up()
                    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                               initializer=_end_with_parent)
                pending.append((src, pool.submit(_extract, str(src.path.resolve()), src.text), False))
            else:
                pending.append((src, None, skipped))
            while len(pending) >= in_flight:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _outcome_now(src: Source, skip: Callable[[Source], bool] | None) -> Outcome:
    if src.error is not None:
        return Outcome(src.path, None, src.error)
    if skip and skip(src):
        return Outcome(src.path, None, unchanged=True, article_id=src.article_id)
    doc, error = _extract(str(src.path.resolve()), src.text or "")
    return Outcome(src.path, doc, error, article_id=src.article_id, warnings=src.warnings)


def _collect(src: Source, future: Future | None, skipped: bool) -> Outcome:
    if future is None:
        if src.error is not None:
            return Outcome(src.path, None, src.error)
        return Outcome(src.path, None, unchanged=skipped, article_id=src.article_id)
    try:
        doc, error = future.result()
    except Exception as exc:  # noqa: BLE001 - a worker that died is this article's failure only
        doc, error = None, f"{src.path}: extraction failed: {type(exc).__name__}: {exc}"
    return Outcome(src.path, doc, error, article_id=src.article_id, warnings=src.warnings)


def extract_paths(paths: list[Path], workers: int | None = 1) -> Iterator[Outcome]:
    """Extract every article under ``paths`` (no store: nothing is skipped)."""
    yield from extract_sources(sources(paths), workers=workers)


def count_files(paths: list[Path]) -> int:
    """As many as ``sources`` yields: the article files and the unusable entries beside them."""
    total = 0
    for path in paths:
        try:
            total += len(list(article_files([path])))
            if path.is_dir():
                total += sum(1 for _ in unusable_entries(path))
        except (ArticleReadError, OSError):
            total += 1
    return total
