"""Extraction rules on short sentences of our own, and the schema check over the sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ruralkg.ingest.amounts import find_facts, parse_money
from ruralkg.ingest.document import Extraction
from ruralkg.ingest.extractor import Extractor
from ruralkg.ingest.normalize import normalise
from ruralkg.ingest.reader import ArticleReadError, decode
from tests.conftest import CORPUS, cli


def run(text: str) -> Extraction:
    return Extractor().extract_text(text, "t.txt")


def names(doc: Extraction, typ: str) -> set[str]:
    return {e.name for e in doc.entities if e.type == typ}


def rels(doc: Extraction, typ: str) -> set[tuple[str, str]]:
    by_id = {e.id: e.name for e in doc.entities}
    return {(by_id[r.source], by_id[r.target]) for r in doc.relations if r.type == typ}


def test_place_chain_and_gazetteer_above():
    doc = run("近日，聊城市东昌府区柳林镇王庄村举办了丰收节。")
    assert {"柳林镇"} <= names(doc, "Township") and "王庄村" in names(doc, "Village")
    assert ("王庄村", "柳林镇") in rels(doc, "LOCATED_IN") and ("柳林镇", "东昌府区") in rels(doc, "LOCATED_IN")
    assert ("东昌府区", "聊城市") in rels(doc, "LOCATED_IN") and ("聊城市", "山东省") in rels(doc, "LOCATED_IN")


def test_enumerated_villages_take_the_suffix():
    doc = run("范县龙王庄镇大力扶持东岗、楼南两村发展大棚蔬菜。")
    assert {"东岗村", "楼南村"} <= names(doc, "Village")
    aliases = {a for e in doc.entities for a in e.aliases}
    assert {"东岗", "楼南"} <= aliases


def test_branch_is_named_after_its_place():
    doc = run("范县龙王庄镇前进村村党支部领办了前进种植专业合作社。")
    assert "前进村党支部" in names(doc, "Branch")
    assert ("前进村党支部", "前进种植专业合作社") in rels(doc, "LEADS")


def test_official_with_title_before_name():
    doc = run("范县龙王庄镇党委书记周明达表示，要把产业做实。")
    assert "周明达" in names(doc, "Official")
    assert ("周明达", "龙王庄镇党委") in rels(doc, "HOLDS_POST")
    post = next(r for r in doc.relations if r.type == "HOLDS_POST")
    assert post.properties["title"] == "书记"


def test_cooperative_chair_is_a_person():
    doc = run("范县龙王庄镇前进村党支部领办的前进种植专业合作社理事长韩立新说，今年收成好。")
    assert "韩立新" in names(doc, "Person")
    assert ("韩立新", "前进种植专业合作社") in rels(doc, "HOLDS_POST")


def test_bylines_are_authors_not_people():
    doc = run("□本报记者 孟凡星\n\n范县龙王庄镇前进村建成了冷库。\n\n（郑玉洁 邵华）")
    assert set(doc.article.authors) >= {"孟凡星", "郑玉洁", "邵华"}
    people = names(doc, "Person") | names(doc, "Official")
    assert not people & {"孟凡星", "郑玉洁", "邵华"}


def test_investment_with_amount_into_company_project():
    doc = run("柳林镇引进投资2.5亿元的华泰公司新材料项目。")
    inv = [r for r in doc.relations if r.type == "INVESTS_IN"]
    by_id = {e.id: e.name for e in doc.entities}
    assert any(by_id[r.source] == "华泰公司" and by_id[r.target] == "华泰公司新材料项目"
               and r.properties["amount_yuan"] == 250_000_000 for r in inv)


@pytest.mark.parametrize("text,value,approx", [
    ("1.2亿元", 120_000_000, False), ("192.5万元", 1_925_000, False), ("60余万元", 600_000, True),
    ("三百万元", 3_000_000, False), ("近5000元", 5000, True),
])
def test_money(text, value, approx):
    amount = parse_money(text)
    assert amount is not None and amount.as_number == value and amount.approximate is approx


def test_count_facts():
    facts = {f.key: f.value for f in find_facts("全镇共有合作社38家，12个行政村，企业20余家。")}
    assert facts == {"cooperative_count": 38, "administrative_village_count": 12, "enterprise_count": 20}


def test_pdf_line_breaks_and_spaces_are_joined():
    raw = "这是一段用来测试换行的文字，柳林\n镇王庄村的群众 2023 年\n共同建设了一座冷库。"
    text = normalise(raw).text
    assert "柳林镇王庄村" in text and "2023年" in text


def test_traditional_is_simplified_and_kept_as_alias():
    doc = run("范縣龍王莊鎮前進村黨支部領辦了合作社。")
    assert "龙王庄镇" in names(doc, "Township")
    town = next(e for e in doc.entities if e.name == "龙王庄镇")
    assert "龍王莊鎮" in town.aliases


def test_offsets_point_into_the_raw_file():
    raw = "标题\n\n柳林镇王庄村党支部领办了王庄种植专业合作社。"
    doc = run(raw)
    ev = next(r for r in doc.relations if r.type == "LEADS").evidence[0]
    assert raw[ev.start: ev.end] == ev.sentence


def test_gbk_and_bad_files():
    assert decode("柳林镇".encode("gb18030"), Path("x.txt")) == "柳林镇"
    with pytest.raises(ArticleReadError, match="x.txt: the file is empty"):
        decode(b"", Path("x.txt"))
    with pytest.raises(ArticleReadError, match="x.txt: not an article: it holds only whitespace"):
        decode(b"  ", Path("x.txt"))


def test_corpus_outputs_pass_the_schema(tmp_path):
    env = {k: v for k, v in __import__("os").environ.items()}
    cli(env, "extract", str(CORPUS), "--out", str(tmp_path))
    files = sorted(tmp_path.glob("*.json"))
    assert [f.stem for f in files] == sorted(p.stem for p in CORPUS.glob("*.txt"))
    for f in files:
        doc = Extraction.model_validate(json.loads(f.read_text(encoding="utf-8")))
        assert doc.entities and doc.relations, f.name
        assert all(r.evidence[0].sentence for r in doc.relations)


def test_two_names_of_one_place_are_one_node():
    doc = run("聊城经济开发区蒋官屯街道推进农业生产托管。聊城开发区农业局积极指导。")
    counties = [e for e in doc.entities if e.type == "County"]
    assert [c.name for c in counties] == ["聊城经济开发区"] and "聊城开发区" in counties[0].aliases


def test_village_after_township_keeps_stop_characters():
    doc = run("江口县官和乡官和村村委会组织分红。")
    assert "官和乡" in names(doc, "Township") and "官和村" in names(doc, "Village")
    assert ("官和村", "官和乡") in rels(doc, "LOCATED_IN")


def test_generic_bodies_are_not_nodes():
    doc = run("全镇共有一家企业和志愿服务队，希望合作社发展更好。")
    assert not names(doc, "Enterprise") | names(doc, "Organization") | names(doc, "Cooperative")


def test_branch_of_part_of_a_village():
    doc = run("范县龙王庄镇前进村东组党支部书记韩立新介绍了情况。")
    assert "前进村东组党支部" in names(doc, "Branch")
    assert ("韩立新", "前进村东组党支部") in rels(doc, "HOLDS_POST")


def test_branches_in_a_list_and_passive_leads():
    doc = run("据悉，前进村集体经济合作社是由前进村党总支书记韩立新牵头，联合东沟支部、西岭支部共同创建。")
    assert {"东沟党支部", "西岭党支部", "前进村党总支"} <= names(doc, "Branch")
    assert ("前进村党总支", "前进村集体经济合作社") in rels(doc, "LEADS")


def test_each_village_invests_in_the_company():
    doc = run("在柳林镇，东岗村、楼南村、王庄村联合注册成立华泰农业发展有限公司。"
              "我们在每村入股资金5万元的基础上扩大生产。")
    inv = {(s, t) for s, t in rels(doc, "INVESTS_IN")}
    assert {("东岗村", "华泰农业发展有限公司"), ("楼南村", "华泰农业发展有限公司")} <= inv
    assert all(r.properties["amount_yuan"] == 50000 for r in doc.relations if r.type == "INVESTS_IN")


def test_quoted_and_unquoted_programmes():
    doc = run("柳林镇实施了红绿灯预警模式，推行“三包一联”工作机制，推广鲁信惠农贷。")
    assert {"红绿灯预警模式", "“三包一联”工作机制", "鲁信惠农贷"} <= names(doc, "Programme")
    assert ("柳林镇", "“三包一联”工作机制") in rels(doc, "IMPLEMENTS")


def test_formula_models_and_generic_phrases_are_not_programmes():
    doc = run("柳林镇推行“党支部+合作社+农户”模式，助力乡村振兴。")
    assert not names(doc, "Programme")


def test_county_that_became_a_city():
    doc = run("子长市安定镇发展红枣产业。")
    assert "子长市" in names(doc, "County")
    assert ("子长市", "延安市") in rels(doc, "LOCATED_IN")


def test_place_headings_separate_briefs_on_a_page():
    raw = ("范县龙王庄镇\n\n龙王庄镇推进农业生产托管，东岗村参与。\n\n"
           "范县辛庄镇\n\n辛庄镇开展环境整治，楼南村参与。")
    doc = run(raw)
    located = rels(doc, "LOCATED_IN")
    assert ("东岗村", "龙王庄镇") in located and ("楼南村", "辛庄镇") in located
    assert ("楼南村", "龙王庄镇") not in located


def test_narrow_columns_are_joined():
    raw = "近日，清丰县自然资\n源局党组书记、局长\n韩立新带领工作队，\n到帮扶村开展活动。"
    doc = run(raw)
    assert "清丰县自然资源局" in names(doc, "Organization")
    assert ("韩立新", "清丰县自然资源局党组") in rels(doc, "HOLDS_POST")


def test_work_team_acts_when_no_subject_is_named():
    raw = ("柳林镇乡村振兴工作队——\n\n驻村以来，柳林镇乡村振兴工作队积极开展帮扶。\n\n"
           "工作队深化“四议两公开”工作机制。")
    doc = run(raw)
    assert ("柳林镇乡村振兴工作队", "“四议两公开”工作机制") in rels(doc, "IMPLEMENTS")


def test_numbers_land_on_the_place_with_their_sentence():
    doc = run("柳林镇现有合作社38家，村集体收入达25.5万元。")
    town = next(e for e in doc.entities if e.name == "柳林镇")
    assert town.properties["cooperative_count"] == 38
    assert town.properties["collective_income_yuan"] == 255000
    assert any(f.key == "cooperative_count" and "38家" in f.sentence for f in town.facts)


def test_division_table_decides_a_bare_villages_identity():
    """段庄村 under 张炉集镇 in the table: an article without the township gives the same key."""
    with_town = run("东昌府区张炉集镇段庄村建成垂钓中心。")
    without = run("东昌府区段庄村建成垂钓中心。")
    key = next(e.key for e in with_town.entities if e.name == "段庄村")
    assert next(e.key for e in without.entities if e.name == "段庄村") == key
    # the table decides identity only: no LOCATED_IN to a township the article does not name
    assert not any(e.type == "Township" for e in without.entities)


def test_title_from_leading_headings_without_breadcrumbs():
    raw = "您当前的位置：首页 >> 新闻 > >柳林镇\n\n合作社带富一方\n\n来源：本站 时间：2024-03-01 10:00\n\n柳林镇王庄村建成冷库。"
    doc = run(raw)
    assert doc.article.title == "柳林镇 合作社带富一方" and doc.article.published == "2024-03-01"


def test_support_is_read_within_a_clause():
    doc = run("柳林镇推进华泰公司技改项目，为东兴公司、西岭公司申报高新技术企业，扶持东岗村发展。")
    support = rels(doc, "SUPPORTS")
    assert {("柳林镇", "东兴公司"), ("柳林镇", "西岭公司"), ("柳林镇", "东岗村")} <= support
    assert not any(s == "华泰公司" for s, _ in support)


def test_support_cue_must_be_a_word():
    doc = run("柳林镇新建党群服务中心2个（东岗村和楼南村）。")
    assert not rels(doc, "SUPPORTS")


def test_subject_is_the_most_specific_place_and_the_first_reference():
    doc = run("聊城市东昌府区柳林镇推行“三包一联”工作机制。柳林镇东岗村建成冷库。该镇实施了红绿灯预警模式，对全村农户开展监测。")
    implements = rels(doc, "IMPLEMENTS")
    assert ("柳林镇", "“三包一联”工作机制") in implements
    assert ("柳林镇", "红绿灯预警模式") in implements and ("东岗村", "红绿灯预警模式") not in implements


def test_title_without_its_body_refers_to_the_body_named_before():
    doc = run("清丰县农业农村局党组书记、局长韩立新到东岗村调研。")
    posts = rels(doc, "HOLDS_POST")
    assert ("韩立新", "清丰县农业农村局党组") in posts and ("韩立新", "清丰县农业农村局") in posts


def test_nested_quotes_and_de_before_the_head():
    doc = run("合作社建立了‘入股有股金’的‘两金’分配模式。柳林镇推行“村社合一”的发展模式。")
    assert {"“两金”分配模式", "“村社合一”发展模式"} <= names(doc, "Programme")


def test_unknown_word_names_a_project_and_quotes_do_not_open_names():
    doc = run("该村打造懒妖溪谷游乐场。“自从合作社成立以来，收入翻番。”")
    assert "懒妖溪谷游乐场" in names(doc, "Project")
    assert not names(doc, "Cooperative")


def test_county_short_name_with_村_is_not_a_village():
    doc = run("桦甸村党支部领办合作社达86个\n\n桦甸市全面推进村党支部领办合作社。")
    assert "桦甸村" not in names(doc, "Village") and "桦甸村党支部" not in names(doc, "Branch")


def test_counties_named_in_passing_get_no_new_ancestors():
    doc = run("南华县五街镇向祥云县普棚镇农户销售籽种。")
    assert "楚雄彝族自治州" in names(doc, "City") and "大理白族自治州" not in names(doc, "City")
    ev = next(r for r in doc.relations if r.type == "LOCATED_IN" and r.target == next(
        e.id for e in doc.entities if e.name == "楚雄彝族自治州")).evidence[0]
    assert ev.start is not None and ev.sentence.startswith("南华县")
