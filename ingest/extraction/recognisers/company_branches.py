"""Companies' branch offices, named after the company and the place they serve: 某某集团有限公司蔚县分公司.

A body's name stops at the place it starts with, so the suffix rule reads 蔚县分公司 alone; the branch is
the company's, named from the company to its branch kind, as a bank's branch is (bank_branches.py)."""

from __future__ import annotations

import re

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.context import PLACES, Mention, SentenceContext
from ruralkg.ingest.extraction.words import any_of

_BRANCH = re.compile(any_of(vocab.words("organisations", "company_branch_kinds")))


def company_branches(ctx: SentenceContext) -> None:
    """A company named in full, then a place (or places), then 分公司: the branch, owned by the company."""
    s = ctx.s
    if "分公司" not in s and "子公司" not in s:
        return
    for company in [x for x in ctx.found if x.type == "Enterprise"]:
        after, served = company.end, None
        while (place := next((x for x in ctx.spans.starting_at(after) if x.type in PLACES), None)) is not None:
            after, served = place.end, place
        kind = _BRANCH.match(s, after)
        if after == company.end or kind is None:
            continue
        lo, hi = company.end, kind.end()
        ctx.spans.keep(lambda x, lo=lo, hi=hi: not (x.type == "Enterprise" and x.start >= lo and x.end == hi))
        branch = ctx.add(Mention("Enterprise", s[company.start:hi], company.start, hi))
        branch.info["owner"] = company
        if served is not None:
            branch.info["place"] = served  # the branch is where it serves (SCHEMA: the most specific place)
