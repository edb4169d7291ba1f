"""Body-name edges: where a body's name starts and which stems name something (invented sentences)."""

from __future__ import annotations

from tests.extraction.relation_helpers import names, run


def test_a_preposition_glued_inside_a_word_is_not_part_of_the_company():
    doc = run("平阴县南溪镇柳塘村、河湾村与鑫禾科技有限公司签订协议。")
    assert "鑫禾科技有限公司" in names(doc, "Enterprise")
    assert not any(n.startswith(("与", "村与")) for n in names(doc, "Enterprise"))


def test_a_bank_suffix_read_as_a_word_of_its_own():
    doc = run("平阴县农商银行为南溪镇提供贷款。")
    assert "平阴县农商银行" in names(doc, "Organization")


def test_an_association_named_by_one_personal_word():
    doc = run("平阴县南溪镇河湾村缺少桥梁。黎明商会捐资修桥。")
    assert "黎明商会" in names(doc, "Organization")


def test_an_association_without_a_name_is_no_node():
    doc = run("平阴县南溪镇成立了协会，帮助农户销售。")
    assert not names(doc, "Organization")


def test_the_trade_after_a_projects_owner_is_no_company():
    doc = run("平阴县南溪镇积极招商，引进鑫禾公司冷链物流项目。")
    assert names(doc, "Enterprise") == {"鑫禾公司"}
    assert "鑫禾公司冷链物流项目" in names(doc, "Project")


def test_organisations_known_by_their_kind():
    doc = run("平阴县政协和平阴县人大到南溪镇调研。")
    assert {"平阴县政协", "平阴县人大"} <= names(doc, "Organization")


def test_a_kind_followed_by_another_names_the_second_body():
    doc = run("会议由南溪街道人大工作委员会主任王某某主持。")
    assert "南溪街道人大" not in names(doc, "Organization")
