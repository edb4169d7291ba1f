"""The sentence every recogniser reads and writes: its text and the mentions found so far.

Recognisers run in the order of ``pipeline.RECOGNISERS``; each asks the context what earlier ones
found (is this position inside a name, which name ends here, where does the last place end) and
adds its own mentions. The lookups go through a span index, so they cost the same however many
mentions the sentence holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ruralkg.ingest.extraction import vocab
from ruralkg.ingest.extraction.words import CJK, tokens
from ruralkg.ingest.spans import PLACE_TYPES, SpanIndex

PLACES = PLACE_TYPES


@dataclass
class Mention:
    """A name found in a sentence: its type, canonical name, span and what recognisers noted (``info``)."""

    type: str
    name: str
    start: int
    end: int
    aliases: set[str] = field(default_factory=set)
    info: dict = field(default_factory=dict)

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


class SentenceContext:
    """One sentence and the mentions found in it so far."""

    def __init__(self, sentence: str):
        self.s = sentence
        self.spans = SpanIndex()

    @property
    def found(self) -> list[Mention]:
        return self.spans.items

    def add(self, m: Mention) -> Mention:
        self.spans.add(m)
        return m

    def covered(self, pos: int, types: tuple[str, ...] | None = None, exclude: tuple[str, ...] = ()) -> bool:
        """A mention already found spans ``pos``."""
        return self.spans.covering(pos, types, exclude)

    def overlapped(self, lo: int, hi: int) -> bool:
        """A mention already found overlaps ``[lo, hi)``."""
        return any(self.spans.covering(p) for p in range(lo, hi))

    def ends_at(self, pos: int, types: tuple[str, ...] | None = None) -> Mention | None:
        """The longest mention (of ``types``) that ends at ``pos``."""
        best = None
        for m in self.spans.ending_at(pos):
            if types is None or m.type in types:
                if best is None or m.end - m.start > best.end - best.start:
                    best = m
        return best

    def floor_before(self, pos: int) -> int:
        """The end of the nearest place mention before ``pos``: names never run across it."""
        return self.spans.floor_before(pos)

    def leading_place(self, lo: int, end: int) -> Mention | None:
        """The place (or chain of places) a name in ``[lo, end)`` starts with."""
        best = None
        for x in self.spans.starting_in(lo, end):
            if x.type in ("Province", "City", "County", "Township", "Village") and x.end < end:
                if x.start == lo or (best is not None and x.start == best.end):
                    best = x
        return best

    def leading_body(self, lo: int, end: int) -> Mention | None:
        """A body named inside ``[lo, end)`` (the owner of a project named after it)."""
        for x in self.spans.starting_in(lo, end):
            if x.type in ("Enterprise", "Cooperative", "Organization") and x.end < end:
                return x
        return None

    def word_ends_at(self, pos: int) -> bool:
        """A word of the segmentation ends at ``pos`` (a suffix that starts another word does not)."""
        if pos >= len(self.s) or not CJK.match(self.s[pos]):
            return True
        start = max(0, pos - 3)
        offset = start
        for tok in tokens(self.s[start: pos + 3]):
            offset += len(tok)
            if offset == pos:
                return True
            if offset > pos:
                return offset - len(tok) >= pos
        return True

    def word_starts_at(self, pos: int) -> bool:
        """A word of the segmentation starts at ``pos``."""
        if pos == 0 or not CJK.match(self.s[pos - 1]) or self.s[pos - 1] in vocab.STOP_CHARS:
            return True
        start = max(0, pos - 4)
        offset = start
        for tok in tokens(self.s[start: pos + 2]):
            if offset == pos:
                return True
            offset += len(tok)
            if offset > pos:
                return False
        return offset == pos
