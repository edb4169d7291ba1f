"""``ruralkg curate``: the analyst's decisions on identity (graph/curation/), from the command line."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.console import Console

from ruralkg.settings import get_settings

curate_app = typer.Typer(help="Curation: merge, split, reject, rename, retype or keep apart entities, as decisions "
                              "kept in RURALKG_DATA/curation.json and applied on every ingest.",
                         no_args_is_help=True)
console = Console(stderr=True, soft_wrap=True)
WHO = typer.Option("", "--who", help="who decides (default: $USER)")
WHY = typer.Option("", "--why", help="why: kept with the decision")
KEY_BY_ID = "MATCH (n:Entity {id: $id}) RETURN n.key AS key"


def _store():
    from ruralkg.cli import _open_store

    return _open_store()


def _keys(store, targets: list[str]) -> list[str]:
    """Entity keys as given, or the key of the node with the given id."""
    out = []
    for t in targets:
        if "|" in t:
            out.append(t)
            continue
        rows = store.read(KEY_BY_ID, {"id": t})
        if not rows:
            console.print(f"[red]{t!r} is neither an entity key (Type|place…|name) nor the id of a node[/red]")
            raise typer.Exit(2)
        out.append(rows[0]["key"])
    return out


def _decide(kind: str, targets: list[str], who: str, why: str, **fields: Any) -> None:
    from ruralkg.graph.curation.decisions import CurationError, new
    from ruralkg.graph.curation.service import decide

    store = _store()
    try:
        d = new(kind, _keys(store, targets), who=who, why=why, **fields)
        out = decide(get_settings(), store, d)
    except CurationError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    _print(out)


def _print(out: dict[str, Any]) -> None:
    print(json.dumps(out, ensure_ascii=False, indent=1))
    for s in out.get("stale", []):
        console.print(f"[yellow]decision {s['id']} ({s['kind']}) no longer applies: {s['reason']}[/yellow]")
    if out.get("without_extraction"):
        console.print(f"[yellow]{len(out['without_extraction'])} article(s) were loaded before curation kept "
                      "extractions: ingest them again (`ruralkg reset --yes` then ingest) so decisions reach them"
                      "[/yellow]")


@curate_app.command()
def merge(targets: list[str] = typer.Argument(..., help="two or more entity keys or node ids; the first is kept"),
          name: str = typer.Option("", "--name", help="the name to keep (default: the first's)"),
          who: str = WHO, why: str = WHY) -> None:
    """These entities are one."""
    _decide("merge", targets, who, why, name=name)


@curate_app.command()
def split(target: str = typer.Argument(..., help="entity key or node id"),
          part: list[str] = typer.Option(..., "--part", help="LABEL=ARTICLE_ID[,ARTICLE_ID…] or LABEL:NAMED (the "
                                                              "articles that also name NAMED, e.g. a township)"),
          who: str = WHO, why: str = WHY) -> None:
    """This entity is two (or more): the named articles' mentions become a node of their own."""
    parts = []
    for p in part:
        if "=" in p:
            label, ids = p.split("=", 1)
            parts.append({"label": label, "articles": [i for i in ids.split(",") if i]})
        elif ":" in p:
            label, named = p.split(":", 1)
            parts.append({"label": label, "named": named})
        else:
            console.print(f"[red]--part {p!r}: write LABEL=ARTICLE_ID,… or LABEL:NAMED[/red]")
            raise typer.Exit(2)
    _decide("split", [target], who, why, parts=parts)


@curate_app.command()
def reject(targets: list[str] = typer.Argument(..., help="entity keys or node ids"), who: str = WHO,
           why: str = WHY) -> None:
    """These are not entities (a phrase read as a name): never loaded again."""
    _decide("reject", targets, who, why)


@curate_app.command()
def rename(target: str = typer.Argument(..., help="entity key or node id"), name: str = typer.Argument(...),
           who: str = WHO, why: str = WHY) -> None:
    """Give an entity another name (the old one stays as an alias); its identity is unchanged."""
    _decide("rename", [target], who, why, name=name)


@curate_app.command()
def retype(target: str = typer.Argument(..., help="entity key or node id"), type_: str = typer.Argument(..., metavar="TYPE"),
           who: str = WHO, why: str = WHY) -> None:
    """This entity is of another type (relations that no longer fit are dropped)."""
    _decide("retype", [target], who, why, type=type_)


@curate_app.command()
def distinct(targets: list[str] = typer.Argument(..., help="two or more entity keys or node ids"), who: str = WHO,
             why: str = WHY) -> None:
    """These are not the same: never proposed for a merge again."""
    _decide("distinct", targets, who, why)


@curate_app.command()
def undo(decision: str = typer.Argument(..., help="decision id (`ruralkg curate list`)"), who: str = WHO) -> None:
    """Undo a decision: the articles it touched are loaded again as they were."""
    from ruralkg.graph.curation.decisions import CurationError
    from ruralkg.graph.curation.service import undo as undo_decision

    store = _store()
    try:
        out = undo_decision(get_settings(), store, decision, who)
    except CurationError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    _print(out)


@curate_app.command("list")
def list_(fmt: str = typer.Option("table", "--format", help="table | json")) -> None:
    """Every decision, the articles it meets, and the ones that no longer apply (stale)."""
    from ruralkg.graph.curation.decisions import CurationError
    from ruralkg.graph.curation.service import listing

    store = _store()
    try:
        rows = listing(get_settings(), store)
    except CurationError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    table = Table("id", "kind", "targets", "who / when", "why", "articles", "state")
    for r in rows:
        state = "undone" if not r["active"] else (f"stale: {r['stale']}" if r["stale"] else "applies")
        table.add_row(r["id"], r["kind"], "\n".join(r["targets"]), f"{r.get('who', '')} {r.get('when', '')}",
                      r.get("why", ""), str(len(r["articles"])), state)
    Console().print(table)


@curate_app.command()
def propose(limit: int = typer.Option(50, help="at most this many pairs"),
            fmt: str = typer.Option("table", "--format", help="table | json")) -> None:
    """Pairs that may be one entity, the best evidence first (nothing is merged without a decision)."""
    from ruralkg.graph.curation.decisions import load, path_for
    from ruralkg.graph.curation.propose import propose as find

    store = _store()
    try:
        pairs = [p.as_json() for p in find(store, load(path_for(get_settings().data_dir)), limit)]
    finally:
        store.close()
    if fmt == "json":
        print(json.dumps(pairs, ensure_ascii=False, indent=1))
        return
    from rich.table import Table

    table = Table("score", "a", "b", "evidence")
    for p in pairs:
        table.add_row(str(p["score"]), p["a"]["key"], p["b"]["key"], "\n".join(p["evidence"]))
    Console().print(table)
