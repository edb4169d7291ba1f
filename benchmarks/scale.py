"""The scale benchmark: ingest, re-ingest, loading, every saved query and every API route at N articles.

    python benchmarks/scale.py [--articles 10000] [--small 1000] [--work /tmp/ruralkg-scale] [--generator shared|own]

Generates the corpus (by default ``../shared/perf/make_corpus.py``, realistic articles of ~2,000
characters with facts repeated across articles; ``--generator own`` is ``generate_corpus.py``), starts
a private embedded store and API, and prints one table of figures with the ratios the scale issue
asks for. ``store_cost.py`` measures the store's cost per article and the queries on both engines at
several sizes. Nothing here is a test: it prints.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
SHARED_GENERATOR = ROOT.parent / "shared" / "perf" / "make_corpus.py"
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate_corpus import generate  # noqa: E402

from ruralkg.graph.loader import article_rows, batches, load_articles  # noqa: E402
from ruralkg.graph.model import ENTITY_LABELS, RELATION_TYPES, labels_for  # noqa: E402
from ruralkg.graph.queries import load_queries, run_saved  # noqa: E402
from ruralkg.graph.store import open_store  # noqa: E402
from ruralkg.ingest.pipeline import extract_paths  # noqa: E402
from ruralkg.settings import Settings  # noqa: E402


def shared_corpus(n: int, out: Path, seed: int = 7) -> None:
    """``../shared/perf/make_corpus.py``'s corpus of ``n`` articles (gold of seeds and dev) in ``out``."""
    shared = SHARED_GENERATOR.parent.parent
    subprocess.run([sys.executable, str(SHARED_GENERATOR), "--corpus", str(shared / "corpus"),
                    "--gold", str(shared / "gold" / "seeds"), "--gold", str(shared / "gold" / "dev"),
                    "--n", str(n), "--seed", str(seed), "--out", str(out)], check=True, stdout=subprocess.DEVNULL)


def _env(work: Path, port: int, graph: str = "ruralkg") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    env.update(RURALKG_DATA=str(work / "data"), RURALKG_FALKOR_PORT=str(port), RURALKG_GRAPH=graph)
    return env


def _cli(env: dict[str, str], *args: str) -> tuple[float, int, str]:
    """Wall seconds, peak memory (KiB, the process and its workers) and stdout of one ruralkg command."""
    t0 = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "ruralkg.cli", *args], env=env,
                          capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"ruralkg {' '.join(args)} failed:\n{proc.stderr[-2000:]}")
    peak = int(proc.stderr.strip().splitlines()[-1])
    return wall, peak, proc.stdout


def _settings(env: dict[str, str]) -> Settings:
    return Settings(data_dir=Path(env["RURALKG_DATA"]), falkor_port=int(env["RURALKG_FALKOR_PORT"]),
                    graph_name=env["RURALKG_GRAPH"], neo4j_uri="", query_timeout_ms=10_000)


def _own_fastest_load(store, docs) -> float:
    """The same rows as plain UNWIND batches of 5,000, no provenance bookkeeping: the store's own speed."""
    ents: dict[str, list] = {label: [] for label in ENTITY_LABELS}
    rels: dict[str, list] = {t: [] for t in RELATION_TYPES}
    mentions = []
    arts = []
    evidence = []
    for doc in docs:
        props, rows, rel_rows, _ = article_rows(doc, store.engine == "falkordb")
        arts.append({"id": doc.article.id, "props": props})
        for label, items in rows.items():
            ents[label].extend(items)
            mentions.extend({"a": doc.article.id, "n": r["id"], "count": r["count"]} for r in items)
        for t, items in rel_rows.items():
            rels[t].extend(items)
            evidence.extend(e for r in items for e in r["evidence"])
    t0 = time.perf_counter()
    for chunk in batches(arts, 5000):
        store.write("UNWIND $rows AS r MERGE (a:Article {id: r.id}) SET a += r.props", {"rows": chunk})
    for label, items in ents.items():
        for chunk in batches(items, 5000):
            store.write(f"UNWIND $rows AS r MERGE (n:{labels_for(label)} {{id: r.id}}) SET n.name = r.name, "
                        "n += r.props", {"rows": chunk})
    for chunk in batches(mentions, 5000):
        store.write("UNWIND $rows AS r MATCH (a:Article {id: r.a}) MATCH (n:Entity {id: r.n}) "
                    "MERGE (a)-[m:MENTIONS]->(n) SET m.count = r.count", {"rows": chunk})
    for t, items in rels.items():
        for chunk in batches(items, 5000):
            store.write(f"UNWIND $rows AS r MATCH (s:Entity {{id: r.source}}) MATCH (x:Entity {{id: r.target}}) "
                        f"MERGE (s)-[e:{t} {{id: r.id}}]->(x) SET e += r.props, "
                        "e.evidence_count = size(r.evidence)", {"rows": chunk})
    for chunk in batches(evidence, 5000):
        store.write("UNWIND $rows AS r CREATE (v:Evidence) SET v = r", {"rows": chunk})
    return time.perf_counter() - t0


def _examples(store) -> dict[str, str]:
    """Parameters for the saved queries, taken from the graph: the busiest entity of each kind."""
    def top(cypher: str) -> str:
        rows = store.read(cypher, timeout_ms=60_000)
        return rows[0]["name"] if rows else ""

    busiest = "MATCH (a:Article)-[:MENTIONS]->(n:{label}) WITH n, count(a) AS c ORDER BY c DESC LIMIT 1 RETURN n.name AS name"
    town = store.read("MATCH (t:Township)<-[:LOCATED_IN]-(v:Village) WITH t, count(v) AS c ORDER BY c DESC LIMIT 2 "
                      "RETURN t.name AS name", timeout_ms=60_000)
    county = store.read("MATCH (t:County)<-[:LOCATED_IN]-(v:Township) WITH t, count(v) AS c ORDER BY c DESC LIMIT 2 "
                        "RETURN t.name AS name", timeout_ms=60_000)
    village = store.read("MATCH (v:Village)-[:LOCATED_IN]->(:Township) RETURN v.id AS id LIMIT 2", timeout_ms=60_000)
    return {
        "branch": top("MATCH (b:Branch)-[:LEADS]->() WITH b, count(*) AS c ORDER BY c DESC LIMIT 1 RETURN b.name AS name"),
        "body": top("MATCH ()-[:LEADS]->(b) WITH b, count(*) AS c ORDER BY c DESC LIMIT 1 RETURN b.name AS name"),
        "place": town[0]["name"], "target": town[0]["name"], "source": top(busiest.format(label="Organization")),
        "person": top(busiest.format(label="Official")), "programme": top(busiest.format(label="Programme")),
        "q": town[0]["name"][:2], "names": json.dumps([r["name"] for r in town], ensure_ascii=False),
        "county_names": json.dumps([r["name"] for r in county], ensure_ascii=False),
        "id": village[0]["id"], "a": village[0]["id"], "b": village[1]["id"],
    }


def _params_for(q, ex: dict[str, str], store) -> dict[str, str]:
    raw = {}
    for p in q.params:
        if p.name == "names":
            raw[p.name] = ex["county_names"] if "count" in q.name else ex["names"]
        elif p.name == "id" and q.name == "article_by_id":
            raw[p.name] = store.read("MATCH (a:Article) RETURN a.id AS id LIMIT 1")[0]["id"]
        elif p.name == "id" and q.name == "relation_evidence":
            raw[p.name] = store.read("MATCH (:Village)-[r:LOCATED_IN]->() RETURN r.id AS id LIMIT 1")[0]["id"]
        elif p.name in ex and p.required:
            raw[p.name] = ex[p.name]
    return raw


def _p(values: list[float], pct: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(pct / 100 * (len(values) - 1))))] * 1000


def _time_calls(fn, n: int) -> list[float]:
    """Seconds per call, the first call first and then ``n`` more; a call the store stopped at its time
    limit counts as that limit. The first call of a cached query computes its answer (graph/answers.py)."""
    from ruralkg.graph.store import QueryTimeout

    out = []
    for _ in range(n + 1):
        t0 = time.perf_counter()
        try:
            fn()
        except QueryTimeout:
            out.append(10.0)
            continue
        out.append(time.perf_counter() - t0)
    return out


def _say(figures: list[tuple[str, str]], work: Path) -> None:
    """Print the newest figure now and keep all of them, so a run that stops still shows them."""
    print(f"| {figures[-1][0]} | {figures[-1][1]} |", flush=True)
    (work / "figures.json").write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")


def _routes(ex: dict[str, str], queries) -> list[str]:
    routes = ["/health", f"/entities?q={quote(ex['q'])}", f"/entities?q={quote(ex['q'])}&type=Village",
              f"/entities/{ex['id']}", f"/entities/{ex['id']}/graph?depth=1", f"/entities/{ex['id']}/graph?depth=2",
              f"/branches/{quote(ex['branch'])}/cooperatives", "/queries",
              "/compare/townships?" + "&".join(f"names={quote(n)}" for n in json.loads(ex["names"])),
              "/compare/counties?" + "&".join(f"names={quote(n)}" for n in json.loads(ex["county_names"])),
              "/browser/style.grass", f"/entities/{ex['id']}/timeline",
              f"/bodies/{quote(ex['branch'])}/posts", f"/bodies/{quote(ex['branch'])}/posts?as_of=2023-01-01",
              # the year ranges of issue 20: comparisons, the graph view, text search, the entity pager's count
              "/compare/townships?from_year=2023&to_year=2023&" + "&".join(f"names={quote(n)}" for n in json.loads(ex["names"])),
              "/compare/counties?from_year=2020&" + "&".join(f"names={quote(n)}" for n in json.loads(ex["county_names"])),
              f"/entities/{ex['id']}/graph?depth=2&from_year=2023", f"/search/text?q={quote('集体经济')}&from_year=2023",
              f"/entities?q={quote(ex['q'])}&skip=20&limit=20"]
    return routes


def _ingest_phase(args, env, corpus: Path, small: Path, fig: list) -> None:
    """Ingest, re-ingest, memory, loader against the store's own speed, restart."""
    # ingest, small then large, each into an empty graph
    # --no-reprints: the generated articles are renamed copies of a few samples, near-duplicates by construction
    wall_s, peak_s, _ = _cli(_env(args.work, args.port, "small"), "ingest", str(small), "--no-reprints")
    wall, peak, out = _cli(env, "ingest", str(corpus), "--no-reprints")
    summary = json.loads(out.strip().splitlines()[-1])
    again, _, _ = _cli(env, "ingest", str(corpus), "--no-reprints")
    fig += [
        ("articles", f"{args.articles:,}"),
        ("graph", f"{summary['graph_nodes']:,} nodes, {summary['graph_relations']:,} relations"),
        ("ingest (extract + load)", f"{wall:.0f} s, {args.articles / wall:.1f} articles/s"),
        ("re-ingest, unchanged", f"{again:.1f} s, {wall / again:.0f}x faster than the first ingest"),
        (f"ingest peak memory, {args.small:,} vs {args.articles:,}",
         f"{peak_s / 1024:.0f} MiB vs {peak / 1024:.0f} MiB ({(peak - peak_s) / peak_s:+.0%})"),
    ]
    # loading alone, and the store's own fastest load of the same rows
    docs = [o.extraction for o in extract_paths([corpus], workers=None) if o.extraction is not None]
    load_store = open_store(_settings(_env(args.work, args.port, "loader")))
    from ruralkg.graph.ddl import ensure_schema

    ensure_schema(load_store)
    t0 = time.perf_counter()
    for chunk in batches(docs, 100):
        load_articles(load_store, chunk)
    loader_s = time.perf_counter() - t0
    own_store = open_store(_settings(_env(args.work, args.port, "own")))
    ensure_schema(own_store)
    own_s = _own_fastest_load(own_store, docs)
    fig.append((f"loader vs the store's own UNWIND batches ({len(docs):,} articles)",
                f"{loader_s:.1f} s vs {own_s:.1f} s: {own_s / loader_s:.2f} of the store's speed"))
    # restart
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ruralkg.cli", "store", "stop"], env=env, check=True, cwd=ROOT,
                   capture_output=True)
    t1 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ruralkg.cli", "store", "start"], env=env, check=True, cwd=ROOT,
                   capture_output=True)
    fig.append(("store restart with every graph of the run (stop compacts the log, then start)",
                f"stop {t1 - t0:.1f} s, start {time.perf_counter() - t1:.1f} s"))
    for n in range(len(fig)):
        _say(fig[: n + 1], args.work)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--small", type=int, default=1_000, help="the smaller run, for memory against corpus size")
    ap.add_argument("--work", type=Path, default=Path("/tmp/ruralkg-scale"))
    ap.add_argument("--port", type=int, default=6421)
    ap.add_argument("--repeat", type=int, default=30, help="calls per query and route")
    ap.add_argument("--queries-only", action="store_true", help="reuse the graph of an earlier run in --work")
    ap.add_argument("--generator", choices=["shared", "own"], default="shared" if SHARED_GENERATOR.exists() else "own")
    args = ap.parse_args()
    corpus = args.work / "corpus"
    small = args.work / "small"
    env = _env(args.work, args.port)
    fig: list[tuple[str, str]] = []
    if not args.queries_only:
        shutil.rmtree(args.work, ignore_errors=True)
        if args.generator == "shared":
            shared_corpus(args.articles, corpus)
        else:
            generate(args.articles, corpus)
        small.mkdir(parents=True)
        for path in sorted(corpus.iterdir())[: args.small]:
            shutil.copy(path, small / path.name)
    else:
        fig = [tuple(f) for f in json.loads((args.work / "figures.json").read_text(encoding="utf-8"))
               if not f[0].startswith(("saved queries", "sequential:", "8 concurrent"))]
    subprocess.run([sys.executable, "-m", "ruralkg.cli", "store", "start"], env=env, check=True, cwd=ROOT,
                   capture_output=True)
    try:
        if not args.queries_only:
            _ingest_phase(args, env, corpus, small, fig)
        store = open_store(_settings(env))
        ex = _examples(store)
        queries = load_queries()
        rows = []
        for q in queries.values():
            raw = _params_for(q, ex, store)
            times = _time_calls(lambda q=q, raw=raw: run_saved(store, q, raw), args.repeat)
            rows.append((f"query {q.name}", times))
        api = subprocess.Popen([sys.executable, "-m", "ruralkg.cli", "serve", "--port", str(args.port + 1)],
                               env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{args.port + 1}"
        try:
            for _ in range(200):
                try:
                    if httpx.get(base + "/health", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.2)
            routes = _routes(ex, queries) + [f"/queries/{q.name}" + ("?" + "&".join(
                f"{k}={quote(v)}" for k, v in _params_for(q, ex, store).items()) if q.params else "")
                for q in queries.values() if all(p.type != "list<string>" for p in q.params)]
            statuses: dict[str, int] = {}
            with httpx.Client(base_url=base, timeout=30) as client:
                for route in routes:
                    def call(route=route):
                        statuses[route] = client.get(route).status_code
                    rows.append((f"GET {route}", _time_calls(call, args.repeat)))
                concurrent: list[float] = []
                lock = threading.Lock()

                def worker(offset: int) -> None:
                    with httpx.Client(base_url=base, timeout=30) as c:
                        for i in range(len(routes) * 3):
                            route = routes[(i + offset) % len(routes)]
                            t0 = time.perf_counter()
                            code = c.get(route).status_code
                            with lock:
                                concurrent.append(time.perf_counter() - t0)
                                statuses[route] = max(statuses.get(route, 0), code)
                threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
        finally:
            api.terminate()
        slow = [(name, _p(t[1:], 50), _p(t[1:], 99), t[0] * 1000) for name, t in rows]
        errors = {r: s for r, s in statuses.items() if s >= 500}
        fig.append(("saved queries and routes, sequential: worst p99",
                    f"{max(s[2] for s in slow):.0f} ms ({max(slow, key=lambda s: s[2])[0]})"))
        fig.append(("sequential: slowest first call (a cached answer is computed then)",
                    f"{max(s[3] for s in slow):.0f} ms ({max(slow, key=lambda s: s[3])[0]})"))
        fig.append(("8 concurrent clients: p99 over every route", f"{_p(concurrent, 99):.0f} ms, "
                    f"{len(concurrent)} requests, {len(errors)} routes with 5xx"))
    finally:
        subprocess.run([sys.executable, "-m", "ruralkg.cli", "store", "stop"], env=env, cwd=ROOT, capture_output=True)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; {date.today()}")
    print("| figure | value |\n|---|---|")
    for name, value in fig:
        print(f"| {name} | {value} |")
    print("\n| query or route | p50 ms | p99 ms | first call ms |\n|---|---|---|---|")
    for name, p50, p99, first in slow:
        print(f"| {name} | {p50:.1f} | {p99:.1f} | {first:.1f} |")
    if errors:
        print("\nserver errors:", errors)


if __name__ == "__main__":
    main()
