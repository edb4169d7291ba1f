"""Recognisers/level_bodies.py: bodies written with a bare level. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import level_bodies
from tests.extraction.helpers import mentions, names, rels, run


def test_a_bare_level_body_is_named_with_the_articles_place_of_that_level():
    doc = run("平阴县南溪镇柳塘村发展养殖。县政协副主席王青山一行到柳塘村调研。")
    assert "平阴县政协" in names(doc, "Organization")
    assert ("王青山", "平阴县政协") in rels(doc, "HOLDS_POST")
    alias = next(e for e in doc.entities if e.name == "平阴县政协").aliases
    assert "县政协" in alias


def test_a_level_that_ends_a_word_or_a_deputys_title_names_no_body():
    assert mentions("开发区人大代表和县人大代表李某发言", level_bodies.level_bodies) == set()
    assert mentions("区人大常委会和县委组织部联合调研", level_bodies.level_bodies) == {
        ("Organization", "区人大常委会"), ("Organization", "县委组织部")}


def test_with_two_places_of_the_level_the_written_form_stays():
    doc = run("平阴县与东阿县合作。县委组织部派出干部。")
    assert "县委组织部" in names(doc, "Organization")
