"""Party organisations: a branch kind after its owner (王庄村党支部, 某公司党委), after a part of a
village (长兴新村南楼党支部), named alone in a list (老井支部、羊厩房支部), founded under a name of its own
(四村联合成立青石岭联村党总支), and 县委/区委/市委."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import PLACES, Mention, SentenceContext
from ruralkg.ingest.extraction.words import CJK, NAME_POS, alternation, any_of, breaks_name, pos_table, tokens

_OWNER_TYPES = ("Township", "Village", "County", "City", "Organization", "Enterprise", "Cooperative")
# a branch named alone after a list mark or 联合 (老井支部、羊厩房支部), and what may follow it in a list
_LISTED_BRANCH = re.compile(r"(?:(?<=[、，和及与])|(?<=联合))([\u4e00-\u9fff]{2,3})(党支部|支部)")
_LIST_GOES_ON = re.compile(r"[、，和及与。]|\d|[一二三四五六七八九十]个")
# 区委 / 县委 / 市委, but not 委员, 委会, 委托, 委屈, 委婉
_COMMITTEE = re.compile(r"(?<=[区县市旗])委(?!" + "|".join(vocab.words("organisations", "wei_words_second_chars")) + ")")


def owned_branches(ctx: SentenceContext) -> None:
    """A branch kind right after its owner: a place or body (王庄村党支部, 某公司党委), or a part of a village
    (长兴新村|南楼|党支部)."""
    s = ctx.s
    for m in alternation(vocab.BRANCH_KINDS).finditer(s):
        kind = m.group()
        i = m.start()
        if ctx.covered(i, ("Branch",)):
            continue
        owner, unit = _owner_before(ctx, i)
        if owner is None or owner.type not in _OWNER_TYPES:
            continue
        canonical_kind = "党总支" if kind == "总支" else kind
        name = owner.name + unit + canonical_kind
        surface = s[owner.start: m.end()]
        ment = ctx.add(Mention("Branch", name, owner.start, m.end(), {surface} if surface != name else set()))
        ment.info["owner"] = owner


def _owner_before(ctx: SentenceContext, i: int) -> tuple[Mention | None, str]:
    """The mention a branch kind at ``i`` belongs to, and the part of a village in between."""
    s = ctx.s
    owner = ctx.ends_at(i)
    if owner is None and i > 0 and s[i - 1] in "村镇乡":
        owner = ctx.ends_at(i - 1)  # 梅家村村党支部 → 梅家村党支部
    if owner is not None:
        return owner, ""
    # a branch of a part of a village: 长兴新村|南楼|党支部, 厦安村|下村|网格党支部
    for k in (2, 3):
        village = ctx.ends_at(i - k, ("Village",))
        part = s[i - k: i]
        if village is not None and all(CJK.match(c) for c in part) and not breaks_name(part) \
                and part[-1] not in "村镇乡的" and not any(
                    pos_table().get(w, "n").startswith(("v", "u", "p")) for w in tokens(part)):  # 成立了|党支部
            return village, part
    return None, ""


def listed_branches(ctx: SentenceContext) -> None:
    """Branches named by a natural village or group alone, in a list: 老井支部、羊厩房支部."""
    s = ctx.s
    if "支部" not in s:
        return  # the pattern needs it (most sentences lack it)
    for m in _LISTED_BRANCH.finditer(s):
        listed = s[m.start() - 1] == "、" or _LIST_GOES_ON.match(s[m.end():m.end() + 2])
        if not listed:
            continue
        stem = m.group(1)
        if ctx.covered(m.start()) or stem[-1] in "村镇乡党" or any(
                breaks_name(t) for t in tokens(stem)) or stem in vocab.BRANCH_KIND_STEMS:
            continue  # 网格党支部, 机关党支部: kinds of branch, not names
        if stem in vocab.GENERIC_PLACE_WORDS or any(stem.startswith(h) for h in vocab.GENERIC_PLACE_HEADS):
            continue
        ctx.add(Mention("Branch", stem + "党支部", m.start(), m.end(), {m.group()}))


# the committee's departments written right after it (南乐县委|组织部): 委组织部 … of the level body kinds
_DEPARTMENTS = tuple(sorted((k[1:] for k in vocab.words("organisations", "level_body_kinds") if k.startswith("委")),
                            key=len, reverse=True))


def county_committees(ctx: SentenceContext) -> None:
    """区委 / 县委 / 市委 right after a county or city: its Party committee, also when the level is written
    again (东阿县县委 is 东阿县委); a department written right after it (南乐县委组织部) is an organisation of
    its own, in that county."""
    s = ctx.s
    if "委" not in s:
        return  # the pattern needs it (most sentences lack it)
    for m in _COMMITTEE.finditer(s):
        owner = ctx.ends_at(m.start(), ("County", "City"))
        if owner is None and m.start() > 1:
            level = s[m.start() - 1]
            again = ctx.ends_at(m.start() - 1, ("County", "City"))
            owner = again if again is not None and again.name.endswith(level) else None
        if owner:
            surface = s[owner.start: m.end()]
            name = owner.name + "委"
            ment = ctx.add(Mention("Branch", name, owner.start, m.end(), {surface} if surface != name else set()))
            ment.info["owner"] = owner
            dept = next((d for d in _DEPARTMENTS if s.startswith(d, m.end())), None)
            if dept is not None:
                body = ctx.add(Mention("Organization", owner.name + "委" + dept, owner.start, m.end() + len(dept)))
                body.info["place"] = owner


# a branch founded under a name of its own, right after a verb of founding: the name, then maybe what
# joins it (联村, 联合, 综合: a branch of several villages or bodies), then the kind
_FOUNDED_BRANCH = re.compile("(?:" + alternation(vocab.words("cues", "found_or_bring_in")).pattern + ")[了起]?"
                             "([\u4e00-\u9fff]{2,8}?)(" + any_of(vocab.words("organisations", "branch_joining_words"))
                             + ")?(党总支|党委|党支部)")


_FUNCTION_CHARS = vocab.STOP_CHARS | vocab.word_set("generic", "glued_prepositions")


def founded_branches(ctx: SentenceContext) -> None:
    """A branch founded under a proper name (成立双带双促联合党总支, 建立起青石岭联村党总支): the name holds a
    word jieba's dictionary lacks or tags as a name; a kind of branch (临时党支部, 功能型党支部) is none."""
    s = ctx.s
    for m in _FOUNDED_BRANCH.finditer(s):
        head = m.group(1)
        if s.startswith(tuple(vocab.LEAD_CUES), m.end()):
            continue  # 成立X|党支部领办合作社: the kind of a cooperative the branch leads, no branch of its own
        place = max((x for x in ctx.spans.starting_at(m.start(1)) if x.type in PLACES), key=lambda x: x.end, default=None)
        if place is not None and m.group(2) and place.end < m.start(2) and not ctx.overlapped(place.end, m.end()):
            # 成立柳林镇茶叶产业|联合|党委, 东岗村企|联合|党委: a joint branch named after its place
            ctx.add(Mention("Branch", s[m.start(1):m.end()], m.start(1), m.end()))
            continue
        if ctx.overlapped(m.start(1), m.end()) or head[0] in _FUNCTION_CHARS:
            continue  # 成立以|镇党委书记为组长的…: a preposition opens no name
        if not any(len(w) >= 2 and pos_table().get(w, "nz") in NAME_POS for w in tokens(head)):
            continue
        ctx.add(Mention("Branch", s[m.start(1):m.end()], m.start(1), m.end()))
