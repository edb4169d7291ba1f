"""Recognisers/programmes.py: programmes. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import programmes
from tests.extraction.helpers import mentions, names, rels, run


def test_quoted_and_unquoted_programmes():
    doc = run("柳林镇实施了红绿灯预警模式，推行“三包一联”工作机制，推广鲁信惠农贷。")
    assert {"红绿灯预警模式", "“三包一联”工作机制", "鲁信惠农贷"} <= names(doc, "Programme")
    assert ("柳林镇", "“三包一联”工作机制") in rels(doc, "IMPLEMENTS")


def test_formula_models_and_generic_phrases_are_not_programmes():
    doc = run("柳林镇推行“党支部+合作社+农户”模式，助力乡村振兴。")
    assert not names(doc, "Programme")


def test_nested_quotes_and_de_before_the_head():
    doc = run("合作社建立了‘入股有股金’的‘两金’分配模式。柳林镇推行“村社合一”的发展模式。")
    assert {"“两金”分配模式", "“村社合一”发展模式"} <= names(doc, "Programme")


def test_quoted_and_coded_programmes():
    doc = run("柳林镇认真贯彻落实省“千村示范工程”部署，为王庄村提供“五统一”生产服务。")
    assert {"千村示范工程", "五统一"} <= names(doc, "Programme")
    assert "千村示范工程" not in names(doc, "Project")
    doc = run("王庄村打造“金穗”自主品牌，实现“双增收”，成为全镇的“一号工程”。")
    assert not names(doc, "Programme")  # a brand, a slogan and a metaphor are no programmes


def test_each_programme_recogniser_alone():
    assert mentions("推行“村社合一”发展模式", programmes.quoted_programmes) == {("Programme", "“村社合一”发展模式")}
    assert mentions("开展“两进三帮”活动", programmes.quoted_programmes) == {("Programme", "“两进三帮”活动")}
    assert mentions("实施了红绿灯预警模式", programmes.unquoted_models) == {("Programme", "红绿灯预警模式")}
    assert mentions("发放齐鲁富民贷", programmes.loan_products) == {("Programme", "齐鲁富民贷")}
    assert mentions("落实防止返贫动态监测", programmes.fixed_programme_names) == {("Programme", "防返贫动态监测")}
