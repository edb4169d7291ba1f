"""A person the article has named comes back by name alone: 村民李某 first, then 在…帮助下，李某加入….

The recognisers see one sentence at a time and find a person only with a title, a role or a verb of
speech beside the name; a later bare mention (the subject of a sentence, the receiver of help) would
be no argument of the relations there. Once any sentence of the article has found the name, every
other occurrence of it is that person: a three-character name wherever it stands, a two-character one
only where it opens a word (after punctuation or a function character), since two characters are
often a piece of an ordinary word.
"""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention
from ruralkg.ingest.extraction.words import CJK

PEOPLE = ("Person", "Official")


def known_people(sentences: list[tuple[object, list[Mention], str]]) -> None:
    """Add a mention wherever a name a sentence of this article found as a person comes back;
    ``sentences`` holds each sentence's text with its mentions (extended in place)."""
    names: dict[str, str] = {}
    for _sent, mentions, _text in sentences:
        for m in mentions:
            if m.type in PEOPLE and 2 <= len(m.name) <= 4 and all(CJK.match(c) for c in m.name):
                names.setdefault(m.name, m.type)
    if not names:
        return
    pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
    for _sent, mentions, text in sentences:
        for hit in pattern.finditer(text):
            lo, hi = hit.span()
            if any(m.start < hi and lo < m.end for m in mentions):
                continue  # already found, or inside a longer name (王大明村, 王大明家庭农场)
            if hi - lo == 2 and lo > 0 and CJK.match(text[lo - 1]) and text[lo - 1] not in vocab.STOP_CHARS:
                continue  # two characters inside a word are no name
            mentions.append(Mention(names[hit.group()], hit.group(), lo, hi))
