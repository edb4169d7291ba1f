"""Projects named by a facility kind after a proper head (青岭茶园, 柳塘村肉牛养殖场), and kind-only nouns
that are no names (腐竹厂, 经营性公司, 村委会产业发展项目, a name that starts inside a village's)."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.body_names import distinctive
from ruralkg.ingest.extraction.context import PLACES, Mention, SentenceContext
from ruralkg.ingest.extraction.edges import left_edge
from ruralkg.ingest.extraction.words import alternation, pos_table, tokens

_FACILITIES = alternation(vocab.words("projects", "named_facility_suffixes"))
_ATTRIBUTE_ENDS = vocab.chars("projects", "kind_attribute_endings")
_PLANTS = vocab.words("projects", "plant_suffixes")
_LOCATIVE = tuple(vocab.words("cues", "locative"))
_PLANT_TAGS = vocab.word_set("projects", "plant_word_tags")
_KIND_HEADS = vocab.words("projects", "kind_heads")
_NOT_BEFORE = vocab.words("projects", "not_before_facility")
_CLAUSE_OPENERS = vocab.words("projects", "clause_openers") + vocab.words("projects", "clause_openers_not_building")
# what may stand between a place and its building verb: manner adverbs, joint words, money verbs
# (青山村|合作|建设…, 青山村|投资|新建…, 青山村|积极|兴建…)
_BEFORE_BUILDING = tuple(sorted(set(vocab.words("adverbs", "manner") + vocab.words("money", "joint") + vocab.INVEST_CUES),
                                key=len, reverse=True))
_LIST_HEAD = re.compile("等(" + alternation(vocab.words("projects", "shared_list_heads")).pattern + ")")
_OWNERS = (*PLACES, "Enterprise", "Cooperative", "Organization")
_BODIES = ("Enterprise", "Cooperative", "Project")
_COUNTED_PLACES = re.compile("[两二三四五六七八九十几多数每各全][个]?[村镇乡]")
_SCENERY = frozenset(vocab.words("projects", "scenery_words"))
_COUNTED = re.compile("[一二两三四五六七八九十几多数每各][" + vocab.chars("generic", "counters_of_bodies") + "]")


def named_facilities(ctx: SentenceContext) -> None:
    """A facility kind (茶园, 养殖场, 旅游区) is a Project when a place or body owns it (柳塘村|肉牛养殖场:
    at most four characters of product between) or a distinctive stem names it (青螺山|旅游区)."""
    s = ctx.s
    for m in _FACILITIES.finditer(s):
        if ctx.covered(m.start(), ("Project", "Enterprise", "Organization")) or not ctx.word_ends_at(m.end()):
            continue
        owner = next((ctx.ends_at(k, _OWNERS) for k in range(m.start(), max(-1, m.start() - 5), -1)
                      if ctx.ends_at(k, _OWNERS) is not None), None)
        if owner is not None and not any(x.type in PLACES or x.type in _BODIES
                                         for x in ctx.spans.starting_in(owner.end, m.start())):
            product = s[owner.end:m.start()]
            if all(pos_table().get(t) in _PLANT_TAGS for t in tokens(product)) if product else True:
                aliases = {s[owner.end:m.end()]} if product else set()
                lo = owner.start
                place = owner.info.get("place")
                if place is not None and place.end == owner.start:
                    aliases.add(s[lo:m.end()])
                    lo = place.start  # 柳塘村|青禾合作社 named without its village: the project keeps it
                chain = ctx.ends_at(lo, PLACES)
                if chain is not None and owner.type not in PLACES:
                    aliases.add(s[chain.start:m.end()])  # 青山乡|柳塘村X合作社肉牛养殖场
                ment = ctx.add(Mention("Project", s[lo:m.end()], lo, m.end(), aliases))
                # 柳塘村|肉牛养殖场 is in 柳塘村; 柳塘村X合作社|肉牛养殖场 where its owner is
                home = owner if owner.type in PLACES else (place or owner.info.get("place"))
                if home is not None and home.type in ("Village", "Township"):
                    ment.info["place"] = home
                continue
        lo = left_edge(s, m.start(), 8, ctx.floor_before(m.start()), strict=False)
        if lo is None:
            continue
        for w in _NOT_BEFORE:
            if s.startswith(w, lo) and m.start() - lo - len(w) >= 2:
                lo += len(w)  # 该村|青螺山旅游区
        stem = s[lo:m.start()]
        if s.endswith(_LOCATIVE, 0, lo):
            continue  # 地处|密云水库上游: a landmark the place is located by, not a project
        if "“" in stem and s[m.end():m.end() + 1] == "”":
            lo += stem.index("“") + 1  # 建设|“莲乡书屋”: the quoted name, without its marks
            stem = s[lo:m.start()]
        if _COUNTED.match(stem) or _COUNTED_PLACES.match(stem) or stem in _SCENERY:
            continue  # 一座光伏电站, 两个茶园, 两村茶园: counted, not named; 满山茶园: the extent, no name
        verbs = any(pos_table().get(t) == "v" for t in tokens(stem))  # 茶园修剪技术提升|茶园: a clause
        if len(stem) >= 2 and distinctive(stem) and not verbs and not ctx.overlapped(lo, m.start()):
            ctx.add(Mention("Project", stem + m.group(), lo, m.end()))


def listed_projects(ctx: SentenceContext) -> None:
    """柳塘村茶叶、河湾村蔬菜等基地: items of a place and a product before 等 + a shared head are one
    Project each (柳塘村茶叶基地); every item must open with a place found."""
    s = ctx.s
    for m in _LIST_HEAD.finditer(s):
        lo = max(s.rfind(c, 0, m.start()) for c in "，,。；;：:") + 1
        items, pos = [], lo
        for part in s[lo:m.start()].split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        if len(items) < 2:
            continue
        found = []
        for a, b in items:
            place = max((x for x in ctx.found if x.type in PLACES and a <= x.start and x.end < b),
                        key=lambda x: x.end, default=None)
            if place is None or not 1 <= b - place.end <= 6 or ctx.overlapped(place.end, b):
                break
            start = min((x.start for x in ctx.found if x.type in PLACES and a <= x.start and x.end == place.start),
                        default=place.start)
            found.append((start, b, place))
        if len(found) == len(items):
            for a, b, place in found:
                ment = ctx.add(Mention("Project", s[a:b] + m.group(1), a, b))
                if place.type in ("Village", "Township"):
                    ment.info["place"] = place  # 柳塘村茶叶基地 is in 柳塘村


def appositions(ctx: SentenceContext) -> None:
    """柳溪市“千村项目”——翠谷产业园: a name, a dash and another name are one project, named by what follows
    the dash; the quoted name before it is an alias, and no project of its own."""
    for x in [x for x in ctx.found if x.type == "Project" and "——" in x.name]:
        cut = x.name.rindex("——")
        head, tail = x.name[:cut], x.name[cut + 2:]
        if len(tail) < 2:
            continue
        inner = [y for y in ctx.found if y.type == "Project" and y is not x and x.start <= y.start and y.end <= x.start + cut + 1]
        ctx.spans.keep(lambda y, inner=inner: all(y is not z for z in inner))
        x.aliases = {a for a in x.aliases if "——" not in a} | {z.name for z in inner} | {head.split("“")[-1].strip("”")}
        x.name = tail
    for x in [x for x in ctx.found if x.type == "Project" and x.name.endswith("项目") and ctx.s.startswith("——", x.end)]:
        # X协作项目——红庄村马铃薯加工厂: a plant the dash names as the project is that project, with its place
        plant = max((y for y in ctx.found if y.type == "Enterprise" and x.end + 2 <= y.start <= x.end + 10
                     and y.name.endswith(tuple(_PLANTS))), key=lambda y: y.end, default=None)
        if plant is None or any(y.type not in PLACES for y in ctx.spans.starting_in(x.end + 2, plant.start)):
            continue
        project = Mention("Project", ctx.s[x.end + 2:plant.end], x.end + 2, plant.end, {plant.name, *plant.aliases})
        ctx.spans.keep(lambda y, x=x, plant=plant: y is not x and y is not plant)
        ctx.add(project)


def kind_only_nouns(ctx: SentenceContext) -> None:
    """Names that only say what kind of thing it is are no nodes (SCHEMA.md, unnamed things)."""
    if not any(x.type in _BODIES for x in ctx.found):
        return
    places = [x for x in ctx.found if x.type in PLACES]
    ctx.spans.keep(lambda x: not (x.type in _BODIES and _kind_only(ctx, x, places)))


def _after_modifiers(text: str) -> str:
    """``text`` without the adverbs and co-verbs at its start (合作建设… → 建设…)."""
    while True:
        word = next((w for w in _BEFORE_BUILDING if text.startswith(w) and len(text) > len(w)), None)
        if word is None:
            return text
        text = text[len(word):]


def _kind_only(ctx: SentenceContext, x: Mention, places: list[Mention]) -> bool:
    if any(p.start < x.start < p.end for p in places):
        return True  # 青山村新修…基地 read as 山村新修产业基地: a name never starts inside a village's
    place = x.info.get("place")
    if x.type in ("Project", "Enterprise") and place is not None \
            and _after_modifiers(x.name[max(0, place.end - x.start):]).startswith(_CLAUSE_OPENERS):
        return True  # 青山村|新修产业基地, 在青山村|(合作)建设茶叶加工厂: the village builds, the rest is no name
    if place is not None or "owner" in x.info or "“" in x.name:
        return False
    if x.type == "Project" and x.name.startswith(_KIND_HEADS):
        return True  # 村委会产业发展扶贫项目: a project of the committee, named by kind
    if x.type != "Enterprise":
        return False
    suffix = next((p for p in sorted(_PLANTS, key=len, reverse=True) if x.name.endswith(p)), None)
    stem = x.name[: -len(suffix)] if suffix else ""
    if suffix and stem and all(pos_table().get(t) in _PLANT_TAGS for t in tokens(stem)):
        return True  # 腐竹厂, 山泉水厂: a plant named by its product
    body_suffix = next((w for w in vocab.ENTERPRISE_SUFFIXES if x.name.endswith(w)), "")
    stem = x.name[: len(x.name) - len(body_suffix)] if body_suffix else ""
    return bool(stem) and stem[-1] in _ATTRIBUTE_ENDS  # 经营性公司, 科技型企业
