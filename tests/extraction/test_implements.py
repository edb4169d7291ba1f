"""Relations/implements.py: IMPLEMENTS. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.extraction.relations import implements
from tests.extraction.helpers import relations, rels, run


def test_work_team_acts_when_no_subject_is_named():
    raw = ("柳林镇乡村振兴工作队——\n\n驻村以来，柳林镇乡村振兴工作队积极开展帮扶。\n\n"
           "工作队深化“四议两公开”工作机制。")
    doc = run(raw)
    assert ("柳林镇乡村振兴工作队", "“四议两公开”工作机制") in rels(doc, "IMPLEMENTS")


def test_implements_alone():
    assert relations("柳林镇推行积分制。", [implements.implements]) == {("IMPLEMENTS", "柳林镇", "积分制")}
    assert relations("柳林镇的积分制。", [implements.implements]) == set()  # no implement cue
