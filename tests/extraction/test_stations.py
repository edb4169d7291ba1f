"""Recognisers/stations.py: an association's station in a village. Every sentence here is invented."""

from __future__ import annotations

from tests.extraction.helpers import names, rels, run


def test_an_associations_station_in_a_village_is_one_organisation_and_the_village_is_read_whole():
    doc = run("平阴县南溪镇柳塘村与平阴县青禾果蔬协会签订协议，设立“平阴县青禾果蔬协会柳塘村工作服务站”。")
    assert "平阴县青禾果蔬协会柳塘村工作服务站" in names(doc, "Organization")
    assert "柳塘村" in names(doc, "Village") and not any(n.startswith("协会") for n in names(doc, "Village"))
    assert ("平阴县青禾果蔬协会柳塘村工作服务站", "柳塘村") in rels(doc, "LOCATED_IN")
