"""Work teams named after where they are sent and who sends them: 市委组织部驻王庄村帮扶工作队."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import PLACES, Mention, SentenceContext
from ruralkg.ingest.extraction.edges import left_edge
from ruralkg.ingest.extraction.words import any_of, last_chars
from ruralkg.ingest.gazetteer import gazetteer

# a work team: [sender 驻] place [kind words] 工作队 (省委驻淮安区乡村振兴帮促工作队, 王庄村驻村工作队)
_TEAM = re.compile(any_of(vocab.words("organisations", "team_kind_words")) + "*"
                   + any_of(vocab.words("organisations", "team_heads")))
_TEAM_CUE = last_chars(vocab.words("organisations", "team_heads"))
_SENDER_END = vocab.words("organisations", "team_sender_ends")
_COMPANY_ENDS = tuple(vocab.ENTERPRISE_SUFFIXES)


def teams(ctx: SentenceContext) -> None:
    """Work teams named after where they are sent and who sends them: 市委组织部驻王庄村帮扶工作队."""
    s = ctx.s
    if not _TEAM_CUE.search(s):
        return  # no team named (most sentences)
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
            sender = _after_sending(s, left_edge(s, start - 1, 12, 0, strict=False, min_len=2), start - 1)
            by_place = ctx.ends_at(start - 1, PLACES)
            if sender is not None and s[sender:start - 1].endswith(_SENDER_END) \
                    and s[sender - 1:sender] not in ("该", "本", "其"):  # 该公司|驻…: a reference, not a sender
                _sender_body(ctx, sender, start - 1)
                start = sender
            elif by_place is not None:
                start = by_place.start  # 广州市海珠区|驻…: a place sends the team (its whole chain)
                while (before := ctx.ends_at(start, PLACES)) is not None:
                    start = before.start
            else:
                start -= 1  # 驻王庄村工作队
        ment = ctx.add(Mention("Organization", s[start:m.end()], start, m.end()))
        ment.info["place"] = place


# 由X(从机关)选派两名干部组成的驻村工作组: 由, the sender and a relative clause of sending right before the team
_SENDING_VERBS = vocab.words("organisations", "sending_verbs")
_SENT_BY = re.compile(r"由([^，,。；;、“”]{2,40}?)(?:" + any_of(_SENDING_VERBS) + r")的$")


_ORGANIZATION_ENDS = tuple(vocab.ORGANIZATION_SUFFIXES)


def _sender_body(ctx: SentenceContext, lo: int, hi: int) -> None:
    """日喀则市人民医院|驻X村工作队: the office, hospital or bank that sends the team is a body of its own
    (SCHEMA: the sending body), unless a recogniser before found it."""
    name = ctx.s[lo:hi]
    if not name.endswith(_ORGANIZATION_ENDS) or ctx.s[lo - 1:lo] in ("和", "与", "及", "、") or any(
            x.type == "Organization" and x.start == lo and x.end == hi for x in ctx.spans.starting_at(lo)):
        return  # (林业和)草原局: a name cut at a conjunction is not the sender's
    place = next((x for x in ctx.spans.starting_at(lo) if x.type in PLACES and x.end < hi), None)
    if place is not None and place.name != ctx.s[lo:place.end]:
        # 恩施州交通运输局: named with the place's full name, as the level's offices are (恩施土家族苗族自治州…)
        ctx.add(Mention("Organization", place.name + ctx.s[place.end:hi], lo, hi, {name}))
    else:
        ctx.add(Mention("Organization", name, lo, hi))


def _sent_by(ctx: SentenceContext, m: re.Match) -> bool:
    """由某省委政法委选派干部组成的驻村扶贫工作组: a team named only by a relative clause of sending is the
    sender's team, named 某省委政法委驻村扶贫工作组 (SCHEMA: a work team is named after its sender). The sender
    is the longest start of the clause, before any preposition or verb of sending, that ends as senders end (…委, …局, …公司)."""
    head = ctx.s[max(0, m.start() - 48):m.start()]
    found = _SENT_BY.search(head)
    if found is None:
        return False
    clause = found.group(1)
    stop = next((i for i in range(2, len(clause)) if clause[i] in vocab.STOP_CHARS
                 or clause.startswith(_SENDING_VERBS, i)), len(clause))
    clause = clause[:stop]  # 某省委政法委|从机关选派, 某县委组织部|选派干部: the sender ends at a preposition or verb
    cut = max((i for i in range(2, len(clause) + 1) if clause[:i].endswith(_SENDER_END)), default=0)
    if not cut:
        return False
    at = m.start() - len(head) + found.start(1)
    name = clause[:cut]
    sender = ctx.ends_at(at + cut, ("Organization", "Enterprise"))
    if sender is None or sender.start != at:
        kind = "Enterprise" if name.endswith(_COMPANY_ENDS) else "Organization"
        sender = ctx.add(Mention(kind, name, at, at + cut))
    ment = ctx.add(Mention("Organization", sender.name + m.group(), m.start(), m.end(), {m.group()}))
    ment.info["sender"] = sender
    return True


def _stationless_team(ctx: SentenceContext, m: re.Match) -> None:
    """A team named after its sender with no station written: 某银行某省分行驻村帮扶工作队, 某省委政法委驻村
    扶贫工作组. A bare 驻村工作队 names no team (it is a reference, resolved by the relation rules)."""
    s = ctx.s
    if not m.group().startswith("驻"):
        return
    if _sent_by(ctx, m):
        return
    sender = ctx.ends_at(m.start(), ("Organization", "Enterprise"))
    start = sender.start if sender is not None else _after_sending(
        s, left_edge(s, m.start(), 12, 0, strict=False, min_len=2), m.start())
    if start is None or not (sender is not None or s[start:m.start()].endswith(_SENDER_END)):
        return
    if sender is None:
        # the sender is a body of its own (某省委政法委, 某银行某省分行)
        name = s[start:m.start()]
        kind = "Enterprise" if name.endswith(_COMPANY_ENDS) else "Organization"
        sender = ctx.add(Mention(kind, name, start, m.start()))
    ment = ctx.add(Mention("Organization", s[start:m.end()], start, m.end()))
    ment.info["sender"] = sender


def _after_sending(s: str, lo: int | None, hi: int) -> int | None:
    """选派干部组成|X局驻Y村工作队: a verb of sending or forming inside the sender's span ends the clause before
    the sender, which starts after it."""
    if lo is None:
        return None
    cut = max((s.rfind(v, lo, hi) + len(v) for v in _SENDING_VERBS if s.rfind(v, lo, hi) >= 0), default=lo)
    return cut if hi - cut >= 2 else None


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


_UNIT = re.compile("([\u4e00-\u9fff]{2,3}?)" + any_of(vocab.words("organisations", "team_units")))
_UNIT_PARENTS = tuple(vocab.words("organisations", "team_unit_parents"))


def team_units(ctx: SentenceContext) -> None:
    """福建省援宁工作队|西吉|工作组, X援藏干部联络组|江孜|小组: a team's unit named after the county it serves
    (its short name) is a body of its own, named in full; the team before it is only part of its name."""
    gz = gazetteer()
    for team in [x for x in ctx.found if x.type == "Organization" and x.name.endswith(_UNIT_PARENTS)
                 and ("援" in x.name or not x.name.endswith("工作队"))]:  # paired-aid teams, not a village's
        m = _UNIT.match(ctx.s, team.end)
        if m is None or not any(d.level in ("County", "City") for d in gz.short.get(m.group(1), [])):
            continue
        ctx.spans.keep(lambda x, team=team: x is not team)
        unit = ctx.add(Mention("Organization", ctx.s[team.start:m.end()], team.start, m.end()))
        unit.info.update({k: v for k, v in team.info.items() if k == "place"})
