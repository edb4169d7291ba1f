"""What analysts hold, read: e-paper PDF pages, scans, Word files, saved web pages; and an article's
identity, which survives moving its folder. Every file is made by the test itself."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import CORPUS, cli
from tests.made_files import (
    ITEMS,
    PAPER,
    item_text,
    make_docx,
    make_epaper_pdf,
    make_image_pdf,
    news_site_page,
    portal_page,
)
from tests.test_incremental import graph_dump

MOVED = ["d01_jilin.txt", "d02_hebei.txt", "n04_ningxia.txt"]
URL = "http://www.fanxian.gov.cn/xczx/20240305/1.html"


def _paragraphs(name: str) -> list[str]:
    text = (CORPUS / name).read_text(encoding="utf-8")
    return [p.strip() for p in text.splitlines() if p.strip()][1:]


def test_pdf_page_reads_across_columns_and_splits_its_items(tmp_path):
    from ruralkg.ingest.reader import read_documents

    docs = read_documents(make_epaper_pdf(tmp_path / "fanxian_2024-03-05_03.pdf"))
    assert [d.part for d in docs] == ["p1-1", "p1-2", "p1-3"]
    for i, doc in enumerate(docs):
        assert doc.text.replace("\n", "") == item_text(i)  # each item whole, in reading order, nothing else
        assert doc.published == "2024-03-05" and doc.site == PAPER
    assert docs[0].text.splitlines()[0] == ITEMS[0][0]  # the headline is its own line


def test_image_only_page_is_read_by_ocr_with_its_confidence(tmp_path):
    from ruralkg.ingest.reader import read_documents

    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is needed: apt-get install tesseract-ocr tesseract-ocr-chi-sim (./run does it)")
    scan = make_image_pdf(tmp_path / "scan.pdf", make_epaper_pdf(tmp_path / "page.pdf"))
    docs = read_documents(scan)
    assert len(docs) == 3
    assert "OCR" in docs[0].warnings[0] and "confidence" in docs[0].warnings[0]
    assert docs[1].published == "2024-03-05" and docs[1].site == PAPER  # the scanned masthead
    assert "陈庄村扶贫车间日前建成投产" in docs[1].text


def test_image_only_page_without_ocr_is_refused_with_the_reason(tmp_path, monkeypatch):
    from ruralkg.ingest.reader import ArticleReadError, read_documents

    scan = make_image_pdf(tmp_path / "scan.pdf", make_epaper_pdf(tmp_path / "page.pdf"))
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract program on this PATH
    with pytest.raises(ArticleReadError, match=r"scan\.pdf: the page\(s\) 1 are images .*tesseract-ocr"):
        read_documents(scan)


def test_word_file_reads_paragraphs_and_tables(tmp_path):
    from ruralkg.ingest.reader import read_documents

    paras = _paragraphs("d01_jilin.txt")[:3]
    path = make_docx(tmp_path / "稿件.docx", ["王庄村合作社分红", *paras], title="王庄村合作社分红",
                     table=[["村名", "分红"], ["王庄村", "十二万元"]])
    [doc] = read_documents(path)
    assert doc.text.splitlines() == ["王庄村合作社分红", *paras, "村名\u3000分红", "王庄村\u3000十二万元"]
    assert doc.title == "王庄村合作社分红"


@pytest.mark.parametrize("layout", [portal_page, news_site_page])
def test_saved_web_page_gives_main_text_and_its_metadata(tmp_path, layout):
    from ruralkg.ingest.reader import read_documents

    paras = _paragraphs("d01_jilin.txt")
    page = tmp_path / "page.html"
    page.write_text(layout("村党支部领办合作社", paras, "2024-03-05", "张明", "范县人民政府", URL), encoding="utf-8")
    [doc] = read_documents(page)
    assert doc.published == "2024-03-05" and doc.authors == ["张明"] and doc.site == "范县人民政府"
    assert doc.title == "村党支部领办合作社" and doc.text.startswith("村党支部领办合作社")
    if layout is portal_page:
        assert doc.url == URL  # its canonical link
    flat = doc.text.replace("\n", "")
    assert paras[-1].replace(" ", "")[:40] in flat.replace(" ", "")
    for boilerplate in ("县委书记信箱", "热点新闻", "版权所有", "网友评论", "相关阅读"):
        assert boilerplate not in doc.text


@pytest.fixture()
def graph_env(store_env, falkor_ingested, tmp_path):
    env = {**store_env, "RURALKG_GRAPH": f"sources_{tmp_path.name}"}
    cli(env, "reset", "--yes")
    return env


def _summary(proc) -> dict:
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _triples(path) -> list[str]:
    """The export's triples but the time it was made (the dataset's dcterms:issued)."""
    return sorted(line for line in path.read_text(encoding="utf-8").splitlines()
                  if not ("/id/dataset>" in line.split(" ", 1)[0] and "/dc/terms/issued>" in line))


def test_moved_folder_ingests_to_the_same_graph_without_extraction(graph_env, tmp_path):
    first = tmp_path / "a" / "corpus"
    first.mkdir(parents=True)
    for name in MOVED:
        shutil.copy(CORPUS / name, first / name)
    make_epaper_pdf(first / "page_2024-03-05.pdf")
    before = _summary(cli(graph_env, "ingest", str(first)))
    assert before["loaded"] == len(MOVED) + 3
    dump = graph_dump(graph_env)
    cli(graph_env, "export", "--out", str(tmp_path / "before.nt"), "--format", "nt")
    moved = tmp_path / "b" / "elsewhere" / "corpus"
    moved.parent.mkdir(parents=True)
    shutil.move(str(first), str(moved))
    again = _summary(cli(graph_env, "ingest", str(moved)))
    assert again["loaded"] == 0 and again["unchanged"] == len(MOVED) + 3  # nothing extracted again
    assert graph_dump(graph_env) == dump
    cli(graph_env, "export", "--out", str(tmp_path / "after.nt"), "--format", "nt")
    assert (tmp_path / "before.nt").read_text(encoding="utf-8").count("\n") > 100
    assert _triples(tmp_path / "after.nt") == _triples(tmp_path / "before.nt")
    # a file named alone is the same article as when its folder was named
    one = _summary(cli(graph_env, "ingest", str(moved / MOVED[0])))
    assert one["unchanged"] == 1 and one["loaded"] == 0
    listed = {a["path"] for a in json.loads(cli(graph_env, "articles", "--format", "json").stdout)}
    assert {f"corpus/{n}" for n in MOVED} | {f"corpus/page_2024-03-05.pdf#p1-{i}" for i in (1, 2, 3)} == listed


def test_folder_of_every_kind_loads_with_the_sources_metadata(graph_env, tmp_path):
    folder = tmp_path / "held"
    folder.mkdir()
    make_epaper_pdf(folder / "page.pdf")
    make_docx(folder / "稿件.docx", ["王庄村合作社分红", *_paragraphs("d02_hebei.txt")])
    (folder / "page.html").write_text(news_site_page("村党支部领办合作社", _paragraphs("d01_jilin.txt"), "2023-10-09",
                                                     "张明", "吉林日报", URL), encoding="utf-8")
    report = tmp_path / "report.json"
    proc = cli(graph_env, "ingest", str(folder), "--report", str(report))
    summary = _summary(proc)
    assert summary["loaded"] == 5 and summary["refused"] == 0
    # not a terminal: plain progress lines with the rate, no bar drawn with control characters
    assert "ingested 5/5 (" in proc.stderr and "/s" in proc.stderr and "\x1b[" not in proc.stderr
    outcomes = {f["path"].rsplit("/", 1)[-1]: f["outcome"] for f in json.loads(report.read_text())["files"]}
    assert outcomes == {"page.pdf#p1-1": "loaded", "page.pdf#p1-2": "loaded", "page.pdf#p1-3": "loaded",
                        "稿件.docx": "loaded", "page.html": "loaded"}
    rows = {a["path"]: a for a in json.loads(cli(graph_env, "articles", "--format", "json").stdout)}
    web = rows["held/page.html"]
    assert web["published"] == "2023-10-09" and web["source"] == "吉林日报" and web["authors"][0] == "张明"
    item = rows["held/page.pdf#p1-2"]
    assert item["published"] == "2024-03-05" and item["source"] == PAPER and item["title"] == ITEMS[1][0]


def test_three_sources_of_one_report_are_one_story(graph_env, tmp_path):
    from ruralkg.graph.loader import graph_counts

    lines = [ln for ln in (CORPUS / "d01_jilin.txt").read_text(encoding="utf-8").splitlines() if ln.strip()]
    folder = tmp_path / "reposts"
    folder.mkdir()
    (folder / "original.txt").write_text("\n".join(lines), encoding="utf-8")
    (folder / "portal.html").write_text(portal_page("党支部领办合作社 村集体和群众双增收", lines[1:], "2022-10-10", "张明",
                                                    "范县人民政府", URL), encoding="utf-8")
    (folder / "site.html").write_text(news_site_page("【乡村振兴】" + lines[0], [*lines[1:], "（责任编辑：王小明）"],
                                                     "2022-10-11", "李华", "中国农村网", URL), encoding="utf-8")
    (folder / "other.txt").write_text((CORPUS / "n04_ningxia.txt").read_text(encoding="utf-8"), encoding="utf-8")
    report = tmp_path / "report.json"
    summary = _summary(cli(graph_env, "ingest", str(folder), "--report", str(report)))
    assert summary["loaded"] == 2 and summary["reprint"] == 2, summary
    outcomes = {f["path"].rsplit("/", 1)[-1]: f["outcome"] for f in json.loads(report.read_text())["files"]}
    assert outcomes == {"original.txt": "loaded", "other.txt": "loaded", "portal.html": "reprint",
                        "site.html": "reprint"}
    [story] = json.loads(cli(graph_env, "articles", "--duplicates", "--format", "json").stdout)
    assert story["path"] == "reposts/original.txt"
    assert [(r["path"], r["source"], r["published"]) for r in story["reprints"]] == [
        ("reposts/portal.html", "范县人民政府", "2022-10-10"), ("reposts/site.html", "中国农村网", "2022-10-11")]
    # the graph counts the story once: the same as an ingest of the original alone
    from tests.conftest import settings_of

    alone = {**graph_env, "RURALKG_GRAPH": graph_env["RURALKG_GRAPH"] + "_alone"}
    cli(alone, "reset", "--yes")
    only = tmp_path / "reposts2"
    only.mkdir()
    for name in ("original.txt", "other.txt"):
        shutil.copy(folder / name, only / name)
    cli(alone, "ingest", str(only))
    from ruralkg.graph.store import open_store

    counts = []
    for env in (graph_env, alone):
        store = open_store(settings_of(env))
        counts.append(graph_counts(store))
        store.close()
    assert counts[0] == counts[1] and counts[0]["articles"] == 2
    again = _summary(cli(graph_env, "ingest", str(folder)))  # reprints known: nothing read again as new
    assert again["loaded"] == 0 and again["unchanged"] + again["reprint"] == 4
    assert cli(graph_env, "articles", "--duplicates").stdout.count("reposts/") == 3


def test_an_article_loaded_under_its_absolute_path_is_replaced_not_doubled(graph_env, tmp_path):
    """A graph loaded before identities were relative: the next ingest moves each article to its new id."""
    from ruralkg.graph.loader import load_article
    from ruralkg.graph.store import open_store
    from ruralkg.ingest.extraction.extractor import Extractor
    from tests.conftest import settings_of

    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(CORPUS / MOVED[0], folder / MOVED[0])
    old = str((folder / MOVED[0]).resolve())
    store = open_store(settings_of(graph_env))
    try:
        load_article(store, Extractor().extract_text((folder / MOVED[0]).read_text(encoding="utf-8"), old))
    finally:
        store.close()
    summary = _summary(cli(graph_env, "ingest", str(folder)))
    assert summary["loaded"] == 1 and summary["graph_articles"] == 1
    [row] = json.loads(cli(graph_env, "articles", "--format", "json").stdout)
    assert row["path"] == f"corpus/{MOVED[0]}"
