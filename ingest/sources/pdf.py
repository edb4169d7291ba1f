"""Newspaper e-paper pages (PDF) → text in reading order, one article per item on the page.

PDFium (pypdfium2) reads the text runs and their boxes: it is fast and reads the CID-keyed CJK
fonts that pdfminer/pdfplumber returned nothing for (docs/decisions.md, Issue 21). The file's own
order of text runs is the typesetter's, not the reader's, so the runs are put in reading order by
a recursive XY-cut: bands separated by a wide horizontal gap are read top to bottom, columns
separated by a vertical gap left to right. A band of its own in the top 12% of the page (the
masthead: paper, date, page number) is the page's metadata, not part of any item. Items are found by the project's segmenter.
A page with no text layer is read by Tesseract (simplified Chinese) when it is installed, with its
mean word confidence reported; otherwise it is refused with a message that says so.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from ruralkg.ingest.sources import ReadDoc

MASTHEAD_SHARE = 0.12  # the top 12% of a page: paper name, date, page number, section
_PAPER = re.compile(r"[\u4e00-\u9fff]{2,12}(?:日报|晚报|报|时报)")
_DATE = re.compile(r"(20\d{2}|19\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})")
_FILE_DATE = re.compile(r"(20\d{2})[-_.]?(\d{2})[-_.]?(\d{2})")
_SENTENCE_END = "。！？）)”」"


class PdfReadError(ValueError):
    """A PDF that cannot be read; the message names the file and the problem."""


@dataclass
class Run:
    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def height(self) -> float:
        return self.top - self.bottom


def _cut(runs: list[Run], axis: str, min_gap: float) -> list[list[Run]]:
    """Split runs at every gap wider than ``min_gap`` along an axis ("y": bands top to bottom, "x": columns)."""
    if axis == "y":
        spans = sorted((((-r.top, -r.bottom), r) for r in runs), key=lambda s: s[0])
    else:
        spans = sorted((((r.left, r.right), r) for r in runs), key=lambda s: s[0])
    groups: list[list[Run]] = [[]]
    reach = None
    for (lo, hi), run in spans:
        if reach is not None and lo - reach > min_gap:
            groups.append([])
        groups[-1].append(run)
        reach = hi if reach is None else max(reach, hi)
    return groups


def xy_cut(runs: list[Run], line: float) -> list[list[Run]]:
    """Blocks of runs in reading order: bands split at gaps over one line height, columns at gaps over one."""
    bands = _cut(runs, "y", 1.2 * line)
    if len(bands) > 1:
        return [block for band in bands for block in xy_cut(band, line)]
    columns = _cut(runs, "x", 1.0 * line)
    if len(columns) > 1:
        return [block for col in columns for block in xy_cut(col, line)]
    return [runs]


def _lines(block: list[Run]) -> list[list[Run]]:
    """Runs of one block grouped into lines (same baseline within half a line), top to bottom."""
    lines: list[list[Run]] = []
    for run in sorted(block, key=lambda r: (-r.top, r.left)):
        if lines and abs(lines[-1][0].bottom - run.bottom) < run.height / 2:
            lines[-1].append(run)
        else:
            lines.append([run])
    return [sorted(line, key=lambda r: r.left) for line in lines]


def block_text(block: list[Run]) -> str:
    """A block's lines joined into paragraphs: a wrapped line continues its paragraph; a change of
    type size (a headline), a short line ending a sentence, or an indent starts a new one."""
    lines = _lines(block)
    if not lines:
        return ""
    left = min(r.left for r in block)
    right = max(r.right for r in block)
    out: list[str] = []
    prev: list[Run] | None = None
    for line in lines:
        text = " ".join(r.text.strip() for r in line if r.text.strip())
        if not text:
            continue
        if prev is None:
            out.append(text)
        else:
            size, prev_size = line[0].height, prev[0].height
            short = prev[-1].right < right - 1.5 * prev_size and out[-1][-1:] in _SENTENCE_END
            indented = line[0].left > left + 1.5 * size
            if abs(size - prev_size) > 0.2 * prev_size or short or indented:
                out.append(text)
            else:
                out[-1] += text
        prev = line
    return "\n".join(out)


def page_runs(page) -> list[Run]:
    textpage = page.get_textpage()
    runs = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", "")
        if text.strip():
            runs.append(Run(left, bottom, right, top, text))
    return runs


def page_text(page) -> tuple[str, str]:
    """(masthead, body) of one page, each in reading order."""
    runs = page_runs(page)
    if not runs:
        return "", ""
    height = page.get_size()[1]
    line = statistics.median(r.height for r in runs)
    bands = _cut(runs, "y", 1.2 * line)
    mast: list[Run] = []
    if len(bands) > 1 and min(r.bottom for r in bands[0]) > height * (1 - MASTHEAD_SHARE):
        mast = bands.pop(0)  # a band of its own at the top of the page
    masthead = " ".join(block_text(b) for b in xy_cut(mast, line)) if mast else ""
    body = [r for band in bands for r in band]
    return masthead, "\n".join(block_text(b) for b in xy_cut(body, line))


def _iso(m: re.Match) -> str | None:
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def page_meta(path: Path, masthead: str, title: str | None) -> tuple[str | None, str | None]:
    """The paper and the date of a page: the document's title or the masthead's paper name; the
    masthead's date, else a date in the file name (e-paper files are named by issue date)."""
    paper = title if title and _PAPER.fullmatch(title) else None
    if paper is None:
        m = _PAPER.search(masthead)
        paper = m.group() if m else (title or None)
    date = None
    m = _DATE.search(masthead)
    if m:
        date = _iso(m)
    if date is None:
        m = _FILE_DATE.search(path.stem)
        date = _iso(m) if m else None
    return paper, date


def split_items(text: str) -> list[str]:
    """The items of a page's text, as the project's segmenter sees them (each from its first line)."""
    from ruralkg.ingest.normalize import normalise
    from ruralkg.ingest.segment import segment

    norm = normalise(text)
    starts: dict[int, int] = {}
    for sent in segment(norm.text).sentences:
        starts.setdefault(sent.item, sent.start)
    cuts = sorted(norm.raw_span(s, s + 1)[0] for s in starts.values())
    if not cuts:
        return [text] if text.strip() else []
    cuts[0] = 0  # anything before the first sentence (a kicker, a stray mark) opens the first item
    bounds = [*cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]


def read_pdf(path: Path, data: bytes) -> list[ReadDoc]:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfReadError(f"{path}: not a readable PDF ({exc})") from exc
    try:
        title = (doc.get_metadata_dict().get("Title") or "").strip() or None
        out: list[ReadDoc] = []
        image_pages: list[int] = []
        for number in range(len(doc)):
            page = doc[number]
            masthead, body = page_text(page)
            warnings: list[str] = []
            if not body.strip() and not masthead.strip():
                from ruralkg.ingest.sources.ocr import OcrUnavailable, ocr_page

                try:
                    body, confidence = ocr_page(page)
                except OcrUnavailable as exc:
                    image_pages.append(number + 1)
                    warnings.append(str(exc))
                    continue
                warnings.append(f"{path}: page {number + 1} has no text layer; read by OCR "
                                f"(Tesseract chi_sim, mean confidence {confidence:.0f}%)")
                first, _, rest = body.partition("\n")
                if _DATE.search(first) and _PAPER.search(first):
                    masthead, body = first, rest  # the masthead line of the scanned page
            paper, date = page_meta(path, masthead, title)
            for i, item in enumerate(split_items(body), start=1):
                out.append(ReadDoc(item, list(warnings), part=f"p{number + 1}-{i}", published=date, site=paper))
        if not out:
            if image_pages:
                raise PdfReadError(f"{path}: the page(s) {', '.join(map(str, image_pages))} are images with no text "
                                   "layer and no OCR engine is installed (apt-get install tesseract-ocr "
                                   "tesseract-ocr-chi-sim)")
            raise PdfReadError(f"{path}: the PDF holds no text")
        return out
    finally:
        doc.close()
