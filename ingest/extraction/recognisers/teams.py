"""Work teams named after where they are sent and who sends them: 市委组织部驻王庄村帮扶工作队."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import PLACES, Mention, SentenceContext
from ruralkg.ingest.extraction.edges import left_edge
from ruralkg.ingest.extraction.words import any_of

# a work team: [sender 驻] place [kind words] 工作队 (省委驻淮安区乡村振兴帮促工作队, 王庄村驻村工作队)
_TEAM = re.compile(any_of(vocab.words("organisations", "team_kind_words")) + "*"
                   + any_of(vocab.words("organisations", "team_heads")))
_SENDER_END = vocab.words("organisations", "team_sender_ends")
_COMPANY_ENDS = tuple(vocab.ENTERPRISE_SUFFIXES)


def teams(ctx: SentenceContext) -> None:
    """Work teams named after where they are sent and who sends them: 市委组织部驻王庄村帮扶工作队."""
    s = ctx.s
    for m in _TEAM.finditer(s):
        place = ctx.ends_at(m.start(), PLACES)
        if place is None:
            _stationless_team(ctx, m)
            continue
        place = _station_after_zhu(ctx, place)
        start = place.start
        while (before := ctx.ends_at(start, PLACES)) is not None:
            start = before.start  # 驻淮安区苏嘴镇…: the whole chain
        if start > 0 and s[start - 1] == "驻":
            sender = left_edge(s, start - 1, 12, 0, strict=False, min_len=2)
            if sender is not None and s[sender:start - 1].endswith(_SENDER_END) \
                    and s[sender - 1:sender] not in ("该", "本", "其"):  # 该公司|驻…: a reference, not a sender
                start = sender
            else:
                start -= 1  # 驻王庄村工作队
        ment = ctx.add(Mention("Organization", s[start:m.end()], start, m.end()))
        ment.info["place"] = place


def _stationless_team(ctx: SentenceContext, m: re.Match) -> None:
    """A team named after its sender with no station written: 某银行某省分行驻村帮扶工作队, 某省委政法委驻村
    扶贫工作组. A bare 驻村工作队 names no team (it is a reference, resolved by the relation rules)."""
    s = ctx.s
    if not m.group().startswith("驻"):
        return
    sender = ctx.ends_at(m.start(), ("Organization", "Enterprise"))
    start = sender.start if sender is not None else left_edge(s, m.start(), 12, 0, strict=False, min_len=2)
    if start is None or not (sender is not None or s[start:m.start()].endswith(_SENDER_END)):
        return
    if sender is None:
        # the sender is a body of its own (某省委政法委, 某银行某省分行)
        name = s[start:m.start()]
        kind = "Enterprise" if name.endswith(_COMPANY_ENDS) else "Organization"
        sender = ctx.add(Mention(kind, name, start, m.start()))
    ment = ctx.add(Mention("Organization", s[start:m.end()], start, m.end()))
    ment.info["sender"] = sender


def _station_after_zhu(ctx: SentenceContext, place: Mention) -> Mention:
    """A village read across 驻 (大学|驻福屯村, 驻桑忠青村) is the station after it: the place is re-read
    from 驻 on, and 驻 goes back to the team's name."""
    cut = place.name.rfind("驻", 0, len(place.name) - 2)
    if place.type not in ("Village", "Township") or cut < 0:
        return place
    start = place.start + cut + 1
    ctx.spans.keep(lambda x: x is not place)
    aliases = {a[a.rfind("驻") + 1:] for a in place.aliases if "驻" in a}
    return ctx.add(Mention(place.type, place.name[cut + 1:], start, place.end, aliases))
