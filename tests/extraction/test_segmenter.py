"""segmenter.py: jieba-next's compiled segmentation gives jieba 0.42.1's words, rare characters too.
Every sentence here is invented."""

from __future__ import annotations

import jieba
import pytest

from ruralkg.ingest.extraction.segmenter import new_tokenizer

SENTENCES = [
    "青禾县柳塘村党支部领办了蔬菜种植专业合作社，带动80户村民增收。",
    "引进犇腾牧业、兴旺公司等项目落地。",  # 犇: a character the HMM tables lack in some states
    "村民张淑説道：今年的收成比去年好。",  # 説: traditional, absent from the HMM tables
    "2019--2020年度，柳河村完成了a.-.b编号的项目。",  # '-' stays inside jieba's blocks
    "鑫禾集团旗下绿源食品公司投资1200万元建设冷链物流中心。",
    "2021年以来，驻村工作队累计投入资金约80万元，帮助村里修路。",
    "燊垚農業科技有限公司與柳塘村簽訂合作協議。",
]


@pytest.fixture(scope="module")
def both():
    plain = jieba.Tokenizer()
    plain.initialize()
    return plain, new_tokenizer()


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_words_as_jieba(both, text):
    plain, fast = both
    assert list(fast.cut(text, HMM=True)) == list(plain.cut(text, HMM=True))


def test_added_words_count_as_in_jieba(both):
    plain, fast = both
    for tok in (plain, fast):
        tok.add_word("柳塘村", freq=200000, tag="ns")
    text = "柳塘村位于青山镇，柳塘村民风淳朴。"
    assert list(fast.cut(text, HMM=True)) == list(plain.cut(text, HMM=True))
    assert fast.FREQ["柳塘村"] == plain.FREQ["柳塘村"]
