"""From ``ReportRecord`` to RDF: one named graph per report, every fact with its evidence.

The writer names terms as plain strings and hands each triple to a ``TripleSink`` by the kind
of its object (``kg.graph.terms``): the same calls give an rdflib graph (``add_report``) or
N-Quads lines (``report_nquads``, what a worker sends back), so the two cannot drift apart.
"""
from __future__ import annotations


from rdflib import RDF, RDFS, Dataset, Graph
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.agency_kinds import AgencyKind, kind_iri, kind_of, lineage, successor
from kg.graph import iri, observations
from kg.graph.namespace import FZ
from kg.graph.nquads import NQuadsGraph
from kg.graph.terms import BOOLEAN, G_YEAR, INTEGER, GraphSink, Terms, TripleSink, boolean, decimal
from kg.model import ENTITY_TYPES
from kg.records import DivisionRecord, EntityKey, ReportRecord

_FZ, _RDF, _RDFS, _SKOS, _PROV, _DCTERMS = Terms(FZ), Terms(RDF), Terms(RDFS), Terms(SKOS), Terms(PROV), Terms(DCTERMS)
_AGENCY_KINDS = str(iri.ID["agency-kinds"])
_ROLE = {"issued": str(FZ.issuedBy), "organized": str(FZ.organizer), "participated": str(FZ.participant)}
_CLASS = {key: str(t.cls) for key, t in ENTITY_TYPES.items()}


def bind_prefixes(graph: Graph | Dataset) -> None:
    graph.bind("fz", FZ._NS)
    graph.bind("id", iri.ID)
    graph.bind("prov", PROV)
    graph.bind("skos", SKOS)
    graph.bind("dcterms", DCTERMS)


def add_report(dataset: Dataset, record: ReportRecord) -> Graph:
    """Add one report as its own named graph (named by the report's IRI) and return it."""
    g = dataset.graph(iri.report(record.id))
    write_report(GraphSink(g), record)
    return g


def report_nquads(record: ReportRecord) -> bytes:
    """One report's named graph as N-Quads: the lines ``add_report`` would give, at a fraction of the cost."""
    g = NQuadsGraph(str(iri.report(record.id)))
    write_report(g, record)
    return g.serialize()


def write_report(g: TripleSink, record: ReportRecord) -> None:
    """Every triple of one report, its metadata, layout and facts, each fact with its evidence."""
    fz, rdf_type, label, derived = _FZ, _RDF.type, _RDFS.label, _PROV.wasDerivedFrom
    report, part = str(iri.report(record.id)), iri.Parts(record.id)
    entities: dict[EntityKey, str] = {}

    def entity(key: EntityKey) -> str:
        found = entities.get(key)
        if found is None:
            found = entities[key] = str(iri.entity(*key))
        return found

    g.link(report, rdf_type, fz.Report)
    if record.title:
        g.zh(report, _DCTERMS.title, record.title)
    g.zh(report, label, record.title or f"{record.division.name}{record.year}年法治政府建设年度报告")
    g.literal(report, fz.year, str(record.year), G_YEAR)
    if record.division.level == "zone":  # a zone's report is filed under the division it lies in, if known
        if record.division.parts:
            g.link(report, fz.district, str(iri.division(record.division.parts[0])))
        g.link(report, fz.zone, str(iri.division(record.division.code)))
    else:
        g.link(report, fz.district, str(iri.division(record.division.code)))
    g.literal(report, fz.sourceFile, record.source)
    g.literal(report, fz.sha256, record.sha256)
    g.literal(report, fz.encoding, record.encoding)
    g.link(report, fz.reportingBody, entity(record.reporting_body))
    if record.header.get("来源"):
        g.literal(report, _DCTERMS.source, record.header["来源"])

    described: set[str] = set()  # the divisions already in the graph
    _add_division(g, record.division.code, record.divisions, described)

    for section in record.sections:
        node = part("section", section.path)
        g.link(node, rdf_type, fz.Section)
        g.literal(node, fz.path, section.path)
        g.literal(node, fz.marker, section.marker)
        g.zh(node, fz.heading, section.title)
        g.zh(node, label, f"{section.marker}{section.title}")
        g.link(node, derived, report)
        if section.parent:
            g.link(node, fz.parentSection, part("section", section.parent))

    sentence_nodes = {}
    for s in record.sentences:
        node = part("sentence", s.index)
        sentence_nodes[s.index] = node
        g.link(node, rdf_type, fz.Sentence)
        g.literal(node, fz.text, s.text)
        g.literal(node, fz.index, str(s.index), INTEGER)
        g.literal(node, fz.start, str(s.start), INTEGER)
        g.literal(node, fz.end, str(s.end), INTEGER)
        g.link(node, derived, report)
        if s.section:
            g.link(node, fz.section, part("section", s.section))
        if s.skipped:
            g.literal(node, fz.skipped, boolean(True), BOOLEAN)

    kinds_described: set[AgencyKind] = set()
    for entity_record in record.entities.values():
        node = entity(entity_record.key)
        if entity_record.type == "Agency":
            _add_agency_kind(g, node, entity_record.label, kinds_described)
            _add_successor(g, node, entity_record.key, record.divisions)
        if entity_record.type == "Place":
            _add_division(g, entity_record.jurisdiction, record.divisions, described)
        else:
            g.link(node, rdf_type, _CLASS[entity_record.type])
            g.zh(node, label, entity_record.label)
            if entity_record.jurisdiction != "cn":
                g.link(node, fz.jurisdiction, str(iri.division(entity_record.jurisdiction)))
                _add_division(g, entity_record.jurisdiction, record.divisions, described)
        for alias in sorted(entity_record.aliases - {entity_record.label}):
            g.zh(node, _SKOS.altLabel, alias)
        props = entity_record.props
        if props.get("kind"):
            g.literal(node, fz.kind, props["kind"])
        if props.get("awardLevel"):
            g.literal(node, fz.level, props["awardLevel"])
        if props.get("implements"):  # labelled, not typed: the report names its variant, not the programme
            shared = entity(("Program", "cn", props["implements"]))
            g.link(node, fz.implements, shared)
            g.zh(shared, label, props["implements"])
        for mention in entity_record.mentions:
            m_node = part("mention", mention.start, mention.end, entity_record.type)
            _add_evidenced(g, m_node, fz.Mention, mention.start, mention.end, sentence_nodes[mention.sentence], report)
            g.link(m_node, fz.mentionOf, node)
            g.literal(m_node, fz.surface, mention.surface)

    for n, action in enumerate(record.actions):
        node = part("action", action.sentence, n)
        agent = entity(action.agent)
        _add_evidenced(g, node, fz.Action, action.verb_start, action.verb_end, sentence_nodes[action.sentence], report)
        g.link(node, fz.agent, agent)
        g.zh(node, fz.verb, action.verb)
        if action.planned:
            g.literal(node, fz.planned, boolean(True), BOOLEAN)
        if action.object is not None:
            obj = entity(action.object)
            g.link(node, fz.object, obj)
            if action.object_surface:
                g.literal(node, fz.surface, action.object_surface)
            if action.role:
                g.link(obj, _ROLE[action.role], agent)
            if action.object[0] == "Award":
                g.link(obj, fz.awardedTo, entity(action.recipient) if action.recipient else agent)
        for measure in action.measures:
            mention = measure.mention
            m_node = part("measure", mention.start, mention.end)
            g.link(node, fz.measure, m_node)
            _add_evidenced(g, m_node, fz.Measure, mention.start, mention.end, sentence_nodes[mention.sentence], report)
            g.literal(m_node, fz.value, *decimal(measure.value))
            g.literal(m_node, fz.unit, measure.unit)
            g.literal(m_node, fz.approximate, boolean(measure.approximate), BOOLEAN)
            if measure.counts:
                g.zh(m_node, fz.counts, measure.counts)
            g.literal(m_node, fz.surface, mention.surface)
    observations.write(g, record, report, part)


def _add_agency_kind(g: TripleSink, node: str, label: str, described: set[AgencyKind]) -> None:
    """The agency's kind, and the kind with its broader kinds once per report, so that a merged graph reads alone."""
    kind = kind_of(label)
    if kind is None:
        return
    g.link(node, _FZ.agencyKind, str(kind.iri))
    for k in lineage(kind):
        if k in described:
            return
        described.add(k)
        k_iri = str(k.iri)
        g.link(k_iri, _RDF.type, _FZ.AgencyKind)
        g.link(k_iri, _SKOS.inScheme, _AGENCY_KINDS)
        g.zh(k_iri, _SKOS.prefLabel, k.label)
        for alt in k.alt_labels:
            g.zh(k_iri, _SKOS.altLabel, alt)
        if k.broader is not None:
            g.link(k_iri, _SKOS.broader, str(kind_iri(k.broader)))


def _add_successor(g: TripleSink, node: str, key: EntityKey, divisions: dict[str, DivisionRecord]) -> None:
    """The body that took over from an abolished one (政府法制办公室 -> 司法局), or the same body under its
    division's later name (横县人民政府 -> 横州市人民政府: a report names bodies as they were in its year, and this
    keeps them comparable over the years): labelled, but an entity of the report (typed) only where the report
    names it."""
    _, jurisdiction, label = key
    division = divisions.get(jurisdiction)
    after = successor(label, province=division is not None and division.level == "province")
    if after is None and division is not None:
        after = next((label.replace(name, division.name, 1) for name in division.former if name in label), None)
    if after is None:
        return
    after_node = str(iri.entity("Agency", jurisdiction, after))
    g.link(node, _FZ.succeededBy, after_node)
    g.zh(after_node, _RDFS.label, after)


def _add_evidenced(g: TripleSink, node: str, cls: str, start: int, end: int, sentence: str, report: str) -> None:
    """A node stated by one sentence of one report, at these offsets: mentions, actions, measures."""
    g.link(node, _RDF.type, cls)
    g.literal(node, _FZ.start, str(start), INTEGER)
    g.literal(node, _FZ.end, str(end), INTEGER)
    g.link(node, _FZ.evidence, sentence)
    g.link(node, _PROV.wasDerivedFrom, report)


def _add_division(g: TripleSink, code: str, divisions: dict[str, DivisionRecord], described: set[str]) -> None:
    """A division and, up to its province, the divisions it is part of; each once per report.

    Most entities lie in the report's own division, and describing it again for each of
    them would build the same triples, only to be dropped as duplicates.
    """
    division = divisions.get(code)
    if division is None or code in described:
        return
    described.add(code)
    node = str(iri.division(code))
    g.link(node, _RDF.type, _FZ.FunctionalZone if division.level == "zone" else _FZ.AdministrativeDivision)
    g.zh(node, _RDFS.label, division.name)
    g.literal(node, _FZ.code, code)
    g.literal(node, _FZ.level, division.level)
    for name in division.former:
        g.zh(node, _SKOS.altLabel, name)
    for part in division.parts:
        g.link(node, _FZ.liesIn, str(iri.division(part)))
        _add_division(g, part, divisions, described)
    if division.parent is not None:
        g.link(node, _FZ.partOf, str(iri.division(division.parent)))
        _add_division(g, division.parent, divisions, described)


def new_dataset() -> Dataset:
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    return dataset
