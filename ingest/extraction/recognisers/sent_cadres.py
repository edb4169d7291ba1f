"""Cadres who go to a place to hold a post there (SCHEMA, first secretaries): the post is the place's,
not the sending body's.

Rural reports tell how a county or a bureau sends its cadres down (选派, 派驻, 下派) and how a cadre
arrives to take a post; the person's name stands before a verb of going, the place after it, then
the post:

    县委组织部选派王某到柳树村担任第一书记      → 王某, 第一书记 of 柳树村
    市审计局干部王某来到柳树村任第一书记        → 王某, 第一书记 of 柳树村
    市财政局选派第一书记李某到石桥村任职        → 李某 (found by her title) also 第一书记 of 石桥村

A going verb with no post after the place (王某到柳树村调研) says nothing about posts.
"""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.recognisers.people import holds_office, name_ending_at
from ruralkg.ingest.extraction.words import alternation, any_of

_TITLES = alternation(vocab.OFFICIAL_TITLES + vocab.PERSON_TITLES)
_GOING = alternation(vocab.words("titles", "going_verbs"))
# after the place: a verb of taking a post and its title (任|驻村|第一书记), or of serving with no title
_TAKING = re.compile(any_of(vocab.words("titles", "post_taking_verbs")) + any_of(vocab.words("titles", "post_title_prefixes")) + "?")
_SERVING = re.compile(any_of(vocab.words("titles", "serving_verbs")))
# what a cadre's name may follow besides punctuation and verbs: a noun for a cadre (干部|王某) or a date
_OPENERS = tuple(vocab.words("titles", "cadre_nouns")) + ("年", "月", "日")
_HELD_AT = ("Village", "Township", "Branch")
_PEOPLE = ("Official", "Person")


def sent_cadres(ctx: SentenceContext) -> None:
    """Each person named right before a verb of going whose place is followed by a post taken there."""
    s = ctx.s
    for m in _GOING.finditer(s):
        place = ctx.spans.starting_at(m.end())
        place = max((x for x in place if x.type in _HELD_AT), key=lambda x: x.end, default=None)
        if place is None:
            continue
        while (inner := max((x for x in ctx.spans.starting_at(place.end) if x.type in _HELD_AT),
                            key=lambda x: x.end, default=None)) is not None:
            place = inner  # 到加尤镇|百陇村|任第一书记: the place chain's last place
        title = _title_after(s, place.end)
        if title is None and (branch := _branch_post_after(ctx, place)) is not None:
            place, title = branch  # 到X村担任|村党支部|副书记: the post is the branch's of that place
        person = next((x for x in ctx.found if x.type in _PEOPLE and x.end == m.start()), None)
        if person is None:
            if title is None:
                continue
            name = name_ending_at(s, m.start(), _OPENERS)
            if name is None or ctx.overlapped(m.start() - len(name), m.start()):
                continue
            person = ctx.add(Mention("Person", name, m.start() - len(name), m.start()))
        titles = [title] if title is not None else _chain_titles(s, person, place.end)
        held = person.info.setdefault("posts", [])
        # the post is the place's: the same title read at the sending body goes (SCHEMA, first secretaries)
        held[:] = [(org, old) for org, old in held if old not in titles or org is None or org.type in _HELD_AT]
        held += [(place, t) for t in titles if not any(org is place and old == t for org, old in held)]
        if holds_office(held):
            person.type = "Official"


def _title_after(s: str, at: int) -> str | None:
    """The title taken right after the place (任第一书记, 担任驻村第一书记), if any."""
    verb = _TAKING.match(s, at)
    if verb is None:
        return None
    title = _TITLES.match(s, verb.end())
    return title.group() if title is not None else None


_BRANCH_TITLE = re.compile("(?:" + any_of(vocab.words("titles", "post_taking_verbs")) + ")([村镇乡]?)("
                           + any_of(vocab.BRANCH_KINDS) + ")(?=" + _TITLES.pattern + ")")


def _branch_post_after(ctx: SentenceContext, place: Mention) -> tuple[Mention, str] | None:
    """到X村担任村党支部副书记, 到X镇任镇党委委员: the branch of that place, named after it, and the title."""
    m = _BRANCH_TITLE.match(ctx.s, place.end)
    if m is None or (m.group(1) and m.group(1) != place.name[-1]):
        return None
    title = _TITLES.match(ctx.s, m.end())
    branch = next((x for x in ctx.found if x.type == "Branch" and x.start == m.start(1) and x.end == m.end()), None)
    if branch is None:
        if ctx.overlapped(m.start(1), m.end()):
            return None
        branch = ctx.add(Mention("Branch", place.name + m.group(2), m.start(1), m.end(), {m.group(1) + m.group(2)}))
        branch.info["owner"] = place
    return branch, title.group()


def _chain_titles(s: str, person: Mention, at: int) -> list[str]:
    """The titles written before a person already found, when the place is followed by a verb of serving
    with no title (选派第一书记李某到石桥村任职)."""
    if not _SERVING.match(s, at):
        return []
    return [t for org, t in person.info.get("posts", []) if t and (org is None or org.type not in _HELD_AT)]
