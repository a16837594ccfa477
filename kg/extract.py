"""From one report file to a ``ReportRecord``: read, lay out, recognise, resolve."""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from pathlib import Path

from kg.divisions import Division, gazetteer, locate
from kg.errors import InputError, KgError
from kg.ingest import normalise, read_source
from kg.nlp import make_doc, pipeline
from kg import records as rec
from kg import resolve
from kg.resources import alternation, word_list
from kg.structure import read_layout

_SPAN_TYPES = {"agency": "Agency", "regulation": "Regulation", "program": "Program", "award": "Award",
               "event": "Event", "place": "Place"}
# 市优化营商环境工作领导小组办公室(以下简称市营商环境办): the short form then names the same body.
_SHORT_FORM = re.compile(r"\((?:以下)?简称:?“?([^”)]{2,16})”?\)")
_ID_UNSAFE = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff_.-]+")


def division_named(value: str) -> Division:
    """A division from a ``--district`` value: its GB/T 2260 code or its full name."""
    gaz = gazetteer()
    if value in gaz.by_code:
        return gaz.by_code[value]
    found = gaz.named(value)
    if not found:
        raise KgError(f"--district {value}: no such administrative division (give a full name like 城阳区 or a code like 370214)")
    return found[0]


def report_id(path: Path) -> str:
    return _ID_UNSAFE.sub("-", path.stem).strip("-").lower() or "report"


def _reporting_body(title: str | None, ctx: resolve.Context) -> str | None:
    """A department writing about its own year names itself in the title (成都市司法局2024年…)."""
    if not title:
        return None
    nlp = pipeline()
    head = re.split(r"(?:关于)?(?:19|20)\d{2}年", title)[0]
    doc = make_doc(nlp, head, [0], {"division_code": ctx.division.code, "division_name": ctx.division.name,
                                     "level_char": ctx.division.level_char})
    doc = nlp.get_pipe("fazhi_agencies")(doc)
    for span in doc.spans.get("agency", []):
        data = span._.fz
        if data.get("self") or data.get("kind") in ("government", "party_committee"):
            continue
        return resolve.agency(data, span.text, ctx)[0]
    return None


def extract(path: str | Path, district: str | None = None, year: int | None = None) -> rec.ReportRecord:
    """Extract every entity, action and measure of one report, with provenance."""
    path = Path(path)
    source = read_source(path)
    norm = normalise(source.text)
    layout = read_layout(norm)
    first = layout.sentences[0].text if layout.sentences else ""
    division = division_named(district) if district else locate(layout.body, (layout.title or "") + " " + first)
    if division is None:
        raise InputError(path, "no district, county or city named in the title or first sentence; not a report? (use --district to say which)")
    year = year or layout.year
    if year is None:
        raise InputError(path, "no year found in the title or first sentence (use --year to give it)")
    ctx = resolve.Context(division)
    ctx = resolve.Context(division, body=_reporting_body(layout.title, ctx))

    nlp = pipeline()
    body_type = resolve.body_type(ctx.reporting_body)
    doc = make_doc(nlp, layout.body, [s.start for s in layout.sentences],
                   {"division_code": division.code, "division_name": division.name, "level_char": division.level_char,
                    "chain_names": [d.name for d in gazetteer().chain(division)],
                    "body_type": body_type,
                    "street_name": ctx.reporting_body.removesuffix("办事处") if body_type == "street" else None})
    doc = nlp(doc)

    def original(start: int, end: int) -> tuple[int, int]:
        return norm.original_span(start, end)

    sentences = []
    for s in layout.sentences:
        o_start, o_end = original(s.start, s.end)
        sentences.append(rec.SentenceRecord(s.index, source.text[o_start:o_end].replace("\n", "").replace("\r", ""),
                                            o_start, o_end, s.section))

    entities: dict[tuple[str, str, str], rec.Entity] = {}
    span_keys: dict[tuple[int, int, str], tuple[str, str, str]] = {}

    starts = [sent.start for sent in layout.sentences]

    def sentence_of(char: int) -> int:
        # Token.sent scans the whole Doc on every call; the sentence starts are sorted.
        return layout.sentences[max(bisect.bisect_right(starts, char) - 1, 0)].index

    def register(type_: str, label: str, scope: str, surface: str, start: int, end: int, **props: str) -> tuple[str, str, str]:
        entity = entities.setdefault((type_, scope, label), rec.Entity(type_, label, scope))
        entity.props.update({k: v for k, v in props.items() if v})
        o_start, o_end = original(start, end)
        entity.mentions.append(rec.Mention(sentence_of(start), o_start, o_end, source.text[o_start:o_end]))
        entity.aliases.add(surface)
        return entity.key

    body_label = ctx.reporting_body
    body_key = ("Agency", division.code, body_label)
    entities[body_key] = rec.Entity("Agency", body_label, division.code, props={"kind": "reporting_body"})
    for place in gazetteer().chain(division):
        entities[("Place", place.code, place.name)] = rec.Entity("Place", place.name, place.code, props={"level": place.level})

    programs = _program_labels(doc.spans.get("program", []))
    short_forms: dict[str, str] = {}
    body_text = layout.body
    for key, type_ in _SPAN_TYPES.items():
        for span in doc.spans.get(key, []):
            data = span._.fz or {}
            surface = span.text
            if type_ == "Agency":
                label, scope = resolve.agency(data, surface, ctx)
                label = short_forms.get(surface, label)
                declared = _SHORT_FORM.match(body_text, span.end_char)
                if declared:
                    short_forms[declared.group(1)] = label
                props = {"kind": data.get("kind", "")}
            elif type_ == "Regulation":
                label, scope = resolve.regulation(surface, ctx)
                props = {}
            elif type_ == "Program":
                label, scope, props = programs[(span.start, span.end)], division.code, {}
            elif type_ == "Award":
                label, scope = surface, resolve.leveled_scope(surface, ctx)
                props = {"awardLevel": data.get("level") or ""}
            elif type_ == "Event":
                surface = _ordinal_meeting(surface, span, doc.spans.get("agency", []), sentence_of)
                label, scope, props = surface, resolve.leveled_scope(surface, ctx), {}
            else:
                place = _place(surface, ctx)
                if place is None:
                    continue
                label, scope, props = place.name, place.code, {"level": place.level}
            span_keys[(span.start, span.end, type_)] = register(type_, label, scope, surface, span.start_char, span.end_char, **props)
            if type_ == "Agency" and data.get("party") and data.get("juris"):
                # 区委依法治区办 names the district's own party committee too.
                committee = {"juris": data["juris"], "core": "委员会", "kind": "party_committee", "rule": "table"}
                c_label, c_scope = resolve.agency(committee, "", ctx)
                if c_scope != division.code:
                    continue
                c_end = span.start_char + surface.index("委") + 1
                register("Agency", c_label, c_scope, surface[:c_end - span.start_char], span.start_char, c_end,
                         kind="party_committee")

    def measure(span) -> rec.Measure:
        data = span._.fz
        o_start, o_end = original(span.start_char, span.end_char)
        return rec.Measure(Decimal(data["value"]), data["unit"], data["approximate"], data["counts"],
                           rec.Mention(sentence_of(span.start_char), o_start, o_end, source.text[o_start:o_end]))

    planned_sections = _planned_sections(layout, year)
    actions = []
    for act in doc._.actions or []:
        agent = span_keys.get((act.agent.start, act.agent.end, "Agency"), body_key) if act.agent is not None else body_key
        obj = span_keys.get((act.object.start, act.object.end, act.object.label_)) if act.object is not None else None
        if act.object is not None and obj is None:
            continue
        measures = [measure(m) for m in act.measures]
        recipient = None
        if act.recipient is not None:
            recipient = span_keys.get((act.recipient.start, act.recipient.end, act.recipient.label_))
        v_start, v_end = original(act.verb_start, act.verb_start + len(act.verb))
        index = sentence_of(act.verb_start)
        surface = ""
        if act.object is not None:
            o_start, o_end = original(act.object.start_char, act.object.end_char)
            surface = source.text[o_start:o_end].replace("\n", "")
        actions.append(rec.Action(agent, act.verb, index, v_start, v_end, obj, measures, recipient,
                                  planned=sentences[index].section in planned_sections, object_surface=surface))

    return rec.ReportRecord(
        id=report_id(path), source=path.name, sha256=source.sha256, encoding=source.encoding, title=layout.title,
        year=year, division=division, reporting_body=body_key, sections=layout.sections, sentences=sentences,
        entities=entities, actions=actions, header=layout.header,
        measures=[measure(m) for m in doc.spans.get("measure", [])])


def _planned_sections(layout, year: int) -> set[str]:
    """Sections about next year's plans, and everything below them."""
    cue = re.compile(alternation(word_list("plan_headings.txt")))
    later = re.compile(rf"(?:{year + 1}|{year + 2})年")
    planned = {s.path for s in layout.sections if cue.search(s.title) or later.match(s.title)}
    return {s.path for s in layout.sections if any(s.path == p or s.path.startswith(p + ".") for p in planned)}


_ORDINAL_MEETING = re.compile(r"^第[一二三四五六七八九十百\d]+次(?:全体)?会议$")


def _ordinal_meeting(name: str, span, agencies, sentence_of) -> str:
    """区委全面依法治区委员会召开第六次会议: a bare 第六次会议 is that body's, named as the text names it."""
    if not _ORDINAL_MEETING.match(name):
        return name
    sentence = sentence_of(span.start_char)
    before = [a for a in agencies if a.end <= span.start and sentence_of(a.start_char) == sentence]
    return before[-1].text + name if before else name


def _place(name: str, ctx: resolve.Context) -> Division | None:
    candidates = gazetteer().named(name)
    own = {d.code for d in ctx.chain()}
    return next((d for d in candidates if d.code in own), None) or next(
        (d for d in candidates if d.province == ctx.division.province), None) or (candidates[0] if len(candidates) == 1 else None)


def _program_labels(spans) -> dict[tuple[int, int], str]:
    """One label per programme: a bare quotation takes the fuller name written elsewhere (“X” -> “X”机制)."""
    fuller: dict[str, str] = {}
    for s in spans:
        core, name = s._.fz["core"], s._.fz["name"]
        if len(name) > len(fuller.get(core, core)):
            fuller[core] = name
    return {(s.start, s.end): fuller.get(s._.fz["core"], s._.fz["name"]) for s in spans}
