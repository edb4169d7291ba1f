"""Curation: the analyst's decisions (merge, split, reject, rename, retype, distinct) kept as data.

The graph is always "articles + decisions": every load passes each article's extraction through the
active decisions (``apply.py``), the extraction as read is kept (``raw.py``) so a new or undone
decision re-derives the articles it touches (``rederive.py``), and proposals (``propose.py``) are
only ever suggestions. The decisions live in one JSON file in the data folder (``decisions.py``).
"""
