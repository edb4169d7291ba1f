"""pipeline.py: one ordered list of recognisers and one of relation rules, runnable in part."""

from __future__ import annotations

from ruralkg.ingest.extraction.pipeline import RECOGNISERS, RELATION_RULES, find_mentions
from ruralkg.ingest.extraction.recognisers import bodies, divisions, suffixed_places
from ruralkg.ingest.extraction.relations import located_in, support
from tests.extraction.helpers import mentions, relations


def test_places_come_before_the_bodies_that_start_with_them():
    order = [f.__name__ for f in RECOGNISERS]
    assert order.index("townships_and_villages") < order.index("bodies") < order.index("titled_people")
    rules = [f.__name__ for f in RELATION_RULES]
    assert rules[0] == "place_chains" and rules.index("posts") < rules.index("money") < rules.index("support")


def test_one_recogniser_alone_on_one_sentence():
    assert mentions("柳林镇王庄村村民", suffixed_places.townships_and_villages) == {
        ("Township", "柳林镇"), ("Village", "王庄村")}
    assert mentions("柳林镇王庄村村民", bodies.bodies) == set()


def test_later_recognisers_read_what_earlier_ones_found():
    alone = mentions("王庄村果蔬专业合作社", bodies.bodies)
    after_places = mentions("王庄村果蔬专业合作社", suffixed_places.townships_and_villages, bodies.bodies)
    assert ("Cooperative", "王庄村果蔬专业合作社") in after_places and ("Village", "王庄村") in after_places
    assert ("Village", "王庄村") not in alone


def test_the_whole_list_is_the_default():
    assert {(m.type, m.name) for m in find_mentions("山东省聊城市")} == mentions(
        "山东省聊城市", divisions.gazetteer_places)


def test_one_relation_rule_alone():
    text = "青禾公司与东昌府区柳林镇王庄村结对。"
    assert relations(text, [support.support]) == {("SUPPORTS", "青禾公司", "王庄村")}
    chains = relations(text, [located_in.place_chains])
    assert ("LOCATED_IN", "王庄村", "柳林镇") in chains and not any(t == "SUPPORTS" for t, _, _ in chains)
