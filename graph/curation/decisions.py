"""The decisions file: ``RURALKG_DATA/curation.json``, versionable and editable by hand.

Targets are entity keys (type + place path + name, as ``ingest/resolve.py`` makes them), never the
graph's generated ids, so a rebuild from the articles finds them again. An undone decision stays in
the file (with who undid it and when) so the file is also the history of the curation.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ruralkg.graph.model import ENTITY_LABELS

KINDS = ("merge", "split", "reject", "rename", "retype", "distinct")
FILE_NAME = "curation.json"


class CurationError(ValueError):
    """A decision or a decisions file that cannot be used, with the file and the problem named."""


class UnknownDecision(CurationError):
    """No decision with that id."""


@dataclass
class Part:
    """One side of a split: the articles (ids) or the name an article must also mention (``named``)."""

    label: str
    articles: list[str] = field(default_factory=list)
    named: str = ""
    name: str = ""  # the name this side takes (default: the node's own)


@dataclass
class Decision:
    id: str
    kind: str
    targets: list[str]  # entity keys
    who: str = ""
    when: str = ""
    why: str = ""
    name: str = ""  # merge: the name to keep; rename: the new name
    type: str = ""  # retype: the new type
    parts: list[Part] = field(default_factory=list)  # split
    undone_by: str = ""
    undone_at: str = ""

    @property
    def active(self) -> bool:
        return not self.undone_at

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        return {k: v for k, v in out.items() if v not in ("", [], None) or k in ("id", "kind", "targets")}


def key_type(key: str) -> str:
    return key.split("|", 1)[0]


def key_name(key: str) -> str:
    return key.split("#", 1)[0].rsplit("|", 1)[-1]


def now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def path_for(data_dir: Path) -> Path:
    return Path(data_dir) / FILE_NAME


def check(d: Decision, where: str = "decision") -> Decision:
    """The decision as given, or a CurationError naming what is wrong with it."""
    if d.kind not in KINDS:
        raise CurationError(f"{where}: unknown kind {d.kind!r}; expected one of {', '.join(KINDS)}")
    if not d.targets or not all(isinstance(t, str) and "|" in t for t in d.targets):
        raise CurationError(f"{where}: targets must be entity keys such as 'Village|County|370000|X村' "
                            f"(type|place…|name), got {d.targets!r}")
    need = 2 if d.kind in ("merge", "distinct") else 1
    if len(set(d.targets)) < need or (d.kind not in ("merge", "distinct", "reject") and len(d.targets) != 1):
        raise CurationError(f"{where}: a {d.kind} takes {'two or more' if need == 2 else 'one'} distinct target(s)")
    if d.kind in ("merge", "distinct") and len({key_type(t) for t in d.targets}) != 1:
        raise CurationError(f"{where}: a {d.kind} joins entities of one type; retype one first")
    if d.kind == "rename" and not d.name:
        raise CurationError(f"{where}: a rename needs the new name")
    if d.kind == "retype" and d.type not in ENTITY_LABELS:
        raise CurationError(f"{where}: unknown type {d.type!r}; expected one of {', '.join(ENTITY_LABELS)}")
    if d.kind == "split":
        if not d.parts or not all(p.label and (p.articles or p.named) for p in d.parts):
            raise CurationError(f"{where}: a split needs parts, each with a label and its articles or a name "
                                "the article also mentions")
        if len({p.label for p in d.parts}) != len(d.parts):
            raise CurationError(f"{where}: two parts of a split share one label")
    return d


def _decision(raw: Any, where: str) -> Decision:
    if not isinstance(raw, dict):
        raise CurationError(f"{where}: a decision is an object, got {type(raw).__name__}")
    known = set(Decision.__dataclass_fields__)
    extra = set(raw) - known
    if extra:
        raise CurationError(f"{where}: unknown field(s) {', '.join(sorted(extra))}")
    try:
        parts = [Part(**p) for p in raw.get("parts", [])]
        d = Decision(**{**raw, "parts": parts})
    except TypeError as exc:
        raise CurationError(f"{where}: {exc}") from exc
    return check(d, where)


def load(path: Path) -> list[Decision]:
    """Every decision in the file (none when it does not exist yet)."""
    if not path.exists():
        return []
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CurationError(f"{path}: not a readable JSON decisions file ({exc})") from exc
    items = raw.get("decisions") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        raise CurationError(f"{path}: expected an object with a list \"decisions\"")
    out = [_decision(item, f"{path}: decision {n + 1}") for n, item in enumerate(items)]
    ids = [d.id for d in out]
    if len(set(ids)) != len(ids):
        raise CurationError(f"{path}: two decisions share one id")
    return out


def save(path: Path, decisions: list[Decision]) -> None:
    """Write atomically (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"decisions": [d.as_json() for d in decisions]}, ensure_ascii=False, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".curation-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def new(kind: str, targets: list[str], who: str = "", why: str = "", **fields: Any) -> Decision:
    """A checked decision with its id (from its content and time) and when."""
    when = now()
    parts = [p if isinstance(p, Part) else Part(**p) for p in fields.pop("parts", [])]
    d = Decision(id="", kind=kind, targets=list(targets), who=who or os.environ.get("USER", ""), when=when, why=why,
                 parts=parts, **fields)
    d.id = hashlib.sha1("\x1f".join([kind, *targets, when, str(os.getpid())]).encode()).hexdigest()[:10]
    return check(d)


def active(decisions: list[Decision]) -> list[Decision]:
    return [d for d in decisions if d.active]
