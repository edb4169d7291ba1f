"""The reprint threshold, measured: reposts made from the corpus against pairs of distinct articles.

    .venv/bin/python benchmarks/reprints.py

Each corpus article is reposted five ways (a new headline, an added editor line, a source line and an
editor line, the last paragraph dropped, all of these); the estimated Jaccard similarity (MinHash) of
each repost to its original is compared with that of every pair of distinct corpus articles.
"""

from __future__ import annotations

import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ruralkg.ingest.reprints import THRESHOLD, signature, similarity  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def reposts(text: str):
    lines = [ln for ln in text.splitlines() if ln.strip()]
    body = lines[1:]
    yield "new headline", "\n".join(["【乡村振兴】" + lines[0] + "——记者走基层", *body])
    yield "editor line", "\n".join([*lines, "（责任编辑：王小明）"])
    yield "source + editor line", "\n".join([lines[0], "来源：人民网-河南频道  2024-03-06 08:12", *body, "责任编辑：李华"])
    yield "last paragraph dropped", "\n".join(lines[:-1]) if len(lines) > 3 else text
    yield "all of these", "\n".join(["转载：" + lines[0], *body[:-1], "（编辑：赵六）"])


def main() -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}
    signature("预热")  # the first call imports datasketch and numpy
    started = time.perf_counter()
    sigs = {n: signature(t) for n, t in texts.items()}
    ms = (time.perf_counter() - started) / len(texts) * 1000
    lowest: dict[str, float] = {}
    for name, text in texts.items():
        for kind, repost in reposts(text):
            score = similarity(sigs[name], signature(repost))
            lowest[kind] = min(lowest.get(kind, 1.0), score)
    for kind, score in lowest.items():
        print(f"repost, {kind:24} lowest similarity {score:.3f}")
    distinct = max(similarity(sigs[a], sigs[b]) for a, b in itertools.combinations(texts, 2))
    print(f"distinct articles ({len(texts) * (len(texts) - 1) // 2} pairs)  highest similarity {distinct:.3f}")
    print(f"threshold {THRESHOLD}; {ms:.1f} ms per signature")


if __name__ == "__main__":
    main()
