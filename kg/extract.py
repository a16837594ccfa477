"""From one report file to its ``ReportRecord``, stage by stage.

    read      kg.ingest     file -> text, normalised, with a map back to the original offsets
    layout    kg.layout     title, year, page chrome, sections, sentences, next year's plans
    locate    kg.locate     the division the report is about
    recognise kg.recognise  spaCy components -> typed mentions (agencies, regulations, …, actions)
    resolve   kg.resolve    canonical names and jurisdictions, the reporting body, short forms
    assemble  kg.assemble   entities and actions with their provenance -> ReportRecord

The record then goes to a writer (``kg.graph.build``). Each stage takes and returns
typed values; data flows one way.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language

from kg.assemble import Report, assemble
from kg.divisions import Division, division_names, town_counties
from kg.errors import Errors, InputError
from kg.graph.iri import report_id
from kg.ingest import NormalisedText, SourceText, normalise, read_source
from kg.layout import Layout, read_layout
from kg.locate import division_named, report_division, town_calling_itself, town_written
from kg.recognise import make_doc, pipeline, recognise_by_sentence
from kg.records import ReportRecord
from kg.resolve import Resolver, body_name, town_body

_TITLE_YEAR = re.compile(r"(?:关于\s*)?(?:19|20)\d{2}年")  # 关于 2022年: a page may space the year
_LEAD = " ,,度以来"  # what may stand between a sentence's year and its subject (2022年度以来,)
# How a department's own report calls itself (我局, 本厅, 我委): with no writer named up front, the publisher its page's
# metadata names (信息来源:某市退役军人事务局, 发布单位 某省交通运输厅) is the writer.
_DEPARTMENT_SELF = re.compile(r"[我本](?:局|厅|委|办)(?![公室])")
_SELF_REACH = 1500  # characters of the body where a report names itself
_BRACKETS = " 【】[]"  # what may enclose a year heading a title (【2022年】州生态环境局2022年度…)

Clock = Callable[[str], AbstractContextManager]
"""Called with a stage's name around that stage's work: a benchmark passes a timer, everyone else nothing."""


def _untimed(stage: str) -> AbstractContextManager:
    return nullcontext()


def _body_named_in(nlp: Language, resolver: Resolver, heading: str, subject_only: bool = False) -> str | None:
    """The body a title or an opening sentence names as the report's writer, read from its words before the year
    or, if none, after it (2024年某市司法局…); ``subject_only``, only a body that opens them, as their subject
    (2022年,市教育局坚持…), not one that leads or guides it (2023年,在市委全面依法治市委员会办公室指导下,我区…)."""
    head = next((part for part in _TITLE_YEAR.split(heading) if part.strip(_BRACKETS)), "").lstrip(_BRACKETS)
    # the report's own divisions answer to their level characters (州生态环境局 in a report of 恩施州)
    doc = make_doc(nlp, head, [0], replace(resolver.context(), body_type=None, street_name=None))
    doc = nlp.get_pipe("fazhi_agencies")(doc)
    mentions = [m for m in doc._.mentions.of("Agency") if not subject_only or not head[:m.start].strip(_LEAD)]
    return resolver.reporting_body_of(mentions, head)


def _first_dated_sentence(layout: Layout) -> str:
    """The sentence that opens a report's text with its year (2022年,市教育局坚持…), past the page's menus (首页)
    and the title repeated: a title that names neither a body nor a place (2022年法治政府工作总结和2023年工作计划)
    leaves the writer to be named there, as its subject."""
    title = _unspaced(layout.title or "")  # the title repeated, however the page spaces either
    dated = (s.text.strip() for s in layout.opening_sentences() if _unspaced(s.text) != title)
    first = next((text for text in dated if _TITLE_YEAR.match(text)), "")
    return "" if _unspaced(first) in title else first


_PUBLISHER_ROW = re.compile(r"^[|•·\s]*(?:发文机关|发布机构|发布单位|发文单位)\s*[:：]?\s*\|?\s*([^|\s:：]{4,30})", re.M)
_NAME_LINE = re.compile(r"[^\d,，。;；:：、()（）]{4,30}")
_NAME_LINE_REACH = 3  # opening lines a page without a title may write its writer's name alone on


def _writer_line(layout: Layout) -> str:
    """A line that opens a page's text with a name alone (上海市宝山区发展和改革委员会 / 2025年法治政府建设情况报告):
    the title's first half on a page that shows none, or a title written over two lines, its writer's name first."""
    for sentence in layout.opening_sentences()[:_NAME_LINE_REACH]:
        if _NAME_LINE.fullmatch(sentence.text.strip()):
            return sentence.text.strip()
    return ""


_GOVERNMENT_SELF = re.compile(r"[我本](?:省|市|县|区|州|旗|盟)(?:政府)?(?=[坚始认全积高严不深大持以围紧切按着把健扎进在聚突强推牢一要])")


def _government_self(body: str) -> bool:
    """A text that calls itself a government's (我县坚持…) and never a department's (我局): a name alone on an opening
    line is then its page's chrome (the bureau that published its government's report), not its writer."""
    opening = body[:_SELF_REACH]
    return bool(_GOVERNMENT_SELF.search(opening)) and not _DEPARTMENT_SELF.search(opening)


_SELF_KIND = re.compile(r"[我本](局|厅|委)(?![公室员会])")
_SUBJECT_REACH = 12  # opening sentences read for a department that names itself as their subject


def _self_named_subject(nlp: Language, resolver: Resolver, layout: Layout) -> str | None:
    """The department a text that calls itself 我局 / 我厅 / 我委 names as the subject of one of its opening sentences
    (区司法局坚持…, 市应急管理局党委高度重视…): a page without a title still names its writer so, of the kind it calls
    itself (a 局 for 我局); failing that, the first of that kind they name anywhere (全面落实市应急管理局党委的部署)."""
    opening = layout.body[:_SELF_REACH]
    if not (kind := _SELF_KIND.search(opening)) or _GOVERNMENT_SELF.search(opening[:kind.start()]):
        return None
    for subject_only in (True, False):
        for sentence in layout.opening_sentences()[:_SUBJECT_REACH]:
            named = _body_named_in(nlp, resolver, sentence.text, subject_only=subject_only)
            if named and named.rstrip("员会").endswith(kind.group(1)):
                return named
    return None


def _publisher_row(text: str) -> str:
    """The publisher a page's metadata table names (| 发文机关: | 东安县应急管理局 | 发文日期: |), which ``read_layout`` blanks
    as chrome."""
    row = _PUBLISHER_ROW.search(text[:_SELF_REACH])
    return row.group(1) if row else ""


def _unspaced(text: str) -> str:
    return "".join(text.split())


_DOUBLED_STREET = "街街道办事处"


def _street_as_listed(body: str | None) -> str | None:
    """A street's office written with 街 before 街道 (北城街街道办事处) under its listed name (北城街道办事处) when only that
    is listed: the page doubled the 街 of a street named after its 街 (人民街街道, which is listed so, stays).

    >>> _street_as_listed("凤城街街道办事处"), _street_as_listed("人民街街道办事处"), _street_as_listed("城阳区司法局")
    ('凤城街道办事处', '人民街街道办事处', '城阳区司法局')
    """
    if not body or not body.endswith(_DOUBLED_STREET):
        return body
    stem = body[:-len(_DOUBLED_STREET)]
    for start in range(max(0, len(stem) - 6), len(stem)):
        name = stem[start:]
        if name + "街街道" in town_counties():
            return body
        if name + "街道" in town_counties():
            return stem[:start] + town_body(name + "街道")
    return body


def _town_split(layout: Layout, body: str | None) -> str | None:
    """The town or street a title names after its county (浈江区车站街道办事处, 黔江区水市镇人民政府) when the body read from
    that title lacks its name: the recogniser split the name (车站 read alone, 水市镇 read as 市 and 镇人民政府), and the
    town's office or government wrote the report. A town body the title names with its county's short name before the
    town (陆丰博美镇人民政府) is read whole already: only the county's name is left over, no split."""
    town = town_written(layout)
    if not body or not town or town in body or town not in _unspaced(layout.title or ""):
        return None
    named = body_name(body)
    return None if named != body and town.endswith(named) else town_body(town)


@dataclass(frozen=True)
class Placed:
    """A report read and placed: its division, its year and its reporting body (in ``resolver``), before recognition."""

    source: SourceText
    text: NormalisedText
    layout: Layout
    division: Division
    year: int
    resolver: Resolver


def place(path: str | Path, district: str | None = None, year: int | None = None,
          clock: Clock = _untimed) -> Placed:
    """Read a report and say where, when and by whom it was written: the stages before recognition, which
    ``extract`` runs first and ``bench/placing_variants.py`` measures alone. Raises ``InputError`` for a text that
    names no place or year, or is no rule-of-law report."""
    path = Path(path)
    with clock("read"):
        source = read_source(path)
        text = normalise(source.text)
    with clock("layout"):
        layout = read_layout(text)
    with clock("locate"):
        division = division_named(district) if district else report_division(layout)
    if division is None:
        raise InputError(path, Errors.E001)
    if not layout.about_rule_of_law():
        raise InputError(path, Errors.E077)
    year = year or layout.year
    if year is None:
        raise InputError(path, Errors.E003)

    nlp = pipeline()
    with clock("resolve: the reporting body"):
        resolver = Resolver(division)
        # a department writing about its own year names itself in the title, or, in a text with none, as the
        # subject of its first sentence (2024年,宜城街道在市委…的领导下…), which pages without a title open with
        heading = layout.title or next((s.text for s in layout.opening_sentences()), "")
        if heading:
            body = _body_named_in(nlp, resolver, heading)
            body = _town_split(layout, body) or body
            if body is None and not division_names(layout.title or ""):  # no title, or one naming no place
                body = _body_named_in(nlp, resolver, _first_dated_sentence(layout), subject_only=True)
            if body is None and (line := _writer_line(layout)) and not _government_self(layout.body):
                body = _body_named_in(nlp, resolver, line, subject_only=True)
            if body is None:
                body = _self_named_subject(nlp, resolver, layout)
            if body is None and (row := _publisher_row(text.text)):
                named = _body_named_in(nlp, resolver, row, subject_only=True)
                body = named if named and (named in layout.body or _DEPARTMENT_SELF.search(layout.body[:_SELF_REACH])) \
                    else None
            if body is None and division.level == "county" and (town := town_written(layout)):
                body = town_body(town)  # a street or town writes its own report
            if body is None and (town := town_calling_itself(layout, division)):
                body = town_body(town)
            if body is None:
                body = resolver.department_at_address(layout.header.get("来源", ""), layout.body)
            if body is None and _DEPARTMENT_SELF.search(layout.body[:_SELF_REACH]) \
                    and (publisher := layout.header.get("发布机构")):
                body = _body_named_in(nlp, resolver, publisher)
            resolver = resolver.with_body(_street_as_listed(body))
    return Placed(source, text, layout, division, year, resolver)


def extract(path: str | Path, district: str | None = None, year: int | None = None,
            clock: Clock = _untimed) -> ReportRecord:
    """Every entity, action and measure of one report, with provenance.

    ``district`` (a name or GB/T 2260 code) and ``year`` say what the text does not; ``clock``
    is entered around each stage, by name (``bench/components.py`` times them so).
    """
    placed = place(path, district, year, clock)
    layout, division, year, resolver, nlp = placed.layout, placed.division, placed.year, placed.resolver, pipeline()
    context = resolver.context()
    with clock("recognise: make_doc"):
        doc = make_doc(nlp, layout.body, [s.start for s in layout.sentences], context)
    try:
        for name, stage in nlp.pipeline:
            with clock(f"recognise: {name}"):
                doc = stage(doc)
        found, skipped = doc._.mentions, []
    except Exception:  # noqa: BLE001 - retried sentence by sentence: only the sentences it fails on are lost
        with clock("recognise: sentence by sentence"):
            found, failed = recognise_by_sentence(nlp, layout.body, [(s.start, s.end) for s in layout.sentences],
                                                  context)
        skipped = [layout.sentences[n].index for n in failed]
    with clock("assemble"):
        return assemble(Report(report_id(division.code, year, resolver.writer), placed.source, placed.text, layout, year),
                        resolver, found, skipped)

