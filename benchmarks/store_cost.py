"""What the store costs per article as the corpus grows, and what the saved queries cost at each size,
on FalkorDB and on Neo4j, on the realistic corpus of ``../shared/perf/make_corpus.py``.

    python benchmarks/store_cost.py [--sizes 1000 10000 50000] [--engines falkordb neo4j]
                                    [--work /tmp/ruralkg-cost] [--repeat 30]

The corpus is generated once at the largest size (its first N articles are the N-article corpus) and
extracted once (kept in ``WORK/extractions.jsonl``, FalkorDB's search words in ``WORK/words.jsonl``),
so only the loading is measured: every slice of 1,000 articles goes through the loader as one
``ruralkg ingest`` run sends it (batches of 100, the retraction check, the post and count refresh).
For each engine, into an empty graph:

* **store CPU per article**: the server process's own CPU time (``/proc/PID/stat``) over each slice of
  1,000 articles, so the first and the last slice compare like with like;
* **queries at each size**: every saved query with parameters from the graph (the busiest township,
  county, village…), p50/p99 of ``--repeat`` calls after the first, then 8 clients at once;
* **the store's own bulk load**: the same rows of the first ``--bulk`` articles as plain ``UNWIND``
  batches of 5,000 with no provenance bookkeeping, and its CPU per article beside the loader's.

Every figure is printed with the 1-minute load average when it was taken. Nothing here is a test.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import multiprocessing
import os
import platform
import shutil
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import _examples, _own_fastest_load, _p, _params_for, _time_calls, shared_corpus  # noqa: E402

from ruralkg.graph.batch_writer import BatchWriter  # noqa: E402
from ruralkg.graph.ddl import drop_graph, ensure_schema  # noqa: E402
from ruralkg.graph.ingest_job import REFRESH_EVERY  # noqa: E402
from ruralkg.graph.loader import batches, graph_counts  # noqa: E402
from ruralkg.graph.queries import load_queries, run_saved  # noqa: E402
from ruralkg.graph.store import Store, open_store  # noqa: E402
from ruralkg.graph.timeline import PendingRefresh  # noqa: E402
from ruralkg.ingest.document import Extraction  # noqa: E402
from ruralkg.ingest.pipeline import extract_paths  # noqa: E402
from ruralkg.ingest.search_text import search_words  # noqa: E402
from ruralkg.settings import Settings  # noqa: E402

SLICE = 1000
TICKS = os.sysconf("SC_CLK_TCK")


def load_average() -> str:
    return f"load {os.getloadavg()[0]:.2f}"


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process, all its threads (fields 14 and 15 of /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def thread_cpu(pid: int) -> dict[str, tuple[float, float]]:
    """Each kind of thread's (user, system) CPU seconds, by the thread's name (the server's main
    thread, FalkorDB's query threads, the index's garbage collector …)."""
    out: dict[str, tuple[float, float]] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name, rest = task.joinpath("stat").read_text().rsplit(")", 1)
        except OSError:
            continue  # a thread that ended meanwhile
        fields = rest.split()
        kind = name.split("(", 1)[1].rstrip("0123456789-_ ")
        u, s = out.get(kind, (0.0, 0.0))
        out[kind] = (u + int(fields[11]) / TICKS, s + int(fields[12]) / TICKS)
    return out


def _thread_delta(before: dict[str, tuple[float, float]], after: dict[str, tuple[float, float]], n: int) -> str:
    """ms/article of user/system CPU by thread kind, the busiest first."""
    rows = []
    for kind, (u, s) in after.items():
        u0, s0 = before.get(kind, (0.0, 0.0))
        rows.append((kind, 1000 * (u - u0) / n, 1000 * (s - s0) / n))
    rows.sort(key=lambda r: -(r[1] + r[2]))
    return ", ".join(f"{k} {u:.1f}+{s:.1f}" for k, u, s in rows if u + s >= 0.05)


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def disk_mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def corpus_and_extractions(work: Path, n: int, seed: int) -> list[Extraction]:
    """The generated corpus of the largest size, extracted once (two processes) and kept as JSON lines;
    ``n`` articles of it."""
    corpus, cache = work / "corpus", work / "extractions.jsonl"
    marker = work / "corpus.json"
    wanted = {"n": n, "seed": seed}
    have = json.loads(marker.read_text()) if marker.exists() and cache.exists() else {}
    # a larger corpus of the same seed will do: its first n articles are this corpus
    if not (have.get("seed") == seed and have.get("n", 0) >= n):
        shutil.rmtree(corpus, ignore_errors=True)
        shared_corpus(n, corpus, seed)
        t0 = time.perf_counter()
        with cache.open("w", encoding="utf-8") as out:
            for o in extract_paths([corpus], workers=None):
                if o.extraction is not None:
                    out.write(o.extraction.model_dump_json() + "\n")
        print(f"extracted {n:,} articles in {time.perf_counter() - t0:.0f} s ({load_average()})", flush=True)
        marker.write_text(json.dumps(wanted))
    with cache.open(encoding="utf-8") as f:
        docs = [Extraction.model_validate_json(line) for line in itertools.islice(f, wanted["n"])]
    _attach_words(work, docs)
    return docs


def _words_of(text: str) -> str:
    return search_words(text or "")


def _attach_words(work: Path, docs: list[Extraction]) -> None:
    """FalkorDB's search words, cut once (ingest cuts them in its extraction workers, not the loader)."""
    cache = work / "words.jsonl"
    if not (cache.exists() and sum(1 for _ in cache.open(encoding="utf-8")) == len(docs)):
        with ProcessPoolExecutor(max_workers=os.cpu_count(), mp_context=multiprocessing.get_context("fork")) as pool, \
                cache.open("w", encoding="utf-8") as out:
            for words in pool.map(_words_of, [d.article.text for d in docs], chunksize=200):
                out.write(json.dumps(words, ensure_ascii=False) + "\n")
    with cache.open(encoding="utf-8") as f:
        for doc, line in zip(docs, f, strict=True):
            doc.article.search_words = json.loads(line)


class Engine:
    """A private server of one engine with its data under WORK: start, pid, data folder, stop."""

    def __init__(self, name: str, work: Path, port: int):
        self.name, self.data = name, work / f"data-{name}"
        self.settings = Settings(data_dir=self.data, falkor_port=port, graph_name="cost", neo4j_uri="",
                                 query_timeout_ms=10_000)
        self.server = None

    def start(self) -> Store:
        if self.name == "falkordb":
            from ruralkg.graph.embedded import EmbeddedFalkor

            self.server = EmbeddedFalkor(self.settings)
            self.server.start()
            return open_store(self.settings)
        from ruralkg.graph.neo4j_local import LocalNeo4j

        self.settings = Settings(data_dir=self.data, neo4j_bolt_port=self.settings.falkor_port + 1,
                                 neo4j_http_port=self.settings.falkor_port + 2, query_timeout_ms=10_000)
        self.server = LocalNeo4j(self.settings)
        status = self.server.start()
        self.settings = Settings(data_dir=self.data, neo4j_uri=status.bolt_uri, neo4j_bolt_port=self.settings.neo4j_bolt_port,
                                 neo4j_http_port=self.settings.neo4j_http_port, query_timeout_ms=10_000)
        return open_store(self.settings)

    def pid(self) -> int:
        return int(self.server.status().pid)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()


def _by_id(store: Store, q, raw: dict) -> dict:
    """Entity parameters as ids: in a generated corpus many bodies share a name (each village has its
    党支部), and a name that several entities have is refused as ambiguous."""
    out = dict(raw)
    for p in q.params:
        if p.name == "ref" and p.required:
            out["ref"] = store.read("MATCH (v:Village)-[:LOCATED_IN]->(:Township) RETURN v.id AS id LIMIT 1")[0]["id"]
        if p.type == "entity" and out.get(p.name):
            rows = store.read("MATCH (n:Entity) WHERE n.id = $v OR n.name = $v RETURN n.id AS id "
                              "ORDER BY n.article_count DESC LIMIT 1", {"v": out[p.name]})
            if rows:
                out[p.name] = rows[0]["id"]
    return out


def query_figures(store: Store, repeat: int) -> list[tuple[str, float, float, str]]:
    """(query, p50 ms, p99 ms, load average) of every saved query, then 8 clients over all of them."""
    ex = _examples(store)
    rows = []
    calls = []
    for q in load_queries().values():
        raw = _by_id(store, q, _params_for(q, ex, store))
        try:
            times = _time_calls(lambda q=q, raw=raw: run_saved(store, q, raw), repeat)[1:]
        except Exception as exc:  # noqa: BLE001 - one query's failure is a figure, not the end of the run
            print(f"{q.name}: {type(exc).__name__}: {exc}", flush=True)
            continue
        rows.append((q.name, _p(times, 50), _p(times, 99), load_average()))
        calls.append((q, raw))
    together: list[float] = []
    lock = threading.Lock()

    def client(offset: int) -> None:
        for i in range(len(calls) * 3):
            q, raw = calls[(i + offset) % len(calls)]
            t0 = time.perf_counter()
            run_saved(store, q, raw)
            with lock:
                together.append(time.perf_counter() - t0)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    rows.append((f"8 clients ({len(together) / wall:.0f} queries/s)", _p(together, 50), _p(together, 99), load_average()))
    return rows


def _raise_failed(done: list) -> None:
    """A benchmark stops at the first batch the store did not take."""
    for _, result in done:
        if isinstance(result, Exception):
            raise result
        if result.refused:
            raise RuntimeError(f"the store refused {len(result.refused)} articles: {next(iter(result.refused.values()))}")


def run_engine(name: str, docs: list[Extraction], sizes: list[int], args) -> dict:
    engine = Engine(name, args.work, args.port)
    shutil.rmtree(engine.data, ignore_errors=True)
    store = engine.start()
    out: dict = {"engine": name, "slices": [], "sizes": {}}
    try:
        drop_graph(store)
        ensure_schema(store)
        pid = engine.pid()
        loaded = 0
        for size in sizes:
            while loaded < size:
                chunk = docs[loaded:min(size, loaded + SLICE)]
                cpu0, t0, threads0 = cpu_seconds(pid), time.perf_counter(), thread_cpu(pid)
                stale = PendingRefresh()  # as one ingest run of the slice: the retraction check, the refresh
                writer: BatchWriter[int] = BatchWriter(store, stale, prelude_for=lambda ds: None)  # as run_ingest
                refresh_cpu = 0.0
                for n, batch in enumerate(batches(chunk, 100), 1):
                    _raise_failed(writer.submit(batch, n))
                    if n % REFRESH_EVERY == 0 or n * 100 >= len(chunk):
                        _raise_failed(writer.finish())
                        r0 = cpu_seconds(pid)
                        stale.flush(store)
                        refresh_cpu += cpu_seconds(pid) - r0
                _raise_failed(writer.close())
                wall, cpu = time.perf_counter() - t0, cpu_seconds(pid) - cpu0
                threads = _thread_delta(threads0, thread_cpu(pid), len(chunk))
                loaded += len(chunk)
                out["slices"].append({"to": loaded, "store_cpu_ms": 1000 * cpu / len(chunk),
                                      "refresh_cpu_ms": 1000 * refresh_cpu / len(chunk),
                                      "articles_per_s": len(chunk) / wall, "load": os.getloadavg()[0],
                                      "threads": threads})
                print(f"{name} {loaded:>6,}: store CPU {1000 * cpu / len(chunk):.1f} ms/article "
                      f"({1000 * refresh_cpu / len(chunk):.1f} of it refreshing terms and counts), "
                      f"{len(chunk) / wall:.0f} articles/s ({load_average()}); by thread, user+system ms: {threads}",
                      flush=True)
            counts = graph_counts(store)
            out["sizes"][size] = {"graph": counts, "rss_mib": rss_mib(pid), "disk_mib": disk_mib(engine.data),
                                  "queries": query_figures(store, args.repeat)}
            figures = out["sizes"][size]["queries"]
            slowest = sorted(figures[:-1], key=lambda r: -r[2])[:5]
            print(f"{name} at {size:,}: slowest sequential p99 "
                  + ", ".join(f"{r[0]} {r[2]:.0f} ms" for r in slowest)
                  + f"; {figures[-1][0]} p99 {figures[-1][2]:.0f} ms", flush=True)
        if args.keep:
            return out  # the graph stays in WORK/data-ENGINE (the stop compacts its log); no bulk load
        bulk = docs[:args.bulk]
        drop_graph(store)
        ensure_schema(store)
        cpu0 = cpu_seconds(pid)
        own_s = _own_fastest_load(store, bulk)
        own_cpu = cpu_seconds(pid) - cpu0
        out["bulk"] = {"articles": len(bulk), "seconds": own_s, "store_cpu_ms": 1000 * own_cpu / len(bulk),
                       "load": os.getloadavg()[0]}
        drop_graph(store)
    finally:
        store.close()
        engine.stop()
    return out


def report(results: list[dict], sizes: list[int]) -> None:
    print(f"\nmachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; {date.today()}")
    print("\n| engine | articles | store CPU ms/article (slice ending there) | of it: refresh | articles/s | load avg |"
          "\n|---|---|---|---|---|---|")
    for r in results:
        for s in r["slices"]:
            if s["to"] in sizes or s["to"] == SLICE or s["to"] % 10_000 == 0:
                print(f"| {r['engine']} | {s['to']:,} | {s['store_cpu_ms']:.1f} | {s.get('refresh_cpu_ms', 0):.1f} | "
                      f"{s['articles_per_s']:.0f} | {s['load']:.2f} |")
        first, last = r["slices"][0], r["slices"][-1]
        print(f"| {r['engine']} | last / first slice | {last['store_cpu_ms'] / first['store_cpu_ms']:.2f}x | | |")
    for r in (r for r in results if "bulk" in r):
        b = r["bulk"]
        loader = next(s for s in r["slices"] if s["to"] >= b["articles"])
        print(f"\n{r['engine']}: the store's own UNWIND load of {b['articles']:,} articles: {b['store_cpu_ms']:.1f} ms "
              f"store CPU/article ({b['seconds']:.1f} s, load {b['load']:.2f}); the loader's slice to "
              f"{loader['to']:,}: {loader['store_cpu_ms']:.1f} ms ({loader['store_cpu_ms'] / b['store_cpu_ms']:.1f}x)")
        for size, fig in r["sizes"].items():
            print(f"{r['engine']} at {size:,}: {fig['graph']['nodes']:,} nodes, {fig['graph']['relations']:,} relations; "
                  f"store memory {fig['rss_mib']:.0f} MiB, disk {fig['disk_mib']:.0f} MiB")
    header = " | ".join(f"{r['engine']} {s:,} p50 / p99 ms (load)" for r in results for s in sizes)
    print(f"\n| query | {header} |\n|---|" + "---|" * (len(results) * len(sizes)))
    names = [q[0] for q in results[0]["sizes"][sizes[0]]["queries"]]
    for i, name in enumerate(names):
        cells = []
        for r in results:
            for s in sizes:
                q = r["sizes"][s]["queries"][i]
                cells.append(f"{q[1]:.1f} / {q[2]:.1f} ({q[3][5:]})")
        print(f"| {name.split(' (')[0]} | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    ap.add_argument("--engines", nargs="+", default=["falkordb", "neo4j"], choices=["falkordb", "neo4j"])
    ap.add_argument("--work", type=Path, default=Path("/tmp/ruralkg-cost"))
    ap.add_argument("--port", type=int, default=6431)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--bulk", type=int, default=10_000, help="articles in the store's own bulk load")
    ap.add_argument("--keep", action="store_true",
                    help="keep the largest graph in WORK/data-ENGINE (no bulk load) to look into it after")
    args = ap.parse_args()
    sizes = sorted(args.sizes)
    args.work.mkdir(parents=True, exist_ok=True)
    docs = corpus_and_extractions(args.work, sizes[-1], args.seed)
    # the 50,000 extractions held here are millions of objects that the collector's full passes walk:
    # they stalled every client thread for seconds (8 clients' p99 7.7 s at 10,000). An API process
    # holds no corpus, so the benchmark leaves them out of collection.
    gc.freeze()
    results = [run_engine(name, docs, sizes, args) for name in args.engines]
    (args.work / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    report(results, sizes)


if __name__ == "__main__":
    main()
