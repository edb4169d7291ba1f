"""The store and the loader, against the real FalkorDB and Neo4j servers the project starts."""

from __future__ import annotations

import json
import socket

import pytest

from tests.conftest import CORPUS, cli, settings_of


def counts(env) -> dict:
    proc = cli(env, "ingest", str(CORPUS))
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_ingest_loads_every_sample_article(ingested, store):
    summary = json.loads(ingested["RURALKG_INGEST_OUTPUT"].strip().splitlines()[-1])
    assert summary["loaded"] == len(list(CORPUS.glob("*.txt")))
    assert summary["refused"] == summary["failed"] == 0
    assert summary["graph_nodes"] > 100 and summary["graph_relations"] > 100
    rows = store.read("MATCH (a:Article)-[:MENTIONS]->(n:Entity {name: $n}) RETURN count(a) AS c", {"n": "张炉集镇"})
    assert rows[0]["c"] >= 1


def test_reingest_changes_nothing(ingested):
    first = json.loads(ingested["RURALKG_INGEST_OUTPUT"].strip().splitlines()[-1])
    again = counts(ingested)
    for key in ("graph_articles", "graph_nodes", "graph_relations"):
        assert again[key] == first[key], key


def test_every_relation_has_evidence(store):
    rows = store.read("MATCH (:Entity)-[r]->(:Entity) WHERE r.evidence_sentences IS NULL "
                      "OR size(r.evidence_sentences) = 0 RETURN count(r) AS c")
    assert rows[0]["c"] == 0


def test_same_village_in_two_articles_is_one_node(store, settings_for, tmp_path):
    from ruralkg.graph.loader import load_article
    from ruralkg.ingest.extraction.extractor import Extractor

    text_a = "东昌府区张炉集镇鸿雁湾村党支部领办了鸿雁种植专业合作社。"
    text_b = "近日，东昌府区张炉集镇鸿雁湾村新建了一座冷库。"
    for n, text in enumerate((text_a, text_b)):
        load_article(store, Extractor().extract_text(text, str(tmp_path / f"x{n}.txt")))
    rows = store.read("MATCH (v:Village {name: '鸿雁湾村'}) OPTIONAL MATCH (a:Article)-[:MENTIONS]->(v) "
                      "RETURN count(DISTINCT v) AS villages, count(DISTINCT a) AS articles")
    assert rows[0] == {"villages": 1, "articles": 2}


def test_a_failing_article_leaves_nothing_behind(store):
    """One statement per article: a store error in the middle keeps none of it."""
    from ruralkg.graph.loader import load_article
    from ruralkg.graph.store import QueryError
    from ruralkg.ingest.document import Extraction

    doc = Extraction.model_validate({
        "article": {"id": "atomicity-test"},
        "entities": [
            {"id": "e1", "type": "Township", "name": "原子镇", "key": "Township|atomic"},
            # a list of maps is not a valid property value: the store rejects it mid-statement
            {"id": "e2", "type": "Village", "name": "原子村", "key": "Village|atomic", "properties": {"bad": [{"a": 1}]}},
        ],
        "relations": [{"type": "LOCATED_IN", "source": "e2", "target": "e1", "evidence": [{"sentence": "原子镇原子村。"}]}],
    })
    with pytest.raises(QueryError):
        load_article(store, doc)
    rows = store.read("MATCH (n) WHERE n.id = 'atomicity-test' OR n.name IN ['原子镇', '原子村'] RETURN count(n) AS c")
    assert rows[0]["c"] == 0


def test_bad_files_are_named_and_do_not_stop_the_rest(ingested, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 10)
    (tmp_path / "gbk.txt").write_bytes("河北省高阳县邢家南镇斗洼村党支部领办了斗洼种植专业合作社。".encode("gb18030"))
    proc = cli(ingested, "ingest", str(tmp_path))
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["loaded"] == 1 and summary["refused"] == 2
    assert "empty.txt: the file is empty" in proc.stderr
    assert "binary.txt" in proc.stderr


def test_graph_survives_stop_start_and_kill(falkor_ingested, store_env):
    from ruralkg.graph.embedded import EmbeddedFalkor
    from ruralkg.graph.loader import graph_counts
    from ruralkg.graph.store import open_store

    settings = settings_of(store_env)
    store = open_store(settings)
    before = graph_counts(store)
    store.close()
    server = EmbeddedFalkor(settings)
    assert server.stop()
    assert not server.status().running
    server.start()
    store = open_store(settings)
    assert graph_counts(store) == before
    store.close()
    server.kill()
    server.start()
    store = open_store(settings)
    assert graph_counts(store) == before
    store.close()


def test_a_server_replaying_its_data_is_waited_for_not_called_hung(tmp_path):
    """A server whose log shows it started and not yet ready is loading (slow answers then are not a
    hang, and `start` waits for it); once the log says it is ready, or its process is gone, it is not."""
    import os

    from ruralkg.graph.embedded import EmbeddedFalkor

    env = {"RURALKG_DATA": str(tmp_path), "RURALKG_FALKOR_PORT": "1"}
    server = EmbeddedFalkor(settings_of({**os.environ, **env}))
    server.dir.mkdir(parents=True)
    server.pidfile.write_text(str(os.getpid()))  # a live process stands in for the server's
    old_run = "1:M 05 Dec 2026 10:00:00.000 * Server initialized\n1:M 05 Dec 2026 10:00:01.000 * Ready to accept connections tcp\n"
    server.logfile.write_text(old_run + "2:M 05 Dec 2026 11:00:00.000 * Server initialized\n"
                              "2:M 05 Dec 2026 11:00:00.100 * <module> Graph 'g' processed 112/112 edges\n")
    assert server.loading()
    mark = server.logfile.stat().st_size
    assert server.loading(log_from=mark)  # nothing logged since: not ready yet
    with server.logfile.open("a") as fh:
        fh.write("2:M 05 Dec 2026 11:00:30.000 * Ready to accept connections tcp\n")
    assert not server.loading()
    assert not server.loading(log_from=mark)
    server.pidfile.write_text("999999999")  # no such process
    server.logfile.write_text("3:M 05 Dec 2026 12:00:00.000 * Server initialized\n")
    assert not server.loading()


def test_taken_port_gives_a_clear_message(store_env, tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(1)
        env = dict(store_env, RURALKG_DATA=str(tmp_path), RURALKG_FALKOR_PORT=str(sock.getsockname()[1]))
        proc = cli(env, "store", "start", check=False)
    assert proc.returncode != 0
    assert "RURALKG_FALKOR_PORT" in proc.stderr and "in use" in proc.stderr


def test_same_village_name_under_two_townships_is_two_nodes(store, tmp_path):
    from ruralkg.graph.loader import load_article
    from ruralkg.ingest.extraction.extractor import Extractor

    for text in ("东昌府区张炉集镇鸿鹄庄村建成冷库。", "东昌府区斗虎屯镇鸿鹄庄村建成冷库。"):
        load_article(store, Extractor().extract_text(text, str(tmp_path / "x.txt")))
    rows = store.read("MATCH (v:Village {name: '鸿鹄庄村'})-[:LOCATED_IN]->(t:Township) "
                      "RETURN count(DISTINCT v) AS villages, collect(DISTINCT t.name) AS towns")
    assert rows[0]["villages"] == 2 and sorted(rows[0]["towns"]) == ["张炉集镇", "斗虎屯镇"]


def test_reads_are_read_only_and_time_limited(store):
    from ruralkg.graph.store import QueryError, QueryTimeout

    with pytest.raises(QueryError):
        store.read("CREATE (n:Entity {id: 'should-not-exist'})")
    assert store.read("MATCH (n {id: 'should-not-exist'}) RETURN count(n) AS c")[0]["c"] == 0
    with pytest.raises(QueryTimeout):
        store.read("UNWIND range(1, 50000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c", timeout_ms=1)


def test_the_embedded_store_is_closed_to_other_local_users(falkor_ingested, store_env):
    import stat
    from pathlib import Path

    import redis

    data = Path(store_env["RURALKG_DATA"])
    port = int(store_env["RURALKG_FALKOR_PORT"])
    with pytest.raises(redis.AuthenticationError):
        redis.Redis(host="127.0.0.1", port=port, socket_timeout=2).ping()
    assert stat.S_IMODE((data / "falkordb").stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "falkordb" / "password").stat().st_mode) == 0o600
    for f in (data / "falkordb").rglob("*"):
        if f.is_file():
            assert stat.S_IMODE(f.stat().st_mode) & 0o077 == 0, f
    password = (data / "falkordb" / "password").read_text().strip()
    assert redis.Redis(host="127.0.0.1", port=port, password=password, socket_timeout=2).ping()
    assert password not in Path(f"/proc/{(data / 'falkordb' / 'redis.pid').read_text().strip()}/cmdline").read_text()
