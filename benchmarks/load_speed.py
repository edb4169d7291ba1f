"""Loading speed into the embedded FalkorDB: articles, nodes and relations per second.

    python benchmarks/load_speed.py [--articles 2000]

Extracts the sample corpus once, then loads it N times as distinct articles (ids and entity keys
suffixed per copy) into a private store on a free port, and prints the rates and a point lookup.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2000)
    args = ap.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    os.environ.update(RURALKG_DATA=tempfile.mkdtemp(), RURALKG_FALKOR_PORT=str(port))
    os.environ.pop("NEO4J_URI", None)

    from ruralkg.graph.ddl import ensure_schema
    from ruralkg.graph.embedded import EmbeddedFalkor
    from ruralkg.graph.loader import graph_counts, load_article
    from ruralkg.graph.store import open_store
    from ruralkg.ingest.pipeline import extract_paths
    from ruralkg.settings import DEFAULT_CORPUS, get_settings

    docs = [o.extraction for o in extract_paths([Path(DEFAULT_CORPUS)]) if o.extraction]
    server = EmbeddedFalkor(get_settings())
    server.start()
    store = open_store(get_settings())
    ensure_schema(store)
    copies = []
    for i in range(args.articles):
        doc = docs[i % len(docs)].model_copy(deep=True)
        doc.article.id = f"{doc.article.id}-{i}"
        for e in doc.entities:
            e.key = f"{e.key}#{i // len(docs)}"
        copies.append(doc)
    t0 = time.perf_counter()
    for doc in copies:
        load_article(store, doc)
    took = time.perf_counter() - t0
    counts = graph_counts(store)
    ids = [r["id"] for r in store.read("MATCH (n:Entity) RETURN n.id AS id LIMIT 500")]
    lat = []
    for node_id in ids:
        t = time.perf_counter()
        store.read("MATCH (n:Entity {id: $id}) RETURN n.name", {"id": node_id})
        lat.append((time.perf_counter() - t) * 1000)
    print(f"loaded {len(copies)} articles in {took:.1f} s: {len(copies) / took:.0f} articles/s")
    print(f"graph: {counts['nodes']} nodes ({counts['nodes'] / took:.0f}/s), "
          f"{counts['relations']} relations ({counts['relations'] / took:.0f}/s)")
    print(f"point lookup by id: p50 {statistics.median(lat):.2f} ms, p99 {sorted(lat)[int(len(lat) * 0.99) - 1]:.2f} ms")
    store.close()
    server.stop()


if __name__ == "__main__":
    main()
