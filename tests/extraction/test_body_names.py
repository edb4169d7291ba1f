"""Body_names.py: is a body's name a name. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, run


def test_bodies_the_article_does_not_name():
    doc = run("柳林镇王庄村与广州某公司签约，村里的猕猴桃合作社带动农户增收。")
    assert not names(doc, "Enterprise") and not names(doc, "Cooperative")
    doc = run("柳林镇王庄村金穗猕猴桃种植专业合作社带动农户增收。")
    assert "金穗猕猴桃种植专业合作社" in names(doc, "Cooperative")  # a brand is a name


def test_a_product_before_the_kind_is_no_brand():
    # jieba tags some products as names (玉米, 黑木耳): two villages' maize cooperatives stay two bodies,
    # each named with its village, not one node 玉米种植专业合作社 shared across villages and articles
    doc = run("梨树县闫家村玉米种植专业合作社和梨树县王家村玉米种植专业合作社今年各分红30万元。")
    coops = names(doc, "Cooperative")
    assert len(coops) == 2 and all("村玉米种植专业合作社" in c for c in coops)
    doc = run("柳林镇王庄村黑木耳种植专业合作社带动农户增收。")
    assert names(doc, "Cooperative") == {"王庄村黑木耳种植专业合作社"}


def test_a_trade_and_its_fillers_are_no_brand():
    # X村乡村旅游开发有限公司, X村农旅发展有限公司: a trade (GB/T 4754 short forms, 农旅 as 文旅) and the
    # fillers of company names (开发, 发展) after the village describe any village's company; two villages'
    # companies stay two bodies, each named with its village
    doc = run("东坡村乡村旅游开发有限公司和西坡村乡村旅游开发有限公司去年各分红20万元。")
    assert names(doc, "Enterprise") == {"东坡村乡村旅游开发有限公司", "西坡村乡村旅游开发有限公司"}
    doc = run("村党支部领办成立岩口村农旅发展有限公司，带动村民增收。")
    assert names(doc, "Enterprise") == {"岩口村农旅发展有限公司"}
