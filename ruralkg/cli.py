"""The ``ruralkg`` command: extract, ingest, serve, demo, store lifecycle, queries, export."""

from __future__ import annotations

import json
import re
import sys
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console

from ruralkg.curate_cli import curate_app
from ruralkg.settings import DEFAULT_CORPUS, get_settings

app = typer.Typer(help="ruralkg: a knowledge graph of China's rural revitalization, read from news articles.",
                  no_args_is_help=True, add_completion=False)
store_app = typer.Typer(help="The embedded FalkorDB store's lifecycle.", no_args_is_help=True)
app.add_typer(store_app, name="store")
neo4j_app = typer.Typer(help="A local Neo4j 5.26 Community with Neo4j Browser (needs Java 17 and Maven).",
                        no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")
app.add_typer(curate_app, name="curate")
console = Console(stderr=True, soft_wrap=True)


def _open_store(start_embedded: bool = False):
    """The configured store, or a one-line message and exit 1 when it cannot be reached."""
    from ruralkg.graph.embedded import StoreError
    from ruralkg.graph.store import StoreUnavailable, open_store

    try:
        return open_store(get_settings(), start_embedded=start_embedded)
    except (StoreError, StoreUnavailable) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc


@app.command()
def extract(paths: list[Path] = typer.Argument(..., help="article files or folders of *.txt"),
            out: Path = typer.Option(..., "--out", help="folder for one NAME.json per article")) -> None:
    """Extract entities and relations; no store needed."""
    from ruralkg.ingest.pipeline import extract_paths

    out.mkdir(parents=True, exist_ok=True)
    failures = 0
    done = 0
    for outcome in extract_paths(paths):
        if outcome.extraction is None:
            failures += 1
            console.print(f"[red]error[/red] {outcome.error}")
            continue
        part = (outcome.label or "").rpartition("#")[2] if "#" in (outcome.label or "") else ""
        target = out / (outcome.path.stem + (f"_{part}" if part else "") + ".json")  # page_p1-2.json: an item
        target.write_text(outcome.extraction.model_dump_json(indent=1, exclude_none=False), encoding="utf-8")
        done += 1
    console.print(f"extracted {done} article(s) into {out}" + (f", {failures} failed" if failures else ""))
    if failures and not done:
        raise typer.Exit(1)


def _state_file(settings) -> Path:
    return settings.data_dir / f"sources-{settings.graph_name}.json"


def _ingest(paths: list[Path], workers: int | None = None, batch: int = 100, report_file: Path | None = None,
            addresses: list[str] | None = None, feeds: list[str] | None = None, reprints: bool = True):
    from ruralkg.graph.ingest_job import run_ingest
    from ruralkg.graph.store import QueryError
    from ruralkg.ingest.pipeline import count_files, web_sources
    from ruralkg.ingest.progress import IngestProgress

    settings = get_settings()
    _check_decisions(settings)
    store = _open_store(start_embedded=settings.engine == "falkordb")
    total = count_files(paths) + len(addresses or [])
    fetched_pages: list = []
    state = None
    fetched = ()
    if addresses or feeds:
        from ruralkg.ingest.sources.web import Fetcher, SyncState, fetch_all

        state = SyncState.load(_state_file(settings))
        fetcher = Fetcher()

        def remembered():
            for page in fetch_all(addresses or [], feeds or [], state, fetcher):
                fetched_pages.append(page)
                yield page

        fetched = web_sources(remembered())
    try:
        with IngestProgress(console, total) as progress:
            report = run_ingest(store, paths, workers=workers, batch_size=batch, progress=progress.advance,
                                fetched=fetched, reprints_found=reprints)
    except QueryError as exc:
        store.close()
        console.print(f"[red]the store failed before the ingest could start: {exc}[/red]")
        raise typer.Exit(1) from exc
    if state is not None:
        # an address keeps its validators only once its article is in the graph: a failed load is asked again
        kept = {f.path for f in report.files if f.outcome in ("loaded", "unchanged", "reprint")}
        for page in fetched_pages:
            state.addresses[page.url] = page.validators if page.error is None and page.url in kept else {}
        state.save()
    # every load is committed: from here on, whatever fails, the report is written and the summary printed
    try:
        summary = _summarise(store, report)
    finally:
        store.close()
        if report_file is not None:
            report_file.write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    return report, summary


def _check_decisions(settings) -> None:
    """A curation file that cannot be read stops the ingest before anything is loaded."""
    from ruralkg.graph.curation.decisions import CurationError, load, path_for

    try:
        load(path_for(settings.data_dir))
    except CurationError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc


def _warn_stale(store) -> None:
    """Decisions the change left without their nodes are named, never dropped silently."""
    from ruralkg.graph.curation.decisions import CurationError
    from ruralkg.graph.curation.service import stale
    from ruralkg.graph.store import QueryError

    try:
        found = stale(get_settings(), store)
    except (QueryError, CurationError) as exc:  # the load is committed: a report that cannot be made says so
        console.print(f"[yellow]could not check the curation decisions: {exc}[/yellow]")
        return
    for d in found:
        console.print(f"[yellow]curation decision {d['id']} ({d['kind']}) no longer applies: {d['stale']}[/yellow]")


def _summarise(store, report) -> dict:
    """Print what became of each file and of the run; the graph's totals when the store still answers."""
    from ruralkg.graph.loader import graph_counts
    from ruralkg.graph.store import QueryError

    for f in report.files:
        if f.outcome in ("refused", "failed"):
            console.print(f"[red]{f.outcome}[/red] {f.reason}")
    summary = report.summary()
    counts = None
    if report.store_error is None:
        try:
            counts = graph_counts(store)
        except QueryError as exc:
            report.after_load_error = f"the store stopped answering after the last load: {exc}"
        summary = report.summary()
    if counts is not None:
        summary.update({f"graph_{k}": v for k, v in counts.items()})
        _warn_stale(store)
    totals = (f"the graph now holds {counts['articles']} articles, {counts['nodes']} nodes, "
              f"{counts['relations']} relations") if counts is not None else ""
    if report.store_error is None:
        console.print(f"articles loaded: {summary['loaded']}, unchanged: {summary['unchanged']}, "
                      f"reprints: {summary['reprint']}, refused: {summary['refused']}, failed: {summary['failed']} "
                      f"({summary['seconds']} s)" + (f"; {totals}" if totals else ""))
        if report.after_load_error:
            console.print(f"[yellow]every load was committed, but {report.after_load_error}[/yellow]")
    else:
        console.print(f"[red]the store became unreachable during the run: {report.store_error}; "
                      f"{len(summary['not_loaded'])} article(s) were not loaded — run the same ingest again "
                      f"once the store is back (loaded articles are skipped)[/red]")
    return summary


def _finish_ingest(result, summary, strict: bool) -> None:
    print(json.dumps(summary, ensure_ascii=False))
    if result.store_error is not None:
        raise typer.Exit(1)
    if summary["loaded"] + summary["unchanged"] + summary["reprint"] == 0 and (summary["refused"] or summary["failed"]):
        raise typer.Exit(1)
    if strict and (summary["refused"] or summary["failed"]):
        raise typer.Exit(2)


@app.command()
def ingest(sources: list[str] = typer.Argument(None, help="article files, folders of articles, or web addresses "
                                                          "(http:// or https://)"),
           feed: list[str] = typer.Option([], "--feed", help="an RSS or Atom feed: every entry's page is ingested"),
           workers: int = typer.Option(None, help="extraction processes (default: one per core)"),
           batch: int = typer.Option(100, help="articles per load statement"),
           report: Path = typer.Option(None, "--report", help="write a JSON report of every file's outcome"),
           strict: bool = typer.Option(False, "--strict", help="exit 2 when any file was refused or failed"),
           reprints: bool = typer.Option(True, "--reprints/--no-reprints",
                                         help="keep a near-duplicate of a loaded story as its source (default) "
                                              "or load it as an article of its own")) -> None:
    """Extract articles and load them into the configured store (embedded FalkorDB unless NEO4J_URI is set).

    Reads text, web pages (.html), newspaper PDF pages (one article per item), Word files (.docx), web
    addresses and feeds. An article already loaded and unchanged is skipped; an edited one replaces its
    old version; a reprint of a loaded story is kept as one of its sources."""
    from ruralkg.ingest.sources.web import is_address

    sources = sources or []
    if not sources and not feed:
        console.print("[red]name at least one file, folder, address or --feed[/red]")
        raise typer.Exit(2)
    addresses = [s for s in sources if is_address(s)]
    paths = [Path(s) for s in sources if not is_address(s)]
    result, summary = _ingest(paths, workers, batch, report, addresses=addresses, feeds=list(feed), reprints=reprints)
    _finish_ingest(result, summary, strict)


@app.command()
def sync(workers: int = typer.Option(None, help="extraction processes (default: one per core)"),
         report: Path = typer.Option(None, "--report", help="write a JSON report of every address's outcome"),
         strict: bool = typer.Option(False, "--strict", help="exit 2 when any address was refused or failed")) -> None:
    """Ask again every feed and address ingested before (conditionally: unchanged pages are not read again);
    a changed page replaces its old version."""
    from ruralkg.ingest.sources.web import SyncState

    state = SyncState.load(_state_file(get_settings()))
    if not state.addresses and not state.feeds:
        console.print("[red]no address or feed was ingested yet: `ruralkg ingest URL…` or `--feed URL` first[/red]")
        raise typer.Exit(2)
    result, summary = _ingest([], workers, 100, report, addresses=list(state.addresses), feeds=list(state.feeds))
    _finish_ingest(result, summary, strict)


@app.command()
def articles(fmt: str = typer.Option("table", "--format", help="table | json | csv"),
             duplicates: bool = typer.Option(False, "--duplicates",
                                             help="list the stories reprinted elsewhere, with every source")) -> None:
    """List the ingested articles: id, title, date, source and how many entities each mentions."""
    from ruralkg.graph.articles import list_articles
    from ruralkg.graph.reprints import list_duplicates

    if fmt not in ("table", "json", "csv"):
        console.print(f"[red]unknown --format {fmt!r}; choose table, json or csv[/red]")
        raise typer.Exit(2)
    store = _open_store()
    rows = list_duplicates(store) if duplicates else list_articles(store)
    store.close()
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        from ruralkg.graph.queries import rows_to_csv

        sys.stdout.write("\ufeff" + rows_to_csv(rows))  # the BOM makes Excel read UTF-8
        return
    if duplicates:
        table = _table("story", "title", "sources (site, date, file or address)")
        for r in rows:
            sources = [(r.get("source"), r.get("published"), r.get("path")), *(
                (x["source"], x["published"], x["path"]) for x in r["reprints"])]
            table.add_row(r["id"], r.get("title") or "", "\n".join(" ".join(str(v or "-") for v in s) for s in sources))
        _print_table(table)
        return

    table = _table("id", "title", "published", "source", "entities")
    for r in rows:
        # an article without a publication date says so: never today's date, never the file's time
        table.add_row(r["id"], r.get("title") or "", r.get("published") or "undated", r.get("source") or "",
                      str(r.get("entities", 0)))
    _print_table(table)


def _table(*columns: str):
    """A table whose ids are never cut: id columns keep their whole width, the rest wrap."""
    from rich.table import Table

    table = Table()
    for c in columns:
        if c == "id" or c.endswith(("_id", "_ids")) or c in ("ids", "story"):
            table.add_column(c, no_wrap=True, overflow="fold", min_width=16)
        else:
            table.add_column(c, overflow="fold")
    return table


def _print_table(table) -> None:
    """Printed wide enough for its ids even into a pipe or a narrow terminal (rich would cut them)."""
    Console(width=max(Console().width, 160)).print(table)


@app.command()
def remove(ids: list[str] = typer.Argument(..., help="article ids or the paths they were read from")) -> None:
    """Take articles out of the graph: their evidence and mentions go, and so does anything left without."""
    from ruralkg.graph.articles import resolve_articles
    from ruralkg.graph.retract import remove_articles

    store = _open_store()
    found, unknown = resolve_articles(store, ids)
    for u in unknown:
        console.print(f"[red]no ingested article {u!r}; `ruralkg articles` lists them[/red]")
    if found:
        remove_articles(store, found)
        from ruralkg.graph.curation.raw import forget

        forget(get_settings(), found)
        _warn_stale(store)
        console.print(f"removed {len(found)} article(s)")
    store.close()
    if unknown:
        raise typer.Exit(2)


@app.command()
def reset(yes: bool = typer.Option(False, "--yes", help="do not ask for confirmation")) -> None:
    """Empty the graph: every article, entity and relation."""
    from ruralkg.graph.retract import reset_graph

    if not yes and not typer.confirm("Delete every article, entity and relation from the graph?"):
        raise typer.Exit(1)
    store = _open_store()
    reset_graph(store)
    store.close()
    console.print("the graph is empty")


@app.command()
def serve(host: str = typer.Option(None, help="default 127.0.0.1"), port: int = typer.Option(None)) -> None:
    """Serve the FastAPI app under uvicorn."""
    import uvicorn

    settings = get_settings()
    host = host or settings.api_host
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.api_key:
        console.print(f"[red]serving on {host} opens the API to other machines: set RURALKG_API_KEY to a secret "
                      "first (every request must then send it as X-API-Key), or serve on 127.0.0.1[/red]")
        raise typer.Exit(2)
    port = port or settings.api_port
    busy = _port_taken(host, port)
    if busy:
        console.print(f"[red]cannot serve on {host}:{port}: {busy}. Stop what uses it, or choose another port: "
                      f"RURALKG_API_PORT={port + 1} (or --port {port + 1})[/red]")
        raise typer.Exit(1)
    uvicorn.run("ruralkg.api.main:app", host=host, port=port, log_level="info")


def _port_taken(host: str, port: int) -> str | None:
    """Why the API could not listen on host:port (taken, not allowed), or None when it can."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: a closing socket is no obstacle
        try:
            s.bind((host, port))
        except OSError as exc:
            return "the port is already in use" if exc.errno == 98 else (exc.strerror or str(exc))
    return None


@app.command()
def demo(corpus: Path = typer.Option(DEFAULT_CORPUS, "--corpus", help="folder of articles to ingest"),
         port: int = typer.Option(None, help="API port (default 8000)")) -> None:
    """Start the embedded store, ingest the sample corpus, serve the API and say where to look."""
    from ruralkg.graph.embedded import EmbeddedFalkor, StoreError

    settings = get_settings()
    if settings.engine == "falkordb":
        try:
            console.print(EmbeddedFalkor(settings).start().describe())
        except StoreError as exc:
            console.print(f"[red]{exc}[/red]")
            raise typer.Exit(1) from exc
    if not corpus.exists():
        console.print(f"[red]{corpus}: no such folder; pass --corpus DIR[/red]")
        raise typer.Exit(1)
    _ingest([corpus])
    port = port or settings.api_port
    base = f"http://{settings.api_host}:{port}"
    from urllib.parse import quote

    console.print(f"\nweb explorer:    {base}/\n"
                  f"API docs:        {base}/docs\n"
                  f"sample requests: curl -G {base}/entities --data-urlencode q=张炉集镇\n"
                  f"                 curl {base}/branches/{quote('全民村党支部')}/cooperatives\n"
                  f"saved queries:   curl {base}/queries\n"
                  f"Neo4j Browser:   :play {base}/browser/guide.html (style: {base}/browser/style.grass)\n"
                  "stop with Ctrl-C (the store keeps running: `.venv/bin/ruralkg store stop`; "
                  "every command is `.venv/bin/ruralkg …`)\n")
    serve(host=None, port=port)


@store_app.command("start")
def store_start() -> None:
    """Start the embedded FalkorDB server (data in RURALKG_DATA, port RURALKG_FALKOR_PORT); nothing if it runs."""
    from ruralkg.graph.embedded import EmbeddedFalkor, StoreError

    try:
        console.print(EmbeddedFalkor(get_settings()).start().describe())
    except StoreError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc


@store_app.command("stop")
def store_stop() -> None:
    """Stop the embedded FalkorDB server; its data stays on disk for the next start."""
    from ruralkg.graph.embedded import EmbeddedFalkor, StoreError

    try:
        stopped = EmbeddedFalkor(get_settings()).stop()
    except StoreError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    console.print("embedded FalkorDB stopped" if stopped else "embedded FalkorDB was not running")


@store_app.command("repair")
def store_repair(move_aside: bool = typer.Option(False, "--move-aside",
                                                 help="move damaged files that cannot be repaired out of the way")) -> None:
    """Check the stopped store's data with the server's own tools (redis-check-aof, redis-check-rdb) and
    repair what can be: a log cut short is cut back to its last whole statement. A copy is kept first."""
    from ruralkg.graph.embedded import EmbeddedFalkor, StoreError

    try:
        sound = EmbeddedFalkor(get_settings()).repair(move_aside=move_aside, say=console.print)
    except StoreError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    if not sound:
        raise typer.Exit(1)
    console.print("the store's data is sound: `ruralkg store start` starts it")


@store_app.command("status")
def store_status() -> None:
    """Is the embedded FalkorDB running, where, and how many entities the graph holds (as /health counts
    them); exit 3 when it is stopped."""
    from ruralkg.graph.embedded import EmbeddedFalkor

    status = EmbeddedFalkor(get_settings()).status()
    print(status.describe())
    if not status.running:
        raise typer.Exit(3)


@neo4j_app.command("start")
def neo4j_start() -> None:
    """Start the local Neo4j (data in RURALKG_DATA/neo4j) and print the URI to use."""
    from ruralkg.graph.embedded import StoreError
    from ruralkg.graph.neo4j_local import LocalNeo4j

    server = LocalNeo4j(get_settings())
    try:
        status = server.start()
    except StoreError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from exc
    print(f"NEO4J_URI={status.bolt_uri}")
    print(f"Neo4j Browser: {status.browser_url} (user neo4j, password in {server.password_file})")
    print(f"use it: export NEO4J_URI={status.bolt_uri}  then  ruralkg ingest … / ruralkg serve "
          "(the password is read from the data folder)")


@neo4j_app.command("stop")
def neo4j_stop() -> None:
    """Stop the local Neo4j; its data stays in RURALKG_DATA/neo4j."""
    from ruralkg.graph.neo4j_local import LocalNeo4j

    stopped = LocalNeo4j(get_settings()).stop()
    print("local Neo4j stopped" if stopped else "local Neo4j was not running")


@neo4j_app.command("status")
def neo4j_status() -> None:
    """Is the local Neo4j running, and its Bolt and Browser addresses; exit 3 when it is stopped."""
    from ruralkg.graph.neo4j_local import LocalNeo4j

    status = LocalNeo4j(get_settings()).status()
    print(status.describe())
    if not status.running:
        raise typer.Exit(3)


@app.command()
def query(name: str = typer.Argument(None, help="saved query name; omit to list them"),
          param: list[str] = typer.Option([], "--param", "-p", help="NAME=VALUE"),
          fmt: str = typer.Option("table", "--format", help="table | json | csv")) -> None:
    """List or run the saved queries in cypher/."""
    from ruralkg.graph.names import AmbiguousName, UnknownName, describe_candidates, not_compared
    from ruralkg.graph.queries import QueryParamError, bind, load_queries, run_saved
    from ruralkg.graph.store import QueryError

    if fmt not in ("table", "json", "csv"):
        console.print(f"[red]unknown --format {fmt!r}; choose table, json or csv[/red]")
        raise typer.Exit(2)
    queries = load_queries()
    if not name:
        for q in queries.values():
            params = ", ".join(f"{p.name}:{p.type}" + ("" if p.required else f"={p.default}") for p in q.params)
            print(f"{q.name:30} {q.description_zh} | {q.description_en}\n{'':30} -p {params or '(no parameters)'}")
        return
    if name not in queries:
        console.print(f"[red]no saved query named {name!r}; `ruralkg query` lists them[/red]")
        raise typer.Exit(2)
    malformed = [p for p in param if "=" not in p]
    if malformed:
        console.print(f"[red]-p takes NAME=VALUE; cannot read {', '.join(repr(p) for p in malformed)}[/red]")
        raise typer.Exit(2)
    try:
        raw = _gather_params(queries[name], param)
    except QueryParamError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    store = _open_store()
    try:
        rows = run_saved(store, queries[name], raw)
    except AmbiguousName as exc:
        console.print(f"[red]{exc.message}:[/red]\n" + "\n".join(describe_candidates(exc)))
        raise typer.Exit(2) from exc
    except (QueryParamError, QueryError, UnknownName) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    unknown = not_compared(name, bind(queries[name], raw).get("names") or [], rows)
    if unknown:  # as the API's `unknown`: the names asked for that no row answers
        console.print(f"[yellow]not in the graph: {', '.join(unknown)}[/yellow]")
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        from ruralkg.graph.queries import rows_to_csv

        sys.stdout.write("\ufeff" + rows_to_csv(rows))  # the BOM makes Excel read UTF-8
    else:
        table = _table(*(rows[0].keys() if rows else ["(no rows)"]))
        for row in rows:
            table.add_row(*(json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v for v in row.values()))
        _print_table(table)


def _gather_params(query, param: list[str]) -> dict:
    """-p NAME=VALUE pairs as the query's parameters: a list parameter given several times keeps every
    value (-p names=A -p names=B); any other given twice is an error, never silently the last."""
    from ruralkg.graph.queries import QueryParamError

    lists = {p.name for p in query.params if p.type.startswith("list")}
    raw: dict = {}
    for item in param:
        key, value = item.split("=", 1)
        if key in lists:
            raw.setdefault(key, []).extend(v.strip() for v in re.split(r"[,，、]", value) if v.strip())
        elif key in raw:
            raise QueryParamError(f"-p {key}= is given twice ({raw[key]!r} and {value!r}); {key} takes one value")
        else:
            raw[key] = value
    return raw


@contextmanager
def _names_or_exit(*also: type[Exception]):
    """An entity named by the user: an ambiguous name prints its candidates, an unknown one (or any of
    ``also``) its message, and the command exits 2."""
    from ruralkg.graph.names import AmbiguousName, UnknownName, describe_candidates

    try:
        yield
    except AmbiguousName as exc:
        console.print(f"[red]{exc.message}:[/red]\n" + "\n".join(describe_candidates(exc)))
        raise typer.Exit(2) from exc
    except (UnknownName, *also) as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc


def _print_rows(rows: list[dict]) -> None:
    """Rows as a table, ids whole."""
    if not rows:
        return
    table = _table(*rows[0].keys())
    for r in rows:
        table.add_row(*(str(v) for v in r.values()))
    _print_table(table)


@app.command()
def rollup(place: str = typer.Argument(..., help="name, alias or id of a province, city, county, township or village"),
           fmt: str = typer.Option("table", "--format", help="table | json | csv")) -> None:
    """What lies inside a place, and inside each place one level down: villages, cooperatives, bodies,
    enterprises, projects, investments and their amounts, programmes, posts."""
    from ruralkg.graph.queries import load_queries, rows_to_csv, run_saved
    from ruralkg.graph.rollup import NotAPlace, place_rollup, rollup_rows

    if fmt not in ("table", "json", "csv"):
        console.print(f"[red]unknown --format {fmt!r}; choose table, json or csv[/red]")
        raise typer.Exit(2)
    queries = load_queries()
    store = _open_store()
    try:
        with _names_or_exit(NotAPlace):
            result = place_rollup(lambda name, **params: run_saved(store, queries[name], params), place)
    finally:
        store.close()
    rows = rollup_rows(result)
    if fmt == "json":
        print(json.dumps(result, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        sys.stdout.write("\ufeff" + rows_to_csv(rows))
    else:
        console.print(" › ".join([*result["place"]["path"], result["place"]["name"]]))
        _print_rows(rows)


@app.command()
def search(words: str = typer.Argument(..., help="Chinese words, e.g. '集体经济 分红' (every word must be in the sentence)"),
           place: str = typer.Option(None, "--place", help="only articles about this place or anything inside it"),
           from_year: int = typer.Option(None, "--from-year", help="only articles published in this year or later"),
           to_year: int = typer.Option(None, "--to-year", help="only articles published in this year or earlier"),
           page: int = typer.Option(1, "--page", min=1, help="page of hits"),
           size: int = typer.Option(20, "--size", min=1, max=200, help="hits per page"),
           fmt: str = typer.Option("table", "--format", help="table | json | csv")) -> None:
    """Search what the articles say: the sentences holding every word, best articles first, each with its
    article and date (the API's /search/text)."""
    from ruralkg.graph.articles import articles_in_place
    from ruralkg.graph.fulltext import page as page_of
    from ruralkg.graph.fulltext import search_text
    from ruralkg.graph.names import resolve
    from ruralkg.graph.queries import QueryParamError, check_years, rows_to_csv

    if fmt not in ("table", "json", "csv"):
        console.print(f"[red]unknown --format {fmt!r}; choose table, json or csv[/red]")
        raise typer.Exit(2)
    try:
        check_years(from_year, to_year, "search")
    except QueryParamError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    store = _open_store()
    try:
        with _names_or_exit():
            articles = articles_in_place(store, resolve(store, place, "place")) if place else None
        result = page_of(search_text(store, words, articles, years=(from_year, to_year)), page, size)
    finally:
        store.close()
    rows = [{"article_id": h["article_id"], "title": h["title"], "published": h["published"] or "",
             "sentence": h["sentence"]} for h in result["hits"]]
    if fmt == "json":
        print(json.dumps(result, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        sys.stdout.write("\ufeff" + rows_to_csv(rows) if rows else "\ufeffarticle_id,title,published,sentence\n")
    else:
        pages = max(1, -(-result["total"] // size))
        console.print(f"{result['total']:,} sentences · page {page} of {pages}")
        _print_rows(rows)


@app.command()
def export(out: Path = typer.Option(..., "--out", help="file to write"),
           fmt: str = typer.Option("turtle", "--format", help="turtle | xml | nt | json-ld"),
           entity: str = typer.Option(None, "--entity", help="only the neighbourhood of this entity id"),
           depth: int = typer.Option(1, "--depth", help="hops around --entity (1-3)"),
           validate: bool = typer.Option(False, "--validate", help="check the output against shapes.ttl"),
           base_iri: str = typer.Option(None, "--base-iri",
                                        help="namespace of the IRIs (default RURALKG_BASE_IRI)")) -> None:
    """Export the graph as RDF (terms of ontology.ttl), with every fact's article and sentence, and a
    VoID/DCAT description of the export at its end."""
    from rdflib import Graph

    from ruralkg.graph.rdf_export import ExportError
    from ruralkg.graph.rdf_formats import FORMATS, export_graph
    from ruralkg.graph.rdf_validate import validate as check

    if fmt not in FORMATS:
        console.print(f"[red]unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}[/red]")
        raise typer.Exit(2)
    if not out.parent.is_dir():
        console.print(f"[red]cannot write {out}: the folder {out.parent} does not exist[/red]")
        raise typer.Exit(2)
    if base_iri is not None and not base_iri.startswith(("http://", "https://")):
        console.print(f"[red]--base-iri {base_iri!r} is not an http(s) IRI[/red]")
        raise typer.Exit(2)
    if base_iri is not None and not base_iri.endswith("/"):
        base_iri += "/"
    store = _open_store()
    try:
        n = export_graph(store, out, fmt, entity=entity, depth=depth, base=base_iri)
    except ExportError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    except OSError as exc:
        console.print(f"[red]cannot write {out}: {exc.strerror}[/red]")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    console.print(f"wrote {n} triples to {out}")
    if validate:
        result = check(Graph().parse(out, format=FORMATS[fmt].serializer))
        console.print(result.describe())
        if not result.conforms:
            raise typer.Exit(1)


if __name__ == "__main__":
    app()
