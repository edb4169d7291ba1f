"""Relations/leads.py: LEADS. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.relations import leads
from tests.extraction.helpers import names, relations, rels, run


def test_branches_in_a_list_and_passive_leads():
    doc = run("据悉，前进村集体经济合作社是由前进村党总支书记韩立新牵头，联合东沟支部、西岭支部共同创建。")
    assert {"东沟党支部", "西岭党支部", "前进村党总支"} <= names(doc, "Branch")
    assert ("前进村党总支", "前进村集体经济合作社") in rels(doc, "LEADS")


def test_leads_alone():
    assert relations("王庄村党支部领办了青禾种植专业合作社。", [leads.leads]) == {
        ("LEADS", "王庄村党支部", "青禾种植专业合作社")}


def test_every_body_listed_after_the_led_one_is_led():
    doc = run("今年以来，柳林镇东岭村成立两个党支部领办合作社，分别是东岭村葡萄种植专业合作社和东岭村光伏发电专业合作社。")
    led = {target for _branch, target in rels(doc, "LEADS")}
    assert "东岭村葡萄种植专业合作社" in led
    assert any("光伏发电专业合作社" in t for t in led)


def test_a_branch_under_whose_leadership_a_body_is_founded_leads_it():
    doc = run("在桃源村党支部的带领下，村民们组建了绿源养殖专业合作社。")
    assert ("桃源村党支部", "绿源养殖专业合作社") in rels(doc, "LEADS")
    # by its kind, in an article about one village: that village's branch
    doc = run("桃源村位于青山镇。在村党支部的带领下，村民们组建了绿源养殖专业合作社。")
    assert ("桃源村党支部", "绿源养殖专业合作社") in rels(doc, "LEADS")


def test_leadership_by_a_body_that_is_no_branch_is_no_lead():
    doc = run("在驻村工作队的带领下，桃源村成立了富民种植专业合作社。")
    assert not rels(doc, "LEADS")


def test_a_count_of_branches_leading_cooperatives_is_no_relation():
    doc = run("柳林镇青禾村党支部领办了柳林镇青禾茶叶专业合作社。柳林镇党委书记王振东表示，全镇已有23个村党支部领办了合作社。")
    assert rels(doc, "LEADS") == {("青禾村党支部", "青禾茶叶专业合作社")}


def test_a_branch_by_its_kind_then_an_adverb_leads():
    doc = run("柳林镇青禾村位于山区。为了让村民分享红利，村党支部又牵头成立了青禾村民宿服务专业合作社。")
    assert ("青禾村党支部", "青禾村民宿服务专业合作社") in rels(doc, "LEADS")


def test_a_joint_committee_by_its_kind_leads_what_it_founds():
    # 联合党委领办了X: the article's one joint committee
    doc = run("石桥镇5个村成立石桥镇柑橘片区联合党委。联合党委领办了青山橘源农业发展有限公司。")
    assert ("石桥镇柑橘片区联合党委", "青山橘源农业发展有限公司") in rels(doc, "LEADS")


def test_a_date_between_the_branch_and_its_lead_cue():
    doc = run("在岸堤镇东峪村，村党支部书记高建民带领村党支部于2022年领办了沂南县东峪果品专业合作社。")
    assert any(s == "东峪村党支部" for s, _ in rels(doc, "LEADS"))


def test_a_leadership_frame_leads_what_is_founded_not_a_co_investor():
    doc = run("2023年，在马营河村党支部的牵头下，村集体以120亩闲置土地和80万元资金入股，占股30%；"
              "山西塞上牧业有限公司出资420万元，占股70%，共同组建了右玉县丰牧养殖有限公司。")
    led = {t for _, t in rels(doc, "LEADS")}
    assert "山西塞上牧业有限公司" not in led and any(t.endswith("丰牧养殖有限公司") for t in led)
