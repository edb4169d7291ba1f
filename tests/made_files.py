"""Real files the tests make themselves: e-paper PDF pages typeset in columns with a real CJK font,
an image-only page, a Word file, saved web pages of two layouts, reprints of one report.

The PDF writes its lines across the columns (row by row), so the order of the text in the file is
not the reading order: a reader that follows the file's order mixes the items.
"""

from __future__ import annotations

from pathlib import Path

CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
PAPER = "范县日报"
PAGE_DATE = "2024年3月5日"

# three items of one page: a headline, a body that opens with 本报讯, a byline in brackets closing it
ITEMS = [
    ("王庄村合作社分红",
     "本报讯 范县柳林镇王庄村党支部领办的王庄村种植专业合作社今年为入社群众分红十二万元。"
     "村党支部书记李国强说，合作社流转土地八百亩，种植优质小麦，带动一百二十户群众增收。",
     "（张明）"),
    ("陈庄村建成扶贫车间",
     "本报讯 范县陈庄镇陈庄村扶贫车间日前建成投产，吸纳周边六十名群众就近就业。"
     "车间由范县农业农村局投资八十万元建设，主要生产服装和箱包。",
     "（王丽）"),
    ("高码头镇推进人居环境整治",
     "本报讯 范县高码头镇组织党员干部开展农村人居环境整治，清理垃圾三百余吨。"
     "镇党委书记赵志刚要求各村建立长效机制，让村庄干净整洁。",
     "（刘洋）"),
]


def item_text(i: int) -> str:
    head, body, byline = ITEMS[i]
    return head + body + byline


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def make_epaper_pdf(path: Path, items: list[tuple[str, str, str]] = ITEMS, title: str | None = PAPER) -> Path:
    """One A4 page: a masthead band (paper, date, page), then one item per column, lines written across."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("cjk", fname=str(CJK_FONT), collection_font_number=2)  # 2: Noto Sans CJK SC
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.text(40, 50, f"{PAPER}  {PAGE_DATE} 星期二  第3版  乡村振兴")
    columns = []
    for head, body, byline in items:
        columns.append([(16, head), *((10, line) for line in _wrap(body, 14)), (10, byline)])
    col_width, top = 175, 110
    for row in range(max(len(c) for c in columns)):
        for col, lines in enumerate(columns):  # across the columns: the file's order is not the reading order
            if row < len(lines):
                size, line = lines[row]
                pdf.set_font("cjk", size=size)
                pdf.text(40 + col * col_width, top + row * 18, line)
    pdf.output(str(path))
    return path


def make_image_pdf(path: Path, source_pdf: Path) -> Path:
    """A page that is only a picture (a scan): the text page rendered at 200 dpi, placed as an image."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    page = pdfium.PdfDocument(source_pdf)[0]
    image = page.render(scale=200 / 72).to_pil()
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(str(path))
    return path


def make_docx(path: Path, paragraphs: list[str], title: str | None = None,
              table: list[list[str]] | None = None) -> Path:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for par in paragraphs:
        document.add_paragraph(par)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    document.save(str(path))
    return path


_MENU = "".join(f'<li><a href="/{i}.html">{name}</a></li>' for i, name in
                enumerate(["首页", "要闻", "政务公开", "乡村振兴", "县委书记信箱", "专题专栏", "视频新闻"]))
_SIDEBAR = "".join(f'<li><a href="/hot/{i}.html">{name}</a></li>' for i, name in enumerate(
    ["全县召开经济工作会议部署明年工作", "县长带队检查安全生产工作", "我县举办农民丰收节系列活动",
     "县委常委会学习贯彻全会精神"]))


def portal_page(headline: str, paragraphs: list[str], date: str, author: str, site: str, url: str) -> str:
    """A county government portal: meta tags for the date, author and site; menu, sidebar, footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{headline}_{site}</title>
<meta name="ArticleTitle" content="{headline}"><meta name="PubDate" content="{date} 09:30">
<meta name="author" content="{author}"><meta name="SiteName" content="{site}">
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{headline}">
<meta property="article:published_time" content="{date}T09:30:00+08:00">
<link rel="canonical" href="{url}"></head><body>
<div class="top"><ul class="menu">{_MENU}</ul><div class="search">站内搜索 <input></div></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/xczx/">乡村振兴</a></div>
<div class="main"><div class="left"><h1>{headline}</h1><div class="info">来源：{site} 作者：{author}</div>
<div class="content">{body}</div></div>
<div class="right"><h3>热点新闻</h3><ul>{_SIDEBAR}</ul></div></div>
<div class="footer">主办：{site} 版权所有 备案号：豫ICP备00000000号 联系电话：0393-0000000</div>
</body></html>"""


def news_site_page(headline: str, paragraphs: list[str], date: str, author: str, site: str, url: str) -> str:
    """A news site: JSON-LD NewsArticle for the metadata, the article in plain divs, related links and comments."""
    import json

    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
                     "datePublished": f"{date}T08:00:00+08:00", "author": {"@type": "Person", "name": author},
                     "publisher": {"@type": "Organization", "name": site}, "url": url}, ensure_ascii=False)
    body = "".join(f'<div class="para">{p}</div>' for p in paragraphs)
    related = "".join(f'<li><a href="/r/{i}">{t}</a></li>' for i, t in enumerate(
        ["全省粮食生产再获丰收", "数字乡村建设提速", "农村电商带火土特产"]))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{headline} - {site}</title>
<script type="application/ld+json">{ld}</script><script>var tracker = "县委书记李某某";</script></head>
<body><header><a href="/">{site}</a><nav><a href="/news">新闻</a><a href="/gov">时政</a><a href="/rural">三农</a></nav></header>
<div id="wrap"><div class="article-box"><div class="title-box"><h1 class="title">{headline}</h1></div>
<div class="article-body">{body}</div></div>
<div class="related"><h4>相关阅读</h4><ul>{related}</ul></div>
<div class="comments"><h4>网友评论</h4><div class="comment">这篇报道写得好，为家乡点赞！希望越来越好。</div></div></div>
<footer>{site}版权所有，未经授权禁止转载</footer></body></html>"""
