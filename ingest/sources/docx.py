"""Word files (.docx) → their text: paragraphs in order, then tables row by row, with python-docx.

Of the document's core properties only the title is kept: its author is the Word user (often
"Administrator") and its creation date the template's, neither the article's.
"""

from __future__ import annotations

import io
from pathlib import Path

from ruralkg.ingest.sources import ReadDoc


class DocxReadError(ValueError):
    """A Word file that cannot be read; the message names the file and the problem."""


def read_docx(path: Path, data: bytes) -> ReadDoc:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise DocxReadError(f"{path}: not a readable Word (.docx) file ({exc})") from exc
    lines = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                lines.append("\u3000".join(dict.fromkeys(cells)))  # merged cells repeat: keep each once
    return ReadDoc("\n".join(lines), title=document.core_properties.title or None)
