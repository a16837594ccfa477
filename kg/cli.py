"""The ``kg`` command: a thin shell over the library.

Exit codes: 0 success, 1 a user error (one line on stderr), 2 a usage error.
"""
from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

import click

from rdflib.query import Result

from kg import api
from kg.deadline import within
from kg.outputs import writable
from kg.errors import CLI_OPTIONS, Errors, InputError, KgError, one_line
from kg.graph.io import format_for
from kg.query import FORMATTERS, named_queries, run, table_result
from kg.store import DEFAULT_STORE, open_graph

DEFAULT_OUT = Path("out/graph.ttl")


def _error(exc: KgError) -> None:
    """One line on stderr, settings named by their flags."""
    click.echo(f"kg: error: {exc.render(CLI_OPTIONS)}", err=True)


class KgGroup(click.Group):
    """Turns library errors into one line on stderr and exit code 1, and Ctrl-C into exit code 130."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            _error(exc)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("kg: interrupted", err=True)
            sys.exit(130)


def store_option(command: Callable) -> Callable:
    """``--store``: where the graph is held while a command works on it."""
    return click.option(
        "--store", "store_spec", default=DEFAULT_STORE, show_default=True, metavar="memory|oxigraph[:PATH]",
        help="Oxigraph in memory, or persistent in the folder PATH (kg build and kg merge write it, later commands "
             "read it); memory is rdflib's Dataset.",
    )(command)


def format_option(command: Callable) -> Callable:
    """``--format``: how result rows are written, as ``kg query`` writes them."""
    return click.option("--format", "fmt", type=click.Choice(sorted(FORMATTERS)), default="table", show_default=True)(command)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="fazhi-kg")
def main() -> None:
    """Knowledge graphs from Chinese local-government rule-of-law reports (法治政府建设年度报告)."""


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Graph file; the format follows the suffix (.ttl .trig .nq .nt .jsonld).")
@click.option("--district", help="The report's district, county or city (name or GB/T 2260 code), when the text does not say.")
@click.option("--year", type=int, help="The report's year, when the text does not say.")
@click.option("--html/--no-html", default=True, show_default=True, help="Also write the HTML view beside the graph.")
@click.option("--strict", is_flag=True, help="Write nothing if any input fails.")
@store_option
@click.option("--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="number of CPUs",
              help="Processes that extract reports in parallel.")
@click.option("--progress/--quiet", default=None,
              help="Show each phase's progress (extract, store, write, page) even when stderr is not a terminal, "
                   "or print nothing but errors and notes. Default: progress on a terminal.")
def build(inputs: tuple[str, ...], output: Path, district: str | None, year: int | None, html: bool, strict: bool,
          store_spec: str, jobs: int, progress: bool | None) -> None:
    """Build a graph from report files or folders (default: data/reports/).

    Reports already built, unchanged, are read from OUT's folder/.cache instead of being extracted again.

    Example: kg build data/reports/chengyang-2024.txt -o out/graph.ttl
    """
    result = api.build(inputs or (api.DEFAULT_INPUT,), output, district=district, year=year, jobs=jobs,
                       store=store_spec, html=html, strict=strict,
                       progress=sys.stderr.isatty() if progress is None else progress)
    try:
        for failure in result.failures:
            _error(failure)
        for duplicate in result.duplicates:
            click.echo(f"kg: note: {duplicate.render(CLI_OPTIONS)}", err=True)
        for name, quiet in sorted(result.coverage.items()) if progress is not False else ():
            if quiet.quiet:
                click.echo(f"kg: quiet: {name.rsplit('/', 1)[-1]}: {quiet.summary()}", err=True)
        if result.output is not None and progress is not False:
            built = len(result.graphs)
            click.echo(f"wrote {one_line(str(output))} ({result.triples} triples from {built} report{'s' if built != 1 else ''})",
                       err=True)
        if result.page is not None and progress is not False:
            click.echo(f"wrote {one_line(str(result.page))}", err=True)
    finally:
        if result.store is not None:  # an unchanged build loaded none
            result.store.close()
    if result.failures or not result.graphs:
        sys.exit(1)


@main.command(epilog=f"Named queries: {', '.join(sorted(named_queries()))}.")
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("query")
@format_option
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable of the query (repeatable); NAME must be one of its variables.")
@click.option("--timeout", type=click.FloatRange(min=0), default=300.0, show_default=True,
              help="Seconds the query may run before it is stopped (0: no limit).")
@store_option
def query(graph: Path, query: str, fmt: str, params: tuple[str, ...], timeout: float, store_spec: str) -> None:
    """Run a named query (kg/queries/NAME.rq), a .rq file or SPARQL text.

    GRAPH is a graph file or an Oxigraph store folder (from kg build --store oxigraph:PATH).
    The query reads only GRAPH: SERVICE and FROM a graph it does not hold are refused.

    Example: kg query out/graph.ttl who-did-what --format csv
    """
    bindings = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.UsageError(f"--param {item!r}: expected NAME=VALUE")
        bindings[name.lstrip("?")] = value
    store = open_graph(graph, store_spec)
    try:
        result = within(timeout or None, lambda: _answered(run(store, query, bindings)))
    finally:
        store.close()
    click.echo(FORMATTERS[fmt](result), nl=False)
    if bindings and result.type == "SELECT" and not result.bindings:
        bound = " ".join(f"--param {name}={value}" for name, value in bindings.items())
        click.echo(f"kg: no rows match {one_line(bound)}; values must equal the graph's exactly "
                   "(labels are full names, e.g. 城阳区司法局: see kg query GRAPH entities)", err=True)


def _answered(result: Result) -> Result:
    """``result`` with its rows computed (rdflib computes them when they are first read)."""
    if result.type == "SELECT":
        result.bindings = list(result.bindings)
    return result


def _over_reports(graph: Path, store_spec: str, work: Callable[[list], list[dict]]) -> list[dict]:
    """``work`` done on the reports of GRAPH read as text; a mistake it finds names GRAPH."""
    from kg.report_text import read_reports

    store = open_graph(graph, store_spec)
    try:
        return work(read_reports(store))
    except KgError as exc:
        raise InputError(graph, exc.template, **exc.fields) from None
    finally:
        store.close()


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--district", help="Only this district's reports (its name or GB/T 2260 code).")
@format_option
@store_option
def commitments(graph: Path, district: str | None, fmt: str, store_spec: str) -> None:
    """Hold each plan item of a year-Y report against the same body's year-Y+1 report.

    The status column says done, mentioned (named without an action) or missing; the reason
    says how the item was matched (same entity, or share of its wording), with each year's evidence.

    Example: kg commitments out/graph.trig --district 城阳区 --format csv
    """
    from kg.commitments import COLUMNS, commitments as held

    rows = _over_reports(graph, store_spec, lambda reports: held(reports, district))
    click.echo(FORMATTERS[fmt](table_result(COLUMNS, rows)), nl=False)


@main.command()
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@format_option
@store_option
def diff(old: Path, new: Path, fmt: str, store_spec: str) -> None:
    """Entities and facts added and removed between two graphs, each with its evidence.

    Two builds, or two years of one district: facts are compared by what they state. Counts per
    class go to stderr; with nothing changed, only the header is written.

    Example: kg diff out/2023.trig out/2024.trig --format csv
    """
    from kg.diff import COLUMNS, counts, diff as changes

    before, after = open_graph(old, store_spec), open_graph(new, store_spec)
    try:
        rows = changes(before, after)
    finally:
        before.close()
        after.close()
    click.echo(FORMATTERS[fmt](table_result(COLUMNS, rows)), nl=False)
    for (change, cls), n in counts(rows).items():
        click.echo(f"{change} {cls}: {n}", err=True)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@format_option
@store_option
def audit(graph: Path, fmt: str, store_spec: str) -> None:
    """Check each report for the parts the 2019 regulations prescribe, how concrete and how shared it is.

    One row per report and part (measures and results; shortcomings and causes; first-responsible-person
    duties; next year's plan): present yes/no and its heading, measures, programmes and regulations per
    thousand characters, sentences other reports repeat, the date it signs off with and whether that is
    before 1 April of the following year.

    Example: kg audit out/graph.trig --format csv
    """
    from kg.audit import COLUMNS, audit as check

    rows = _over_reports(graph, store_spec, check)
    click.echo(FORMATTERS[fmt](table_result(COLUMNS, rows)), nl=False)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--indicator", metavar="X", help="Only this indicator: a notation (AR-ACCEPTED) or its Chinese label.")
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATTERS)), default="table", show_default=True)
@store_option
def indicators(graph: Path, indicator: str | None, fmt: str, store_spec: str) -> None:
    """One row per figure of the indicator scheme: district, code, year, indicator, value, unit, approximate, evidence.

    Example: kg indicators out/merged.trig --indicator 行政机关负责人出庭应诉率 --format csv
    """
    from kg.indicator_table import select

    store = open_graph(graph, store_spec)
    try:
        click.echo(FORMATTERS[fmt](select(store, indicator)), nl=False)
    finally:
        store.close()


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="HTML file (default: GRAPH with .html).")
@click.option("--focus", help="Draw only this entity (its Chinese label) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True, help="Neighbourhood depth with --focus.")
@click.option("--class", "classes", multiple=True, metavar="CLASS",
              help="Draw only this class: Agency, Regulation, Program, Award, Event, AdministrativeDivision "
                   "or its Chinese name (repeatable).")
@click.option("--report", "reports", multiple=True, metavar="REPORT",
              help="Draw only what this report states: its id, title or source file (repeatable).")
@click.option("--year", "years", type=int, multiple=True, help="Draw only what the reports of this year state (repeatable).")
def viz(graph: Path, output: Path | None, focus: str | None, depth: int, classes: tuple[str, ...],
        reports: tuple[str, ...], years: tuple[int, ...]) -> None:
    """Write the interactive HTML view of a graph; it opens offline.

    Example: kg viz out/graph.ttl --focus 城阳区司法局 --depth 2 -o sfj.html
    """
    from kg import viz as view

    output = writable(output or graph.with_suffix(".html"))
    page = view.write(open_graph(graph), output, focus=focus, depth=depth, classes=classes,
                      reports=reports, years=years)
    click.echo(f"wrote {one_line(str(page))}", err=True)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--top", type=click.IntRange(1), default=10, show_default=True, help="Rows in each ranking.")
def stats(graph: Path, top: int) -> None:
    """Count the nodes of each class, then rank agencies (actions, programmes, centrality),
    list co-operation pairs (联合/会同) and compare the reports' districts.

    Example: kg stats out/graph.ttl --top 5
    """
    from kg import analytics

    dataset = api.load(graph)
    click.echo(FORMATTERS["table"](run(dataset, "stats")), nl=False)
    for title, frame in analytics.summary(dataset, top=top):
        click.echo(f"\n{title}\n{analytics.format_frame(frame)}", nl=False)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
def validate(graph: Path) -> None:
    """Check a graph against the SHACL shapes (ontology/shapes.ttl).

    Example: kg validate out/graph.ttl
    """
    from kg.validate import validate as check

    conforms, report = check(api.load(graph))
    if not conforms:
        click.echo(report, err=True)
        raise InputError(graph, Errors.E055)
    click.echo(f"{graph}: conforms to the SHACL shapes")


@main.command(name="eval")
@click.argument("graph", type=click.Path(exists=True, path_type=Path))
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def evaluate(graph: Path, gold: Path | None) -> None:
    """Score a graph against a hand-made gold file (recall, precision, F1 per type; fact recall and precision).

    GRAPH may instead be a corpus folder (reports/ID.txt, or a saved .html, .docx or .pdf, and gold/ID.json):
    each report is built alone, as a user would, and scored; the table ends with the pooled figures.

    Example: kg eval out/graph.ttl tests/fixtures/gold/tonglu-2023.json, or kg eval corpus/dev
    """
    from kg.evaluate import load_gold, score, score_corpus

    if gold is None:
        if not graph.is_dir():
            raise click.UsageError("give a GOLD file, or a corpus folder (reports/ and gold/) as GRAPH")
        click.echo(score_corpus(graph).table())
        return
    click.echo(score(api.load(graph), load_gold(gold)).table())


@main.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Merged graph; .trig or .nq keep one named graph per report.")
@click.option("--report", "list_disagreements", is_flag=True,
              help="List the nodes the inputs disagree about (two labels, two types …).")
@store_option
def merge(graphs: tuple[Path, ...], output: Path, list_disagreements: bool, store_spec: str) -> None:
    """Merge several reports' graphs into one; shared entities become one node.

    With --store oxigraph:PATH the merged graphs also stay in the store folder PATH for kg query PATH.

    Example: kg merge out/chengyang.trig out/huangdao.trig -o out/qingdao.trig --report
    """
    from kg import merge as merging

    format_for(writable(output))
    store = merging.into_store(merging.merge(graphs), store_spec)
    try:
        store.save(output)
        click.echo(f"wrote {one_line(str(output))} ({len(store)} triples from {len(graphs)} graph file{'s' if len(graphs) != 1 else ''})", err=True)
        dataset = store.dataset()
    finally:
        store.close()
    found = merging.disagreements(dataset)
    if list_disagreements:
        click.echo("".join(d.describe(dataset) + "\n" for d in found), nl=False)
        if not found:
            click.echo("kg: the inputs disagree about nothing (no node has two labels, types or codes)", err=True)
    elif found:
        click.echo(f"kg: {len(found)} disagreements between the inputs were kept; list them with --report", err=True)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv", "jsonld"]), required=True,
              help="graphml or gexf for Gephi, csv for spreadsheets (two files), jsonld for linked-data tools.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file (default: GRAPH with the format's suffix); csv writes OUT-nodes.csv and OUT-edges.csv.")
def export(graph: Path, fmt: str, output: Path | None) -> None:
    """Export a graph for other tools: entities as nodes, actions as edges (JSON-LD: the whole graph).

    Example: kg export out/graph.ttl --format gexf -o out/graph.gexf
    """
    from kg.export import FORMATS, export as write

    output = writable(output or graph.with_suffix(FORMATS[fmt]))
    for path in write(api.load(graph), fmt, output):
        click.echo(f"wrote {one_line(str(path))}", err=True)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path), metavar="GRAPH_OR_STORE")
@click.option("--port", type=click.IntRange(0, 65535), default=3030, show_default=True,
              help="Port on 127.0.0.1 (0 picks a free one).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds one query may run before it is stopped.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Result rows (or triples) returned at most.")
@click.option("--store", "store_spec", type=click.Choice(["memory", "oxigraph"]), default=DEFAULT_STORE, show_default=True,
              help="Where a graph file is loaded, in memory: Oxigraph (answers many clients at once) or rdflib "
                   "(a store folder is served as it is).")
def serve(graph: Path, port: int, timeout: float, max_rows: int, store_spec: str) -> None:
    """Serve a graph as a read-only SPARQL 1.1 endpoint on 127.0.0.1 until Ctrl-C.

    GRAPH_OR_STORE is a graph file or an Oxigraph store folder (from kg build --store oxigraph:PATH),
    which is served read-only; no kg command may write to it meanwhile.

    Example: kg serve out/graph.ttl --port 3030, then
    curl 'http://127.0.0.1:3030/sparql?query=ASK{?s?p?o}'
    """
    from kg import serve as endpoint

    store = open_graph(graph, store_spec)
    try:
        server = endpoint.make_server(store, port, endpoint.Limits(timeout=timeout, max_rows=max_rows))
        signal.signal(signal.SIGTERM, signal.default_int_handler)  # stopped by a service manager: as Ctrl-C
        try:
            click.echo(f"serving {one_line(str(graph))} at http://{endpoint.HOST}:{server.server_port}{endpoint.ENDPOINT} "
                       "(read-only; Ctrl-C stops)", err=True)
            server.serve_forever()
        except KeyboardInterrupt:
            pass  # the way to stop serving: exit 0, workers ended below
        finally:
            server.server_close()
    finally:
        store.close()


@main.command()
@click.argument("graph", type=click.Path(path_type=Path), metavar="GRAPH_OR_STORE")
@click.option("--endpoint", required=True, metavar="URL",
              help="A SPARQL 1.1 Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store")
def load(graph: Path, endpoint: str) -> None:
    """Push each report's named graph to a SPARQL 1.1 Graph Store Protocol endpoint (HTTP PUT, replacing it).

    GRAPH_OR_STORE is a graph file or an Oxigraph store folder.

    Example: kg load out/graph.nq --endpoint http://127.0.0.1:7878/store
    """
    from kg.push import push

    store = open_graph(graph, "oxigraph")
    try:
        names = []
        for name in push(store, endpoint):
            click.echo(f"loaded {name or 'default graph'}", err=True)
            names.append(name)
    finally:
        store.close()
    if names == [None]:
        click.echo(f"kg: {one_line(str(graph))} holds no named graphs (.ttl and .nt keep none), so every report went "
                   "to the endpoint's default graph; build as .trig or .nq to load one graph per report", err=True)


def command_line() -> None:
    """The ``kg`` command: ``main`` on the process's arguments, then the process ends without tearing the interpreter down.

    All that is left then is memory, which the kernel takes back at once: a build's store of the union, 0.2 s to
    free at 300 reports (``api.leave_stores_to_exit``), and every module's objects, 0.05 to 0.1 s. Every command
    closes the files it writes before it returns; what is still buffered for stdout and stderr is written here.
    """
    api.leave_stores_to_exit()
    code = 0
    try:
        main()
    except SystemExit as exc:
        if exc.code is not None and not isinstance(exc.code, int):  # a message to print: the usual exit
            raise
        code = exc.code or 0
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader gone (kg query | head), a stream closed
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    command_line()
