"""A company the article has named in full comes back by its short form: 丹东青山湖文旅发展有限公司 first,
then 其中青山湖文旅出资510万元; X有限公司（以下简称泉禾农业） first, then 泉禾农业还….

The recognisers find a body by its kind (有限公司, 合作社 …) or a trade word after a brand they know;
a company's own short form — its name without the place it opens with, its kind and the fillers of
company names (发展, 科技), ending in its trade (文旅, 茶业) — or the short name the text declares for it
has neither, so a later sentence where it gives or receives would have no argument for it. Once any
sentence of the article has named the company, every other occurrence of those forms is that company.
"""

from __future__ import annotations

import re

from ruralkg.ingest.extraction.body_names import distinctive
from ruralkg.ingest.extraction.context import Mention
from ruralkg.ingest.extraction.edges import is_place_word
from ruralkg.ingest.extraction.vocab import words
from ruralkg.ingest.extraction.words import pos_table, tokens

_BODIES = ("Enterprise", "Cooperative")
_PLACES = ("Province", "City", "County", "Township", "Village")
_KINDS = tuple(sorted(words("suffixes", "enterprise") + words("suffixes", "cooperative"), key=len, reverse=True))
_TRADES = tuple(sorted(words("trades", "enterprise_trades"), key=len, reverse=True))
_FILLERS = tuple(sorted(words("trades", "company_fillers"), key=len, reverse=True))


def short_forms(name: str, place: str = "") -> set[str]:
    """丹东青山湖文旅发展有限公司 → {青山湖文旅}: the brand and its trade, four characters at least, with
    the brand's two characters at least before the trade."""
    stem = next((name[: -len(k)] for k in _KINDS if name.endswith(k) and len(name) > len(k)), None)
    if stem is None:
        return set()
    if place and stem.startswith(place):
        stem = stem[len(place):]  # the places the sentence read at the name's start (丹东, 上海|崇明)
    elif len(stem) > 5 and is_place_word(stem[:2]):
        stem = stem[2:]  # a province's or city's short name no mention stands for
    out: set[str] = set()
    while True:  # 泉禾农业科技 and 泉禾农业: each ending in a trade, the fillers and trades after it dropped
        trade = next((t for t in _TRADES if stem.endswith(t)), None)
        if len(stem) >= 4 and trade is not None and _branded(stem[: -len(trade)]):
            out.add(stem)  # 现代农业 holds no brand: common words before the trade
        word = next((w for w in _FILLERS + _TRADES if stem.endswith(w) and len(stem) - len(w) >= 4), None)
        if word is None:
            return out
        stem = stem[: -len(word)]


def _branded(brand: str) -> bool:
    """A brand: a word no dictionary has, a proper noun (青山湖 ns), or one ``distinctive`` accepts; not only
    common words (现代, 绿色生态)."""
    return distinctive(brand) or any(pos_table().get(t) in (None, "ns", "nr", "nz", "nrt") for t in tokens(brand))


def known_bodies(sentences: list[tuple[object, list[Mention], str]]) -> None:
    """Add a mention, named in full, wherever a short form of a company a sentence of this article found
    comes back; ``sentences`` holds each sentence's text with its mentions (extended in place)."""
    forms: dict[str, Mention] = {}
    for _sent, mentions, text in sentences:
        for m in mentions:
            if m.type in _BODIES:
                at = m.start
                while (place := next((x for x in mentions if x.start == at and x.end < m.end
                                      and x.type in _PLACES), None)) is not None:
                    at = place.end
                for form in short_forms(m.name, text[m.start:at]) | set(m.info.get("declared", ())):
                    forms.setdefault(form, m)
    if not forms:
        return
    pattern = re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))
    for _sent, mentions, text in sentences:
        for hit in pattern.finditer(text):
            lo, hi = hit.span()
            if any(m.start < hi and lo < m.end for m in mentions):
                continue  # the full name itself, or a longer name holding the form
            if text[lo - 1:lo] in ("（", "(") and text[hi:hi + 1] in ("）", ")"):
                continue  # X有限公司（锦华农业）: the declaration itself
            body = forms[hit.group()]
            mentions.append(Mention(body.type, body.name, lo, hi, {hit.group()}))
