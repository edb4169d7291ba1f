"""Run the extractor over files and folders, one article at a time, never stopping on a bad one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ruralkg.ingest.document import Extraction
from ruralkg.ingest.extractor import Extractor
from ruralkg.ingest.reader import ArticleReadError, article_files, read_article


@dataclass
class Outcome:
    path: Path
    extraction: Extraction | None
    error: str | None = None


def extract_paths(paths: list[Path]) -> Iterator[Outcome]:
    extractor = Extractor()
    try:
        files = list(article_files(paths))
    except ArticleReadError as exc:
        yield Outcome(Path(str(exc).split(":")[0]), None, str(exc))
        return
    for path in files:
        try:
            raw = read_article(path)
            yield Outcome(path, extractor.extract_text(raw, str(path.resolve())))
        except ArticleReadError as exc:
            yield Outcome(path, None, str(exc))
        except ValidationError as exc:
            yield Outcome(path, None, f"{path}: the extraction did not pass the schema check: {exc}")
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the rest
            yield Outcome(path, None, f"{path}: extraction failed: {type(exc).__name__}: {exc}")


def count_files(paths: list[Path]) -> int:
    try:
        return len(list(article_files(paths)))
    except ArticleReadError:
        return 0
