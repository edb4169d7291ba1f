"""Excel workbooks of what the analyst sees: the table on the first sheet, the sentences behind its rows
on a sheet of their own (``evidence``), so a row's claim and its source sit one click apart.

Cells are written as the CSV writes them (lists joined with ；, formula-looking text made text);
openpyxl writes the .xlsx, a format Excel, LibreOffice and WPS all open.
"""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from ruralkg.graph.queries import _csv_cell, _formula_safe
from ruralkg.graph.store import Row

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EVIDENCE_HEADER = ("row", "name", "article", "title", "date", "sentence")


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def cited_articles(rows: list[Row]) -> list[str]:
    """The ids of the articles the rows' sentences come from."""
    return sorted({a for row in rows for a, _, _ in row_evidence(row) if a})


def row_evidence(row: Row) -> list[tuple[str, str, str]]:
    """(article, date, sentence) of each sentence a row carries, from whichever columns it has: ``evidence``
    with ``articles``, ``evidence_sentences`` with ``evidence_articles`` and ``evidence_dates``, or one
    ``sentence`` with its ``article_id``."""
    sentences = row.get("evidence_sentences", row.get("evidence"))
    if sentences is None and isinstance(row.get("sentence"), str):
        sentences = [row["sentence"]]
    sentences = [s for s in _as_list(sentences) if isinstance(s, str)]
    if not sentences:
        return []
    articles = _as_list(row.get("evidence_articles", row.get("articles", row.get("article_id"))))
    dates = _as_list(row.get("evidence_dates", row.get("published")))
    return [(str(articles[i]) if i < len(articles) and articles[i] is not None else "",
             str(dates[i]) if i < len(dates) and dates[i] is not None else "", s) for i, s in enumerate(sentences)]


def _cell(value: Any) -> Any:
    value = _formula_safe(_csv_cell(value))
    return value if isinstance(value, str | int | float | bool) or value is None else str(value)


def rows_to_xlsx(rows: list[Row], title: str, columns: list[str] | None = None,
                 articles: dict[str, tuple[str, str]] | None = None) -> bytes:
    """The workbook's bytes: sheet ``title`` (at most 31 characters, as Excel allows) holds the table,
    sheet ``evidence`` every sentence behind a row, numbered by the row it belongs to; ``articles``
    gives each cited article's title and date (``graph/articles.py``) where the rows do not."""
    articles = articles or {}
    book = Workbook()
    table = book.active
    table.title = title[:31] or "table"
    columns = columns or (list(rows[0].keys()) if rows else [])
    table.append(columns)
    for row in rows:
        table.append([_cell(row.get(c)) for c in columns])
    for i, c in enumerate(columns, start=1):
        table.column_dimensions[get_column_letter(i)].width = max(10, min(60, len(str(c)) + 4))
    table.freeze_panes = "A2"
    evidence = book.create_sheet("evidence")
    evidence.append(list(EVIDENCE_HEADER))
    name_column = next((c for c in ("name", "county", "township", "branch", "person", "place") if c in columns), None)
    for n, row in enumerate(rows, start=1):
        for article, date, sentence in row_evidence(row):
            known_title, known_date = articles.get(article, ("", ""))
            evidence.append([n, _cell(row.get(name_column)) if name_column else "", article, _formula_safe(known_title),
                             date or known_date, _formula_safe(sentence)])
    evidence.column_dimensions["F"].width = 100
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
