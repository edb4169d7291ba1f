"""Who does what to whom in one clause: the arguments of a money or help cue.

Chinese news states money and help with a cue verb (投入, 帮扶 …) whose giver is the clause's
subject — or the subject of the sentence, or of the sentence before, when the text leaves it
out — and whose receiver follows a preposition (为/给/向/对 X 投入), follows the cue (帮助 X …),
or is the place of spending (在 X 兴建 …). Those readings are shared by the money and support
rules, so they live here, over one list of *arguments*: named mentions (a place chain counted
once, at its most specific place) and references that stand for the item's own nodes
(村里, 该村, 驻村工作队 …).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ruralkg.ingest.article_graph import PLACE_RANK, Node
from ruralkg.ingest.extraction.vocab import SPEECH_VERBS, STOP_CHARS, word_set, words
from ruralkg.ingest.extraction.words import CJK, article_memo, pos_table, tokens
from ruralkg.ingest.segment import opener_end

# the subject carried over from the sentence before, found only when a rule falls back to it
Carried = Callable[[], Node | None]

CLAUSE_MARKS = "，,；;：:。！？!?"
SENTENCE_MARKS = "；;。！？!?"
# a noun phrase after one of these is what the action is done for or to, not who does it
RECEIVER_PREPOSITIONS = words("clauses", "receiver_prepositions")
# these open a clause that says what the money or help was for: 投入40万元，帮助X村…
PURPOSE_OPENERS = words("clauses", "purpose_openers")
# a clause opening with one of these is an adverbial of the sentence (purpose, time, means, frame)
ADVERBIAL_CLAUSE_OPENERS = words("clauses", "adverbial_clause_openers")
# a clause closing with one of these is an adverbial too (与X一样，…; 驻村以来，…)
ADVERBIAL_CLAUSE_CLOSERS = words("clauses", "adverbial_clause_closers")
TIME_CLAUSE_CLOSERS = words("clauses", "time_clause_closers")
SPENDING_VERBS = words("clauses", "spending_verbs")
FOUNDING_VERBS = words("clauses", "founding_verbs")
OTHER_PREPOSITIONS = words("clauses", "other_prepositions")
LIST_JOINERS = words("clauses", "list_joiners")
_PARENT_MARKS = words("clauses", "parent_marks")
LINKING = words("clauses", "linking")
MEMBER_NOUNS = words("clauses", "member_nouns")
GIVER_TYPES = ("Organization", "Enterprise", "Cooperative", "Branch", "Township", "County", "City", "Province",
               "Village", "Official", "Person", "Project")


@dataclass(frozen=True)
class Arg:
    """A node named (or referred to) at [start, end) of the sentence."""

    start: int
    end: int
    node: Node
    distributive: bool = False  # 每村, 各村: one of several villages the word stands for

    @property
    def type(self) -> str:
        return self.node.type


# one search for any clause mark instead of one per mark (the rules ask thousands of times an article)
_UP_TO_LAST_MARK = re.compile(r".*[" + re.escape(CLAUSE_MARKS) + "]", re.DOTALL)
_CLAUSE_MARK = re.compile("[" + re.escape(CLAUSE_MARKS) + "]")


def clause_start(s: str, pos: int) -> int:
    """Just after the last clause mark before ``pos`` (0 when none; a negative ``pos`` counts from the end)."""
    if pos < 0:
        pos = max(len(s) + pos, 0)
    m = _UP_TO_LAST_MARK.match(s, 0, pos)
    return m.end() if m else 0


def clause_end(s: str, pos: int) -> int:
    """The first clause mark at or after ``pos`` (the sentence's end when none; a negative ``pos`` counts
    from the end)."""
    if pos < 0:
        pos = max(len(s) + pos, 0)
    m = _CLAUSE_MARK.search(s, pos)
    return m.start() if m else len(s)


def governed(s: str, arg: Arg, lo: int) -> bool:
    """True when a preposition or help verb right before ``arg`` makes it an object (为X, 帮助X)."""
    if arg.distributive:
        return False
    head = s[max(lo, arg.start - 4):arg.start]
    return partner_of_left_out_subject(s, arg.start, lo) or head.endswith(RECEIVER_PREPOSITIONS + OTHER_PREPOSITIONS)


_PARTNER_PREPOSITIONS = "与同跟"


def partner_of_left_out_subject(s: str, start: int, lo: int) -> bool:
    """（镇里）与县林业局联合，组织…: a clause that opens with 与X leaves its subject out; X is a partner."""
    return start > lo and s[start - 1] in _PARTNER_PREPOSITIONS and adverbial_only(s, lo, start - 1, [])


def givers_before(s: str, args: list[Arg], lo: int, pos: int) -> list[Arg]:
    """Actors of the span [lo, pos) that are not objects of a preposition, first first."""
    return [a for a in args if lo <= a.start and a.end <= pos and a.type in GIVER_TYPES and not governed(s, a, lo)
            and not s.startswith(_PARENT_MARKS, a.end)]  # 鑫禾集团|旗下绿源公司投资…: the subsidiary acts


def _object_of_verb(s: str, arg: Arg, lo: int, args: list[Arg]) -> bool:
    """入驻丰垅村进行帮扶: an actor right after a verb of the clause is that verb's object, not who acts."""
    tags = _tags(s, lo, arg.start, args)
    return bool(tags) and tags[-1] == "v" and all(t.startswith(_ADVERBIAL_TAGS + _VERB_TAGS) for t in tags)


def _described_by_relative(s: str, args: list[Arg], lo: int, pos: int) -> Arg | None:
    """由X派出的Y工作队进驻…: the actor a relative clause (由X…的) describes acts, not X."""
    by = s.find("由", lo, pos)
    if by < 0:
        return None
    return next((a for a in args if by < a.start and a.end <= pos and s[a.start - 1] == "的"
                 and a.type in GIVER_TYPES), None)


def after_by(s: str, args: list[Arg], pos: int) -> Arg | None:
    """由X投入…: the agent that 由 names before ``pos``."""
    by = s.rfind("由", 0, pos)
    if by < 0 or any(x in s[by:pos] for x in SENTENCE_MARKS):
        return None
    if any(a.start > by and a.end <= pos and s[a.start - 1] == "的" and a.type in GIVER_TYPES for a in args):
        return None  # 由X派出的Y工作队进驻…: 由X…的 describes Y, who acts
    return next((a for a in args if a.start == by + 1 and a.type in GIVER_TYPES), None)


# parts of speech (jieba's tags) that may open a clause before its subject or verb: adverbs, time words,
# numerals and measures, conjunctions, particles, directions
_ADVERBIAL_TAGS = ("d", "t", "m", "q", "c", "u", "f", "ad", "a", "b", "x", "mq", "tg", "y", "p")
_VERB_TAGS = ("v",)
# 计划投资…, 拟投入…: a planned action opens its clause like an adverb (SCHEMA: planned amounts)
_MANNER = frozenset(words("adverbs", "manner")) | frozenset(words("money", "planned"))


def _outside(s: str, lo: int, pos: int, args: list[Arg]) -> str:
    """The text of [lo, pos) with the named arguments cut out."""
    pieces, at = [], lo
    for a in sorted((a for a in args if a.start < pos and a.end > lo), key=lambda a: a.start):
        if a.start > at:
            pieces.append(s[at:a.start])
        at = max(at, a.end)
    pieces.append(s[at:pos])
    return "".join(pieces)


def _tags(s: str, lo: int, pos: int, args: list[Arg]) -> list[str]:
    text = _outside(s, lo, pos, args)
    table = pos_table()
    out = []
    for tok in tokens(text):
        t = tok.strip()
        if not t or t.isdigit() or not ("\u4e00" <= t[0] <= "\u9fff"):
            continue
        out.append("d" if t in _MANNER else table.get(t, "n"))
    return out


def adverbial_only(s: str, lo: int, pos: int, args: list[Arg]) -> bool:
    """True when [lo, pos) holds only adverbials (2016年，近年来，累计): what may precede a subject."""
    return all(t.startswith(_ADVERBIAL_TAGS) for t in _tags(s, lo, pos, args))


def subjectless(s: str, lo: int, pos: int, args: list[Arg]) -> bool:
    """True when the clause [lo, pos) opens with a verb or has only adverbials: Chinese leaves the
    subject out when it is the one already talked about. A noun first (省某厅投入…) is a subject the
    rules cannot name, so there is no fallback."""
    tags = _tags(s, lo, pos, args)
    for i, t in enumerate(tags):
        if t == "vn" and i + 1 < len(tags) and tags[i + 1].startswith("n"):
            return False  # 供电部门, 教育部门: a verbal noun heading a noun is a subject the rules cannot name
        if t.startswith(_VERB_TAGS):
            return True
        if not t.startswith(_ADVERBIAL_TAGS):
            return False
    return True


_PIVOTS = tuple(sorted(words("money", "pivots"), key=len, reverse=True))


def pivot_object(s: str, args: list[Arg], pos: int) -> Node | None:
    """协调县交通局投入…, 引进青禾公司，投资…: the object of a pivot verb acts in the verb at ``pos`` when
    nothing but the cue's own adverbials stands between them (in its clause, or closing the clause
    before a subjectless one)."""
    lo = clause_start(s, pos)
    # (在兴隆镇|投资…: a place of spending governed by 在 is no actor of the clause)
    inside = [a for a in args if lo <= a.start and a.end <= pos and a.type in GIVER_TYPES
              and s[a.start - 1:a.start] != "在"]
    if inside:
        # 工作队协调X为Y村投入: the object of the pivot, past the receiver's adverbial (为Y村)
        for a in reversed(inside):
            staff = _STAFF_OF.match(s, a.end)  # 联系X大学的专家|为村里…: the staff of X act for X
            if _after_pivot(s, a.start) and adverbial_only(s, staff.end() if staff else a.end, pos, args):
                return a.node
        return None
    if lo < 2 or not subjectless(s, lo, pos, args):
        return None
    before = [a for a in args if a.end <= lo - 1 and a.type in GIVER_TYPES]
    if before and before[-1].end == lo - 1 and _after_pivot(s, before[-1].start):
        return before[-1].node
    return None


_STAFF_OF = re.compile("的(?:" + "|".join(sorted(map(re.escape, words("titles", "cadre_nouns")), key=len, reverse=True))
                       + ")(?:团队|们)?")


def _after_pivot(s: str, start: int) -> bool:
    """A pivot verb stands right before ``start``, or with the aspect particle 了 between (引进了|X公司)."""
    head = s[:start]
    return head.endswith(_PIVOTS) or head.endswith("了") and head[:-1].endswith(_PIVOTS)


_HELPING_PIVOTS = tuple(words("money", "helping_pivots"))


def pivot_list(s: str, args: list[Arg], pos: int) -> tuple[list[Node], Node | None]:
    """协调A、B、C共同出资: every object of the pivot verb (the one ``pivot_object`` finds, and the items
    listed after it) and who coordinates (the actor before a helping pivot verb in the clause, if named)."""
    first = pivot_object(s, args, pos)
    at = next((a for a in args if a.node is first and _after_pivot(s, a.start)), None)
    if at is None:
        return [], None
    objects, cur = [at], at
    for a in args:
        if a.start >= cur.end and a.end <= pos and s[cur.end:a.start] in LIST_JOINERS and a.type in GIVER_TYPES:
            objects.append(a)
            cur = a
    lo = clause_start(s, at.start)
    before = [a for a in givers_before(s, args, lo, at.start) if a.end < at.start]
    helping = s[:at.start].endswith(_HELPING_PIVOTS)
    return [a.node for a in objects], before[0].node if before and helping else None


def giver(s: str, args: list[Arg], pos: int, carried: Carried | None = None,
          default: Node | None = None) -> Node | None:
    """Who gives at the cue at ``pos``: the object of a pivot verb right before it (协调X投入), the
    clause's subject, else 由X, else — when the clause names no subject of its own — the sentence's
    subject, the one carried over from the sentence before, or what the item is about (``default``)."""
    pivot = pivot_object(s, args, pos)
    if pivot is not None:
        return pivot
    lo = clause_start(s, pos)
    described = _described_by_relative(s, args, lo, pos)
    if described is not None:
        return described.node
    by = after_by(s, args, pos)
    if by is not None and by.start >= lo:
        return by.node  # X由Y牵头成立: the agent of 由, not the topic before it
    copula = s.rfind("是", lo, pos)
    start = copula + 1 if copula >= 0 else lo
    found = [a for a in givers_before(s, args, start, pos) if not _object_of_verb(s, a, start, args)]
    if found:
        return _appositive_subject(s, found, found[0]).node
    if by is not None:
        # 由Y牵头，投入…: Y gives; X由Y牵头成立，…，投资…: the later clauses are about the topic X
        by_at = by.start - 1
        topic = givers_before(s, args, clause_start(s, by_at), by_at)
        return topic[0].node if topic and subjectless(s, lo, pos, args) else by.node
    if not subjectless(s, lo, pos, args):
        return None
    # A…；B积极响应…，捐款30万元…: after a semicolon the part of the sentence has its own subject
    part = s.rfind("；", 0, pos) + 1
    first = sentence_subject(s, args, part) if part else None
    first = first if first is not None else sentence_subject(s, args)
    if first is not None:
        first_arg = next(a for a in args if a.node is first)
        return first if first_arg.start < lo else None
    if any(_opens_clause(s, a, args) for a in args if a.end <= pos) or not _all_subjectless(s, pos, args):
        return None
    return (carried() if carried is not None else None) or default


def _all_subjectless(s: str, pos: int, args: list[Arg]) -> bool:
    """True when no clause before ``pos`` has a subject of its own (named or not)."""
    lo = 0
    while lo < pos:
        hi = min(clause_end(s, lo), pos)
        if not subjectless(s, lo, hi, args):
            return False
        lo = hi + 1
    return True


def _opens_clause(s: str, arg: Arg, args: list[Arg]) -> bool:
    """True when ``arg`` is the subject of its clause: only adverbials before it."""
    return arg.type in GIVER_TYPES and adverbial_only(s, clause_start(s, arg.start), arg.start, args)


_SUBJECTS = article_memo()  # (sentence, its arguments) -> its subject: the rules ask again for each cue


def sentence_subject(s: str, args: list[Arg], start: int = 0) -> Node | None:
    """The actor that opens the sentence (or its part after ``start``, a semicolon's): the first one
    named with nothing but adverbials before it in the first clause that is not itself an adverbial
    (为保证…，X…; 2016年，X…; 在A的帮助下，X…)."""
    key = (s, start, tuple((a.start, a.end, id(a.node), a.node.type, a.distributive) for a in args))
    if key not in _SUBJECTS:
        # the nodes stay referenced with the answer, so no id in a key is reused by another node
        _SUBJECTS[key] = (tuple(a.node for a in args), _sentence_subject(s, args, start))
    return _SUBJECTS[key][1]


def _sentence_subject(s: str, args: list[Arg], start: int = 0) -> Node | None:
    lo = start
    framed: Node | None = None  # X进驻以来，…: the subject of a time frame before the clause
    while lo < len(s):
        hi = clause_end(s, lo)
        clause = s[lo:hi]
        if clause.endswith(SPEECH_VERBS) and hi < len(s) and s[hi] in "，,":
            lo = hi + 1  # 村党支部书记、合作社理事长王某介绍，合作社…: the speaker's frame, not the subject
            continue
        if clause.endswith(TIME_CLAUSE_CLOSERS) and not clause.startswith(ADVERBIAL_CLAUSE_OPENERS):
            first = next((a for a in args if lo <= a.start < hi), None)
            actor = _appositive_subject(s, args, first, framed=True) if first is not None else None
            if actor is not None and actor.type in GIVER_TYPES and adverbial_only(s, lo, first.start, args) \
                    and not governed(s, first, lo):  # 与X公司签约后: the partner of 与 is no subject
                framed = actor.node
        if (not clause.startswith(ADVERBIAL_CLAUSE_OPENERS) or _described_person(s, lo, hi, args)) \
                and not clause.endswith(ADVERBIAL_CLAUSE_CLOSERS) and not adverbial_only(s, lo, hi, args):
            if framed is not None and subjectless(s, lo, hi, args):
                return framed  # 工作队进驻以来，累计投入80万元: the frame's subject acts
            described = _described_by_relative(s, args, lo, hi)
            if described is not None and adverbial_only(s, max(lo, opener_end(s)), s.find("由", lo), args):
                return described.node
            first = next((a for a in args if lo <= a.start < hi), None)
            actor = _appositive_subject(s, args, first) if first is not None else None
            if actor is not None and actor is not first and actor.type in ("Person", "Official") \
                    and first.type in GIVER_TYPES and adverbial_only(s, lo, first.start, args):
                return actor.node  # X局驻Y村第一书记何某，为村里…: the sent cadre (the checks are the body's)
            first = actor
            if first is None or first.type not in GIVER_TYPES or governed(s, first, lo) \
                    or not adverbial_only(s, lo, _past_titles(s, lo, first, args), args) or _modifies(s, first, args):
                return None
            return first.node
        lo = hi + 1
    return None


_SENDING = tuple(words("titles", "sending_verbs"))
_MANNER_WORDS = tuple(sorted(words("adverbs", "manner") + ("主要", "全部", "全额"), key=len, reverse=True))
_CLASS_NOUNS = tuple(sorted(word_set("generic", "class_nouns"), key=len, reverse=True))


def _past_class(s: str, lo: int, pos: int) -> int:
    """济南企业|山东X公司, 区属国有企业|上海X公司: where the class noun in apposition before a name, with up to
    four characters describing it, starts (the subject is the name after it); ``pos`` when there is none."""
    noun = next((w for w in _CLASS_NOUNS if s.endswith(w, lo, pos)), None)
    if noun is None:
        return pos
    head = pos - len(noun)
    start = head
    while start > lo and head - start < 4 and CJK.match(s[start - 1]) and s[start - 1] not in STOP_CHARS:
        start -= 1
    # 向|龙头企业X, 联合|企业X: a preposition, verb or conjunction before the class makes the name its object
    if any(pos_table().get(t) in ("v", "p", "c") for t in tokens(s[start:head])):
        return pos
    return start


_PERSON_TITLES = tuple(sorted(set(words("titles", "official_titles") + words("titles", "person_titles")
                                   + words("titles", "village_titles") + words("titles", "person_roles")), key=len, reverse=True))
# 常州籍|企业家, 西峡籍|企业家: the hometown written before a role
_NATIVE_OF = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){1,4}籍$")
# a role (with its hometown) in apposition before a titled person's body: 常州籍企业家、|X公司董事长孙某
_DESCRIBED_PERSON = re.compile(r"(?:[\u4e00-\u9fff]{1,4}籍)?(?:" + "|".join(_PERSON_TITLES) + ")、")


def _described_person(s: str, lo: int, hi: int, args: list[Arg]) -> bool:
    """在外创业的洞溪籍企业家王某回乡…: a clause opening with 在 whose 在-phrase describes the person named
    after it (a relative clause closed by 的, then the person's roles) is no adverbial."""
    first = next((a for a in args if lo <= a.start < hi), None)
    return first is not None and first.type in ("Person", "Official") and _past_titles(s, lo, first, args) == lo \
        and "的" in s[lo:first.start]


def _past_titles(s: str, lo: int, first: Arg, args: list[Arg]) -> int:
    """第一书记、驻村工作队队长|韩某跑市场…: where the titles written before a person start (they are the
    person's, no adverbial); for a body, where its class noun starts (``_past_class``)."""
    if first.type not in ("Person", "Official"):
        if _DESCRIBED_PERSON.fullmatch(s, lo, first.start):
            return lo  # 常州籍企业家、|X公司董事长孙某…: the person the body's title chain ends in is described
        return _past_class(s, lo, first.start)
    at = first.start
    while at > lo and (title := next((t for t in _PERSON_TITLES if s.endswith(t, lo, at)), None)) is not None:
        at -= len(title)
        native = _NATIVE_OF.search(s, lo, at)
        at = native.start() if native is not None else at
        at -= s[at - 1:at] in ("、", "兼") and at - 1 > lo
    if at < first.start and s.endswith("的", lo, at) and not any(lo <= a.start < at for a in args):
        return lo  # 在外创业的|洞溪籍企业家王某: a relative clause describing the person before the role
    return at


# 驻, 派驻 after a body: the station of the cadre or team it sends (X局驻Y村第一书记)
_STATIONED = ("驻", "派驻")
_TEAM_WORDS = ("工作队", "工作组")
_TITLE_WORDS = tuple(sorted(words("titles", "official_titles"), key=len, reverse=True))


def _verb_before(s: str, end: int) -> bool:
    """The word ending at ``end`` is a verb of two characters or more (组成, 成立, 派出)."""
    last = tokens(s[max(0, end - 6):end])[-1:] if end > 0 else []
    return bool(last) and len(last[0]) >= 2 and pos_table().get(last[0]) == "v"


def cadre_sender(s: str, args: list[Arg], person: Node) -> Node | None:
    """The body that sends ``person`` (X局驻Y村第一书记何某): whose money the cadre's sentence spends."""
    return next((a.node for a in args if a.type in GIVER_TYPES and a.node is not person and s.startswith(_STATIONED, a.end)
                 and _appositive_subject(s, args, a).node is person), None)


def _appositive_subject(s: str, args: list[Arg], first: Arg, framed: bool = False) -> Arg:
    """The actor of a clause whose first argument only introduces it: 北京农学院|校友企业|北京X公司 (a body, a
    class noun, then the body that acts) and, in a time frame, X局|派驻Y村第一书记|何某…到任后 (the cadre the
    body sends)."""
    after = next((a for a in args if a.start > first.start and a.start >= first.end), None)
    if after is not None and s.startswith(_STATIONED, first.end):
        # X局驻Y村第一书记何某，为村里争取…: the titled cadre the body sends is who acts (SCHEMA: sending a
        # cadre is no help from the sender)
        person = next((a for a in args if a.start >= first.end and a.type in ("Person", "Official")
                       and a.start - first.end <= 30), None)
        if person is not None and not any(c in s[first.end:person.start] for c in "，。；,") \
                and s[first.end:person.start].endswith(_TITLE_WORDS):
            # X派驻的工作队队长、第一书记何某: the team the cadre leads acts, as a body of its own
            between = s[first.end:person.start]
            if not any(w in between for w in _TEAM_WORDS):
                return person
            team = next((a for a in args if first.end <= a.start and a.end <= person.start and a.type == "Organization"
                         and any(w in a.node.name for w in _TEAM_WORDS)), None)
            if team is not None:
                return team
    if after is not None and after.type in GIVER_TYPES and s[after.start - 1:after.start] == "的" \
            and not any(c in s[first.end:after.start] for c in "，。；,") and _verb_before(s, after.start - 1):
        return after  # X在外企业家组成的|Y联谊会捐款: the body a relative clause describes acts, not X inside it
    if framed and after is not None and s.startswith(_SENDING, first.end):
        # X局派驻Y村第一书记何某到任后，帮助…: the cadre the body sends is who acts
        person = next((a for a in args if a.start >= first.end and a.type in ("Person", "Official")
                       and a.start - first.end <= 20), None)
        if person is not None and not any(c in s[first.end:person.start] for c in "，。；"):
            return person
    if after is None or after.type not in GIVER_TYPES or after.start - first.end > 6:
        return first
    # the class phrase fills all the space between the two (北京农学院|校友企业|…), not 向|龙头企业…
    return after if _past_class(s, first.end, after.start) == first.end else first


def _modifies(s: str, arg: Arg, args: list[Arg]) -> bool:
    """合作社的股东之一张某说: a body before 的 + one of its members is no subject (the member speaks for
    themself); X的工作人员/专家 act for X, so those keep X."""
    return s[arg.end:arg.end + 1] == "的" and s[arg.end + 1:arg.end + 5].startswith(MEMBER_NOUNS)


def object_after(s: str, args: list[Arg], pos: int, types: tuple[str, ...], reach: int = 12) -> list[Arg]:
    """What follows the cue ending at ``pos`` in its clause (帮助X村, 帮扶该村), with the rest of a list."""
    hi = clause_end(s, pos)
    first = next((a for a in args if pos <= a.start <= min(hi, pos + reach) and a.type in types), None)
    if first is None or not _linking_gap(s[pos:first.start]):
        return []
    head = relative_head(s, args, first)
    if head is not None and head.type in types:
        return with_listed(s, args, head)  # 支持|X村党支部领办的|Y合作社: the noun the clause describes
    return with_listed(s, args, first)


_RELATIVE = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?)的")
_CLAUSE_VERBS = frozenset(words("cues", "lead")) | frozenset(FOUNDING_VERBS)  # 领办, 成立 …


def relative_head(s: str, args: list[Arg], arg: Arg) -> Arg | None:
    """X村党支部领办的|Y合作社: an argument that opens a relative clause (a verb and 的 right after it)
    describes the argument after 的, which is what the sentence is about."""
    m = _RELATIVE.match(s, arg.end)
    if m is None or any(arg.end <= a.start < m.end() for a in args):
        return None
    verb = tokens(s[arg.end:m.end() - 1])
    if not verb or not (pos_table().get(verb[-1]) in _VERB_TAGS + ("vn",) or verb[-1] in _CLAUSE_VERBS):
        return None
    return next((a for a in args if a.start == m.end()), None)


_GAP_TAGS = ("u", "d", "p", "m", "q", "c", "f")  # f: 带动|周边|X村, a position word before the object


# 为邻近的X村, 给困难的X户: a preposition, then a short modifier closed by 的, then the receiver
# (为家乡X村: the hometown written before its name)
_MODIFIED = re.compile("(?:" + "|".join(RECEIVER_PREPOSITIONS) + ")(?:[\u4e00-\u9fff]{1,6}的|"
                       + "|".join(words("clauses", "hometown_words")) + ")$")


def _linking_gap(gap: str) -> bool:
    """What may stand between a verb and its object: particles, adverbs, prepositions, numbers, or 村
    of 帮扶村X ("the village it helps, X") — not a noun the verb modifies (帮扶资金, 共建活动)."""
    table = pos_table()
    modified = _MODIFIED.search(gap)
    if modified is not None:
        # 出资50万元为|邻近的|X村: the modifier closed by 的 belongs to the object
        gap = gap[:modified.start()] + next(p for p in RECEIVER_PREPOSITIONS if modified.group().startswith(p))
    return all(t in LINKING or t.isdigit() or table.get(t, "n").startswith(_GAP_TAGS)  # 投资|80万元为|X村
               for t in tokens(gap) if t.strip())


def object_before(s: str, args: list[Arg], lo: int, pos: int, types: tuple[str, ...]) -> list[Arg]:
    """为X投入…, 为邻近的X村修建…, 为家乡X村捐资…: the object of a preposition between the clause start and
    the cue."""
    out = [a for a in args if lo <= a.start and a.end <= pos and a.type in types
           and (s[max(lo, a.start - 2):a.start].endswith(RECEIVER_PREPOSITIONS) or _modified_object(s, args, lo, a))]
    if not out:
        return []
    head = relative_head(s, args, out[0])
    if head is not None and head.type in types and head.end <= pos:
        return with_listed(s, args, head)  # 为|X村党支部领办的|Y合作社发放贷款: Y receives
    return with_listed(s, args, out[0])


def _modified_object(s: str, args: list[Arg], lo: int, a: Arg) -> bool:
    """为|邻近的|X村, 为|家乡|X村: a preposition and a modifier naming nothing before the object."""
    m = _MODIFIED.search(s, max(lo, a.start - 9), a.start)
    return m is not None and not any(m.start() <= b.start and b.end <= a.start for b in args)


_MONEY_CUES = words("cues", "invest")


def spending_place(s: str, args: list[Arg], lo: int, hi: int, types: tuple[str, ...]) -> Arg | None:
    """在X兴建…, 在X投资建设…: the place (or body) where money is spent, within [lo, hi)."""
    for a in args:
        if lo <= a.start < hi and a.type in types and s[a.start - 1:a.start] == "在" and not a.distributive and \
                s[a.end:a.end + 4].lstrip("的").startswith(SPENDING_VERBS + _MONEY_CUES):
            return a  # (在各村自筹…的基础上: each village's own stake, read by the money rule)
    return None


def purpose_clause(s: str, pos: int) -> tuple[int, int] | None:
    """The clause after the cue's, when it says what the money or help was for (，帮助X…, ，用于…)."""
    end = clause_end(s, pos)
    if end >= len(s) or s[end] not in "，,":
        return None
    nxt = end + 1
    at = nxt
    while True:  # 并|用于, 专门|用于, 主要|用于: adverbs before the purpose verb
        at += len(s[at:at + 1]) if s[at:at + 1] and s[at] in "并还再也" else 0
        word = next((w for w in _MANNER_WORDS if s.startswith(w, at)), None)
        if word is None:
            break
        at += len(word)
    opener = next((w for w in PURPOSE_OPENERS if s.startswith(w, at)), None)
    if opener is None or at - nxt > 6:
        return None
    return at + len(opener), clause_end(s, nxt)


def with_listed(s: str, args: list[Arg], first: Arg) -> list[Arg]:
    """``first`` and the items listed after it with 、/和/及 (A村、B村和C村)."""
    out, cur = [first], first
    for a in args:
        if a.start < cur.end or a.type != first.type:
            continue
        if s[cur.end:a.start].strip() in LIST_JOINERS:
            out.append(a)
            cur = a
        elif a.start > cur.end:
            break
    return out


def objectless(s: str, end: int) -> bool:
    """True when the verb ending at ``end`` takes no object (进行帮扶以来, 帮扶。): the clause ends, or
    a direction word, particle or adverb follows — not a noun it modifies (帮扶资金, 帮促项目)."""
    rest = s[end:clause_end(s, end)]
    if not rest:
        return True
    tag = pos_table().get(tokens(rest[:6])[0], "n")
    return tag.startswith(("f", "u", "d", "p", "c", "y"))


def framing_place(s: str, args: list[Arg], pos: int) -> Arg | None:
    """在X镇，…: a place that a clause of its own (在X, 在X的…下 is no frame) sets the scene with."""
    for a in args:
        if a.start >= pos:
            return None
        if a.type in PLACE_RANK and s[a.start - 1:a.start] == "在" and clause_start(s, a.start) == a.start - 1 \
                and s[a.end:a.end + 1] in ("，", ","):
            return a
    return None
