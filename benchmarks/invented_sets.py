"""Scores on invented reports the rules were not written from (issue 19: articles nobody tuned for).

    python benchmarks/invented_sets.py [--batch batch3] [--detail]

Each batch under ``benchmarks/invented/`` holds invented county-paper and government-site reports and
gold that helper sessions made by hand from ``../shared/SCHEMA.md`` without reading the sample corpus
(see ``benchmarks/invented/README.md``). Prints the last line of ``../shared/eval/score.py`` per batch.
The gold is a reading of SCHEMA by someone other than the user: use the scores to find classes of
text, and write each rule with invented sentences of its own, never for these files.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from ruralkg.ingest.pipeline import extract_paths
from ruralkg.settings import DEFAULT_CORPUS

HERE = Path(__file__).resolve().parent / "invented"
SCORER = DEFAULT_CORPUS.parent / "eval" / "score.py"


def score(batch: Path, detail: bool) -> str:
    """Extract the batch's articles into a temporary folder and run the shared scorer on them."""
    with tempfile.TemporaryDirectory() as out:
        for outcome in extract_paths(sorted((batch / "corpus").glob("*.txt"))):
            if outcome.extraction is None:
                raise SystemExit(f"{outcome.path}: {outcome.error}")
            target = Path(out) / (outcome.path.stem + ".json")
            target.write_text(outcome.extraction.model_dump_json(indent=1), encoding="utf-8")
        args = [sys.executable, str(SCORER), str(batch / "gold"), out] + (["--detail"] if detail else [])
        result = subprocess.run(args, capture_output=True, text=True, check=True)
    return result.stdout if detail else result.stdout.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", action="append", help="a folder under benchmarks/invented (default: every batch)")
    ap.add_argument("--detail", action="store_true", help="the scorer's per-type table and misses")
    args = ap.parse_args()
    if not SCORER.exists():
        raise SystemExit(f"{SCORER}: the shared scorer is missing (../shared beside the project)")
    batches = [HERE / b for b in args.batch] if args.batch else sorted(p for p in HERE.iterdir() if p.is_dir())
    for batch in batches:
        print(f"{batch.name:8} {score(batch, args.detail)}")


if __name__ == "__main__":
    main()
