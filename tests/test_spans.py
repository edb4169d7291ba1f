"""The span index answers what the old scans over every mention answered."""

from __future__ import annotations

from ruralkg.ingest.extraction.context import Mention
from ruralkg.ingest.extraction.recognisers.body_lists import (
    ENTERPRISE_LIST,
    ENTERPRISE_LIST_END,
    lists_closed_by,
)
from ruralkg.ingest.spans import SpanIndex


def test_lookups_by_position():
    idx = SpanIndex()
    town = Mention("Township", "柳林镇", 2, 5)
    village = Mention("Village", "王庄村", 5, 8)
    coop = Mention("Cooperative", "王庄村果蔬合作社", 5, 13)
    for m in (town, village, coop):
        idx.add(m)
    assert idx.covering(4) and not idx.covering(1) and not idx.covering(13)
    assert idx.covering(6, types=("Cooperative",)) and not idx.covering(9, types=("Village",))
    assert not idx.covering(3, exclude=("Township",))
    assert idx.starting_at(5) == [village, coop] and idx.ending_at(8) == [village]
    assert idx.floor_before(4) == 0 and idx.floor_before(5) == 5 and idx.floor_before(20) == 8  # places only
    assert idx.starting_in(0, 6) == [town, village, coop]


def test_keep_rebuilds_every_lookup():
    idx = SpanIndex()
    a, b = Mention("Project", "甲项目", 0, 3), Mention("Programme", "乙工程", 0, 3)
    idx.add(a)
    idx.add(b)
    idx.keep(lambda m: m.type != "Project")
    assert list(idx) == [b] and idx.starting_at(0) == [b] and idx.covering(1, types=("Programme",))
    assert not idx.covering(1, types=("Project",))


def test_lists_are_read_back_from_their_closing_words():
    s = "镇里有甲村、乙村，引进华康药业、鑫源集团等企业，还有丙丁集团等公司。"
    found = [(m.group(1), c.group()) for m, c in lists_closed_by(s, ENTERPRISE_LIST, ENTERPRISE_LIST_END)]
    assert found == [("引进华康药业、鑫源集团", "等企业"), ("还有丙丁集团", "等公司")]
