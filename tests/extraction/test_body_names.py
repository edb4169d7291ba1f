"""Body_names.py: is a body's name a name. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, run


def test_bodies_the_article_does_not_name():
    doc = run("柳林镇王庄村与广州某公司签约，村里的猕猴桃合作社带动农户增收。")
    assert not names(doc, "Enterprise") and not names(doc, "Cooperative")
    doc = run("柳林镇王庄村金穗猕猴桃种植专业合作社带动农户增收。")
    assert "金穗猕猴桃种植专业合作社" in names(doc, "Cooperative")  # a brand is a name
