"""What a file is, by its content and never by its name: magic bytes first, then whether it reads as text.

Signatures (archives, images, audio, video, fonts, PDF, Office, SQLite, executables) are recognised
by the ``filetype`` library, which also looks inside a ZIP to tell a Word file from any other
archive. Bytes with no known signature are "text" only when they pass ``looks_like_text``: random
or compressed bytes hold control bytes and invalid sequences no encoding of text has.
"""

from __future__ import annotations

import unicodedata

import filetype

HEAD_BYTES = 8192  # what ``sniff`` needs to see (the ZIP-based Office formats name their parts early)

# the kinds people hand in by mistake, named as a person would say them
_NAMES = {
    "pdf": "a PDF document", "doc": "a Word document (.doc)", "docx": "a Word document (.docx)",
    "odt": "an OpenDocument text", "xls": "an Excel workbook (.xls)", "xlsx": "an Excel workbook (.xlsx)",
    "ppt": "a PowerPoint file (.ppt)", "pptx": "a PowerPoint file (.pptx)", "rtf": "an RTF document",
    "epub": "an EPUB book", "zip": "a ZIP archive", "gz": "a gzip archive", "bz2": "a bzip2 archive",
    "xz": "an xz archive", "7z": "a 7-Zip archive", "rar": "a RAR archive", "tar": "a tar archive",
    "zst": "a Zstandard archive", "sqlite": "an SQLite database", "elf": "an executable (ELF)",
    "exe": "an executable (Windows)", "wasm": "a WebAssembly module",
}
_CATEGORY = {"image": "an image", "audio": "an audio file", "video": "a video", "font": "a font",
             "archive": "an archive", "document": "an office document", "application": "a program"}


def sniff(head: bytes) -> str:
    """The kind of a file from its first bytes (``HEAD_BYTES`` is enough): a signature's extension
    ("pdf", "docx", "zip", "sqlite", "png", …), else "text", else "binary"."""
    found = filetype.guess(head)
    if found is not None:
        return found.extension
    return "text" if looks_like_text(head) else "binary"


def describe(kind: str) -> str:
    """The kind in words, for a refusal: "a ZIP archive", "an image (png)", "binary data"."""
    if kind in _NAMES:
        return _NAMES[kind]
    if kind == "binary":
        return "binary data (no known text encoding reads it)"
    if kind == "text":
        return "text"
    match = filetype.get_type(ext=kind)
    category = type(match).__module__.rsplit(".", 1)[-1] if match is not None else ""
    return f"{_CATEGORY.get(category, 'a binary file')} ({kind})"


def looks_like_text(data: bytes) -> bool:
    """True for bytes that some encoding of text could have written: no NUL-free control-byte soup,
    no invalid sequences beyond a few stray ones. UTF-16 text (NULs in every other byte) and text in
    the Chinese encodings pass; random or compressed bytes fail (about one byte in eight is a control)."""
    if not data:
        return True
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return True  # a byte-order mark: the reader decodes and checks it
    nuls = data.count(b"\x00")
    if nuls > len(data) // 100:
        return _utf16_text(data)
    data = data.replace(b"\x00", b"")  # a stray NUL in text: the reader removes it and says so
    controls = sum(data.count(bytes([b])) for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    controls += data.count(b"\x7f")
    if controls > len(data) * 0.01 + 1:
        return False
    return decoded_text_share(data) >= 0.9


def decoded_text_share(data: bytes) -> float:
    """The best share of printable characters among the readings of the text encodings (a cut
    multi-byte character at the end does not count)."""
    best = 0.0
    for encoding in ("utf-8", "gb18030", "big5"):
        text = data.decode(encoding, errors="replace")
        text = text[:-2] if len(text) > 8 else text
        best = max(best, printable_share(text))
        if best >= 0.99:
            break
    return best


def printable_share(text: str) -> float:
    """Share of characters that text is made of: not U+FFFD, not controls (but tab and newlines),
    not private-use or unassigned code points."""
    if not text:
        return 1.0
    bad = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")
                                                       and ch not in "\t\n\r\f"))
    return 1 - bad / len(text)


def _utf16_text(data: bytes) -> bool:
    even = data[: len(data) // 2 * 2]
    return any(printable_share(even.decode(enc, errors="replace")) >= 0.9 for enc in ("utf-16-le", "utf-16-be"))
