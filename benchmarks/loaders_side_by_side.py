"""This checkout's loader and another checkout's, loading the same articles into two servers at the same
time, so that both meet the same machine: on a shared machine the CPU an article costs moves by a third
with what else runs, more than a change to the loader moves it (issue 22).

    python benchmarks/loaders_side_by_side.py OTHER_CHECKOUT [--n 50000] [--work /tmp/ruralkg-cost]

Each side runs in its own process with its own FalkorDB, its graph code (``graph/loader.py`` and
``graph/ddl.py``) taken from its checkout, over the extraction ``store_cost.py`` cached in WORK; each slice
of 1,000 articles is loaded in batches of 100 and then refreshed, as ``store_cost.py`` does. Prints each
slice's server CPU per article (by thread) and, at the end, both sides' mean. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def _module(checkout: Path, name: str):
    spec = importlib.util.spec_from_file_location(f"side_{name}_{abs(hash(str(checkout)))}", checkout / "graph" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def one_side(checkout: Path, port: int, n: int, work: Path) -> None:
    from store_cost import _thread_delta, cpu_seconds, thread_cpu

    from ruralkg.graph.embedded import EmbeddedFalkor
    from ruralkg.graph.store import open_store
    from ruralkg.graph.timeline import PendingRefresh
    from ruralkg.ingest.document import Extraction
    from ruralkg.settings import Settings

    loader, ddl = _module(checkout, "loader"), _module(checkout, "ddl")
    data = work / f"data-side-{port}"
    shutil.rmtree(data, ignore_errors=True)
    settings = Settings(data_dir=data, falkor_port=port, graph_name="cost", neo4j_uri="")
    server = EmbeddedFalkor(settings)
    server.start()
    store = open_store(settings)
    costs = []
    try:
        ddl.ensure_schema(store)
        pid = int(server.status().pid)
        with (work / "extractions.jsonl").open(encoding="utf-8") as fh, (work / "words.jsonl").open(encoding="utf-8") as wh:
            rows = zip(fh, wh, strict=False)  # the first n of both
            for done in range(1000, n + 1, 1000):
                chunk = []
                for line, words in itertools.islice(rows, 1000):
                    doc = Extraction.model_validate_json(line)
                    doc.article.search_words = json.loads(words)
                    chunk.append(doc)
                cpu0, threads0 = cpu_seconds(pid), thread_cpu(pid)
                pending = PendingRefresh()
                for batch in loader.batches(chunk, 100):
                    loader.load_articles(store, batch, prelude_for=lambda ds: None, pending=pending)
                pending.flush(store)
                costs.append(1000 * (cpu_seconds(pid) - cpu0) / len(chunk))
                print(f"{checkout} {done:>6,}: {costs[-1]:.2f} ms/article; "
                      f"{_thread_delta(threads0, thread_cpu(pid), len(chunk))} (load {os.getloadavg()[0]:.2f})", flush=True)
        print(f"{checkout}: mean {sum(costs) / len(costs):.2f} ms/article over {len(costs)} slices, "
              f"first {costs[0]:.2f}, last {costs[-1]:.2f}", flush=True)
    finally:
        store.close()
        server.stop(wait_s=120)
        shutil.rmtree(data, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other checkout (its graph/loader.py and graph/ddl.py)")
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/ruralkg-cost"), help="where store_cost.py cached the corpus")
    ap.add_argument("--port", type=int, default=6441)
    ap.add_argument("--side", type=Path, help=argparse.SUPPRESS)  # one side, run by the other
    args = ap.parse_args()
    if args.side is not None:
        one_side(args.side, args.port, args.n, args.work)
        return
    if not (args.work / "extractions.jsonl").exists() or not (args.work / "words.jsonl").exists():
        sys.exit(f"no cached extraction in {args.work}: run benchmarks/store_cost.py with --sizes up to {args.n} first")
    sides = [subprocess.Popen([sys.executable, __file__, str(args.other), "--side", str(tree), "--port", str(args.port + k),
                               "--n", str(args.n), "--work", str(args.work)])
             for k, tree in enumerate((ROOT, args.other.resolve()))]
    for side in sides:
        side.wait()


if __name__ == "__main__":
    main()
