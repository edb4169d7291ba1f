"""Publication dates and the dates a sentence gives for a fact, on invented lines of each kind."""

from __future__ import annotations

import pytest

from ruralkg.ingest.dates import former_post, publication_date, since_date, stated_date
from ruralkg.ingest.extraction.extractor import Extractor
from ruralkg.ingest.normalize import normalise

BODY = "南乐县城关镇按照工作思路，扎实推进“五星”支部创建，全镇11个行政村的创建任务已全部完成。"


def _date(text: str) -> str | None:
    return publication_date(normalise(text).text)


@pytest.mark.parametrize("text, want", [
    (f" 2024年 1月 4日 星期四 乡村振兴\n\n本报讯 {BODY}", "2024-01-04"),
    (f"“五星”齐闪耀\n来源:      时间:2023-08-07 09:11:31\n\n{BODY}", "2023-08-07"),
    (f"合作社分红\n09.09.2020 05:30\n{BODY}", "2020-09-09"),
    (f"合作社分红\n发布时间：2022年05月26日 15:27:04  来源: 云南网\n{BODY}", "2022-05-26"),
    (f"合作社分红\n2017-06-30 12:49:46 李某 来源:  责任编辑:\n{BODY}", "2017-06-30"),
    (f"合作社分红\n来源:广西日报 2020-05-27 07:14   https://www.example.cn/\n{BODY}", "2020-05-27"),
    (f"2023年第12期 乡村振兴\n合作社分红\n本报4月19日讯 {BODY}", "2023-04-19"),
    # a page header wins over the date the reprinted article carries
    (f"2024年3月5日 星期二 乡村振兴\n合作社分红\n2023年06月13日  来源:齐鲁晚报\n{BODY}", "2024-03-05"),
])
def test_each_kind_of_date_line(text, want):
    assert _date(text) == want


@pytest.mark.parametrize("text", [
    f"合作社分红\n2023年5月8日，城关镇召开“五星”支部创建推进会。{BODY}",   # an event in the first sentence
    f"合作社分红\n2023年5月8日上午，城关镇召开推进会，{BODY}",
    f"合作社分红\n本报4月19日讯 {BODY}",                                      # a dateline without a year
    f"合作社分红\n{BODY}",                                                    # no date at all
    f"合作社分红\n2023年45月8日 来源：某报\n{BODY}",                          # no such day
])
def test_no_publication_date_is_made_up(text):
    assert _date(text) is None


def test_an_undated_article_extracts_undated():
    doc = Extractor().extract_text(f"合作社分红\n2021年3月2日，城关镇召开推进会。{BODY}", "undated.txt")
    assert doc.article.published is None


@pytest.mark.parametrize("sentence, cue, want", [
    ("2021年，该村投资200万元建设冷库。", "200万元", "2021"),
    ("2019年5月，县里投入资金50万元。", None, "2019-05"),
    ("2018年起担任党支部书记，2021年5月8日投资30万元。", "30万元", "2021-05-08"),
    ("村里修了路。", None, None),
])
def test_stated_date(sentence, cue, want):
    assert stated_date(sentence, cue) == want


def test_since_and_former_posts():
    assert since_date("张某某2019年起担任王庄村党支部书记。", "书记") == "2019"
    assert since_date("2021年5月当选村委会主任的李某某说。") == "2021-05"
    assert since_date("2021年王庄村成立合作社，李某某任书记。") is None
    assert former_post("原王庄村党支部书记张某某介绍。", "书记", "张某某")
    assert former_post("前任主任李某某说。", "主任")
    assert not former_post("草原村党支部书记张某某介绍。", "书记", "张某某")
    assert not former_post("王庄村党支部书记张某某介绍，原来的路不好走。", "书记", "张某某")
