"""Relations/founding_shares.py: each contributor's money in a joint founding. Every sentence here is
invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.relations import founding_shares
from tests.extraction.helpers import relations
from tests.extraction.relation_helpers import rels as rel_props
from tests.extraction.relation_helpers import run

_COOP = "柳林镇富民果业专业合作社"


def _amounts(text: str) -> dict[str, object]:
    return {s: p.get("amount_yuan") for (s, d), p in rel_props(run(text), "INVESTS_IN").items() if d == _COOP}


def test_a_list_of_founders_all_give_and_their_own_amounts_follow_after_of_which():
    got = _amounts(f"东岗村、楼南村、王庄村共同出资成立{_COOP}，其中东岗村出资50万元，楼南村、王庄村各出资30万元。")
    assert got == {"东岗村": 500000, "楼南村": 300000, "王庄村": 300000}


def test_each_before_the_cue_gives_the_amount_to_every_item_and_a_company_gives_its_own():
    got = _amounts(f"东岗村、楼南村以集体资金各入股20万元，青禾农业有限公司出资100万元，共同成立{_COOP}。")
    assert got == {"东岗村": 200000, "楼南村": 200000, "青禾农业有限公司": 1000000}


def test_a_joint_amount_is_nobodys_share():
    got = _amounts(f"东岗村、楼南村共同出资80万元成立{_COOP}。")
    assert set(got) == {"东岗村", "楼南村"} and not any(got.values())


def test_one_contributor_or_two_founded_bodies_are_left_to_the_money_rule():
    one = f"东岗村出资50万元成立{_COOP}。"
    assert not relations(one, [founding_shares.founding_shares])
    two = "东岗村、楼南村各出资20万元，成立柳林镇富民果业专业合作社和柳林镇青禾农业有限公司。"
    assert not relations(two, [founding_shares.founding_shares])


def test_contributors_after_you_and_closed_by_a_count_and_a_plant_built_together():
    text = "2021年，柳林乡党委牵头，由东庄村、南岭村、后河村等3个村各出资80万元，联合成立柳林县谷丰小米专业合作社联合社。"
    got = {s: p.get("amount_yuan") for (s, d), p in rel_props(run(text), "INVESTS_IN").items()}
    assert got == {"东庄村": 800000, "南岭村": 800000, "后河村": 800000}
    text = "去年，东庄村、南岭村等2个村各出资150万元，联合兴建柳林镇三村联建青稞酒厂。"
    got = {s for (s, d), p in rel_props(run(text), "INVESTS_IN").items() if p.get("amount_yuan") == 1500000}
    assert got == {"东庄村", "南岭村"}


def test_a_union_of_cooperatives_founded_under_a_township_committee():
    from tests.extraction.helpers import rels as rel_names

    text = "2021年，在镇党委牵头下，勐库镇南勐、帕拉、忙蚌等3个村委会共同出资180万元，组建勐库镇茶叶专业合作社联合社。"
    doc = run(text)
    (union,) = [e for e in doc.entities if e.type == "Cooperative"]
    assert union.name.endswith("专业合作社联合社")
    got = rel_props(doc, "INVESTS_IN")
    assert {s for s, d in got if d == union.name} == {"南勐村", "帕拉村", "忙蚌村"}
    assert not any(got[k] for k in got)  # a joint amount is nobody's share
    assert ("勐库镇党委", union.name) in rel_names(doc, "LEADS")


def test_respectively_gives_each_contributor_its_amount_in_the_written_order():
    got = _amounts(f"东岗村、楼南村分别出资50万元、30万元，共同成立{_COOP}。")
    assert got == {"东岗村": 500000, "楼南村": 300000}


def test_shares_that_do_not_join_the_founding_give_it_nothing():
    # a purpose, or another subject founding, stands between the money and the founding
    assert not _amounts(f"石岭村、东河村各投入资金10万元修建村道，石岭村还成立了{_COOP}。")
    assert not _amounts(f"县财政局、县农业农村局分别投入资金50万元、30万元，支持石岭村成立{_COOP}。")


def test_an_amount_stated_in_another_sentence_stays():
    got = _amounts(f"东岗村以50万元入股{_COOP}。去年，东岗村、楼南村共同出资，又成立了{_COOP}。")
    assert got == {"东岗村": 500000, "楼南村": None}


def test_an_amount_put_in_with_yi_before_the_stake_is_the_givers():
    # 以N元…入股: the amount stands in the manner phrase before the cue, not after it
    got = _amounts(f"东岗村、楼南村与青禾农业有限公司共同出资500万元，成立{_COOP}，其中青禾农业出资300万元，"
                   "两村各以100万元扶贫资产入股。")
    assert got == {"东岗村": 1000000, "楼南村": 1000000, "青禾农业有限公司": 3000000}


def test_villages_counted_in_characters_each_take_a_stake_in_what_a_branch_founds():
    # 联合党委领办了X，三个村各以集体资金50万元入股: 领办 founds; 三个村 are the three villages listed
    doc = run("石桥镇溪口村、柚岭村、大坑村成立联合党委。联合党委领办了石桥镇蜜柚产业联合社，三个村各以集体资金50万元入股。")
    got = {s: p.get("amount_yuan") for (s, d), p in rel_props(doc, "INVESTS_IN").items() if d == "石桥镇蜜柚产业联合社"}
    assert got == {"溪口村": 500000, "柚岭村": 500000, "大坑村": 500000}
