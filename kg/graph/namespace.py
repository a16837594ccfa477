"""The fazhi-kg vocabulary as a ``DefinedNamespace``: a typo in a term is an error.

Generated from ``ontology/fazhi.ttl`` by ``python -m kg.graph.gen_namespace``;
a test keeps the two equal.
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ID = Namespace("https://w3id.org/fazhi-kg/id/")


class FZ(DefinedNamespace):
    """fazhi-kg ontology: reports, agencies, what they did and the evidence."""

    _NS = Namespace("https://w3id.org/fazhi-kg/ontology#")
    _fail = True

    Action: URIRef  # 行动 / Action
    AdministrativeDivision: URIRef  # 行政区划 / Administrative division
    Agency: URIRef  # 机构 / Agency
    AgencyKind: URIRef  # 机构职能类别 / Kind of agency
    Award: URIRef  # 荣誉 / Award
    Event: URIRef  # 会议活动 / Event
    FunctionalZone: URIRef  # 功能区 / Functional zone
    Indicator: URIRef  # 法治指标 / Indicator
    Measure: URIRef  # 量化指标 / Measure
    Mention: URIRef  # 提及 / Mention
    Place: URIRef  # 地点 / Place
    Program: URIRef  # 工作举措 / Program
    Regulation: URIRef  # 法规文件 / Regulation
    Report: URIRef  # 年度报告 / Report
    Section: URIRef  # 章节 / Section
    Sentence: URIRef  # 句子 / Sentence
    agencyKind: URIRef  # 机构职能类别 / kind of agency
    agent: URIRef  # 行动主体 / agent
    approximate: URIRef  # 约数 / approximate
    area: URIRef  # 地区 / area
    awardedTo: URIRef  # 获奖者 / awarded to
    change: URIRef  # 同比变化 / change
    code: URIRef  # 行政区划代码 / GB/T 2260 code
    counts: URIRef  # 计量对象 / counts
    cueWord: URIRef  # 提示词 / cue word
    district: URIRef  # 报告地区 / district
    encoding: URIRef  # 字符编码 / character encoding
    end: URIRef  # 结束偏移 / end offset
    evidence: URIRef  # 证据句 / evidence
    heading: URIRef  # 标题 / heading
    implements: URIRef  # 落实 / implements
    index: URIRef  # 序号 / index
    indicator: URIRef  # 指标 / indicator
    issuedBy: URIRef  # 制发机构 / issued by
    jurisdiction: URIRef  # 所属行政区划 / jurisdiction
    kind: URIRef  # 机构类别 / kind of body
    level: URIRef  # 层级 / level
    liesIn: URIRef  # 所在行政区划 / lies in
    marker: URIRef  # 编号标记 / marker
    measure: URIRef  # 量化结果 / measure
    mentionOf: URIRef  # 提及对象 / mention of
    object: URIRef  # 行动对象 / object
    organizer: URIRef  # 主办机构 / organizer
    parentSection: URIRef  # 上级章节 / parent section
    partOf: URIRef  # 上级行政区划 / part of
    participant: URIRef  # 参加机构 / participant
    path: URIRef  # 章节编号 / section path
    period: URIRef  # 年度 / period
    planned: URIRef  # 计划事项 / planned
    reportedBy: URIRef  # 报告机构 / reported by
    reportingBody: URIRef  # 报告主体 / reporting body
    section: URIRef  # 所在章节 / section
    sha256: URIRef  # 校验和 / SHA-256 checksum
    skipped: URIRef  # 未能识别 / skipped
    sourceFile: URIRef  # 来源文件 / source file
    start: URIRef  # 起始偏移 / start offset
    succeededBy: URIRef  # 职能承继机构 / succeeded by
    surface: URIRef  # 原文形式 / surface form
    text: URIRef  # 文本 / text
    topicWord: URIRef  # 主题词 / topic word
    unit: URIRef  # 单位 / unit
    unitWord: URIRef  # 计量单位 / unit word
    value: URIRef  # 数值 / value
    verb: URIRef  # 动词 / verb
    year: URIRef  # 年度 / year
    zone: URIRef  # 报告功能区 / zone
