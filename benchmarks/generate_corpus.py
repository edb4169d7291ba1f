"""A deterministic corpus of N realistic articles for the scale benchmark.

    python benchmarks/generate_corpus.py OUT_DIR [--articles 10000] [--seed 7] [--corpus ../shared/corpus]

Each generated article is one of the sample articles with its places and people renamed: the
county, townships and villages become real ones of one county from the division table that
``jionlp`` ships (so the graph has the shape of a real year of county news: the same places come
back in many articles), people get new names of the usual shape. The same arguments always give
the same files.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from ruralkg.ingest.extraction.extractor import Extractor
from ruralkg.ingest.extraction.vocab import SURNAMES
from ruralkg.ingest.reader import article_files, read_article
from ruralkg.ingest.villages import _county_blocks
from ruralkg.settings import DEFAULT_CORPUS

GIVEN = "建国华明军红伟芳静丽强敏磊洋艳杰娟涛超秀英玉兰海波东平志刚春梅德福长青永胜"


def _counties() -> list[tuple[str, dict[str, list[str]]]]:
    """(county name, township → villages) for every county with enough townships to recombine."""
    text, blocks = _county_blocks()
    out = []
    for start, end in blocks.values():
        county_line = text.rfind("\n", 0, start - 1)
        county = text[county_line + 1:start].strip().split("\t")[0]
        towns: dict[str, list[str]] = {}
        town = None
        for line in text[start:end].splitlines():
            depth = len(line) - len(line.lstrip("\t"))
            name = line.strip().split("\t")[0]
            if depth == 3:
                town = name
                towns[town] = []
            elif depth == 4 and town:
                towns[town].append(name)
        if len(towns) >= 4 and sum(map(len, towns.values())) >= 20:
            out.append((county, towns))
    return out


def _person(rng: random.Random) -> str:
    return rng.choice(sorted(SURNAMES)[:120]) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def generate(n: int, out: Path, corpus: Path = DEFAULT_CORPUS, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    templates = []
    for path in article_files([corpus]):
        text = read_article(path)
        doc = Extractor().extract_text(text, str(path))
        # longest first, then by name: a set's order changes with every process (string hashing)
        names = {t: sorted({e.name for e in doc.entities if e.type == t}, key=lambda x: (-len(x), x))
                 for t in ("County", "Township", "Village", "Official", "Person")}
        templates.append((path.stem, text, names))
    counties = _counties()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    # a year of news from a few hundred counties: places recur across articles
    pool = rng.sample(counties, min(len(counties), max(20, n // 25)))
    for i in range(n):
        stem, text, names = templates[i % len(templates)]
        county, towns = rng.choice(pool)
        town_names = list(towns)
        mapping: dict[str, str] = {}
        for name in names["County"]:
            mapping[name] = county
        chosen_towns = []
        for name in names["Township"]:
            town = rng.choice(town_names)
            chosen_towns.append(town)
            mapping[name] = town
        villages = [v for t in (chosen_towns or town_names[:2]) for v in towns[t]] or [v for vs in towns.values()
                                                                                       for v in vs]
        for name in names["Village"]:
            mapping[name] = rng.choice(villages)
        for name in names["Official"] + names["Person"]:
            mapping[name] = _person(rng)
        for old in sorted(mapping, key=lambda x: (-len(x), x)):
            text = text.replace(old, mapping[old])
        target = out / f"{i:05d}_{stem[:12]}.txt"
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    files = generate(args.articles, args.out, args.corpus, args.seed)
    print(f"wrote {len(files)} articles to {args.out}")


if __name__ == "__main__":
    main()
