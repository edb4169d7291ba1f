"""Is ``ruralkg extract`` byte-identical to a reference commit? (issue 18: a refactor changes no output)

    python benchmarks/extract_identity.py --ref e4233f8 [--work /tmp/extract-identity] [--n 2000]
                                          [--only corpus,pages,swap,generated]

Extracts the same inputs with the reference commit's code and with this worktree's, and compares
every JSON file byte for byte. The inputs: ``../shared/corpus``, ``../shared/pages/articles``, the
name-swapped copies of the corpus (``../shared/eval/swap_names.py``, every gold set, seeds 1-3) and a
generated corpus of ``--n`` articles (``../shared/perf/make_corpus.py``, seed 7). They are made once
under ``--work``; the reference's outputs are kept there per commit, so a second run extracts only
the current code. The reference runs from ``git archive`` of the commit, laid out as the installed
package (``ruralkg.ingest`` → ``ingest/``) on ``PYTHONPATH``, with this worktree's interpreter.
Prints one line per input set and a verdict; exits 1 when any file differs.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT / ".." / "shared").resolve()
GOLD_SETS = ("seeds", "dev", "dev2", "dev3")
SWAP_SEEDS = (1, 2, 3)


def inputs(work: Path, n: int, only: set[str]) -> dict[str, Path]:
    """Every input set by name: folders of articles, made once under ``work``."""
    sets: dict[str, Path] = {}
    if "corpus" in only:
        sets["corpus"] = SHARED / "corpus"
    if "pages" in only:
        sets["pages"] = SHARED / "pages" / "articles"
    if "swap" in only:
        for gold in GOLD_SETS:
            for seed in SWAP_SEEDS:
                out = work / "inputs" / f"swap-{gold}-{seed}"
                if not (out / "articles").is_dir():
                    subprocess.run([sys.executable, str(SHARED / "eval" / "swap_names.py"), str(SHARED / "gold" / gold),
                                    str(SHARED / "corpus"), str(out), "--seed", str(seed)], check=True,
                                   stdout=subprocess.DEVNULL)
                sets[f"swap-{gold}-{seed}"] = out / "articles"
    if "generated" in only:
        out = work / "inputs" / f"generated-{n}"
        if not out.is_dir() or len(list(out.glob("*.txt"))) < n:
            golds = [a for g in GOLD_SETS for a in ("--gold", str(SHARED / "gold" / g))]
            subprocess.run([sys.executable, str(SHARED / "perf" / "make_corpus.py"), "--corpus", str(SHARED / "corpus"),
                            *golds, "--n", str(n), "--out", str(out), "--seed", "7"], check=True,
                           stdout=subprocess.DEVNULL)
        sets[f"generated-{n}"] = out
    return sets


def reference_site(commit: str, work: Path) -> Path:
    """The reference commit's code laid out as the installed package, for ``PYTHONPATH``."""
    site = work / "ref" / commit / "site"
    if (site / "ruralkg" / "ingest").exists():
        return site
    src = work / "ref" / commit / "src"
    src.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile() as tar:
        subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, stdout=tar)
        tar.seek(0)
        with tarfile.open(fileobj=tar) as archive:
            archive.extractall(src, filter="data")
    shutil.copytree(src / "ruralkg", site / "ruralkg")
    for part in ("ingest", "graph", "api"):
        (site / "ruralkg" / part).symlink_to(src / part, target_is_directory=True)
    return site


def extract(articles: Path, out: Path, site: Path | None) -> None:
    """``ruralkg extract ARTICLES --out OUT`` with this worktree's code, or the code at ``site``."""
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    if site is not None:
        env["PYTHONPATH"] = str(site)
    code = "import ruralkg, sys; sys.argv[0] = 'ruralkg'; from ruralkg.cli import app; app()"
    check = "import ruralkg.ingest as m; print(m.__file__)"
    # run from a neutral folder: ``python -c`` puts the current folder first on the path
    where = subprocess.run([sys.executable, "-c", check], env=env, check=True, capture_output=True, text=True,
                           cwd=out.parent.parent)
    expected = site if site is not None else ROOT
    if not where.stdout.strip().startswith(str(expected)):
        raise SystemExit(f"the code extracted is at {where.stdout.strip()}, not under {expected}")
    done = subprocess.run([sys.executable, "-c", code, "extract", str(articles), "--out", str(out)], env=env,
                          capture_output=True, text=True, cwd=out.parent.parent)
    if done.returncode != 0:
        raise SystemExit(f"extracting {articles} failed:\n{done.stdout}{done.stderr}")


def compare(ref: Path, new: Path) -> list[str]:
    """Names of the files that differ or exist on one side only."""
    a = {p.name for p in ref.glob("*.json")}
    b = {p.name for p in new.glob("*.json")}
    differ = sorted(a ^ b)
    differ += sorted(n for n in a & b if not filecmp.cmp(ref / n, new / n, shallow=False))
    return differ


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", required=True, help="the reference commit")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "extract-identity")
    ap.add_argument("--n", type=int, default=2000, help="articles in the generated corpus")
    ap.add_argument("--only", default="corpus,pages,swap,generated", help="input sets to check, comma-separated")
    args = ap.parse_args()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", args.ref], check=True, capture_output=True,
                            text=True).stdout.strip()
    work = args.work.resolve()
    site = reference_site(commit, work)
    bad = 0
    for name, articles in inputs(work, args.n, set(args.only.split(","))).items():
        ref_out = work / "ref" / commit / "out" / name
        if not ref_out.is_dir():
            extract(articles, ref_out, site)
        new_out = work / "new" / name
        extract(articles, new_out, None)
        differ = compare(ref_out, new_out)
        files = len(list(ref_out.glob("*.json")))
        bad += len(differ)
        status = "identical" if not differ else f"{len(differ)} DIFFER: {', '.join(differ[:5])}"
        print(f"{name:22} {files:5} files  {status}", flush=True)
    print(f"reference {commit[:12]}: " + ("IDENTICAL on every input" if not bad else f"{bad} file(s) differ"))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
