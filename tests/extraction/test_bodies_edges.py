"""Body-name edges: where a body's name starts and which stems name something (invented sentences)."""

from __future__ import annotations

from tests.extraction.relation_helpers import names, rels, run


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


def test_a_clause_verb_before_a_bare_kind_names_no_body():
    doc = run("平阴县南溪镇召开会议。南溪镇进行合作社第一次分红，柳塘村把36户贫困户全部纳入合作社，贫困户喜迎合作社分红。")
    assert not names(doc, "Cooperative")


def test_a_clause_verb_before_a_place_opens_the_name_after_it():
    doc = run("平阴县南溪镇结成联建关系，涵盖济南公交集团等国企。")
    assert "济南公交集团" in names(doc, "Enterprise")
    assert not any(n.startswith("涵盖") for n in names(doc, "Enterprise"))


def test_a_trade_verb_and_a_verb_inside_a_name_stay():
    doc = run("平阴县南溪镇柳塘村成立青禾果树种植专业合作社。省派加强基层党组织建设工作队驻柳塘村。")
    assert "青禾果树种植专业合作社" in names(doc, "Cooperative")
    assert any(n.endswith("加强基层党组织建设工作队") for n in names(doc, "Organization"))


def test_a_parent_and_its_child_company_are_two():
    doc = run("平阴县南溪镇与鑫禾集团旗下绿源食品公司达成合作。")
    assert {"鑫禾集团", "绿源食品公司"} <= names(doc, "Enterprise")
    assert not any("旗下" in n for n in names(doc, "Enterprise"))


def test_a_person_going_to_a_body_is_no_part_of_its_name():
    doc = run("平阴县南溪镇柳塘村的王青山书记到青禾合作社查看大棚。")
    assert not any("书记" in n for n in names(doc, "Cooperative"))


def test_a_plant_named_by_its_product_and_a_kind_by_its_nature_are_no_bodies():
    doc = run("平阴县南溪镇柳塘村建成腐竹厂，还有经营性公司抱团发展。图为合作社为社员发放物资。")
    assert not names(doc, "Enterprise") and not names(doc, "Cooperative")


def test_a_body_stopped_right_after_its_village_keeps_the_village_and_its_full_name():
    doc = run("平阴县南溪镇柳塘村成立两个合作社，分别是平阴县柳塘村农业专业合作社和平阴县柳塘村为民光伏发电专业合作社。")
    coop = next(e for e in doc.entities if e.type == "Cooperative" and "光伏" in e.name)
    assert "平阴县柳塘村为民光伏发电专业合作社" in {coop.name, *coop.aliases}
    assert (coop.name, "柳塘村") in rels(doc, "LOCATED_IN")


def test_a_long_name_cut_inside_its_parent_company_takes_the_parent_whole():
    doc = run("平阴县南溪镇柳塘村发展很快，多亏了东川中烟工业有限公司青安卷烟厂驻村工作队出资帮助。")
    assert "东川中烟工业有限公司青安卷烟厂" in names(doc, "Enterprise")
    assert not any(n.startswith("中烟") for n in names(doc, "Enterprise"))


def test_a_body_named_by_its_level_stops_at_the_verb_before_it():
    doc = run("东岭村第一书记王大明来自县文旅局。")
    assert "县文旅局" in names(doc, "Organization")
    assert not any("书记" in n for n in names(doc, "Organization"))


def test_a_joining_verb_after_a_body_kind_ends_the_next_bodys_name():
    doc = run("县供销社联合青禾公司开展助农活动。")
    assert "青禾公司" in names(doc, "Enterprise")
    assert not any("联合" in n for n in names(doc, "Enterprise"))
    assert "青禾联合发展有限公司" in names(run("青禾联合发展有限公司落户东岭村。"), "Enterprise")


def test_a_trade_after_a_county_keeps_the_county_in_the_company_name():
    doc = run("南乐县农产品销售有限公司收购村民的红薯。")
    assert "南乐县农产品销售有限公司" in names(doc, "Enterprise")


def test_a_copula_glued_to_the_word_before_and_a_concurrent_post_end_a_bodys_name():
    # jieba glues 村是 into one word; 是 still ends the bureau's name on its left
    doc = run("河湾村是县农业农村局的定点帮扶村。")
    assert not any(n.startswith("河湾村是") for n in names(doc, "Organization"))
    # 书记兼合作社理事长: 兼 joins two posts, no body is named 党支部书记兼合作社
    doc = run("柳塘村党支部书记兼合作社理事长李建国介绍。")
    assert not any("兼" in n for n in names(doc, "Cooperative"))
    assert ("李建国", "柳塘村党支部") in rels(doc, "HOLDS_POST")


def test_a_relative_clause_describes_the_body_that_acts():
    # X组成的Y捐款: Y gives, not X inside the clause that describes it; 企业家 is a noun, not a count in 家
    doc = run("今年春节，青山县在外企业家组成的青山县商业联谊会捐款50万元，支持白沙镇开展人居环境整治。")
    assert ("青山县商业联谊会", "白沙镇") in rels(doc, "SUPPORTS")
    assert not any(a == "青山县" for a, _ in rels(doc, "SUPPORTS"))
    assert "巫山县企业家协会" in names(run("巫山县企业家协会向曲尺乡捐款40万元。"), "Organization")


def test_two_quoted_names_side_by_side_are_two_bodies():
    doc = run("双赢公司与青岛农业大学共建“青岛农业大学水产学科工作站”“渔业专家工作站”。")
    assert "渔业专家工作站" in names(doc, "Organization")
    assert not any("”" in n or "“" in n for n in names(doc, "Organization"))
