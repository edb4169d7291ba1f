"""Build a folder of bad and odd article files, one of each kind an analyst meets.

    python tests/bad_inputs.py OUT_DIR

Returns (from ``make``) the expected outcome per file name: "loaded" or "refused".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

TEXT = ("柳林镇王庄村党支部领办了王庄种植专业合作社，带动全村农户发展大棚蔬菜，"
        "今年村集体经济收入突破50万元。")
TRAD = "苗栗縣頭份鎮興隆里黨支部領辦了興隆種植專業合作社，帶動農戶發展蔬菜產業，村集體收入增加。"


def make(out: Path) -> dict[str, str]:
    out.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (out / name).write_bytes(data)
        expected[name] = outcome

    put("utf8.txt", TEXT.encode("utf-8"), "loaded")
    put("utf8_bom.txt", TEXT.encode("utf-8-sig"), "loaded")
    put("utf16_bom.txt", TEXT.encode("utf-16"), "loaded")
    put("utf16le_no_bom.txt", TEXT.encode("utf-16-le"), "loaded")
    put("gbk.txt", TEXT.encode("gbk"), "loaded")
    put("big5.txt", TRAD.encode("big5"), "loaded")
    put("bad_bytes.txt", TEXT.encode("utf-8")[:30] + b"\xff\xfe\xfd" + TEXT.encode("utf-8")[30:], "loaded")
    put("nul_inside.txt", TEXT.encode("utf-8").replace("，".encode(), b"\x00", 1), "loaded")
    put("page.html", (f"<!DOCTYPE html><html><head><title>新闻</title><script>var a='县委书记李某某';</script></head>"
                      f"<body><nav>首页 政务 新闻 专题 县委书记信箱</nav><article><h1>王庄村发展大棚</h1><p>{TEXT}</p>"
                      f"</article><footer>版权所有 某某县融媒体中心</footer></body></html>").encode(), "loaded")
    put("empty.txt", b"", "refused")
    put("blank.txt", b"  \n\n  ", "refused")
    put("binary.txt", bytes(range(256)) * 20, "refused")
    put("no_chinese.txt", b"Lorem ipsum dolor sit amet, " * 20, "refused")
    put("too_large.txt", (TEXT * 2000).encode("utf-8"), "refused")  # over the limit the test sets
    (out / "folder.txt").mkdir(exist_ok=True)
    expected["folder.txt"] = "refused"
    link = out / "dangling.txt"
    if not link.is_symlink():
        os.symlink(out / "nowhere.txt", link)
    expected["dangling.txt"] = "refused"
    loop = out / "loop.txt"
    if not loop.is_symlink():
        os.symlink(loop, loop)
    expected["loop.txt"] = "refused"
    (out / "NOTES.md").write_text("这不是文章，只是笔记。" * 5, encoding="utf-8")  # not an article: not read at all
    return expected


if __name__ == "__main__":
    for name, outcome in make(Path(sys.argv[1])).items():
        print(f"{outcome:8} {name}")
