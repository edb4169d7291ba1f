"""Where the mentions of one sentence lie, indexed by position.

The mention finders ask the same few questions many times per sentence: is this position inside
a name already found, which name starts or ends here, where does the last place before here end.
Answering them by scanning every mention made extraction quadratic in the length of a sentence
(a list of 3,000 villages took seconds); this index answers each in time independent of how many
mentions the sentence holds, so extraction stays linear in the text.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ruralkg.ingest.extraction.context import Mention

PLACE_TYPES = ("Province", "City", "County", "Township", "Village")


class SpanIndex:
    """The mentions of a sentence in the order found, with lookups by start, end and covered position."""

    def __init__(self) -> None:
        self.items: list[Mention] = []
        self._start: dict[int, list[Mention]] = defaultdict(list)
        self._end: dict[int, list[Mention]] = defaultdict(list)
        self._cover: dict[int, list[Mention]] = defaultdict(list)
        self._place_ends: list[int] = []
        self._order: dict[int, int] = {}

    def __iter__(self) -> Iterator[Mention]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def add(self, m: Mention) -> None:
        self._order[id(m)] = len(self.items)
        self.items.append(m)
        self._index(m)

    def _index(self, m: Mention) -> None:
        self._start[m.start].append(m)
        self._end[m.end].append(m)
        for pos in range(m.start, m.end):
            self._cover[pos].append(m)
        if m.type in PLACE_TYPES:
            insort(self._place_ends, m.end)

    def keep(self, wanted: Callable[[Mention], bool]) -> None:
        """Drop every mention for which ``wanted`` is false (rare: rebuilding is fine)."""
        kept = [m for m in self.items if wanted(m)]
        if len(kept) == len(self.items):
            return  # nothing dropped: the index already holds them (spans never change once added)
        self.__init__()
        for m in kept:
            self.add(m)

    def covering(self, pos: int, types: Iterable[str] | None = None, exclude: Iterable[str] = ()) -> bool:
        """Some mention (of ``types``, none of ``exclude``) has ``start <= pos < end``."""
        return any((types is None or m.type in types) and m.type not in exclude for m in self._cover.get(pos, ()))

    def starting_at(self, pos: int) -> list[Mention]:
        return self._start.get(pos, [])

    def ending_at(self, pos: int) -> list[Mention]:
        return self._end.get(pos, [])

    def floor_before(self, pos: int) -> int:
        """The end of the nearest place mention that ends at or before ``pos`` (0 when none)."""
        k = bisect_right(self._place_ends, pos)
        return self._place_ends[k - 1] if k else 0

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that start in ``[lo, hi)``, in the order they were found."""
        found = [m for pos in range(lo, hi) for m in self._start.get(pos, ())]
        return sorted(found, key=lambda m: self._order[id(m)])
