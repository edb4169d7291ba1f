"""Pages that are pictures of text, read by Tesseract with its simplified-Chinese model.

Tesseract and its ``chi_sim`` data are Debian packages (``./run`` installs them); pytesseract
calls the ``tesseract`` program. The mean confidence of the words read is reported with the page,
so an analyst knows how far to trust it.
"""

from __future__ import annotations

import shutil

OCR_SCALE = 300 / 72  # render at 300 dpi: Tesseract's models are trained on print at about that


class OcrUnavailable(RuntimeError):
    """No OCR engine (or no Chinese model) on this machine."""


def ocr_image(image) -> tuple[str, float]:
    """(text, mean word confidence 0-100) of a PIL image."""
    import pytesseract

    if shutil.which("tesseract") is None:
        raise OcrUnavailable("the page is an image and Tesseract is not installed "
                             "(apt-get install tesseract-ocr tesseract-ocr-chi-sim)")
    if "chi_sim" not in pytesseract.get_languages(config=""):
        raise OcrUnavailable("the page is an image and Tesseract has no simplified-Chinese model "
                             "(apt-get install tesseract-ocr-chi-sim)")
    data = pytesseract.image_to_data(image, lang="chi_sim", config="--psm 3", output_type=pytesseract.Output.DICT)
    confidences = [float(c) for c, w in zip(data["conf"], data["text"], strict=False) if w.strip() and float(c) >= 0]
    lines: dict[tuple[int, int, int], list[str]] = {}
    for i, word in enumerate(data["text"]):
        if word.strip():
            lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(word)
    paragraphs: dict[tuple[int, int], list[str]] = {}
    for (block, par, _), words in sorted(lines.items()):
        paragraphs.setdefault((block, par), []).append("".join(words))
    text = "\n".join("".join(lines_) for lines_ in paragraphs.values())
    return text, (sum(confidences) / len(confidences) if confidences else 0.0)


def ocr_page(page) -> tuple[str, float]:
    """(text, mean confidence) of a PDFium page with no text layer."""
    image = page.render(scale=OCR_SCALE).to_pil()
    return ocr_image(image)
