"""Read article files as text, whatever their encoding or format, and say plainly when one cannot be.

Encodings are decided by evidence: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8,
then GB18030 or Big5, whichever reading is made of common Chinese characters (in either script), and
``charset-normalizer`` for bytes no encoding takes whole. A few bad bytes are replaced and reported, not a reason to lose the article.
HTML pages go to the web-page reader (``ingest/sources/html.py``), PDF pages and Word files to theirs.
What a file is comes from its content (``ingest/filetype.py``), not its name; ``READERS`` says how each
kind is read and ``read_documents`` is the one dispatch point. Files over the size limit, anything but
regular files, files with no Chinese text and binary files are refused, with the file and the reason named.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from ruralkg.ingest.filetype import HEAD_BYTES, describe, printable_share, sniff
from ruralkg.ingest.sources import ReadDoc

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".pdf", ".docx")  # README.md or NOTES.md are not articles
HTML_SUFFIXES = (".html", ".htm")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CHINESE_ENCODINGS = ["gb18030", "big5", "utf_16_le", "utf_16_be", "utf_8"]


class ArticleReadError(ValueError):
    """An article file that cannot be read; the message names the file and the problem."""


@dataclass
class ReadText:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def max_article_bytes() -> int:
    raw = os.environ.get("RURALKG_MAX_ARTICLE_BYTES", "")
    return int(raw) if raw.isdigit() else 2_000_000


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_CHINESE_ENCODINGS).best()
    return best.encoding if best is not None else None


def _holds_chinese(text: str, at_least: int = 10) -> bool:
    """At least this many Chinese characters: stops at the tenth instead of listing every one."""
    return sum(1 for _ in islice(_CJK.finditer(text), at_least)) >= at_least


def _common_hanzi(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _common_share(text: str) -> float:
    from ruralkg.ingest.normalize import to_simplified

    hanzi = _CJK.findall(to_simplified(text[:4000]))
    return sum(1 for c in hanzi if _common_hanzi(c)) / max(1, len(hanzi))


def _cjk_share(data: bytes, encoding: str) -> float:
    """The share of common Chinese characters (GB2312's) in a reading: near 1 for Chinese text, about a
    third or less for bytes that are no text (random pairs land anywhere in the CJK block)."""
    text = data[: len(data) // 2 * 2].decode(encoding, errors="replace")
    hanzi = [c for c in _CJK.findall(text) if _common_hanzi(c)]
    return len(hanzi) / max(1, len(text.strip()))


def decode(data: bytes, path: Path) -> str:
    return decode_checked(data, path).text


def decode_checked(data: bytes, path: Path) -> ReadText:
    if not data:
        raise ArticleReadError(f"{path}: the file is empty")
    if not data.strip():
        raise ArticleReadError(f"{path}: not an article: it holds only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _finish(data, encoding, path)
    if b"\x00" in data[:4096]:
        # UTF-16 without a byte-order mark, or text with a stray NUL: the reading that is mostly
        # Chinese text, else binary
        best = max(("utf-16-le", "utf-16-be", "utf-8"), key=lambda enc: _cjk_share(data, enc))
        if _cjk_share(data, best) > 0.3:
            return _finish(data, best, path)
        raise ArticleReadError(f"{path}: this is a binary file, not an article text")
    try:
        return _finish(data, "utf-8", path, strict=True)
    except UnicodeDecodeError:
        pass
    readings = {}
    for encoding in ("gb18030", "big5"):
        try:
            readings[encoding] = data.decode(encoding)
        except UnicodeDecodeError:
            continue
    if readings:
        # Big5 bytes often decode as GB18030 too, and the other way round, into rare characters: the
        # reading whose characters are common Chinese (in either script) wins, GB18030 on a tie
        encoding = max(readings, key=lambda enc: (_common_share(readings[enc]), enc == "gb18030"))
        return ReadText(readings[encoding], encoding)
    # no encoding takes every byte: the best guess, with the bad bytes replaced and reported
    return _finish(data, _guess(data) or "utf-8", path)


def _finish(data: bytes, encoding: str, path: Path, strict: bool = False) -> ReadText:
    if strict:
        return ReadText(data.decode(encoding), encoding)
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    warnings = [f"{path}: {bad} byte sequence(s) were not valid {encoding} and were replaced"] if bad else []
    return ReadText(text, encoding, warnings)


def html_to_text(html: str) -> str:
    """The article text of an HTML page: its title and the main content, without scripts, styles,
    menus, headers, footers and sidebars."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
                     "button", "select"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    candidates = soup.find_all(["article", "main"]) or [soup.body or soup]
    main = max(candidates, key=lambda el: len(_CJK.findall(el.get_text())))
    heading = main.find(["h1", "h2"])
    lines = [line.strip() for line in main.get_text("\n").splitlines() if line.strip()]
    head = heading.get_text(" ", strip=True) if heading else title
    if head and (not lines or lines[0] != head):
        lines.insert(0, head)
    return "\n\n".join(lines)


def _looks_like_html(text: str) -> bool:
    return bool(re.match(r"\s*(<!doctype html|<html|<head|<body)", text[:500], re.IGNORECASE))


def read_bounded(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, never more than the size limit whatever ``st_size`` says (a file
    that grows while read, /proc files); FIFOs, devices and sockets are refused without waiting on them."""
    limit = max_article_bytes() if limit is None else limit
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ArticleReadError(f"{path}: cannot be read ({exc.strerror})") from exc
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise ArticleReadError(f"{path}: not a regular file ({_special_kind(mode)}); only files are read")
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise ArticleReadError(f"{path}: cannot be read ({exc.strerror})") from exc
    if len(data) > limit:
        raise ArticleReadError(f"{path}: over the limit of {limit / 1e6:.1f} MB for one article "
                               f"(RURALKG_MAX_ARTICLE_BYTES); split it into its articles")
    return data


def _special_kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "a special file"


PAGE_FACTOR = 25  # a PDF page or a Word file carries fonts and pictures besides its text


def _text_document(data: bytes, path: Path) -> list[ReadDoc]:
    """A text file or a web page as one article."""
    from ruralkg.ingest.sources.html import read_html

    if len(data) > max_article_bytes():
        raise ArticleReadError(f"{path}: over the limit of {max_article_bytes() / 1e6:.1f} MB for one article "
                               f"(RURALKG_MAX_ARTICLE_BYTES); split it into its articles")
    result = decode_checked(data, path)
    doc = ReadDoc(result.text, result.warnings, encoding=result.encoding)
    if path.suffix.lower() in HTML_SUFFIXES or _looks_like_html(result.text):
        page = read_html(result.text)
        page.warnings = result.warnings + [f"{path}: {w}" for w in page.warnings]
        page.encoding = result.encoding
        doc = page
    _check_text(doc, path)
    return [doc]


def _pdf_documents(data: bytes, path: Path) -> list[ReadDoc]:
    from ruralkg.ingest.sources.pdf import PdfReadError, read_pdf

    try:
        return read_pdf(path, data)
    except PdfReadError as exc:
        raise ArticleReadError(str(exc)) from exc


def _docx_documents(data: bytes, path: Path) -> list[ReadDoc]:
    from ruralkg.ingest.sources.docx import DocxReadError, read_docx

    try:
        return [read_docx(path, data)]
    except DocxReadError as exc:
        raise ArticleReadError(str(exc)) from exc


def _check_text(doc: ReadText | ReadDoc, path: Path) -> None:
    if "\x00" in doc.text:
        doc.text = doc.text.replace("\x00", "")
        doc.warnings.append(f"{path}: NUL characters were removed")
    if not doc.text.strip():
        raise ArticleReadError(f"{path}: not an article: it holds only whitespace")
    if printable_share(doc.text[:20_000]) < 0.9:
        raise ArticleReadError(f"{path}: this is {describe('binary')}, not an article text")
    if not _holds_chinese(doc.text):
        raise ArticleReadError(f"{path}: not an article: it holds no Chinese text")


# The one dispatch point: what ``ingest.filetype.sniff`` says a file is -> how it is read. A kind not
# here (archives, images, databases, executables, other office formats) is refused with the kind named;
# a reader for another kind is added here.
READERS: dict[str, Callable[[bytes, Path], list[ReadDoc]]] = {
    "text": _text_document, "pdf": _pdf_documents, "docx": _docx_documents}


def read_documents(path: Path) -> list[ReadDoc]:
    """The articles of one file, by what its bytes are: a PDF's items, a Word file, a web page, a text."""
    data = read_bounded(path, max_article_bytes() * PAGE_FACTOR)
    if not data:
        raise ArticleReadError(f"{path}: the file is empty")
    kind = sniff(data[:HEAD_BYTES])
    reader = READERS.get(kind)
    if reader is None:
        raise ArticleReadError(f"{path}: this is {describe(kind)}, not an article text; not read")
    kept = [d for d in reader(data, path) if _holds_chinese(d.text)]
    if not kept:
        raise ArticleReadError(f"{path}: not an article: it holds no Chinese text")
    return kept


def read_article_checked(path: Path) -> ReadText:
    """One file as one text (``read_documents`` reads every kind, a page as its items)."""
    docs = read_documents(path)
    return ReadText("\n\n".join(d.text for d in docs), docs[0].encoding, [w for d in docs for w in d.warnings])



def read_article(path: Path) -> str:
    return read_article_checked(path).text


def article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand folders into their article files (sorted); files are taken as given."""
    for path in paths:
        if path.is_dir():
            # by name: the order Path sorting gives within one folder, without its slow comparisons
            yield from sorted((p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES),
                              key=lambda p: p.name)
        elif path.exists():
            yield path
        else:
            raise ArticleReadError(f"{path}: no such file or folder")


def unusable_entries(folder: Path) -> Iterator[tuple[Path, str]]:
    """Entries of a folder that look like articles but cannot be read as files: say why."""
    for entry in sorted(folder.iterdir()):
        if entry.suffix.lower() not in ARTICLE_SUFFIXES or entry.is_file():
            continue
        if entry.is_symlink() and not entry.exists():
            yield entry, f"{entry}: a link to nothing (or a loop of links); skipped"
        elif entry.is_dir():
            yield entry, f"{entry}: a folder named like an article; skipped (name the folder itself to read it)"
        else:
            try:
                kind = _special_kind(entry.stat().st_mode)
            except OSError:
                kind = "cannot be examined"
            yield entry, f"{entry}: not a regular file ({kind}); skipped"
