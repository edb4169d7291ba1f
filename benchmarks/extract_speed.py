"""Extraction speed against bare jieba segmentation of the same text (issue 19: ≥ 0.4 of jieba's speed).

    python benchmarks/extract_speed.py [--mb 3] [--corpus ../shared/corpus] [--lists] [--repeat 3]

Prints characters per second of the extractor over the sample corpus repeated to about N MB,
beside ``jieba.cut`` over the same text on the same machine, and the ratio. ``--lists`` also times
single sentences listing 3,000, 6,000 and 12,000 villages: the time should double with the length.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import jieba

from ruralkg.ingest.extraction.extractor import Extractor
from ruralkg.ingest.reader import article_files, read_article
from ruralkg.settings import DEFAULT_CORPUS


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--lists", action="store_true", help="also time one-sentence lists of villages")
    ap.add_argument("--repeat", type=int, default=3, help="passes of each; the fastest is reported")
    args = ap.parse_args()
    texts = [read_article(p) for p in article_files([args.corpus])]
    one_round = sum(len(t) for t in texts)
    rounds = max(1, int(args.mb * 1_000_000 / 3 / one_round))  # ~3 bytes per character in UTF-8
    articles = texts * rounds
    chars = sum(len(t) for t in articles)

    extractor = Extractor()
    for text in texts:  # warm up: dictionaries, gazetteers, jieba (loaded once per process)
        extractor.extract_text(text)
    jieba.initialize()

    # the two alternate, three times over: on a shared two-core machine a single pass of either swung
    # by a third; the fastest pass of each is the figure, every pass's ratio is printed beside it
    jieba_runs, extract_runs = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for text in articles:
            for _ in jieba.cut(text):
                pass
        jieba_runs.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for text in articles:
            extractor.extract_text(text)
        extract_runs.append(time.perf_counter() - t0)
    jieba_s, extract_s = min(jieba_runs), min(extract_runs)

    print(f"text: {len(articles)} articles, {chars:,} characters ({rounds} rounds of the corpus)")
    print(f"jieba.cut:  {chars / jieba_s:12,.0f} chars/s  (fastest of {args.repeat}: {jieba_s:.1f} s)")
    print(f"extractor:  {chars / extract_s:12,.0f} chars/s  (fastest of {args.repeat}: {extract_s:.1f} s)")
    print("each pass's ratio: " + ", ".join(f"{j / e:.2f}" for j, e in zip(jieba_runs, extract_runs, strict=True)))
    print(f"ratio extractor/jieba: {jieba_s / extract_s:.2f} (target >= 0.4)")
    if args.lists:
        time_long_lists(extractor)


def time_long_lists(extractor: Extractor) -> None:
    """One sentence naming thousands of villages: the case that used to grow with the square of its length."""
    rng = random.Random(1)
    chars = "东西南北上下前后大小新老河山岭坪塘湾沟桥庄寨石林"
    for n in (3000, 6000, 12000):
        villages = "、".join("".join(rng.choice(chars) for _ in range(2)) + "村" for _ in range(n))
        text = f"某某县某某镇近年来发展产业，{villages}等村全部实现通水。"
        t0 = time.perf_counter()
        extractor.extract_text(text)
        print(f"one sentence of {n:,} villages ({len(text):,} characters): {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    main()
