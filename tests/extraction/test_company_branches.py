"""Recognisers/company_branches.py: a company's branch office named after the company and its place.
Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, rels, run


def test_a_companys_branch_is_named_from_the_company_to_its_kind():
    doc = run("中国邮政集团有限公司梨树县分公司帮助合作社开通了线上店铺。")
    assert "中国邮政集团有限公司梨树县分公司" in names(doc, "Enterprise")
    assert "梨树县分公司" not in names(doc, "Enterprise")


def test_a_branch_helps_in_its_own_name():
    doc = run("青山村玉米合作社成立于2020年。青禾物流集团有限公司梨树县分公司帮助合作社开通了线上店铺。")
    assert any(a == "青禾物流集团有限公司梨树县分公司" for a, _ in rels(doc, "SUPPORTS"))
