"""The stages around the extraction components, on short texts of our own: reading, normalising,
segmenting (bylines, headings, items), resolving (one node per thing, evidence), and the schema
check over the sample corpus. The components have their own tests in tests/extraction/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ruralkg.ingest.amounts import parse_money
from ruralkg.ingest.document import Extraction
from ruralkg.ingest.normalize import normalise
from ruralkg.ingest.reader import ArticleReadError, decode
from tests.conftest import CORPUS, cli
from tests.extraction.helpers import names, rels, run


def test_bylines_are_authors_not_people():
    doc = run("□本报记者 孟凡星\n\n范县龙王庄镇前进村建成了冷库。\n\n（郑玉洁 邵华）")
    assert set(doc.article.authors) >= {"孟凡星", "郑玉洁", "邵华"}
    people = names(doc, "Person") | names(doc, "Official")
    assert not people & {"孟凡星", "郑玉洁", "邵华"}


@pytest.mark.parametrize("text,value,approx", [
    ("1.2亿元", 120_000_000, False), ("192.5万元", 1_925_000, False), ("60余万元", 600_000, True),
    ("三百万元", 3_000_000, False), ("近5000元", 5000, True), ("百余万元", 1_000_000, True), ("千余元", 1000, True),
])
def test_money(text, value, approx):
    amount = parse_money(text)
    assert amount is not None and amount.as_number == value and amount.approximate is approx


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


def test_a_dateline_credit_followed_by_text_runs_on_into_the_next_column_line():
    raw = ("青山县柳塘村走上致富路\n\n本报讯（记者李青 □王禾）由东\n川省委组织部选派干部组成的驻\n"
           "村工作队，入驻青山县柳塘村，帮\n助村里发展产业，建成冷库两座。\n")
    doc = run(raw)
    assert "东川省委组织部" in names(doc, "Organization")
    assert "川省委组织部" not in names(doc, "Organization")


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


def test_counties_named_in_passing_get_no_new_ancestors():
    doc = run("南华县五街镇向祥云县普棚镇农户销售籽种。")
    assert "楚雄彝族自治州" in names(doc, "City") and "大理白族自治州" not in names(doc, "City")
    ev = next(r for r in doc.relations if r.type == "LOCATED_IN" and r.target == next(
        e.id for e in doc.entities if e.name == "楚雄彝族自治州")).evidence[0]
    assert ev.start is not None and ev.sentence.startswith("南华县")


def test_evidence_is_the_sentence_naming_both_ends():
    doc = run("柳林镇位于范县东部。柳林镇王庄村种植大棚。王庄村建成冷库。该村还开展培训。")
    by_id = {e.id: e.name for e in doc.entities}
    rel = next(r for r in doc.relations if r.type == "LOCATED_IN" and by_id[r.source] == "王庄村")
    assert [e.sentence for e in rel.evidence] == ["柳林镇王庄村种植大棚。"]


def test_photo_credits_and_trailing_bylines_are_authors():
    doc = run("王庄村发展民宿\n王庄村（孙晓东 摄）\n柳林镇王庄村建成民宿十家。（文 周文斌）\n村里办起了合作社。（赵宝玉马晓龙）")
    assert {"孙晓东", "周文斌", "赵宝玉", "马晓龙"} <= set(doc.article.authors)
    assert doc.article.title == "王庄村发展民宿"  # the caption is no title
    assert not (names(doc, "Person") | names(doc, "Official")) & set(doc.article.authors)


def test_original_title_and_page_labels():
    doc = run("(原标题:柳林镇绘就乡村振兴新图景)\n柳林镇王庄村建成冷库。")
    assert doc.article.title == "柳林镇绘就乡村振兴新图景"
    doc = run("00012版:今日范县\n\n王庄村的新变化\n\n吴晓梅\n\n柳林镇王庄村建成冷库。")
    assert doc.article.title == "王庄村的新变化" and doc.article.authors == ["吴晓梅"]


def test_headline_above_its_date_line_and_exclaimed_headline():
    doc = run("柳林镇：王庄村喜领分红30万元\n2025-09-21 20:37:31 来源：范县新闻网\n柳林镇王庄村举行分红仪式。")
    assert doc.article.title == "柳林镇：王庄村喜领分红30万元" and doc.article.published == "2025-09-21"
    doc = run("好日子来了！王庄村喜领分红！\n范县新闻（吴晓梅）1月26日，柳林镇王庄村举行分红仪式。")
    assert doc.article.title == "好日子来了！王庄村喜领分红！" and doc.article.authors == ["吴晓梅"]


def test_newsroom_byline_and_spaced_names():
    doc = run("■通讯员 吴光明 陈 阳\n本报讯 柳林镇王庄村建成冷库。\n范县融媒体中心记者 卢晓东 李江")
    assert {"吴光明", "陈阳", "卢晓东", "李江"} <= set(doc.article.authors)


def test_two_character_county_inside_ordinary_words():
    doc = run("宁夏泾源县把肉牛产业作为富民兴县的特色产业。")
    assert "兴县" not in names(doc, "County") and "泾源县" in names(doc, "County")
    doc = run("山西省兴县蔚汾镇发展小杂粮。")
    assert "兴县" in names(doc, "County")


def test_evidence_from_a_long_list_sentence_stays_bounded():
    """A sentence listing thousands of villages gives each relation a short evidence that names both ends."""
    from ruralkg.ingest.extraction.extractor import Extractor
    from ruralkg.ingest.resolve import MAX_EVIDENCE_CHARS

    villages = "、".join(f"{chr(0x4e00 + (i * 7) % 300)}{chr(0x4e50 + (i * 13) % 200)}村" for i in range(1500))
    text = f"近日，河北省高阳县邢家南镇下辖{villages}等村庄全面推进乡村振兴。"
    doc = Extractor().extract_text(text, "/tmp/long-list.txt")
    assert doc.relations
    sentences = [e.sentence for r in doc.relations for e in r.evidence]
    assert max(map(len, sentences)) <= MAX_EVIDENCE_CHARS
    assert sum(map(len, sentences)) < 40 * len(text)
    names = {e.id: e.name for e in doc.entities}
    for rel in doc.relations:  # both ends, or the written one when the other comes from the division table
        ends = (names[rel.source], names[rel.target])
        assert any(any(n in s or n[:-1] in s for n in ends) for s in (e.sentence for e in rel.evidence)), (rel, ends)
    village = next(r for r in doc.relations if r.type == "LOCATED_IN" and names[r.target] == "邢家南镇"
                   and names[r.source].endswith("村") and len(r.evidence[0].sentence) < 200)
    assert "邢家南镇" in village.evidence[0].sentence and names[village.source] in village.evidence[0].sentence


def test_a_name_cut_later_in_the_article_is_the_full_name_it_was_first():
    doc = run("蕉城桃福乡湾鹤寨村举行集体分红。为壮大实体经济,湾鹤寨村党支部引进企业。")
    assert "湾鹤寨村" in names(doc, "Village") and "鹤寨村" not in names(doc, "Village")
    assert names(doc, "Branch") == {"湾鹤寨村党支部"}
    assert ("湾鹤寨村党支部", "湾鹤寨村") in rels(doc, "LOCATED_IN")


def test_whole_text_folding_matches_folding_each_character():
    from ruralkg.ingest.normalize import fold_text, fold_width, normalise

    text = "全角ＡＢＣ１２３，。“”（）\u3000 𝐀𝟏 ① ㈠ ｶ 柳林镇\r\n王庄村(产业)!"
    assert fold_text(text) == "".join(fold_width(c) for c in text)
    norm = normalise(text)
    # every character kept maps back to where it was in the raw text
    assert all(text[o] == c or fold_width(text[o]) == c or c in "，！（）" for c, o in zip(norm.text, norm.offsets, strict=True))
    assert "王庄村（产业）！" in norm.text
