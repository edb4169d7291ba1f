"""context.py: what recognisers ask of the sentence and the mentions found so far."""

from __future__ import annotations

from ruralkg.ingest.extraction.context import Mention, SentenceContext


def test_lookups_over_the_mentions_found():
    ctx = SentenceContext("柳林镇王庄村果蔬合作社")
    town = ctx.add(Mention("Township", "柳林镇", 0, 3))
    village = ctx.add(Mention("Village", "王庄村", 3, 6))
    coop = ctx.add(Mention("Cooperative", "王庄村果蔬合作社", 3, 11))
    assert ctx.found == [town, village, coop]
    assert ctx.covered(4) and not ctx.covered(4, ("Township",)) and ctx.overlapped(2, 4)
    assert ctx.ends_at(6) is village and ctx.ends_at(11, ("Village",)) is None
    assert ctx.floor_before(5) == 3 and ctx.floor_before(7) == 6
    assert ctx.leading_place(3, 11) is village and ctx.leading_body(0, 12) is coop


def test_word_boundaries_follow_the_segmenter():
    ctx = SentenceContext("村民建设新家园")
    assert ctx.word_starts_at(0) and ctx.word_ends_at(2) and not ctx.word_ends_at(1)


def test_this_township_is_the_one_of_that_suffix_the_sentence_named_before():
    from tests.extraction.helpers import rels as rel_names
    from tests.extraction.helpers import run

    doc = run("柳林镇位于青山县东部。青山县白云乡与柳林镇结成对口帮扶关系后，青山县慈善会向该乡捐款120万元。")
    assert ("青山县慈善会", "白云乡") in rel_names(doc, "SUPPORTS")
    assert ("青山县慈善会", "柳林镇") not in rel_names(doc, "SUPPORTS")
