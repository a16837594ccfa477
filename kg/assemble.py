"""Assemble: a report's typed mentions, resolved, become one ``ReportRecord`` with provenance.

Every entity keeps each place it is written (sentence and offsets in the original file),
every action its verb's offsets, its sentence and whether it sits in next year's plans.
Offsets in the mentions count in the normalised body; here they become offsets in the
original text, which is what the graph states.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from kg.ingest import NormalisedText, SourceText
from kg.ingest.normalise import to_simplified
from kg.layout import Layout
from kg.national_programs import implemented, national
from kg.recognise.mentions import (ActionMention, AgencyMention, AwardMention, EventMention, MeasureMention,
                                   Mention, Mentions, ProgramMention)
from kg.records import (Action, DivisionRecord, Entity, EntityKey, Measure, ReportRecord, SentenceRecord)
from kg.records import Mention as Written
from kg.resolve import Resolved, Resolver, town_committee_as_written, with_party_as_written
from kg.resources import table

_SHORT_FORM_REACH = 24  # (以下简称“…”) after a name: the text the resolver reads for a declared short form
_ORDINAL_MEETING = re.compile(r"^第[一二三四五六七八九十百\d]+次(?:全体)?会议(?:$|暨)")  # 暨: held together with another


@cache
def _roles() -> dict[str, str]:
    """Verb -> what it makes its agent of the object (issued, organized, participated)."""
    return {row["verb"]: row["role"] for row in table("verb_roles.tsv")}


@dataclass(frozen=True)
class Report:
    """What is known of a report before its mentions are assembled."""

    id: str
    source: SourceText
    text: NormalisedText
    layout: Layout
    year: int


class _Assembler:
    """Registers each mention's entity once per (type, jurisdiction, label) and maps mentions to them."""

    def __init__(self, report: Report, resolver: Resolver) -> None:
        self.report = report
        self.resolver = resolver
        self.entities: dict[EntityKey, Entity] = {}
        self.keys: dict[tuple[str, int, int], EntityKey] = {}  # (type, start, end) of a mention -> its entity
        # A measure is recorded with its action and again among the report's measures: made once, it is shared.
        self.measures: dict[tuple[int, int], Measure] = {}
        # Asked of every mention, action and sentence of the report: bound once.
        self.original = report.text.original_span
        self.sentence_at = report.layout.sentence_at
        self.source = report.source.text

    def written(self, start: int, end: int) -> Written:
        o_start, o_end = self.original(start, end)
        return Written(self.sentence_at(start).index, o_start, o_end, self.source[o_start:o_end])

    def register(self, mention: Mention, resolved: Resolved, alias: str | None = None, **props: str) -> EntityKey:
        """The entity ``resolved`` names, written here as ``alias`` (default: as the mention writes it)."""
        type_ = mention.type
        label, jurisdiction = resolved
        key = (type_, jurisdiction, label)  # the entity's key, as ``Entity.key`` makes it
        entity = self.entities.get(key)
        if entity is None:  # made only when new: most mentions name an entity seen before
            entity = self.entities[key] = Entity(type_, label, jurisdiction)
        for name, value in props.items():
            if value:
                entity.props[name] = value
        entity.mentions.append(self.written(mention.start, mention.end))
        entity.aliases.add(mention.text if alias is None else alias)
        self.keys[(type_, mention.start, mention.end)] = key
        return key

    def key_of(self, mention: Mention | None) -> EntityKey | None:
        return None if mention is None else self.keys.get((mention.type, mention.start, mention.end))

    def measure(self, m: MeasureMention) -> Measure:
        span = (m.start, m.end)
        if span not in self.measures:
            self.measures[span] = Measure(m.value, m.unit, m.approximate, m.counts, self.written(m.start, m.end))
        return self.measures[span]


def assemble(report: Report, resolver: Resolver, found: Mentions, skipped: list[int] = ()) -> ReportRecord:
    """The record of one report: its sentences, entities and actions, each with where it is written;
    ``skipped`` are the sentences recognition failed on, which the record marks."""
    layout, source = report.layout, report.source
    work = _Assembler(report, resolver)
    body_key: EntityKey = ("Agency", resolver.division.code, resolver.reporting_body)
    work.entities[body_key] = Entity("Agency", resolver.reporting_body, resolver.division.code,
                                     props={"kind": "reporting_body"})
    for place in resolver.chain():
        work.entities[("Place", place.code, place.name)] = Entity("Place", place.name, place.code,
                                                                  props={"level": place.level})

    sentences = []
    for s in layout.sentences:
        o_start, o_end = work.original(s.start, s.end)
        sentences.append(SentenceRecord(s.index, source.text[o_start:o_end].replace("\n", "").replace("\r", ""),
                                        o_start, o_end, s.section, skipped=s.index in skipped))

    agencies = found.of("Agency")
    for mention in agencies:
        _agency(work, mention, found.text)
    _drop_territory(work, body_key, found.actions)
    for mention in found.of("Regulation"):
        work.register(mention, resolver.regulation(mention.text, found.text[mention.end:mention.end + _SHORT_FORM_REACH]))
    programs = _program_labels(found.of("Program"))
    for mention in found.of("Program"):
        resolved = resolver.program(programs[mention.core] if mention.name == mention.core else mention.name)
        work.register(mention, resolved, implements=implemented(resolved[0]) or "")
    for mention in found.of("Award"):
        assert isinstance(mention, AwardMention)
        work.register(mention, resolver.leveled(mention.name or mention.text), awardLevel=mention.level or "")
    for mention in found.of("Event"):
        name = _ordinal_meeting(mention, agencies, layout)
        work.register(mention, resolver.leveled(name), alias=name)
    for mention in found.of("Place"):
        place = resolver.place(mention.text)
        if place is not None:
            work.register(mention, (place.name, place.code), level=place.level)

    planned = layout.planned_sections(report.year)
    actions = [a for a in (_action(work, act, body_key, sentences, planned) for act in found.actions) if a]
    codes = {e.jurisdiction for e in work.entities.values()} | {resolver.division.code}
    divisions = {code: DivisionRecord(d.code, d.name, d.level, resolver.parent_code(d), d.parts, d.former)
                 for code, d in resolver.divisions(codes).items()}
    return ReportRecord(
        id=report.id, source=source.path.name, sha256=source.sha256, encoding=source.encoding, title=layout.title,
        year=report.year, division=divisions[resolver.division.code], reporting_body=body_key,
        sections=layout.sections, sentences=sentences, entities=work.entities, actions=actions, divisions=divisions,
        header=layout.header, measures=[work.measure(m) for m in found.of("Measure")])


def _drop_territory(work: _Assembler, body_key: EntityKey, actions: Iterable[ActionMention]) -> None:
    """A department's report that names its government only as 我市, 全省 or 本区 names the territory it works in
    (我省涉农立法, 全市各级各部门), not that government acting: no such entity, unless one is the subject of a
    fact (助力我县成功创建…示范县). Over the 530 dev reports no gold of a department's report has its government
    known only so (7 in no gold, 1 optional), and none gives the department these forms (0 of 131)."""
    key = ("Agency", work.resolver.division.code, work.resolver.government)
    entity = work.entities.get(key)
    if entity is None or key == body_key or not entity.aliases \
            or not all(work.resolver.names_territory(alias) for alias in entity.aliases) \
            or any(work.key_of(act.agent) == key for act in actions if act.object is not None):
        return  # ...but 助力我县成功创建…示范县: the county won it, its government the winner
    del work.entities[key]
    for span in [span for span, found in work.keys.items() if found == key]:
        del work.keys[span]


def _agency(work: _Assembler, mention: Mention, text: str) -> None:
    assert isinstance(mention, AgencyMention)
    label, jurisdiction = work.resolver.agency(mention, text[mention.end:mention.end + _SHORT_FORM_REACH])
    work.register(mention, (town_committee_as_written(with_party_as_written(label, text), text), jurisdiction),
                  kind=mention.kind)
    committee = work.resolver.party_committee(mention)
    if committee is not None:
        label, end = committee
        part = AgencyMention(mention.start, mention.start + end, mention.text[:end])
        work.register(part, (town_committee_as_written(label, text), work.resolver.division.code), kind="party_committee")


# Verbs that relay a meeting's spirit to the body's own members (传达学习…会议精神), and how a central body's name opens
_RELAYING = frozenset({"传达", "传达学习", "传达贯彻"})
_CENTRAL = "中央"
# The leader's writings and doctrine studied or put into a curriculum (集中学习《习近平法治思想学习纲要》, 将习近平法治思想
# 纳入干部培训计划): what a body's members study, no fact of its year (forty-seventh round)
_STUDY = "学习"
_INTO_CURRICULUM = frozenset({"纳入"})
_LEADER = "习近平"


def _action(work: _Assembler, act: ActionMention, body_key: EntityKey, sentences: list[SentenceRecord],
            planned: frozenset[str]) -> Action | None:
    agent = (work.key_of(act.agent) or body_key) if act.agent is not None else body_key
    obj = body_key if act.on_writer else work.key_of(act.object)
    if act.object is not None and obj is None:
        return None
    if act.verb in _RELAYING and obj is not None and obj[0] == "Event" and obj[2].startswith(_CENTRAL):
        # 传达学习中央全面依法治国工作会议精神: a central meeting relayed to a local body's members is what it studies,
        # no fact of the report (thirty-fourth round: over the 949 dev reports 10 such rows, none in a gold)
        return None
    if obj is not None and _LEADER in obj[2] and (_STUDY in act.verb or act.verb in _INTO_CURRICULUM):
        return None
    if obj == agent:
        # 及时调整我县告知承诺制…, the title's 湖北省人民政府…的报告: a body written as the object of its own verb is
        # what the verb's true object belongs to or the report's heading, never a fact (no gold joins a body to itself)
        return None
    measures = [work.measure(m) for m in act.measures]
    v_start, v_end = work.original(act.verb_start, act.verb_start + len(act.verb))
    index = work.sentence_at(act.verb_start).index
    surface = ""
    if act.object is not None:
        o_start, o_end = work.original(act.object.start, act.object.end)
        surface = work.report.source.text[o_start:o_end].replace("\n", "")
        if work.report.text.simplified:
            surface = to_simplified(surface)  # 盤錦市… as 盘锦市…: the object column names what the labels name
        if isinstance(act.object, (EventMention, AwardMention)) and act.object.name:
            surface = act.object.name  # 第七、第八次会议, 考核获全省第3名: the sentence writes it elided or around its verb
    role = _roles().get(act.verb)
    if obj is None or not ((role == "issued" and obj[0] == "Regulation")
                           or (role in ("organized", "participated") and obj[0] == "Event")):
        role = None
    return Action(agent, act.verb, index, v_start, v_end, obj, measures, work.key_of(act.recipient),
                  planned=sentences[index].section in planned, object_surface=surface, role=role)


def _ordinal_meeting(event: Mention, agencies: list[Mention], layout: Layout) -> str:
    """区委全面依法治区委员会召开第六次会议(暨…会议): a bare 第六次会议 is that body's, named as the text names it."""
    assert isinstance(event, EventMention)
    written = event.name or event.text
    if not _ORDINAL_MEETING.match(written):
        return written
    sentence = layout.sentence_at(event.start).index
    before = [a for a in agencies if a.end <= event.start and layout.sentence_at(a.start).index == sentence]
    return before[-1].text + written if before else written


def _program_labels(programs: list[Mention]) -> dict[str, str]:
    """The label a bare quotation takes: the fuller name written elsewhere (“X” -> “X”机制). A name with its
    noun keeps it: “两山”生态观察员制度 and “两山”生态检察APP are two programmes. A national programme's wording
    keeps its own label beside a local name built on it (“高效办成一件事” and “高效办成一件事”综合受理窗口)."""
    fuller: dict[str, str] = {}
    for p in programs:
        assert isinstance(p, ProgramMention)
        if national(p.core) and not national(p.name):
            continue
        if len(p.name) > len(fuller.get(p.core, p.core)):
            fuller[p.core] = p.name
    return {core: fuller.get(core, core) for core in {p.core for p in programs}}
