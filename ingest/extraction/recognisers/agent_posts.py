"""Posts named before 由 and the person who holds them after it (an agent phrase).

Rural reports say who fills a post of a body by putting the post first, then 由 with the holder
and a verb of holding, often describing the holder by another post or a role:

    合作社理事长由村党支部书记王某兼任      → 王某, 理事长 of the cooperative (and 书记 of the branch)
    石桥村富民专业合作社理事长由种植大户李某担任 → 李某, 理事长 of 石桥村富民专业合作社

The clause must end right after the verb (…兼任。), else the titles after the verb are the holder's
(由王某兼任董事长: ``people.appointed_people``).
"""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.recognisers.people import (
    holds_office,
    mark_titles_at,
    name_ending_at,
    posts_before,
)
from ruralkg.ingest.extraction.words import CJK, alternation, any_of, pos_table

_TITLES = alternation(vocab.OFFICIAL_TITLES + vocab.PERSON_TITLES)
# 由 … a verb of holding, then the end of the clause
_HELD_BY = re.compile("由([^，。；：,;由]{2,30}?)" + any_of(vocab.words("titles", "holding_verbs")) + "(?=[，。；,;]|$)")
_PEOPLE = ("Official", "Person")
_ROLES = tuple(vocab.PERSON_ROLES)


def agent_posts(ctx: SentenceContext) -> None:
    """The holder named after 由 takes the chain of titles that ends right before 由."""
    s = ctx.s
    for m in _HELD_BY.finditer(s):
        title = next((t for t in _TITLES.finditer(s, max(0, m.start() - 12), m.start()) if t.end() == m.start()), None)
        if title is None:
            continue
        verb_at = m.end(1)
        person = next((x for x in ctx.found if x.type in _PEOPLE and x.end == verb_at), None)
        if person is None:
            name = name_ending_at(s, verb_at, _ROLES + ("由",)) or _described_name(ctx, m.start(1), verb_at)
            if name is None or ctx.overlapped(verb_at - len(name), verb_at):
                continue
            person = ctx.add(Mention("Person", name, verb_at - len(name), verb_at))
        posts = posts_before(ctx, title.start(), title.end())
        mark_titles_at(person, s, posts, title.end())
        held = person.info.setdefault("posts", [])
        held += [p for p in posts if p not in held]
        if holds_office(held):
            person.type = "Official"


def _described_name(ctx: SentenceContext, start: int, end: int) -> str | None:
    """A personal name closing the agent phrase after a description the segmenter ends before it
    (由种植大户|李某|担任, 由茶农代表|郑某|担任): a known surname, no dictionary word."""
    s = ctx.s
    for length in (3, 2):
        k = end - length
        name = s[k:end]
        if k <= start or name[0] not in vocab.SURNAMES or not all(CJK.match(c) for c in name):
            continue
        if pos_table().get(name) in (None, "nr", "nrfg", "nrt") and ctx.word_starts_at(k) \
                and not any(c in vocab.STOP_CHARS for c in name[1:]):
            return name
    return None
