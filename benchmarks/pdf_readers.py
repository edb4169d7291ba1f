"""PDF readers on a three-column Chinese e-paper page: is the reading order right, and how fast.

    .venv/bin/python benchmarks/pdf_readers.py

The page is typeset by ``tests/made_files.py`` in Noto Sans CJK with its lines written across the
columns (the file's order is not the reading order, as on real e-paper pages). "items whole" counts
the three items found each as one unbroken run of text. pdfplumber (and its pdfminer.six) are measured
when installed (``pip install pdfplumber==0.11.10``); the project does not depend on them.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.made_files import ITEMS, make_epaper_pdf  # noqa: E402


def main() -> None:
    import pypdfium2 as pdfium

    from ruralkg.ingest.sources.pdf import page_text

    path = make_epaper_pdf(Path(tempfile.mkdtemp()) / "page.pdf")

    def ours() -> str:
        doc = pdfium.PdfDocument(path)
        masthead, body = page_text(doc[0])
        return masthead + "\n" + body

    def pdfium_stream() -> str:
        return pdfium.PdfDocument(path)[0].get_textpage().get_text_range()

    readers = [("pypdfium2 + XY-cut (chosen)", ours), ("pypdfium2, file order", pdfium_stream)]
    try:
        import pdfplumber
        from pdfminer.high_level import extract_text

        def plumber() -> str:
            with pdfplumber.open(path) as pdf:
                return pdf.pages[0].extract_text() or ""

        readers += [("pdfplumber 0.11 extract_text", plumber),
                    ("pdfminer.six layout analysis", lambda: extract_text(path))]
    except ImportError:
        print("pdfplumber is not installed: measuring PDFium only")
    for name, read in readers:
        started = time.perf_counter()
        for _ in range(20):
            text = read()
        ms = (time.perf_counter() - started) / 20 * 1000
        flat = re.sub(r"\s+", "", text)
        whole = sum("".join(item).replace(" ", "") in flat for item in ITEMS)
        print(f"{name:30} chars read {len(flat):4}, items whole {whole}/3, {ms:.1f} ms/page")


if __name__ == "__main__":
    main()
