"""words.py: the segmenter's words of a stretch, remembered within one article and forgotten after it."""

from __future__ import annotations

from ruralkg.ingest.extraction import words
from ruralkg.ingest.extraction.extractor import Extractor


def test_a_stretch_is_cut_once_and_gives_the_same_words():
    words.forget_tokens()
    first = words.tokens("王庄村合作社投入资金")
    assert first == words.tokens("王庄村合作社投入资金") and first is words.tokens("王庄村合作社投入资金")
    assert "投入" in first


def test_an_article_starts_with_nothing_remembered_from_the_one_before():
    extractor = Extractor()
    extractor.extract_text("柳林镇王庄村成立果蔬专业合作社，村党支部书记张明说。")
    second = "河湾村投资200万元建设茶叶基地。"
    extractor.extract_text(second)
    assert words._cut and all(stretch in second for stretch in words._cut)
