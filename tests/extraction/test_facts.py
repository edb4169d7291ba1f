"""Relations/facts.py: counts on what a sentence is about. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.amounts import find_facts
from tests.extraction.helpers import run


def test_count_facts():
    facts = {f.key: f.value for f in find_facts("全镇共有合作社38家，12个行政村，企业20余家。")}
    assert facts == {"cooperative_count": 38, "administrative_village_count": 12, "enterprise_count": 20}


def test_numbers_land_on_the_place_with_their_sentence():
    doc = run("柳林镇现有合作社38家，村集体收入达25.5万元。")
    town = next(e for e in doc.entities if e.name == "柳林镇")
    assert town.properties["cooperative_count"] == 38
    assert town.properties["collective_income_yuan"] == 255000
    assert any(f.key == "cooperative_count" and "38家" in f.sentence for f in town.facts)


def test_the_first_value_of_a_key_wins():
    doc = run("柳林镇现有合作社38家。柳林镇现有合作社40家。")
    town = next(e for e in doc.entities if e.name == "柳林镇")
    assert town.properties["cooperative_count"] == 38 and len(town.facts) == 1
