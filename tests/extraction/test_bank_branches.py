"""Recognisers/bank_branches.py: a bank's branch named after the bank and its place. Invented sentences."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import bank_branches, divisions
from tests.extraction.helpers import mentions, names, run


def test_a_banks_provincial_branch_is_one_name_and_the_bank_another():
    found = mentions("兴农银行湖南省分行向柳塘村捐赠物资。", divisions.gazetteer_places, bank_branches.bank_branches)
    assert {("Organization", "兴农银行湖南省分行"), ("Organization", "兴农银行")} <= found


def test_a_county_branch_and_a_branch_named_by_a_short_place_name():
    found = mentions("平阴农商银行南溪支行为柳塘村授信。", divisions.gazetteer_places, bank_branches.bank_branches)
    assert ("Organization", "平阴农商银行南溪支行") in found
    assert mentions("银行为柳塘村授信。", bank_branches.bank_branches) == set()


def test_a_branch_named_after_a_three_character_place():
    doc = run("广东英德农村商业银行连江口支行为合作社授信300万元。")
    assert "广东英德农村商业银行连江口支行" in names(doc, "Organization")


def test_a_state_bank_whose_name_reads_as_a_verb_and_该行():
    doc = run("建设银行柳河分行向青禾村派驻工作队已有4年。该行为青禾村蔬菜专业合作社授信300万元。")
    assert "建设银行柳河分行" in names(doc, "Organization")
    by_id = {e.id: e.name for e in doc.entities}
    credit = {(by_id[r.source], r.properties.get("credit_yuan")) for r in doc.relations if r.type == "SUPPORTS"}
    assert ("建设银行柳河分行", 3000000) in credit


def test_a_state_banks_short_name_before_its_branch_is_the_bank_in_full():
    from tests.extraction.helpers import rels, run
    doc = run("农行墨玉县支行为和田昆仑果品有限公司授信5000万元。")
    assert ("中国农业银行墨玉县支行", "和田昆仑果品有限公司") in rels(doc, "SUPPORTS")  # 和田: a name, no 和


def test_a_branch_is_in_the_place_it_serves_not_its_banks():
    from tests.extraction.helpers import rels, run
    doc = run("安吉县溪龙乡白沙坞村茶园连片。安吉农商银行溪龙支行为合作社授信500万元。")
    located = rels(doc, "LOCATED_IN")
    assert ("安吉农商银行溪龙支行", "溪龙乡") in located and ("安吉农商银行溪龙支行", "安吉县") not in located
    doc = run("五常市民乐朝鲜族乡红光村。哈尔滨银行五常支行为青禾公司授信8000万元。")
    assert ("哈尔滨银行五常支行", "五常市") in rels(doc, "LOCATED_IN")
