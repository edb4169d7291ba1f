"""People and their posts: a name after a title chain (王庄村党支部书记、主任张某), after a role
(村民李某), after a bureau named by kind (县农业农村局张某某表示), before a title (陈航书记), or
with no title right before a speech verb (王某某介绍)."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import PLACES, Mention, SentenceContext
from ruralkg.ingest.extraction.person_names import (
    boundary,
    dotted_name_at,
    minority_name_at,
    name_at,
    name_before_speech,
)
from ruralkg.ingest.extraction.words import CJK, alternation, any_of, last_chars, pos_table, tokenizer

_TITLES = alternation(vocab.OFFICIAL_TITLES + vocab.PERSON_TITLES)
_TITLES_LONGEST = tuple(vocab.OFFICIAL_TITLES + vocab.PERSON_TITLES)
# a bureau named by its kind, with or without its level: 县农业农村局, 该镇人社局
_BUREAU = re.compile(rf"(?:(该|本)?(县|区|市|镇|乡))?({alternation(vocab.BUREAUS).pattern})")
_BUREAU_CUE = last_chars(vocab.BUREAUS)
# name before title: 陈航书记, 李四同志
_NAME_TITLE = re.compile(r"([\u4e00-\u9fff]{2,3})(" + any_of(vocab.words("titles", "after_name")) + ")(?=["
                         + vocab.chars("titles", "after_name_followers") + "])")
_NAME_TITLE_CUE = last_chars(vocab.words("titles", "after_name"))
# words between a body and a title held there: 王庄村|驻村|第一书记, 上竹洋村|省派|第一书记, 王庄村|的|书记
_QUALIFIERS = re.compile(any_of(vocab.words("titles", "qualifiers")) + "+$")
_GOVERNMENT_TITLES = vocab.mapping("titles", "government_titles")
# a committee member's portfolios before 委员: 镇党委|组织统战|委员
_PORTFOLIOS = re.compile(any_of(vocab.words("titles", "portfolios")) + "+$")


def mark_titles_at(person: Mention, s: str, posts: list[tuple[Mention | None, str]], chain_end: int) -> None:
    """Where each title with no body written stands (before ``chain_end``), for titles written away from the
    name (王某兼任|合作社理事长, 合作社理事长由王某兼任): their body is read from what stands before them."""
    person.info.setdefault("title_at", {}).update({t: s.rfind(t[-3:], 0, chain_end) for org, t in posts if org is None})


def holds_office(posts: list[tuple[Mention | None, str]]) -> bool:
    """An Official: one of the posts is of the Party or government (not 理事长, not an honour)."""
    return any(t not in vocab.PERSON_TITLES and not t.startswith(vocab.HONORARY) for _, t in posts)


_ASIDE = re.compile(r"[（(][\u4e00-\u9fff、]{1,6}[）)]")


def titled_people(ctx: SentenceContext) -> None:
    """A name right after a title, with the posts of the whole title chain before it."""
    s = ctx.s
    for m in _TITLES.finditer(s):
        at = m.end()
        aside = _ASIDE.match(s, at)
        if aside is not None:
            at = aside.end()  # 镇党委副书记（挂职）|梁某: an aside on the post in brackets before the name
        name = dotted_name_at(s, at) or name_at(s, at) or name_before_speech(s, at) or minority_name_at(s, at)
        if not name and s[at:at + 1] == "的" and pos_table().get(s[at + 1:at + 3]) in (None, "nr", "nrfg", "nrt"):
            at += 1  # 现任X村党支部书记的|王某说: the title chain describes the name after 的
            name = name_at(s, at)
        if not name or (m.group() == "村支书" and name.startswith("记")):
            continue
        posts = posts_before(ctx, m.start(), m.end())
        official = holds_office(posts)
        ment = Mention("Official" if official else "Person", name, at, at + len(name))
        ment.info["posts"] = posts
        if any(x.type in ("Official", "Person") for x in ctx.spans.starting_at(ment.start)):
            continue
        ctx.add(ment)
        _listed_after(ctx, ment)


_SHARED_TITLES = frozenset(vocab.words("titles", "shared_titles"))
# 见到了王某——X村党支部书记、Y合作社理事长: a name, a dash, then the title chain that describes it
_DASHED_CHAIN = re.compile(r"——|—")


def dashed_titles(ctx: SentenceContext) -> None:
    """A personal name before a dash, the chain of titles after it up to the clause's end: that person's
    posts (记者见到了刘某——X村党支部书记、Y合作社理事长)."""
    s = ctx.s
    if "—" not in s:
        return
    for m in _DASHED_CHAIN.finditer(s):
        name = name_ending_at(s, m.start())
        if name is None or ctx.overlapped(m.start() - len(name), m.start()):
            continue
        end = min([i for i in (s.find(c, m.end()) for c in "，。；：,;！？") if i >= 0] or [len(s)])
        titles = list(_TITLES.finditer(s, m.end(), end))
        if not titles or titles[-1].end() != end:
            continue  # the chain runs to the clause's end: nothing but titles and their bodies after the dash
        posts = posts_before(ctx, titles[-1].start(), titles[-1].end(), floor=m.end())
        if posts:
            ment = ctx.add(Mention("Official" if holds_office(posts) else "Person", name, m.start() - len(name),
                                   m.start()))
            ment.info["posts"] = posts


# 罗某（X村党支部书记）说: a personal name, then its title chain in brackets
_BRACKETED_CHAIN = re.compile(r"[（(]([^（()）]{2,30})[）)]")


def bracketed_titles(ctx: SentenceContext) -> None:
    """A personal name right before brackets that hold nothing but a title chain: that person's posts
    (罗某（X村党支部书记）说; 孙某（兼任Y联合党委书记）介绍 takes the post the brackets name)."""
    s = ctx.s
    if "（" not in s and "(" not in s:
        return
    for m in _BRACKETED_CHAIN.finditer(s):
        name = name_ending_at(s, m.start())
        if name is None or ctx.overlapped(m.start() - len(name), m.start()):
            continue
        lo = m.start(1) + next((len(w) for w in _HOLDING_OPENERS if s.startswith(w, m.start(1))), 0)
        titles = list(_TITLES.finditer(s, lo, m.end(1)))
        if not titles or titles[-1].end() != m.end(1):
            continue  # the brackets hold a title chain and nothing after it (not 罗某（女，苗族）)
        posts = posts_before(ctx, titles[-1].start(), titles[-1].end(), floor=lo)
        if posts:
            ment = ctx.add(Mention("Official" if holds_office(posts) else "Person", name, m.start() - len(name),
                                   m.start()))
            ment.info["posts"] = posts


_HOLDING_OPENERS = ("兼任", "兼", "任", "现任")


def _listed_after(ctx: SentenceContext, first: Mention) -> None:
    """队员王某、李某: the names listed after a name with a title many hold (队员, 委员) hold it too; a
    title one person holds (书记王某、张某说) is not shared."""
    s, end = ctx.s, first.end
    if not first.info.get("posts") or not all(t in _SHARED_TITLES for _, t in first.info["posts"]):
        return
    while s[end:end + 1] == "、":
        name = name_at(s, end + 1)
        if not name or ctx.overlapped(end + 1, end + 1 + len(name)) or _TITLES.match(s, end + 1 + len(name)) \
                or pos_table().get(name) not in (None, "nr", "nrfg", "nrt"):
            return  # 队员王某、李某书记: a title of their own; 队员王某、张家界…: a place, no name
        ment = ctx.add(Mention(first.type, name, end + 1, end + 1 + len(name)))
        ment.info["posts"] = list(first.info["posts"])
        end = ment.end


# 作为X村党支部书记，王某…: a title chain introduced by 作为 ("as"), closed by a comma before the name
_AS = re.compile("作为(?:一名|一位)?")


def titled_by_as(ctx: SentenceContext) -> None:
    """A name opening the clause after ``作为 <title chain>，`` holds the posts of that chain
    (作为柳塘村党支部书记，王某带头…)."""
    s = ctx.s
    for m in _AS.finditer(s):
        comma = s.find("，", m.end(), m.end() + 30)
        if comma < 0:
            continue
        title = None
        for t in _TITLES.finditer(s, m.end(), comma):
            title = t
        if title is None or title.end() != comma:
            continue
        name = name_at(s, comma + 1)
        if not name or ctx.overlapped(comma + 1, comma + 1 + len(name)):
            continue
        posts = posts_before(ctx, title.start(), title.end(), floor=m.end())
        official = holds_office(posts)
        ment = ctx.add(Mention("Official" if official else "Person", name, comma + 1, comma + 1 + len(name)))
        ment.info["posts"] = posts


_APPOINTED = re.compile(r"((?:自|从|于)?\d{4}年(?:\d{1,2}月)?(?:起|开始|以来)?)?(" + any_of(
    vocab.words("titles", "appointment_verbs") + vocab.words("titles", "copulas")) + ")")
_APPOINTED_CUE = last_chars(vocab.words("titles", "appointment_verbs") + vocab.words("titles", "copulas"))
_PASSIVE = alternation(vocab.words("titles", "passive_appointments"))
# what may stand between a clause's subject and a passive verb: a time (于2019年, 2019年3月)
_SUBJECT_GAP = re.compile(r"(?:于|在)?(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?(?:又|先后|曾)?")


_SENDING = frozenset(vocab.words("titles", "sending_verbs"))
_CADRE_NOUNS = tuple(vocab.words("titles", "cadre_nouns"))


def _past_aside(s: str, pos: int) -> int:
    """Where the words before ``pos`` end once a bracketed aside right before it is left out (王某（女，苗族）)."""
    if pos > 0 and s[pos - 1] in "）)":
        opening = max(s.rfind("（", max(0, pos - 14), pos), s.rfind("(", max(0, pos - 14), pos))
        if opening >= 0:
            return opening
    return pos


def appointed_people(ctx: SentenceContext) -> None:
    """A name before a verb of taking up a post, the posts after it (王某担任X村党支部书记, 王某2019年起
    担任…, 选派王某任X村第一书记): the titles of its clause are that person's."""
    s = ctx.s
    if not _APPOINTED_CUE.search(s):
        return  # no verb of taking up a post (most sentences): the pattern need not try each position
    for m in _APPOINTED.finditer(s):
        end = min([i for i in (s.find(c, m.end()) for c in "，。；：,;") if i >= 0] or [len(s)])
        titles = list(_TITLES.finditer(s, m.end(), end))
        if not titles or titles[0].start() - m.end() > 24:
            continue
        last = titles[-1]
        if any(x.type in ("Official", "Person") for x in ctx.spans.starting_at(last.end())):
            continue  # 王某是X村党支部书记李某的…: the titles are the name's after them
        before = _past_aside(s, m.start())  # 王某（女，苗族）|任总经理: an aside in brackets between
        known = next((x for x in ctx.found if x.type in ("Official", "Person") and x.end == before), None)
        if known is not None:
            # 党支部书记王某兼任X合作社理事长: a person already found takes the posts after the verb too
            posts = posts_before(ctx, last.start(), last.end(), floor=m.end())
            mark_titles_at(known, s, posts, last.end())
            known.info.setdefault("posts", []).extend(posts)
            if holds_office(posts):
                known.type = "Official"
            continue
        name = name_ending_at(s, m.start(), _CADRE_NOUNS)  # (县农业农村局干部)王某|担任…
        if name is None or ctx.overlapped(m.start() - len(name), m.start()):
            continue
        posts = posts_before(ctx, last.start(), last.end(), floor=m.end())
        if not posts:
            continue
        official = holds_office(posts)
        ment = Mention("Official" if official else "Person", name, m.start() - len(name), m.start())
        ment.info["posts"] = posts
        mark_titles_at(ment, s, posts, last.end())
        ctx.add(ment)


# a profile: the name opens the sentence, then a comma (and its sex: 张某，男，1975年出生，现任…)
_PROFILE = re.compile(r"([\u4e00-\u9fff]{2,4})[，,](?:(?:男|女)[，,])?")


def profiled_people(ctx: SentenceContext) -> None:
    """The person a profile opens with holds the posts its verbs of taking up a post name later in the
    sentence (张某，男，汉族，1975年出生，中共党员，现任X村党支部书记)."""
    s = ctx.s
    head = _PROFILE.match(s)
    if head is None:
        return
    name = name_at(s, 0)
    if name != head.group(1) or ctx.overlapped(0, len(name)):
        return
    posts: list[tuple[Mention | None, str]] = []
    for m in _APPOINTED.finditer(s, head.end()):
        clause = max(s.rfind(c, 0, m.start()) for c in "，。；：,;") + 1
        if not _SUBJECT_GAP.fullmatch(s, clause, m.start()):
            continue  # …，丈夫李某任X村村委会主任: the clause has a subject of its own
        end = min([i for i in (s.find(c, m.end()) for c in "，。；：,;") if i >= 0] or [len(s)])
        titles = list(_TITLES.finditer(s, m.end(), end))
        if titles and titles[0].start() - m.end() <= 24:
            posts += posts_before(ctx, titles[-1].start(), titles[-1].end(), floor=m.end())
    if posts:
        official = holds_office(posts)
        ctx.add(Mention("Official" if official else "Person", name, 0, len(name))).info["posts"] = posts


def passive_appointees(ctx: SentenceContext) -> None:
    """A name opening its clause, then a passive verb of sending or appointing (王某被选派到X村任第一书记,
    王某2019年被任命为X村党支部书记): the titles later in the clause are that person's."""
    s = ctx.s
    for m in _PASSIVE.finditer(s):
        clause = max(s.rfind(c, 0, m.start()) for c in "，。；：,;！？") + 1
        end = min([i for i in (s.find(c, m.end()) for c in "，。；：,;") if i >= 0] or [len(s)])
        titles = list(_TITLES.finditer(s, m.end(), end))
        if not titles or any(x.type in ("Official", "Person") for x in ctx.spans.starting_at(titles[-1].end())):
            continue
        known = next((x for x in ctx.found if x.type in ("Official", "Person") and x.start == clause), None)
        name = known.name if known is not None else _subject_name(s, clause, m.start())
        if name is None and known is None and (name := name_ending_at(s, m.start(), _CADRE_NOUNS)) is not None:
            clause = m.start() - len(name)  # (X大学教师|县农业农村局干部)王某|被聘为…: a staff noun opens the name
        if name is None or not _SUBJECT_GAP.fullmatch(s, clause + len(name), m.start()):
            continue
        if known is None and ctx.overlapped(clause, clause + len(name)):
            continue
        posts = posts_before(ctx, titles[-1].start(), titles[-1].end(), floor=m.end())
        if not posts:
            continue
        # 被选派到X村|任|第一书记: a title with no body of its own is held where the person was sent
        sent_to = [x for x in ctx.found if x.type in ("Village", "Township", "Organization", "Branch")
                   and m.end() <= x.start and x.end <= titles[-1].start()]
        if sent_to:
            posts = [(org or sent_to[-1], title) for org, title in posts]
        official = holds_office(posts)
        if known is None:
            known = ctx.add(Mention("Official" if official else "Person", name, clause, clause + len(name)))
        known.info.setdefault("posts", []).extend(posts)
        if official:
            known.type = "Official"


def _subject_name(s: str, start: int, verb: int) -> str | None:
    """The shortest personal name at ``start`` that leaves only a time before the passive verb at
    ``verb`` (李明|于2019年|被…, 王建国|被…)."""
    for length in (2, 3):
        name = s[start:start + length]
        if (len(name) == length and name[0] in vocab.SURNAMES and all(CJK.match(c) for c in name)
                and pos_table().get(name) in (None, "nr", "nrfg", "nrt")
                and _SUBJECT_GAP.fullmatch(s, start + length, verb)):
            return name
    return None


def name_ending_at(s: str, end: int, openers: tuple[str, ...] = ()) -> str | None:
    """A personal name (known surname, no dictionary word) ending at ``end``, opening its phrase: after
    punctuation, a function character, a verb (选派|王某) or one of ``openers``."""
    for length in (3, 2):
        k = end - length
        name = s[k:end]
        if k < 0 or name[0] not in vocab.SURNAMES or not all(CJK.match(c) for c in name):
            continue
        if pos_table().get(name) not in (None, "nr", "nrfg", "nrt") or any(c in vocab.STOP_CHARS for c in name[1:]):
            continue
        if any(t in name for t in vocab.OFFICIAL_TITLES + vocab.PERSON_TITLES):
            continue
        if k == 0 or not CJK.match(s[k - 1]) or s[k - 1] in vocab.STOP_CHARS:
            return name
        before = s[max(0, k - 4):k]
        if any(before.endswith(w) and (pos_table().get(w) == "v" or w in _SENDING) for w in (before[-2:], before[-3:])):
            return name  # 选派|王某担任
        if openers and before.endswith(openers):
            return name
    return None


def people_by_role(ctx: SentenceContext) -> None:
    """A name right after a role (村民李某, 脱贫户王某)."""
    s = ctx.s
    for m in alternation(vocab.PERSON_ROLES).finditer(s):
        name = name_at(s, m.end()) or name_before_speech(s, m.end())
        if name and not ctx.spans.starting_at(m.end()):
            ctx.add(Mention("Person", name, m.end(), m.end() + len(name)))


def bureau_speakers(ctx: SentenceContext) -> None:
    """A named person speaking for an office, with no title: 县农业农村局张某某表示."""
    s = ctx.s
    if not _BUREAU_CUE.search(s):
        return  # no office named (most sentences)
    for m in _BUREAU.finditer(s):
        name = name_at(s, m.end())
        if not name or ctx.covered(m.end()) or not boundary(s, m.end() + len(name)):
            continue
        org = ctx.ends_at(m.end(), ("Organization",))
        if org is None:
            if m.group(3) not in vocab.BUREAUS:
                continue
            org = Mention("Organization", m.group(3), m.start(3), m.end(3))
            org.info["reference"] = "Township" if m.group(2) in ("镇", "乡") else "County"
        ment = ctx.add(Mention("Official", name, m.end(), m.end() + len(name)))
        ment.info["posts"] = [(org, "")]


def names_before_titles(ctx: SentenceContext) -> None:
    """A name written before its title (陈航书记，…), where the name is no dictionary word."""
    if not _NAME_TITLE_CUE.search(ctx.s):
        return  # no title that follows a name (most sentences)
    for m in _NAME_TITLE.finditer(ctx.s):
        name = m.group(1)
        if any(len(t) > len(m.group(2)) and (name + m.group(2)).endswith(t) for t in _TITLES_LONGEST):
            continue  # 党委|副书记: the characters before the title belong to a longer title
        # 担|任第一书记: a name opens a word; one whose surname ends the word before it is no name
        if name[0] in vocab.SURNAMES and ctx.word_starts_at(m.start(1)) and not ctx.overlapped(m.start(1), m.end(1)):
            if pos_table().get(name) is None:
                ment = ctx.add(Mention("Official", name, m.start(1), m.end(1)))
                # 柳塘村的周某书记: a post in the place written before the name
                at = m.start(1) - 1 if ctx.s[m.start(1) - 1: m.start(1)] == "的" else m.start(1)
                ment.info["posts"] = [(ctx.ends_at(at, ("Village", "Township")), m.group(2))]


def posts_before(ctx: SentenceContext, title_start: int, title_end: int,
                  floor: int = 0) -> list[tuple[Mention | None, str]]:
    """(organisation, title) pairs in the chain of titles before a name: X党支部书记、Y合作社理事长Z
    (or after a verb of taking up a post, from ``floor``: 担任|X党支部书记、主任)."""
    s = ctx.s
    posts: list[tuple[Mention | None, str]] = []
    pos = title_end
    seg_start = max(max(s.rfind(c, 0, title_start) for c in "，。；：“”") + 1, floor)
    # 村党支部书记王某、副书记李某: the titles before another person's name are that person's
    before = [x for x in ctx.found if x.type in ("Official", "Person") and seg_start <= x.start and x.end <= title_start]
    prev = max(before, key=lambda x: x.end, default=None)
    if prev is not None:
        seg_start = prev.end
    for tm in _TITLES.finditer(s, seg_start, pos):
        title = tm.group()
        if any(x.type in PLACES for x in ctx.spans.starting_in(tm.start() + 1, tm.end())):
            continue  # 青禾镇|长乐新村: 镇长 read across two places' names is no title
        if any(x.start <= tm.start() and tm.end() < x.end for x in ctx.spans.starting_in(seg_start, tm.start() + 1)):
            continue  # 柳河村村民|委员|会: a title inside a body's name is none
        qualified = _QUALIFIERS.search(s, seg_start, tm.start())
        portfolio = _PORTFOLIOS.search(s, seg_start, tm.start()) if title == "委员" and not qualified else None
        if portfolio:
            qualified, title = portfolio, portfolio.group() + title  # 组织统战委员: one title
        at = qualified.start() if qualified else tm.start()  # 上竹洋村|省派|第一书记, 王庄村|的|第一书记
        if qualified and vocab.HONORARY in qualified.group():
            title = vocab.HONORARY + title  # 名誉村主任: an honour, not a post of the Party or government
        org = ctx.ends_at(at, ("Branch", "Township", "Village", "County", "City", "Organization",
                                "Cooperative", "Enterprise"))
        if org is None:
            # 自然资源局党组书记、局长X: the title names the kind of body held, named earlier in the chain
            heads = vocab.TITLE_BODY_SUFFIXES.get(title, ())
            earlier = [x for x in ctx.spans.starting_in(max(seg_start, tm.start() - 200), tm.start())
                       if x.end <= tm.start() and x.type != "Branch" and heads and x.name.endswith(heads)]
            org = earlier[-1] if earlier else None
        if org is None and posts and posts[-1][0] is not None and s[at - 1: at] == "、":
            org = _chained_post_org(posts[-1][0], title)  # 队长、第一书记X; 村党总支书记、主任X
        if org is None and not posts and prev is not None and s[prev.end:at] in ("、", "和", "与", "及"):
            org = _listed_person_org(prev, title)  # 村党支部书记王某、副书记李某: the body of the one before
        posts.append((org, title))  # org None: 镇党委书记, resolved by reference later
    return posts


def _listed_person_org(prev: Mention, title: str) -> Mention | None:
    """The body of a title written after another person's name in a list (书记王某、副书记李某): the body
    of that person's last post when the title is one of its kind (a branch's 副书记 or 委员), else the
    body a chained title would name (村党支部书记王某、主任李某: the village)."""
    held = [org for org, _ in prev.info.get("posts", []) if org is not None]
    if not held:
        return None
    body = held[-1]
    if body.type == "Branch" and (title.endswith("书记") or title == "委员"):
        return body
    return _chained_post_org(body, title)


def _chained_post_org(prev: Mention, title: str) -> Mention | None:
    """A title listed after another with no body of its own (队长、第一书记X): held in the same body,
    or, after a village branch's secretary, a 主任 is the village's (党总支书记、主任X), after a township's
    (county's) Party committee a 镇长 (县长) is the township's (county's)."""
    if prev.type == "Organization" and prev.name.endswith(("队", "组")) and title in vocab.TEAM_TITLES:
        return prev
    owner = prev.info.get("owner")
    if prev.type == "Branch" and owner is not None and owner.type == "Village" and title in vocab.VILLAGE_TITLES:
        return owner
    if prev.type == "Branch" and owner is not None and title in _GOVERNMENT_TITLES.get(owner.type, ()):
        return owner  # 南溪镇党委副书记、镇长X: the township's head
    return None


def untitled_people(ctx: SentenceContext) -> None:
    """A name with no title before what people say or do (王某某介绍, 拿到分红的刘某某笑得…)."""
    s = ctx.s
    for m in alternation(vocab.SPEECH_VERBS).finditer(s):
        end = m.start()
        if ctx.covered(end - 1):
            continue
        for length in (3, 2):
            k = end - length
            name = s[k:end]
            if k < 0 or name[0] not in vocab.SURNAMES or not all(CJK.match(c) for c in name):
                continue
            if not (k == 0 or not CJK.match(s[k - 1]) or s[k - 1] in "的"):
                continue
            if any(c in vocab.STOP_CHARS for c in name[1:]) or pos_table().get(name) not in (None, "nr", "nrfg"):
                continue
            if tokenizer().FREQ.get(name[:2]) or any(t in name for t in vocab.OFFICIAL_TITLES + vocab.PERSON_TITLES):
                continue
            ctx.add(Mention("Person", name, k, end))
            break
