"""Extraction speed against bare jieba segmentation of the same text (issue: keep ≥ 1/3 of jieba's speed).

    python benchmarks/extract_speed.py [--mb 3] [--corpus ../shared/corpus]

Prints characters per second of the extractor over the sample corpus repeated to about N MB,
beside ``jieba.cut`` over the same text on the same machine, and the ratio.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import jieba

from ruralkg.ingest.extractor import Extractor
from ruralkg.ingest.reader import article_files, read_article
from ruralkg.settings import DEFAULT_CORPUS


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
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

    t0 = time.perf_counter()
    for text in articles:
        for _ in jieba.cut(text):
            pass
    jieba_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    for text in articles:
        extractor.extract_text(text)
    extract_s = time.perf_counter() - t0

    print(f"text: {len(articles)} articles, {chars:,} characters ({rounds} rounds of the corpus)")
    print(f"jieba.cut:  {chars / jieba_s:12,.0f} chars/s  ({jieba_s:.1f} s)")
    print(f"extractor:  {chars / extract_s:12,.0f} chars/s  ({extract_s:.1f} s)")
    print(f"ratio extractor/jieba: {jieba_s / extract_s:.2f} (target >= 0.33)")


if __name__ == "__main__":
    main()
