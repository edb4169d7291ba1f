"""The same report reprinted: near-duplicate articles found by MinHash over character shingles.

A reprint keeps the body and changes the edges: another headline, an added editor or source line, a
dropped paragraph. The text is reduced to its Chinese characters and digits (punctuation, spaces and
Latin letters differ between sites), cut into overlapping 5-character shingles, and summarised by a
MinHash of 128 permutations (datasketch); an LSH index finds the earlier article whose estimated
Jaccard similarity is over ``THRESHOLD``, measured on reposts made from the corpus (docs/decisions.md,
Issue 21).
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

SHINGLE = 5
PERMUTATIONS = 128
THRESHOLD = 0.4
MIN_CHARS = 120  # shorter texts share too much of a template to tell a reprint from a sibling brief
SCHEME = "affine32"  # datasketch 2's hashing; stored signatures say nothing of it, so it is fixed here
_KEEP = re.compile(r"[\u4e00-\u9fff0-9]+")


def shingles(text: str) -> set[str]:
    core = "".join(_KEEP.findall(text))
    return {core[i:i + SHINGLE] for i in range(max(1, len(core) - SHINGLE + 1))}


@lru_cache(maxsize=1)
def _empty():
    """A MinHash with its permutations drawn once (drawing them is half the cost of a signature)."""
    from datasketch import MinHash

    return MinHash(num_perm=PERMUTATIONS, seed=21, scheme=SCHEME, hashfunc=zlib.crc32)


def signature(text: str) -> list[int] | None:
    """The MinHash of a text as plain integers (stored on the Article). CRC-32 hashes the shingles:
    stable across processes and twice as fast as datasketch's default SHA-1, which buys nothing here.
    None for a text under ``MIN_CHARS`` characters: two short briefs written to one template ("X村种植
    茶叶300亩" / "X村种植柑橘400亩") are as alike as a reprint, so a short text is never called one."""
    if len("".join(_KEEP.findall(text))) < MIN_CHARS:
        return None
    mh = _empty().copy()
    mh.update_batch([s.encode("utf-8") for s in shingles(text)])
    return [int(v) for v in mh.hashvalues]


def similarity(a: list[int], b: list[int]) -> float:
    """The estimated Jaccard similarity of two signatures."""
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


class ReprintIndex:
    """Stories seen so far: ``match`` names the story a new text reprints, if any."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
        self._signatures: dict[str, list[int]] = {}

    def _minhash(self, sig: list[int]):
        import numpy as np
        from datasketch import LeanMinHash

        return LeanMinHash(seed=21, hashvalues=np.array(sig, dtype=np.uint64), scheme=SCHEME)

    def add(self, story: str, sig: list[int]) -> None:
        if story in self._signatures:
            self._lsh.remove(story)
        self._signatures[story] = sig
        self._lsh.insert(story, self._minhash(sig))

    def match(self, sig: list[int], exclude: str | None = None) -> tuple[str, float] | None:
        """The most similar story over the threshold (LSH candidates, checked by their estimate)."""
        best = None
        for story in self._lsh.query(self._minhash(sig)):
            if story == exclude:
                continue
            score = similarity(sig, self._signatures[story])
            if score >= self.threshold and (best is None or score > best[1]):
                best = (story, score)
        return best
