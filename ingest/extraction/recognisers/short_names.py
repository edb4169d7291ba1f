"""Short names a text declares for a body: X公司（以下简称Y）.

Reports name a company, cooperative or office in full once and declare the short form they use after
it in brackets — （以下简称Y）, （简称Y）, （下称Y）, with or without quotation marks:

    青禾农业发展有限公司（以下简称青禾农业）投资…    → 青禾农业 is an alias of 青禾农业发展有限公司

The alias goes on the mention that ends right before the bracket; a node later named by the short form
is folded into it (``body_aliases.merge_short_forms``).
"""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import PLACES, SentenceContext

_DECLARED = re.compile("[（(](?:" + "|".join(vocab.words("generic", "short_name_markers")) + ")“?([^）)”“，。]{2,12})”?[）)]")
_NAMED = ("Enterprise", "Cooperative", "Organization", "Project", "Branch", "Programme")


def declared_short_names(ctx: SentenceContext) -> None:
    """The body written right before a declaration of its short name takes that name as an alias; a
    bracket with no marker declares one too when it holds a shortening of the name (X有限公司（锦华农业）)."""
    for m in _DECLARED.finditer(ctx.s):
        body = ctx.ends_at(m.start(), _NAMED)
        if body is not None and m.group(1) != body.name:
            body.aliases.add(m.group(1))
            body.info.setdefault("declared", set()).add(m.group(1))
    for m in _BARE.finditer(ctx.s):
        body = ctx.ends_at(m.start(), _SHORTENED)
        short = m.group(1)
        if body is not None and short != body.name and _shortening(short, body.name) \
                and not any(x.start == m.start(1) and x.end == m.end(1) and x.type in PLACES for x in ctx.found):  # （青禾村）
            body.aliases.add(short)
            body.info.setdefault("declared", set()).add(short)


_BARE = re.compile(r"[（(]([\u4e00-\u9fff]{3,8})[）)]")
_SHORTENED = ("Enterprise", "Cooperative", "Organization")


def _shortening(short: str, name: str) -> bool:
    """锦华农业 of 广西田东锦华农业发展有限公司: its characters in the name's order, its first two together."""
    if short[:2] not in name:
        return False
    rest = iter(name[name.index(short[:2]):])
    return all(c in rest for c in short)
