"""recognisers/founded_cooperatives.py: a cooperative named only by its trade is one cooperative when a
named place or body founds or leads it. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, rels, run


def test_a_branch_that_leads_a_trade_cooperative_leads_that_one():
    doc = run("柳塘村党支部领办了蔬菜种植专业合作社，带动80户村民增收。")
    assert "蔬菜种植专业合作社" in names(doc, "Cooperative")
    assert ("柳塘村党支部", "蔬菜种植专业合作社") in rels(doc, "LEADS")
    assert ("蔬菜种植专业合作社", "柳塘村") in rels(doc, "LOCATED_IN")


def test_founded_by_a_village_or_described_as_led_by_a_branch():
    doc = run("河湾村协助村民成立了编织专业合作社。由青山村党支部领办的养牛合作社去年分红20万元。")
    assert {"编织专业合作社", "养牛合作社"} <= names(doc, "Cooperative")
    assert ("编织专业合作社", "河湾村") in rels(doc, "LOCATED_IN")
    assert ("青山村党支部", "养牛合作社") in rels(doc, "LEADS")


def test_no_named_founder_or_a_count_gives_no_cooperative():
    assert not names(run("村民自发成立了蔬菜种植专业合作社。"), "Cooperative")
    assert not names(run("柳塘村成立了一家蔬菜合作社，全镇新成立的合作社有12家。"), "Cooperative")
    # a kind of branch leading a kind of cooperative is the name of a policy, not one cooperative
    assert not names(run("青山县推进党支部领办土地合作社工作。"), "Cooperative")


def test_the_villages_branch_by_reference_leads_a_trade_cooperative():
    doc = run("柳塘村位于青山镇。村党支部领办了劳务合作社，吸纳村民60人。")
    assert ("柳塘村党支部", "劳务合作社") in rels(doc, "LEADS")
    assert ("劳务合作社", "柳塘村") in rels(doc, "LOCATED_IN")
