"""Money and counts in Chinese news text, normalised to base units (yuan, mu, households).

``cn2an`` turns Chinese numerals (十二, 一百五十) into numbers; 万/亿 multiply; 余/多/近/约 mark the
value approximate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零一二三四五六七八九]+)?)"
MONEY = re.compile(rf"(约|近|超过|超|逾)?\s*({_NUM})\s*(余|多)?\s*(亿|万|千)?\s*(余|多)?\s*元")
_UNIT = {"亿": 100_000_000, "万": 10_000, "千": 1_000, None: 1, "": 1}


@dataclass(frozen=True)
class Amount:
    value: float
    approximate: bool
    start: int
    end: int

    @property
    def as_number(self) -> int | float:
        return int(round(self.value)) if abs(self.value - round(self.value)) < 1e-6 else self.value


def number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        pass
    if text[:1] in ("百", "千"):
        text = "一" + text  # 百余万元: a bare 百 or 千 counts one of them
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def find_money(sentence: str) -> list[Amount]:
    out = []
    for m in MONEY.finditer(sentence):
        base = number(m.group(2))
        if base is None:
            continue
        approx = bool(m.group(1) or m.group(3) or m.group(5))
        out.append(Amount(base * _UNIT[m.group(4)], approx, m.start(), m.end()))
    return out


def parse_money(text: str) -> Amount | None:
    found = find_money(text)
    return found[0] if found else None


COUNT_FACTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"({_NUM})\s*(余|多)?\s*[家个]\s*(?:农民|村级|土地股份|专业)*合作社"), "cooperative_count"),
    (re.compile(rf"({_NUM})\s*(余|多)?\s*家\s*(?:规上|规模以上|各类|涉农|龙头)?企业"), "enterprise_count"),
    (re.compile(rf"合作社\s*({_NUM})\s*(余|多)?\s*[家个]"), "cooperative_count"),
    (re.compile(rf"企业\s*({_NUM})\s*(余|多)?\s*家"), "enterprise_count"),
    (re.compile(rf"({_NUM})\s*(余|多)?\s*个\s*行政村"), "administrative_village_count"),
    (re.compile(rf"({_NUM})\s*(余|多)?\s*个\s*自然村"), "natural_village_count"),
    (re.compile(rf"({_NUM})\s*(余|多)?\s*个\s*(?:社区|村\s*[（(]社区[)）])"), "community_count"),
    (re.compile(rf"({_NUM})\s*(余|多)?\s*名?\s*党员"), "party_member_count"),
    (re.compile(rf"(?:户籍)?人口\s*({_NUM})\s*(余|多)?\s*(万)?人"), "population"),
    (re.compile(rf"(?:占地|面积|占地面积)约?\s*({_NUM})\s*(余|多)?\s*亩"), "area_mu"),
)
INCOME = re.compile(rf"(?:村)?集体(?:经济)?(?:年)?收入(?:达到|达|突破|超过|增加到|增至)?\s*({_NUM})\s*(余|多)?\s*(万|亿)?\s*(余|多)?\s*元")
HOUSEHOLDS = re.compile(rf"(?:带动|帮扶|辐射|惠及|覆盖)[^，。]{{0,8}}?({_NUM})\s*(余|多)?\s*户")


@dataclass(frozen=True)
class CountFact:
    key: str
    value: int | float
    approximate: bool


# a word each pattern above needs (in order): a sentence without it is not scanned (most sentences)
_NEEDED = ("合作社", "企业", "合作社", "企业", "行政村", "自然村", "社区", "党员", "人口", "亩")


def find_facts(sentence: str) -> list[CountFact]:
    facts = []
    for (pattern, key), needed in zip(COUNT_FACTS, _NEEDED, strict=True):
        if needed not in sentence:
            continue
        for m in pattern.finditer(sentence):
            n = number(m.group(1))
            if n is None:
                continue
            mult = 10_000 if key == "population" and m.lastindex and m.lastindex >= 3 and m.group(3) else 1
            value = n * mult
            facts.append(CountFact(key, int(value) if value == int(value) else value, bool(m.group(2))))
    for m in INCOME.finditer(sentence) if "收入" in sentence else ():
        n = number(m.group(1))
        if n is not None:
            value = n * _UNIT[m.group(3)]
            facts.append(CountFact("collective_income_yuan", int(round(value)), bool(m.group(2) or m.group(4))))
    for m in HOUSEHOLDS.finditer(sentence) if "户" in sentence else ():
        n = number(m.group(1))
        if n is not None:
            facts.append(CountFact("households_served", int(n), bool(m.group(2))))
    return facts
