"""Banks' branches, named after the bank and the place they serve: 某某银行东川省分行, 某某农商银行南溪支行.
A bank's name stops at a place (the most specific place starts a name), so the branch is read as one
name from the bank to its branch kind."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import PLACES, Mention, SentenceContext
from ruralkg.ingest.extraction.edges import left_edge
from ruralkg.ingest.extraction.words import CJK, any_of, hard_break, tokens

_BANKS = re.compile(any_of(vocab.words("organisations", "bank_kinds")))
# the state's banks by their names and short names (建设银行: 建设 reads as a verb, no name edge finds it)
_STATE_BANKS = tuple(sorted(vocab.words("organisations", "state_banks"), key=len, reverse=True))
_BRANCH = re.compile("[\u4e00-\u9fff]{0,4}?" + any_of(vocab.words("organisations", "bank_branch_kinds")))


_SHORT_BANKS = vocab.mapping("organisations", "state_bank_short_names")
_SHORT = re.compile(any_of(list(_SHORT_BANKS)))


def short_bank_branches(ctx: SentenceContext) -> None:
    """农行 + its place + 支行 (农行墨玉县支行): the branch, named with the bank's full name."""
    s = ctx.s
    if "行" not in s:
        return
    for m in _SHORT.finditer(s):
        after = m.end()
        while (place := next((x for x in ctx.spans.starting_at(after) if x.type in PLACES), None)) is not None:
            after = place.end
        branch = _BRANCH.match(s, after)
        if branch is None or after == m.end() or any(x.type not in PLACES and x.start < branch.end() and m.start() < x.end
                                                     for x in ctx.found):
            continue
        full = _SHORT_BANKS[m.group()]
        bank = ctx.add(Mention("Organization", full, m.start(), m.end(), {m.group()}))
        written = s[m.start():branch.end()]
        ment = ctx.add(Mention("Organization", full + s[m.end():branch.end()], m.start(), branch.end(), {written}))
        ment.info["owner"] = bank


def bank_branches(ctx: SentenceContext) -> None:
    """某某银行 + its place (or a place's short name) + 分行/支行: the branch, and the bank on its own."""
    s = ctx.s
    for m in _BANKS.finditer(s):
        after = m.end()
        while (place := next((x for x in ctx.spans.starting_at(after) if x.type in PLACES), None)) is not None:
            after = place.end
        branch = _BRANCH.match(s, after)
        if branch is None or (after == m.end() and branch.end() - after > 5):
            # a place's short name of up to three characters, then the kind (南溪支行, 连江口支行)
            continue
        known = next((b for b in _STATE_BANKS if s.endswith(b, 0, m.end())), None)
        start = m.end() - len(known) if known else left_edge(s, m.start(), 10, 0, strict=False, min_len=2)
        if start is None:
            # 进出口|银行: a bank named by one word that reads as a verb
            last = tokens(s[max(0, m.start() - 6):m.start()])[-1:] if m.start() else []
            start = m.start() - len(last[0]) if last and len(last[0]) >= 2 and not hard_break(last[0]) else None
        if start is None or not CJK.match(s[start]):
            continue
        bank = ctx.add(Mention("Organization", s[start:m.end()], start, m.end()))
        ment = ctx.add(Mention("Organization", s[start:branch.end()], start, branch.end()))
        ment.info["owner"] = bank
