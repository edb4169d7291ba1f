"""China's administrative divisions down to county level, from the ``cpca`` package's adcode table.

Used to recognise provinces, cities and counties by full or short name and to add the levels
above a county that an article does not write (county → city → province).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ruralkg.ingest.extraction.vocab import words

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_SHORT_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
                   "地区", "新区", "省", "市", "县", "区", "盟", "旗")


# the names of the division table that stand for no place: a level with no division of its own
PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


def _autonomous() -> re.Pattern[str]:
    """An autonomous county or prefecture is written as its place name and 县/州 (景东彝族自治县 → 景东县,
    积石山保安族东乡族撒拉族自治县 → 积石山县): strip the ethnic names of the official list."""
    groups = sorted(words("ethnic_groups", "groups"), key=len, reverse=True)
    return re.compile(rf"^([\u4e00-\u9fff]{{2,}}?)(?:(?:{'|'.join(groups)})族)+自治(县|州|旗)$")


_AUTONOMOUS = _autonomous()
# a banner named by a people's land and its wing or place in the old league (科尔沁右翼中旗, 乌拉特前旗,
# 阿拉善左旗) is written by the land's first character, the wing's side and the place: 科右中旗, 乌前旗,
# 阿左旗 (the forms of Inner Mongolia's own publications); a land of two characters is not shortened
_BANNER = re.compile(r"^([\u4e00-\u9fff]{3,}?)(?:([左右])翼)?([左右前中后])旗$")


def banner_short_form(name: str) -> str | None:
    """科尔沁右翼中旗 → 科右中旗, 乌拉特前旗 → 乌前旗; None for a name of another shape."""
    m = _BANNER.match(name)
    return m.group(1)[0] + (m.group(2) or "") + m.group(3) + "旗" if m else None


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # Province | City | County
    parent: str | None  # code of the division above


def short_name(name: str) -> str:
    for suffix in _SHORT_SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


class Gazetteer:
    def __init__(self, rows: list[tuple[str, str]]):
        self.by_code: dict[str, Division] = {}
        self.by_name: dict[str, list[Division]] = {}
        for code, name in rows:
            code = code[:6]
            if code.endswith("0000"):
                level, parent = "Province", None
            elif code.endswith("00"):
                level, parent = "City", code[:2] + "0000"
            else:
                level, parent = "County", code[:4] + "00"
            self.by_code[code] = Division(code, name, level, parent)
        for div in self.by_code.values():
            if div.level == "County" and div.parent not in self.by_code:
                # counties directly under a province or a municipality
                object.__setattr__(div, "parent", div.code[:2] + "0000")
            if div.name in PLACEHOLDERS:
                continue
            self.by_name.setdefault(div.name, []).append(div)
        self.short: dict[str, list[Division]] = {}
        self.written: dict[str, list[Division]] = {}  # 景东县 for 景东彝族自治县
        for name, divs in self.by_name.items():
            s = short_name(name)
            if s != name:
                self.short.setdefault(s, []).extend(divs)
            m = _AUTONOMOUS.match(name)
            if m and m.group(1) + m.group(2) not in self.by_name:
                self.written.setdefault(m.group(1) + m.group(2), []).extend(divs)
                self.short.setdefault(m.group(1), []).extend(divs)
            banner = banner_short_form(name)
            if banner and banner not in self.by_name:
                self.written.setdefault(banner, []).extend(divs)

    def provinces(self) -> list[Division]:
        return [d for d in self.by_code.values() if d.level == "Province"]

    def lookup(self, name: str, level: str | None = None) -> list[Division]:
        """Divisions of that full name, or of the short form an autonomous county goes by (景东县)."""
        found = self.by_name.get(name) or self.written.get(name, [])
        if level:
            found = [d for d in found if d.level == level]
        return found

    def ancestors(self, div: Division) -> list[Division]:
        """The divisions above ``div``, nearest first."""
        out = []
        code = div.parent
        while code and code in self.by_code:
            parent = self.by_code[code]
            if parent.name not in PLACEHOLDERS and parent.code != div.code:
                out.append(parent)
            code = parent.parent
        return out

    def names(self) -> set[str]:
        return set(self.by_name) | set(self.written)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    text = resources.files("cpca").joinpath("resources/adcodes.csv").read_text(encoding="utf-8")
    rows = [(r["adcode"], r["name"]) for r in csv.DictReader(text.splitlines())]
    return Gazetteer(rows)
