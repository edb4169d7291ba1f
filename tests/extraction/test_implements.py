"""Relations/implements.py: IMPLEMENTS. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.relations import implements
from tests.extraction.helpers import relations, rels, run


def test_work_team_acts_when_no_subject_is_named():
    raw = ("柳林镇乡村振兴工作队——\n\n驻村以来，柳林镇乡村振兴工作队积极开展帮扶。\n\n"
           "工作队深化“四议两公开”工作机制。")
    doc = run(raw)
    assert ("柳林镇乡村振兴工作队", "“四议两公开”工作机制") in rels(doc, "IMPLEMENTS")


def test_implements_alone():
    assert relations("柳林镇推行积分制。", [implements.implements]) == {("IMPLEMENTS", "柳林镇", "积分制")}
    assert relations("柳林镇的积分制。", [implements.implements]) == set()  # no implement cue


def test_the_clause_subject_implements_and_a_person_does_not():
    doc = run("柳林镇青山村——\n\n青山村坚持“三清两改”工作法。村民张建华用好小额信贷政策，申请贷款5万元养牛。")
    found = rels(doc, "IMPLEMENTS")
    assert ("青山村", "“三清两改”工作法") in found
    assert not any(p == "小额信贷" for _, p in found)  # a villager uses the loan: no place implements it


def test_a_body_inside_the_programme_name_is_not_its_implementer():
    doc = run("柳林镇把村党支部领办合作社作为全镇的重点工作，全面推行。")
    assert ("柳林镇", "党支部领办合作社") in rels(doc, "IMPLEMENTS")


def test_in_reported_speech_the_items_place_acts_not_the_speakers_body():
    doc = run("柳林镇青山村——\n\n青山村党支部书记王建国说，从2018年开始实施的“五年计划”，已让村里大变样。")
    found = rels(doc, "IMPLEMENTS")
    assert ("青山村", "五年计划") in found
    assert ("青山村党支部", "五年计划") not in found


def test_a_bank_launching_or_lending_a_loan_product_implements_it():
    doc = run("梨树县农村商业银行推出“玉米贷”，为王庄村玉米种植专业合作社授信600万元。")
    assert ("梨树县农村商业银行", "玉米贷") in rels(doc, "IMPLEMENTS")
    doc = run("邮储银行梨树县支行向两村52户农户发放“黄桃贷”560万元。")
    assert ("邮储银行梨树县支行", "黄桃贷") in rels(doc, "IMPLEMENTS")
