"""Recognisers/references.py: 该镇, 全村, 镇党委 resolved to what the item is about. Every sentence here is invented."""

from __future__ import annotations

from ruralkg.ingest.article_graph import ArticleGraph, Focus, Node
from ruralkg.ingest.extraction.recognisers.references import reference
from ruralkg.ingest.normalize import normalise
from ruralkg.ingest.segment import Sentence
from tests.extraction.helpers import rels, run


def test_subject_is_the_most_specific_place_and_the_first_reference():
    doc = run("聊城市东昌府区柳林镇推行“三包一联”工作机制。柳林镇东岗村建成冷库。该镇实施了红绿灯预警模式，对全村农户开展监测。")
    implements = rels(doc, "IMPLEMENTS")
    assert ("柳林镇", "“三包一联”工作机制") in implements
    assert ("柳林镇", "红绿灯预警模式") in implements and ("东岗村", "红绿灯预警模式") not in implements


def test_the_reference_written_first_wins_and_a_branch_by_level_is_the_focus_places():
    town, village = Node("t", "Township", "柳林镇"), Node("v", "Village", "王庄村")
    focus = Focus(township=town, village=village)
    sent = Sentence("该镇实施…，对全村农户开展监测", 0, 15, 0)
    assert reference(sent, focus) is town
    assert reference(Sentence("村里修了路", 0, 5, 0), focus) is village
    text = "村党支部领办了合作社"
    graph = ArticleGraph(normalise(text))
    branch = reference(Sentence(text, 0, len(text), 0), focus, graph)
    assert branch is not None and branch.name == "王庄村党支部"
    assert reference(Sentence("大家都来了", 0, 5, 0), Focus()) is None
