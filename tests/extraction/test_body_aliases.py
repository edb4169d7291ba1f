"""body_aliases.py: a body's short forms in the same article are one node. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.body_aliases import short_form_of
from tests.extraction.helpers import names, rels, run


def test_short_forms_of_a_name():
    places = ["平阴县", "柳塘村"]
    assert short_form_of("青禾香芋合作社", "青禾香芋专业合作社", places)
    assert short_form_of("青禾合作社", "青禾种植专业合作社", places)
    assert short_form_of("青禾果树专业种植合作社", "柳塘村青禾果树专业种植合作社", places)
    assert short_form_of("赐禾服饰", "平阴县赐禾服饰有限公司", places)
    assert short_form_of("光伏合作社", "为民光伏发电专业合作社", places)
    assert short_form_of("青安烟厂", "东川中烟工业有限公司青安卷烟厂", places)
    assert not short_form_of("青禾合作社", "绿源种植专业合作社", places)
    assert not short_form_of("鑫禾有限公司", "鑫禾有限公司绿源食品厂", places)


def test_a_short_form_is_folded_into_the_full_name_and_a_title_by_reference_finds_it():
    doc = run("平阴县南溪镇柳塘村组建青禾香芋专业合作社。在分红大会上，该合作社理事长王青山说：“今年是青禾香芋合作社第一次分红。”")
    assert names(doc, "Cooperative") == {"青禾香芋专业合作社"}
    coop = next(e for e in doc.entities if e.type == "Cooperative")
    assert "青禾香芋合作社" in coop.aliases
    assert ("王青山", "青禾香芋专业合作社") in rels(doc, "HOLDS_POST")


def test_a_short_form_that_fits_two_names_stays_apart():
    doc = run("平阴县南溪镇成立鑫宇种植专业合作社，又成立鑫宇养殖专业合作社。鑫宇合作社发展很快。")
    assert {"鑫宇合作社", "鑫宇种植专业合作社", "鑫宇养殖专业合作社"} <= names(doc, "Cooperative")


def test_a_company_named_by_brand_and_kind_or_brand_and_trade_is_the_full_name():
    doc = run("2022年，柳林镇引进广州穗锦服饰有限公司入驻产业园。穗锦公司还向柳林镇捐资50万元。穗锦服饰带动200户增收。")
    assert names(doc, "Enterprise") == {"广州穗锦服饰有限公司"}
    doc = run("曹县聚源包装材料有限公司落户柳林镇。聚源包装近三年累计向柳林镇投入约2600万元。")
    assert names(doc, "Enterprise") == {"聚源包装材料有限公司"}
    assert ("聚源包装材料有限公司", "柳林镇") in rels(doc, "SUPPORTS")


def test_a_short_form_fitting_two_companies_stays_apart():
    doc = run("广州穗锦服饰有限公司和深圳穗锦服饰有限公司都在柳林镇设厂。穗锦公司带动200户增收。")
    assert "穗锦公司" in names(doc, "Enterprise")


def test_a_company_is_not_folded_into_the_company_it_founds():
    doc = run("青禾公司出资300万元，石岭村以土地入股，共同成立白云乡青禾生态农业有限公司。")
    assert "青禾公司" in names(doc, "Enterprise")
    doc = run("石岭村与青禾公司合作，成立青山县青禾石岭旅游开发有限公司。")
    assert "青禾公司" in names(doc, "Enterprise")


def test_a_body_before_a_longer_project_name_is_not_swallowed():
    doc = run("青禾公司在石岭村投资建设了青禾公司加工厂。")
    assert "青禾公司" in names(doc, "Enterprise")
