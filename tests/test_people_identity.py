"""People across places (issue 24, item 4): a person is keyed under the place of their post, so the
secretary of one village is one node in every article that names him there and two namesakes of one
county stay two; a person named without a placed post keeps the county's key; a moved or variously
keyed person is proposed for a merge (a post in the same body under both), never merged unasked.
The texts are invented."""

from __future__ import annotations

import pytest

from tests.conftest import cli
from tests.extraction.helpers import run
from tests.test_curation import curate, dump, read


def _key(text: str, name: str) -> str:
    doc = run(text)
    keys = {e.key for e in doc.entities if e.name == name and e.type in ("Official", "Person")}
    assert len(keys) == 1, (name, keys)
    return keys.pop()


def test_two_namesakes_of_one_county_with_posts_in_two_villages_are_two():
    a = _key("东阿县铜城街道李庄村党支部书记王强带领村民发展养殖。", "王强")
    b = _key("东阿县铜城街道张庄村党支部书记王强组织群众修路。", "王强")
    assert a != b
    assert "李庄村" in a and "张庄村" in b


def test_the_same_village_secretary_in_two_articles_is_one_key():
    a = _key("东阿县铜城街道李庄村党支部书记王强带领村民发展养殖。", "王强")
    b = _key("今年以来，东阿县铜城街道李庄村党支部书记王强带头建起了冷库，村集体增收10万元。", "王强")
    assert a == b


def test_an_official_of_a_county_body_keeps_the_county_key_in_another_countys_article():
    text = "东阿县委书记王强到阳谷县李庄村调研。"
    doc = run(text)
    official = next(e for e in doc.entities if e.name == "王强")
    county = next(e for e in doc.entities if e.type == "County" and e.name == "东阿县")
    assert official.key == f"Official|{county.key}|王强"


def test_a_villager_with_no_post_is_keyed_under_the_articles_county():
    doc = run("东阿县铜城街道李庄村召开推进会。会上，村民王强介绍了经验。")
    county = next(e for e in doc.entities if e.type == "County")
    people = [e for e in doc.entities if e.name == "王强"]
    assert people and all(e.key == f"{e.type}|{county.key}|王强" for e in people)


def test_a_county_committee_with_its_level_written_twice_is_the_committee():
    doc = run("东阿县县委书记王强到铜城街道李庄村调研。")
    branches = {e.name: e for e in doc.entities if e.type == "Branch"}
    assert "东阿县委" in branches and "东阿县县委" not in branches
    by_id = {e.id: e.name for e in doc.entities}
    located = {(by_id[r.source], by_id[r.target]) for r in doc.relations if r.type == "LOCATED_IN"}
    assert ("东阿县委", "东阿县") in located


PEOPLE_A = """东阿县推进乡村振兴

2024年3月5日，东阿县召开乡村振兴推进会。会上，青禾果蔬专业合作社理事长赵刚介绍了发展经验。
"""
PEOPLE_B = """阳谷县李庄村发展果蔬产业

2024年5月8日，阳谷县李庄村青禾果蔬专业合作社理事长赵刚带领社员种植蔬菜，带动农户增收。
"""


@pytest.fixture()
def two_articles(ingested, tmp_path):
    folder = tmp_path / "people"
    folder.mkdir()
    (folder / "people_a.txt").write_text(PEOPLE_A, encoding="utf-8")
    (folder / "people_b.txt").write_text(PEOPLE_B, encoding="utf-8")
    before = dump(ingested)
    loaded = {r["id"] for r in read(ingested, "MATCH (a:Article) RETURN a.id AS id")}
    cli(ingested, "ingest", str(folder))
    ids = {r["id"] for r in read(ingested, "MATCH (a:Article) RETURN a.id AS id")} - loaded
    assert len(ids) == 2, ids
    yield ingested, ids
    cli(ingested, "remove", *sorted(ids))
    assert dump(ingested) == before


def _zhao(env) -> list[dict]:
    return read(env, "MATCH (p:Entity {name: '赵刚'}) OPTIONAL MATCH (a:Article)-[:MENTIONS]->(p) "
                     "RETURN p.key AS key, p.id AS id, collect(a.id) AS articles ORDER BY key")


def test_a_person_under_two_keys_is_proposed_merged_and_undone(two_articles):
    env, ids = two_articles
    nodes = _zhao(env)
    assert len(nodes) == 2, nodes  # under the county in one article, under the village in the other
    keys = {n["key"] for n in nodes}
    proposals = curate(env, "propose", "--limit", "1000", "--format", "json")
    pair = next((p for p in proposals if {p["a"]["key"], p["b"]["key"]} == keys), None)
    assert pair is not None and pair["score"] >= 0.85
    assert any("holds a post in" in why for why in pair["evidence"])
    before = dump(env)
    did = curate(env, "merge", *sorted(keys), "--why", "test: one chairman")["decision"]["id"]
    try:
        merged = _zhao(env)
        assert len(merged) == 1 and set(merged[0]["articles"]) == ids
    finally:
        curate(env, "undo", did)
    assert dump(env) == before

