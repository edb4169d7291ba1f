"""Villages named in a list that shares one suffix: 毡张、邓院等村, 东岗、楼南两村, 如后石槽等村, 巴彦、乌兰等嘎查."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import Mention, SentenceContext
from ruralkg.ingest.extraction.edges import left_edge
from ruralkg.ingest.extraction.place_names import count_of, generic_place
from ruralkg.ingest.extraction.words import any_of

# 村, 社区 or 嘎查 (Inner Mongolia's village) closing a list, unless it starts a word (村民, 村级, 村委 …);
# 村委会 carries 村 (SCHEMA.md)
_LIST_SUFFIX = (r"\s*(村|社区|嘎查)(?:(?=" + any_of(vocab.words("places", "village_committees")) + ")|(?!["
                + vocab.chars("places", "village_word_second_chars") + "]))")
_COUNT = r"(?:\d+\s*个|[两三四五六七八九十]+个)"
_SINGLE = re.compile(r"([\u4e00-\u9fff]{2,6})等\s*" + _COUNT + "?" + _LIST_SUFFIX)
_LISTED = re.compile(
    r"((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6}?)"
    r"(?:等\s*" + _COUNT + r"?|(\d+\s*个|[两三四五六七八九十]+个?))" + _LIST_SUFFIX
)
_SUFFIXES = ("社区", "嘎查", "村")
_EXAMPLE = re.compile("^(" + any_of(vocab.words("generic", "example_words")) + ")")
_ALL_HEADS = vocab.words("places", "every_heads")


def single_listed_village(ctx: SentenceContext) -> None:
    """如后石槽等村 / 于庄等6个村: one name before 等…村."""
    if "等" not in ctx.s:
        return  # the pattern needs it: a test of the whole sentence at C speed
    for m in _SINGLE.finditer(ctx.s):
        if ctx.covered(m.start(1)) or ctx.covered(m.end(1) - 1):
            continue
        lo = left_edge(ctx.s, m.end(1), 4, m.start(1), strict=True)
        if lo is None:
            continue
        stem = _EXAMPLE.sub("", ctx.s[lo: m.end(1)])
        lo = m.end(1) - len(stem)
        if "、" in stem or len(stem) < 2 or generic_place("Village", stem, stem + m.group(2)):
            continue
        ctx.add(Mention("Village", stem + m.group(2), lo, m.end(1), {stem}))


def enumerated_villages(ctx: SentenceContext) -> None:
    """毡张、邓院等村 / 东岗、楼南两村 / 于庄、祝庄等6个村 → villages named with 村."""
    if "、" not in ctx.s:
        return  # no list
    for m in _LISTED.finditer(ctx.s):
        items = m.group(1).split("、")
        if m.group(2) and count_of(m.group(2)) != len(items):
            continue  # 岭枣新村温棚瓜菜、竹康七村: a count with no 等 counts the names before it
        first_start = m.start(1)
        while len(items[0]) > 2 and items[0][0] in vocab.STOP_CHARS:
            items[0], first_start = items[0][1:], first_start + 1  # 由|西沙河、南石门…3个村: a preposition
        # the first item may carry a verb or preposition glued to it
        suffix = next((x for x in _SUFFIXES if items[0].endswith(x)), "")
        stem_end = first_start + len(items[0]) - len(suffix)
        lo = left_edge(ctx.s, stem_end, 4, first_start, strict=True)
        if lo is not None:
            items[0] = ctx.s[lo: first_start + len(items[0])]
        pos = m.start(1)
        for item in items:
            start = ctx.s.find(item, pos)
            if item.endswith(_SUFFIXES):
                name, alias = item, item
            else:
                name, alias = item + m.group(3), item
            if 2 <= len(alias) <= 5 and not any(alias.startswith(h) for h in _ALL_HEADS):
                if not any(x.type == "Village" and x.name == name for x in ctx.spans.starting_at(start)):
                    ctx.add(Mention("Village", name, start, start + len(item), {alias}))
            pos = start + len(item)
