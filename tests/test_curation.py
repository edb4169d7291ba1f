"""Curation (graph/curation/): decisions survive re-ingest and removal, undo is exact, stale decisions
are reported — on both engines, against the stores the suite starts with the sample corpus loaded.

Every test leaves the store as it found it (its decisions undone, its articles loaded back)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CORPUS, cli, settings_of


def _store(env):
    from ruralkg.graph.store import open_store

    return open_store(settings_of(env))


def canonical_names_text(props: dict) -> None:
    """``names_text`` is the name, then the aliases in load order: compared with the aliases sorted."""
    if isinstance(props.get("names_text"), str):
        name, *aliases = props["names_text"].split("|")
        props["names_text"] = "|".join([name, *sorted(aliases)])


def dump(env) -> list[str]:
    """The whole graph, node for node and relation for relation, with every property. Two things are load
    artefacts, not content, and are left out or ordered: an article's load stamp (``seq``) and the order
    of list properties (evidence appended in load order)."""
    def canon(props: dict) -> str:
        p = {k: sorted(map(str, v)) if isinstance(v, list) else v for k, v in props.items() if k != "seq"}
        canonical_names_text(p)
        return json.dumps(p, sort_keys=True, ensure_ascii=False)

    s = _store(env)
    try:
        nodes = s.read("MATCH (n) RETURN labels(n) AS l, properties(n) AS p", timeout_ms=120_000)
        rels = s.read("MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS s, b.id AS d, properties(r) AS p",
                      timeout_ms=120_000)
    finally:
        s.close()
    return sorted([json.dumps([sorted(n["l"]), canon(n["p"])], ensure_ascii=False) for n in nodes]
                  + [json.dumps([r["t"], r["s"], r["d"], canon(r["p"])], ensure_ascii=False) for r in rels])


def read(env, cypher: str, **params) -> list[dict]:
    s = _store(env)
    try:
        return s.read(cypher, params)
    finally:
        s.close()


def curate(env, *args: str, check: bool = True):
    proc = cli(env, "curate", *args, check=check)
    return json.loads(proc.stdout) if check and proc.stdout.strip() else proc


def single_article_townships(env, n: int) -> list[dict]:
    """Townships each named by one article, from ``n`` different articles."""
    rows = read(env, "MATCH (a:Article)-[:MENTIONS]->(t:Township) WITH t, collect(a) AS arts WHERE size(arts) = 1 "
                     "RETURN t.key AS key, t.id AS id, t.name AS name, arts[0].id AS article, arts[0].path AS path "
                     "ORDER BY key")
    out, seen = [], set()
    for r in rows:
        if r["article"] not in seen:
            seen.add(r["article"])
            out.append(r)
    return out[:n]


def modified_copy(tmp_path: Path, rows: list[dict]) -> Path:
    """The rows' articles copied into a folder also named corpus (so they keep their identity), each
    with a line added: an edited version that replaces the loaded one."""
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    for r in rows:
        name = Path(r["path"]).name
        (folder / name).write_text((CORPUS / name).read_text(encoding="utf-8") + "\n（本文有修订）\n", encoding="utf-8")
    return folder


def restore(env, rows: list[dict]) -> None:
    cli(env, "ingest", *[str(CORPUS / Path(r["path"]).name) for r in rows])


def test_a_merge_survives_reingest_of_both_articles_and_removal_of_one(ingested, tmp_path):
    env = ingested
    a, b = single_article_townships(env, 2)
    out = curate(env, "merge", a["key"], b["key"], "--why", "test: one township")
    did = out["decision"]["id"]
    try:
        assert out["rederived"] == [b["article"]]  # the kept side loads as before: only the other changes
        merged = read(env, "MATCH (n:Entity {key: $k}) RETURN n.id AS id, n.name AS name, n.article_count AS c, "
                           "n.aliases AS aliases", k=a["key"])
        assert len(merged) == 1 and merged[0]["c"] == 2 and b["name"] in merged[0]["aliases"]
        assert read(env, "MATCH (n:Entity {key: $k}) RETURN n.id", k=b["key"]) == []
        # both articles edited and ingested again: still one node
        proc = cli(env, "ingest", str(modified_copy(tmp_path, [a, b])))
        assert json.loads(proc.stdout.strip().splitlines()[-1])["loaded"] == 2
        ids = {r["id"] for r in read(env, "MATCH (x:Article)-[:MENTIONS]->(n:Entity {key: $k}) RETURN x.id AS id",
                                     k=a["key"])}
        assert ids == {a["article"], b["article"]}
        assert read(env, "MATCH (n:Entity {key: $k}) RETURN n.id", k=b["key"]) == []
        # one of them removed: the node stays, with what the other says
        removed = cli(env, "remove", a["article"])
        assert f"decision {did} (merge) no longer applies" in removed.stderr
        left = read(env, "MATCH (x:Article)-[:MENTIONS]->(n:Entity {key: $k}) RETURN x.id AS id, n.name AS name",
                    k=a["key"])
        assert [r["id"] for r in left] == [b["article"]] and left[0]["name"] == a["name"]
        # the merge now meets one of its two targets: reported as stale, kept in the file
        listed = {d["id"]: d for d in curate(env, "list", "--format", "json")}
        assert listed[did]["stale"] and a["key"] in listed[did]["stale"]
    finally:
        curate(env, "undo", did)
        restore(env, [a, b])
    assert read(env, "MATCH (n:Entity {key: $k}) RETURN n.article_count AS c", k=b["key"]) == [{"c": 1}]


def test_undo_restores_the_graph_exactly(ingested):
    env = ingested
    before = dump(env)
    a, b, c = single_article_townships(env, 3)
    done = [curate(env, "merge", a["key"], b["key"], "--name", "合一镇")["decision"]["id"],
            curate(env, "rename", c["key"], "改名镇")["decision"]["id"],
            curate(env, "retype", c["key"], "Village")["decision"]["id"]]
    try:
        assert read(env, "MATCH (n:Entity {key: $k}) RETURN n.name AS name", k=a["key"]) == [{"name": "合一镇"}]
        village = "Village" + c["key"][len("Township"):]
        assert read(env, "MATCH (n:Village {key: $k}) RETURN n.name AS name", k=village) == [{"name": "改名镇"}]
        assert dump(env) != before
    finally:
        for did in reversed(done):
            curate(env, "undo", did)
    assert dump(env) == before


def test_a_split_assigns_relations_by_article(ingested):
    env = ingested
    # a node stated by several articles, with relations from at least two of them
    rows = read(env, "MATCH (n:County)-[r]-(:Entity) UNWIND r.evidence_articles AS art WITH n, collect(DISTINCT art) AS arts "
                     "WHERE size(arts) >= 2 RETURN n.key AS key, arts ORDER BY key LIMIT 1")
    key, arts = rows[0]["key"], sorted(rows[0]["arts"])
    before = dump(env)
    did = curate(env, "split", key, "--part", f"one={arts[0]}", "--why", "test")["decision"]["id"]
    try:
        def sources(k):
            found = read(env, "MATCH (n:Entity {key: $k})-[r]-(:Entity) RETURN r.evidence_articles AS a", k=k)
            return {x for r in found for x in r["a"]}
        assert sources(key + "#one") == {arts[0]}
        assert arts[0] not in sources(key) and arts[1] in sources(key)
    finally:
        curate(env, "undo", did)
    assert dump(env) == before


def test_a_rejected_phrase_never_comes_back(ingested, tmp_path):
    env = ingested
    (t,) = single_article_townships(env, 1)
    before = dump(env)
    did = curate(env, "reject", t["key"], "--why", "a phrase, not a township")["decision"]["id"]
    try:
        assert read(env, "MATCH (n:Entity {key: $k}) RETURN n.id", k=t["key"]) == []
        cli(env, "ingest", str(modified_copy(tmp_path, [t])))
        assert read(env, "MATCH (n:Entity {key: $k}) RETURN n.id", k=t["key"]) == []
        restore(env, [t])
        assert read(env, "MATCH (n:Entity {key: $k}) RETURN n.id", k=t["key"]) == []
    finally:
        curate(env, "undo", did)
    assert read(env, "MATCH (n:Entity {key: $k}) RETURN n.name AS name", k=t["key"]) == [{"name": t["name"]}]
    assert len(dump(env)) == len(before)


def test_a_decision_whose_nodes_are_gone_is_reported(ingested):
    env = ingested
    out = curate(env, "reject", "Township|County|999999|无此镇")
    try:
        assert out["rederived"] == [] and any(s["id"] == out["decision"]["id"] for s in out["stale"])
        listed = {d["id"]: d for d in curate(env, "list", "--format", "json")}
        assert "无此镇" in listed[out["decision"]["id"]]["stale"]
    finally:
        curate(env, "undo", out["decision"]["id"])


def test_the_rdf_export_has_one_iri_for_merged_entities(ingested, tmp_path):
    env = ingested
    a, b = single_article_townships(env, 2)
    did = curate(env, "merge", a["key"], b["key"])["decision"]["id"]
    try:
        out = tmp_path / "g.nt"
        cli(env, "export", "--out", str(out), "--format", "nt")
        text = out.read_text(encoding="utf-8")
        assert f"/{a['id']}>" in text and f"/{b['id']}>" in text  # the merged-away IRI: owl:sameAs the kept one
        same = [line for line in text.splitlines() if "owl#sameAs" in line and f"/{b['id']}>" in line]
        assert same and f"/{a['id']}>" in same[0]
    finally:
        curate(env, "undo", did)


def test_bad_decisions_are_refused_with_the_file_and_the_problem(ingested, tmp_path):
    env = dict(ingested, RURALKG_DATA=str(tmp_path))
    (tmp_path / "curation.json").write_text('{"decisions": [{"id": "x", "kind": "fuse", "targets": ["A|b"]}]}')
    proc = cli(env, "ingest", str(CORPUS / "h01.txt"), check=False)
    assert proc.returncode == 2 and "curation.json" in proc.stderr and "unknown kind 'fuse'" in proc.stderr
    proc = cli(ingested, "curate", "merge", "Township|a|x", check=False)
    assert proc.returncode == 2 and "two or more" in proc.stderr


def test_proposals_over_http_and_a_distinct_pair_is_not_proposed_again(api):
    pairs = api.get("/curation/proposals").json()
    assert pairs and all(p["score"] > 0 and p["evidence"] for p in pairs)
    assert pairs == sorted(pairs, key=lambda p: -p["score"])
    first = pairs[0]
    resp = api.post("/curation/decisions", json={"kind": "distinct", "targets": [first["a"]["id"], first["b"]["id"]],
                                                 "who": "test", "why": "two programmes"})
    assert resp.status_code == 200, resp.text
    did = resp.json()["decision"]["id"]
    try:
        again = api.get("/curation/proposals").json()
        assert all({p["a"]["key"], p["b"]["key"]} != {first["a"]["key"], first["b"]["key"]} for p in again)
        listed = {d["id"]: d for d in api.get("/curation/decisions").json()}
        assert listed[did]["who"] == "test" and listed[did]["stale"] is None
    finally:
        assert api.post(f"/curation/decisions/{did}/undo", json={}).status_code == 200
    assert api.get("/curation/proposals").json()[0] == first
    bad = api.post("/curation/decisions", json={"kind": "merge", "targets": ["no-such-node", "x"]})
    assert bad.status_code == 422 and "no-such-node" in bad.json()["message"]
    assert api.post("/curation/decisions/nope/undo", json={}).status_code == 404


@pytest.fixture()
def keyed_api(falkor_ingested, store_env):
    from tests.conftest import serve_api

    yield from serve_api(dict(store_env, RURALKG_API_KEY="s3cret-curation"))


def test_curation_writes_need_the_api_key_when_one_is_set(keyed_api):
    resp = keyed_api.post("/curation/decisions", json={"kind": "distinct", "targets": ["A|x", "A|y"]})
    assert resp.status_code == 401
    assert keyed_api.get("/curation/decisions").status_code == 401


def test_the_review_page_decides_and_undoes_in_the_browser(browser, falkor_api):
    from tests.test_explorer import ARTEFACTS

    earlier = {d["id"] for d in falkor_api.get("/curation/decisions").json()}
    context = browser.new_context(viewport={"width": 1400, "height": 900}, base_url=str(falkor_api.base_url).rstrip("/"))
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto("/")
        page.click("nav >> text=审核")
        page.wait_for_selector("body[data-ready='1']")
        assert not page.is_visible("#error"), page.inner_text("#error")
        first = falkor_api.get("/curation/proposals").json()[0]
        page.wait_for_selector("#side-b h4")
        assert page.inner_text("#side-a h3") == first["a"]["name"] and page.inner_text("#side-b h3") == first["b"]["name"]
        assert page.locator("#side-a .evidence li").count() >= 1  # the sentences behind its relations
        ARTEFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTEFACTS / "review_pair.png"))
        page.click("#distinct")
        page.wait_for_selector("body[data-done='1']")
        row = page.locator("#decisions tbody tr").first
        assert "distinct" in row.inner_text() and "applies" in row.inner_text()
        assert page.inner_text("#side-a h3") != first["a"]["name"] or page.inner_text("#side-b h3") != first["b"]["name"]
        row.locator("button.undo").click()
        page.wait_for_selector("body[data-done='2']")
        assert "undone" in page.locator("#decisions tbody tr").first.inner_text()
        assert page.inner_text("#side-a h3") == first["a"]["name"]
    finally:
        context.close()
    assert errors == [], errors
    made = [d for d in falkor_api.get("/curation/decisions").json() if d["id"] not in earlier]
    assert len(made) == 1 and made[0]["kind"] == "distinct" and not made[0]["active"]


def _doc(article: str = "a1", text: str = "甲村和丙村在乙镇。"):
    from ruralkg.ingest.document import Extraction

    ev = [{"sentence": text}]
    return Extraction.model_validate({
        "article": {"id": article, "text": text},
        "entities": [{"id": "e1", "type": "Village", "name": "甲村", "key": "Village|乙镇|甲村"},
                     {"id": "e2", "type": "Township", "name": "乙镇", "key": "Township|乙镇"},
                     {"id": "e3", "type": "Village", "name": "丙村", "key": "Village|乙镇|丙村"}],
        "relations": [{"type": "LOCATED_IN", "source": "e1", "target": "e2", "evidence": ev},
                      {"type": "LOCATED_IN", "source": "e3", "target": "e2", "evidence": ev}]})


def test_decisions_rewrite_an_article_the_same_way_every_time():
    from ruralkg.graph.curation.apply import curate as apply
    from ruralkg.graph.curation.decisions import new

    merge = new("merge", ["Village|乙镇|甲村", "Village|乙镇|丙村"], name="甲丙村")
    out = apply(_doc(), [merge]).doc
    assert [(e.name, e.key, e.aliases) for e in out.entities if e.type == "Village"] == [
        ("甲丙村", "Village|乙镇|甲村", ["丙村", "甲村"])]
    assert {(r.source, r.target) for r in out.relations} == {("e1", "e2")}
    assert apply(_doc(), [merge]).doc == out  # pure: what makes re-derivation and undo exact
    retype = new("retype", ["Township|乙镇"], type="Programme")
    out = apply(_doc(), [retype])
    assert out.doc.relations == [] and len(out.dropped) == 2  # a village is not located in a programme
    split = new("split", ["Township|乙镇"], parts=[{"label": "north", "named": "丙村"}])
    assert {e.key for e in apply(_doc(), [split]).doc.entities} >= {"Township|乙镇#north"}
    elsewhere = new("split", ["Township|乙镇"], parts=[{"label": "x", "named": "丁村"}])
    assert apply(_doc(), [elsewhere]).doc == _doc()  # an article that does not name 丁村 stays as it is
    undone = new("reject", ["Village|乙镇|甲村"])
    undone.undone_at = "2026-01-01T00:00:00Z"
    assert apply(_doc(), [undone]).doc == _doc()
