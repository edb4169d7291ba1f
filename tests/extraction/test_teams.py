"""Recognisers/teams.py: work teams named after their place and sender. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.recognisers import suffixed_places, teams
from tests.extraction.helpers import mentions, names, rels, run


def test_work_team_named_after_sender_and_place():
    doc = run("为推进乡村振兴，省委驻范县乡村振兴帮扶工作队聚焦柳林镇产业发展。")
    assert "省委驻范县乡村振兴帮扶工作队" in names(doc, "Organization")
    assert ("省委驻范县乡村振兴帮扶工作队", "范县") in rels(doc, "LOCATED_IN")


def test_a_team_after_its_place_and_sender_alone():
    found = mentions("市委组织部驻王庄村帮扶工作队进村", suffixed_places.townships_and_villages, teams.teams)
    assert ("Organization", "市委组织部驻王庄村帮扶工作队") in found
    assert mentions("帮扶工作队进村", teams.teams) == set()  # no place: no named team
