"""Read article files as text, whatever their encoding (UTF-8, UTF-8 with BOM, GBK/GB18030)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".text")  # README.md or NOTES.md beside the articles are not articles


class ArticleReadError(ValueError):
    """An article file that cannot be read; the message names the file and the problem."""


def decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise ArticleReadError(f"{path}: the file is empty")
    if b"\x00" in data[:4096]:
        raise ArticleReadError(f"{path}: this is a binary file, not an article text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ArticleReadError(f"{path}: the text is neither UTF-8 nor GBK/GB18030")


def read_article(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleReadError(f"{path}: cannot be read ({exc.strerror})") from exc
    return decode(data, path)


def article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders into their article files (sorted); files are taken as given."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.exists():
            yield path
        else:
            raise ArticleReadError(f"{path}: no such file or folder")
