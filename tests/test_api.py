"""Every endpoint over real HTTP against the ingested sample corpus."""

from __future__ import annotations


def test_health(api, engine_env):
    body = api.get("/health").json()
    engine = "neo4j" if engine_env.get("NEO4J_URI") else "falkordb"
    assert body["status"] == "ok" and body["engine"] == engine and body["articles"] >= 11


def test_branch_cooperatives_with_evidence(api):
    body = api.get("/branches/全民村党支部/cooperatives").json()
    names = [b["name"] for b in body["bodies"]]
    assert "绿生园蔬菜种植专业合作社" in names
    ev = body["bodies"][0]["evidence"][0]
    assert "领办" in ev["sentence"] and ev["article_path"].endswith("d01_jilin.txt")
    by_id = api.get(f"/branches/{body['branch_id']}/cooperatives").json()
    assert by_id["bodies"] == body["bodies"]


def test_unknown_branch_is_a_clear_404(api):
    r = api.get("/branches/不存在的支部/cooperatives")
    assert r.status_code == 404 and r.json()["error"] == "not_found" and "不存在的支部" in r.json()["message"]


def test_search_ranks_exact_name_first(api):
    body = api.get("/entities", params={"q": "张炉集镇"}).json()
    first = body["results"][0]
    assert first["name"] == "张炉集镇" and first["type"] == "Township" and "东昌府区" in first["places"]
    by_alias = api.get("/entities", params={"q": "张炉集", "type": "Township"}).json()["results"]
    assert by_alias and all(r["type"] == "Township" for r in by_alias)


def test_search_rejects_unknown_type(api):
    r = api.get("/entities", params={"q": "村", "type": "Planet"})
    assert r.status_code == 422 and r.json()["error"] == "bad_parameter"


def test_entity_detail_and_graph(api):
    hit = api.get("/entities", params={"q": "斗虎屯镇"}).json()["results"][0]
    detail = api.get(f"/entities/{hit['id']}").json()
    assert detail["name"] == "斗虎屯镇" and detail["articles"]
    assert any(n["type"] == "LOCATED_IN" and n["name"] == "东昌府区" for n in detail["neighbours"])
    graph = api.get(f"/entities/{hit['id']}/graph", params={"depth": 2}).json()
    ids = {n["id"] for n in graph["nodes"]}
    assert hit["id"] in ids and all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    assert api.get("/entities/nonexistent-id").status_code == 404


def test_relation_evidence(api):
    detail = api.get("/entities", params={"q": "关威"}).json()["results"][0]
    post = next(n for n in api.get(f"/entities/{detail['id']}").json()["neighbours"] if n["type"] == "HOLDS_POST")
    body = api.get(f"/relations/{post['relation_id']}/evidence").json()
    assert body["source"] == "关威" and "关威" in body["evidence"][0]["sentence"]
    assert api.get("/relations/nope/evidence").status_code == 404


def test_queries_list_and_run_json_csv_post(api):
    listed = {q["name"]: q for q in api.get("/queries").json()}
    assert "branch_cooperatives" in listed and listed["branch_cooperatives"]["params"][0]["name"] == "branch"
    got = api.get("/queries/person_posts", params={"person": "关威"}).json()
    assert got["count"] == 1 and got["rows"][0]["organisation"] == "斗虎屯镇党委"
    posted = api.post("/queries/person_posts", json={"person": "关威"}).json()
    assert posted["rows"] == got["rows"]
    csv = api.get("/queries/person_posts", params={"person": "关威", "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and "斗虎屯镇党委" in csv.text


def test_query_errors_have_one_shape(api):
    missing = api.get("/queries/person_posts")
    assert missing.status_code == 422 and "person" in missing.json()["message"]
    assert api.get("/queries/nope").json()["error"] == "not_found"
    bad = api.get("/queries/entity_search", params={"q": "村", "limit": "many"})
    assert bad.status_code == 422 and "limit" in bad.json()["message"]


def test_limit_is_capped(api):
    rows = api.get("/queries/entity_search", params={"q": "村", "limit": 100000}).json()["rows"]
    assert 0 < len(rows) <= 1000


def test_compare_townships_and_counties(api):
    t = api.get("/compare/townships", params=[("names", "张炉集镇"), ("names", "斗虎屯镇")]).json()
    assert {r["township"] for r in t["rows"]} == {"张炉集镇", "斗虎屯镇"}
    c = api.get("/compare/counties", params={"names": "东昌府区,范县"}).json()
    assert {r["county"] for r in c["rows"]} == {"东昌府区", "范县"}
    assert api.get("/compare/townships", params={"names": "张炉集镇"}).status_code == 422


def test_openapi_lists_every_endpoint(api):
    paths = api.get("/openapi.json").json()["paths"]
    for p in ("/health", "/branches/{name}/cooperatives", "/entities", "/entities/{entity_id}",
              "/entities/{entity_id}/graph", "/relations/{relation_id}/evidence", "/queries", "/queries/{name}",
              "/compare/townships", "/compare/counties"):
        assert p in paths, p


def test_browser_style_and_guide(api):
    style = api.get("/browser/style.grass").text
    from ruralkg.graph.model import ENTITY_LABELS

    assert all(f"node.{label} " in style for label in ENTITY_LABELS) and "caption: '{name}'" in style
    guide = api.get("/browser/guide.html").text
    listed = [q["name"] for q in api.get("/queries").json()]
    assert guide.count("<slide") == len(listed) + 1
    assert "branch_cooperatives" in guide and ":param branch =&gt; " in guide and "全民村党支部" in guide


def test_search_filters_by_place(api):
    inside = api.get("/entities", params={"q": "村", "type": "Village", "place": "张炉集镇", "limit": 100}).json()
    assert inside["results"] and all("张炉集镇" in r["places"] for r in inside["results"])
    page2 = api.get("/entities", params={"q": "村", "type": "Village", "place": "张炉集镇", "skip": 1, "limit": 1})
    assert page2.json()["results"][0]["id"] == inside["results"][1]["id"]


def test_every_guide_slide_returns_rows(api):
    """Each slide's example parameters, run as the slide says, give rows (the guide Browser plays)."""
    import html as html_lib
    import json as json_lib
    import re

    resp = api.get("/browser/guide.html")
    assert resp.headers["access-control-allow-origin"] == "*"
    slides = re.findall(r"\(<code>(\w+)</code>\)</p><pre[^>]*>(.*?)</pre>", resp.text, re.S)
    assert len(slides) == len(api.get("/queries").json())
    empty = []
    for name, block in slides:
        # `:param name => value;` lines, the value a JSON (hence Cypher) literal
        params = {m.group(1): json_lib.loads(m.group(2))
                  for m in re.finditer(r"^:param (\w+) => (.*);$", html_lib.unescape(block), re.MULTILINE)}
        assert all(isinstance(v, int) for k, v in params.items() if k in ("limit", "skip", "depth")), (name, params)
        body = api.post(f"/queries/{name}", json={k: v for k, v in params.items() if v is not None})
        assert body.status_code == 200, (name, body.text)
        if not body.json()["rows"]:
            empty.append(name)
    assert empty in ([], ["dq_relations_without_evidence"]), empty


def test_articles_list_and_one_article(api):
    listed = api.get("/articles", params={"limit": 500}).json()["results"]
    assert len(listed) >= 23 and all(a["entities"] >= 0 for a in listed)
    with_entities = max(listed, key=lambda a: a["entities"])
    one = api.get(f"/articles/{with_entities['id']}").json()
    assert one["text"] and one["entities"] and one["relations"]
    for rel in one["relations"]:
        assert all(s in one["text"] for s in rel["sentences"]), rel
    assert api.get("/articles/no-such-article").status_code == 404


def test_compare_names_the_unknown(api):
    body = api.get("/compare/townships", params={"names": ["张炉集镇", "斗虎屯镇", "没有这个镇"]}).json()
    assert {r["township"] for r in body["rows"]} == {"张炉集镇", "斗虎屯镇"} and body["unknown"] == ["没有这个镇"]


def test_explorer_and_offline_docs_are_served(api):
    assert "cytoscape.min.js" in api.get("/").text
    docs = api.get("/docs").text
    assert "/web/vendor/swagger-ui-bundle.js" in docs and "cdn.jsdelivr" not in docs
    assert "/web/vendor/redoc.standalone.js" in api.get("/redoc").text
    assert api.get("/browser/style.json").json()["node"]["Village"]["color"].startswith("#")
