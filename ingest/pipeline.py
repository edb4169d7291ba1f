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
from ruralkg.ingest.reader import ArticleReadError, article_files, read_documents, unusable_entries
from ruralkg.ingest.search_text import search_words
from ruralkg.ingest.sources import ReadDoc


def identity(file: Path, part: str | None = None) -> str:
    """An article's identity: the name of the folder the file lies in and the file's name
    (``corpus/a.txt``), the same whether the folder or the file was named, and wherever the folder
    was moved; ``#p3-2`` names an item of a newspaper page. Never an absolute path."""
    name = f"{Path(os.path.abspath(file)).parent.name}/{file.name}".lstrip("/")
    return f"{name}#{part}" if part else name


@dataclass
class Source:
    """One article as read (a file, an item of a PDF page, a web page), or the reason it could not be."""

    path: Path
    article_id: str | None = None
    text: str | None = None
    content_hash: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    identity: str | None = None  # what the article is known by (``identity``) or its address
    meta: ReadDoc | None = None  # what the source says of itself: title, date, authors, site, address
    minhash: list[int] | None = None  # set by an ingest that looks for reprints
    address: str | None = None  # a fetched page's address (its identity)
    not_modified: bool = False  # the server said the page has not changed since it was loaded

    @property
    def label(self) -> str:
        """How the report names it: the file (and the item), or the address."""
        if self.address:
            return self.address
        return str(self.path) + (f"#{self.meta.part}" if self.meta and self.meta.part else "")


@dataclass
class Outcome:
    path: Path
    extraction: Extraction | None
    error: str | None = None
    unchanged: bool = False
    article_id: str | None = None
    warnings: list[str] = field(default_factory=list)
    label: str | None = None  # the file (and item) or address, as the report names it

    def __post_init__(self) -> None:
        self.label = self.label or str(self.path)


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
                docs = read_documents(file)
            except ArticleReadError as exc:
                yield Source(file, error=str(exc))
                continue
            for doc in docs:
                yield document_source(file, identity(file, doc.part), doc)


def document_source(path: Path, ident: str, doc: ReadDoc) -> Source:
    return Source(path, source_id(ident), doc.text, content_hash(doc.text), warnings=doc.warnings,
                  identity=ident, meta=doc)


def web_sources(fetched: Iterable) -> Iterator[Source]:
    """Fetched pages (``ingest/sources/web.py``) as Sources known by their address."""
    for f in fetched:
        path = Path(f.url.split("://", 1)[-1])
        if f.error:
            yield Source(path, error=f.error, address=f.url)
        elif f.not_modified:
            yield Source(path, source_id(f.url), identity=f.url, address=f.url, not_modified=True)
        else:
            yield Source(path, source_id(f.url), f.doc.text, content_hash(f.doc.text), warnings=f.doc.warnings,
                         identity=f.url, meta=f.doc, address=f.url)


def apply_meta(doc: Extraction, src: Source) -> Extraction:
    """What the source says of itself over what the text suggests: the page's own date, its site."""
    meta, art = src.meta, doc.article
    art.minhash = src.minhash
    if meta is None:
        return doc
    art.published = meta.published or art.published
    art.title = art.title or meta.title
    art.authors = list(dict.fromkeys([*meta.authors, *art.authors]))
    art.source = meta.site or art.source
    art.url = meta.url
    return doc


def _extract(path: str, text: str, ident: str | None = None, article: str | None = None,
             words: bool = False) -> tuple[Extraction | None, str | None]:
    """One article's extraction, and with ``words`` its text cut for a word index (ingest/search_text.py)."""
    try:
        doc = Extractor().extract_text(text, ident or path, article)
        if words and doc.article.text:
            doc.article.search_words = search_words(doc.article.text)
        return doc, None
    except ValidationError as exc:
        return None, f"{path}: the extraction did not pass the schema check: {exc}"
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the rest
        return None, f"{path}: extraction failed: {type(exc).__name__}: {exc}"


def _warm_up(words: bool = False) -> None:
    """Load the segmenters and the tables once, before the workers fork, so they share them."""
    load_tables()
    Extractor().extract_text("范县柳林镇王庄村党支部书记李某某说，王庄村合作社今年分红。", "warm-up")
    if words:
        search_words("王庄村合作社今年分红")


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
                    skip: Callable[[Source], bool] | None = None, in_flight: int = 400,
                    words: bool = False) -> Iterator[Outcome]:
    """Outcomes in the order of ``items``; ``skip(source)`` True marks an unchanged article; ``words``
    also cuts each text for a word index, in the workers (the store is FalkorDB)."""
    workers = workers or default_workers()
    if workers <= 1:
        for src in items:
            yield _outcome_now(src, skip, words)
        return
    pending: deque[tuple[Source, Future | None, bool]] = deque()
    pool: ProcessPoolExecutor | None = None
    try:
        for src in items:
            skipped = bool(skip and src.error is None and skip(src))
            if src.error is None and not skipped:
                if pool is None:  # started for the first article that needs extracting
                    _warm_up(words)
                    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                               initializer=_end_with_parent)
                pending.append((src, pool.submit(_extract, src.label, src.text, src.identity, src.article_id, words),
                                False))
            else:
                pending.append((src, None, skipped))
            while len(pending) >= in_flight:
                yield _collect(*pending.popleft())
        while pending:
            yield _collect(*pending.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _outcome_now(src: Source, skip: Callable[[Source], bool] | None, words: bool = False) -> Outcome:
    if src.error is not None:
        return Outcome(src.path, None, src.error, label=src.label)
    if skip and skip(src):
        return Outcome(src.path, None, unchanged=True, article_id=src.article_id, label=src.label)
    doc, error = _extract(src.label, src.text or "", src.identity, src.article_id, words)
    return Outcome(src.path, doc and apply_meta(doc, src), error, article_id=src.article_id, warnings=src.warnings,
                   label=src.label)


def _collect(src: Source, future: Future | None, skipped: bool) -> Outcome:
    if future is None:
        if src.error is not None:
            return Outcome(src.path, None, src.error, label=src.label)
        return Outcome(src.path, None, unchanged=skipped, article_id=src.article_id, label=src.label)
    try:
        doc, error = future.result()
    except Exception as exc:  # noqa: BLE001 - a worker that died is this article's failure only
        doc, error = None, f"{src.label}: extraction failed: {type(exc).__name__}: {exc}"
    return Outcome(src.path, doc and apply_meta(doc, src), error, article_id=src.article_id, warnings=src.warnings,
                   label=src.label)


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
