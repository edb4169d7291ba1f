"""A cooperative named only by its trade, which a named place or body founds or leads (SCHEMA,
"Specific cooperatives"): 柳塘村成立了蔬菜种植专业合作社, 村党支部领办养蜂专业合作社. Such a name
describes any cooperative of the trade (``bodies`` leaves it out), but founded in a sentence that
names its founder it is one cooperative, named as written; the relation rules then place it in its
founder and give a leading branch its LEADS.
"""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.arguments import clause_start
from ruralkg.ingest.extraction.context import PLACES, Mention, SentenceContext
from ruralkg.ingest.extraction.words import CJK, alternation, any_of, breaks_name, pos_table, tokens

# the verbs of founding and leading, longest first; then an aspect particle or 的 (成立了, 建立起, 领办的)
_CUE = "(?:" + alternation(tuple(vocab.LEAD_CUES) + tuple(vocab.words("cues", "found_or_bring_in"))).pattern + ")"
_FOUNDED = re.compile(_CUE + "[了起的]?([\u4e00-\u9fff]{2,10}?)" + any_of(vocab.COOPERATIVE_SUFFIXES))
_COUNTERS = vocab.chars("generic", "counters_of_bodies")
_ACTIVITIES = vocab.word_set("generic", "activity_verbs")
_FOUNDERS = (*PLACES, "Branch", "Enterprise", "Organization", "Cooperative")


def founded_cooperatives(ctx: SentenceContext) -> None:
    """Each trade-only cooperative right after a verb of founding or leading whose clause names a
    place or body before that verb (the founder)."""
    s = ctx.s
    for m in _FOUNDED.finditer(s):
        lo, end = m.start(1), m.end()
        if ctx.covered(lo) or ctx.covered(end - 1) or not _trade_words(m.group(1)):
            continue
        kind = next((k for k in vocab.BRANCH_KINDS if s.endswith(k, 0, m.start())), None)
        if kind is not None and not ctx.covered(m.start() - 1):
            # 村党支部领办了…: the village's branch, which the relation rules resolve; a bare kind of
            # branch leads no one cooperative (推进党支部领办土地合作社: a programme's words)
            founder = s.endswith("村" + kind, 0, m.start())
        else:
            # 村民成立了…合作社: no named founder, no one cooperative
            founder = any(x.type in _FOUNDERS and clause_start(s, m.start()) <= x.start and x.end <= m.start()
                          for x in ctx.found)
        if founder:
            ctx.add(Mention("Cooperative", s[lo:end], lo, end))


def _trade_words(stem: str) -> bool:
    """A trade (蔬菜种植, 养蜂, 乡村旅游): not counted (一家, 三个), no verb but the trade's own."""
    if stem[0] in "一二三四五六七八九十两几多各每该本这那" and len(stem) > 1 and stem[1] in _COUNTERS:
        return False
    words = [t for t in tokens(stem) if CJK.match(t)]
    # a verbal noun names a trade too (劳务, 物业); a verb or function word does not
    return bool(words) and not any(breaks_name(t) and t not in _ACTIVITIES and pos_table().get(t) != "vn" for t in words)
