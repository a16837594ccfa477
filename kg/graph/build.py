"""From ``ReportRecord`` to RDF: one named graph per report, every fact with its evidence."""
from __future__ import annotations


from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.agency_kinds import AgencyKind, kind_iri, kind_of, lineage, successor
from kg.graph import iri, observations
from kg.graph.namespace import FZ, ID
from kg.graph.nquads import NQuadsGraph
from kg.graph.terms import TripleSink, decimal, zh
from kg.model import ENTITY_TYPES
from kg.records import DivisionRecord, EntityKey, ReportRecord

_AGENCY_KINDS = ID["agency-kinds"]
_ROLE = {"issued": FZ.issuedBy, "organized": FZ.organizer, "participated": FZ.participant}


def bind_prefixes(graph: Graph | Dataset) -> None:
    graph.bind("fz", FZ._NS)
    graph.bind("id", iri.ID)
    graph.bind("prov", PROV)
    graph.bind("skos", SKOS)
    graph.bind("dcterms", DCTERMS)


def add_report(dataset: Dataset, record: ReportRecord) -> Graph:
    """Add one report as its own named graph (named by the report's IRI) and return it."""
    g = dataset.graph(iri.report(record.id))
    write_report(g, record)
    return g


def report_nquads(record: ReportRecord) -> bytes:
    """One report's named graph as N-Quads: the lines ``add_report`` would give, at a fraction of the cost."""
    g = NQuadsGraph(iri.report(record.id))
    write_report(g, record)
    return g.serialize()


def write_report(g: TripleSink, record: ReportRecord) -> None:
    """Every triple of one report, its metadata, layout and facts, each fact with its evidence."""
    report = iri.report(record.id)
    g.add((report, RDF.type, FZ.Report))
    if record.title:
        g.add((report, DCTERMS.title, zh(record.title)))
    g.add((report, RDFS.label, zh(record.title or f"{record.division.name}{record.year}年法治政府建设年度报告")))
    g.add((report, FZ.year, Literal(str(record.year), datatype=XSD.gYear)))
    if record.division.level == "zone":  # a zone's report is filed under the division it lies in, if known
        if record.division.parts:
            g.add((report, FZ.district, iri.division(record.division.parts[0])))
        g.add((report, FZ.zone, iri.division(record.division.code)))
    else:
        g.add((report, FZ.district, iri.division(record.division.code)))
    g.add((report, FZ.sourceFile, Literal(record.source)))
    g.add((report, FZ.sha256, Literal(record.sha256)))
    g.add((report, FZ.encoding, Literal(record.encoding)))
    g.add((report, FZ.reportingBody, iri.entity(*record.reporting_body)))
    if record.header.get("来源"):
        g.add((report, DCTERMS.source, Literal(record.header["来源"])))

    described: set[str] = set()  # the divisions already in the graph
    _add_division(g, record.division.code, record.divisions, described)

    for section in record.sections:
        node = iri.part(record.id, "section", section.path)
        g.add((node, RDF.type, FZ.Section))
        g.add((node, FZ.path, Literal(section.path)))
        g.add((node, FZ.marker, Literal(section.marker)))
        g.add((node, FZ.heading, zh(section.title)))
        g.add((node, RDFS.label, zh(f"{section.marker}{section.title}")))
        g.add((node, PROV.wasDerivedFrom, report))
        if section.parent:
            g.add((node, FZ.parentSection, iri.part(record.id, "section", section.parent)))

    sentence_nodes = {}
    for s in record.sentences:
        node = iri.part(record.id, "sentence", s.index)
        sentence_nodes[s.index] = node
        g.add((node, RDF.type, FZ.Sentence))
        g.add((node, FZ.text, Literal(s.text)))
        g.add((node, FZ.index, Literal(s.index)))
        g.add((node, FZ.start, Literal(s.start)))
        g.add((node, FZ.end, Literal(s.end)))
        g.add((node, PROV.wasDerivedFrom, report))
        if s.section:
            g.add((node, FZ.section, iri.part(record.id, "section", s.section)))
        if s.skipped:
            g.add((node, FZ.skipped, Literal(True)))

    kinds_described: set[AgencyKind] = set()
    for entity in record.entities.values():
        node = iri.entity(*entity.key)
        if entity.type == "Agency":
            _add_agency_kind(g, node, entity.label, kinds_described)
            _add_successor(g, node, entity.key, record.divisions)
        if entity.type == "Place":
            _add_division(g, entity.jurisdiction, record.divisions, described)
        else:
            g.add((node, RDF.type, ENTITY_TYPES[entity.type].cls))
            g.add((node, RDFS.label, zh(entity.label)))
            if entity.jurisdiction != "cn":
                g.add((node, FZ.jurisdiction, iri.division(entity.jurisdiction)))
                _add_division(g, entity.jurisdiction, record.divisions, described)
        for alias in sorted(entity.aliases - {entity.label}):
            g.add((node, SKOS.altLabel, zh(alias)))
        if entity.props.get("kind"):
            g.add((node, FZ.kind, Literal(entity.props["kind"])))
        if entity.props.get("awardLevel"):
            g.add((node, FZ.level, Literal(entity.props["awardLevel"])))
        if entity.props.get("implements"):  # labelled, not typed: the report names its variant, not the programme
            shared = iri.entity("Program", "cn", entity.props["implements"])
            g.add((node, FZ.implements, shared))
            g.add((shared, RDFS.label, zh(entity.props["implements"])))
        for mention in entity.mentions:
            m_node = iri.part(record.id, "mention", mention.start, mention.end, entity.type)
            _add_evidenced(g, m_node, FZ.Mention, mention.start, mention.end, sentence_nodes[mention.sentence], report)
            g.add((m_node, FZ.mentionOf, node))
            g.add((m_node, FZ.surface, Literal(mention.surface)))

    for n, action in enumerate(record.actions):
        node = iri.part(record.id, "action", action.sentence, n)
        agent = iri.entity(*action.agent)
        _add_evidenced(g, node, FZ.Action, action.verb_start, action.verb_end, sentence_nodes[action.sentence], report)
        g.add((node, FZ.agent, agent))
        g.add((node, FZ.verb, zh(action.verb)))
        if action.planned:
            g.add((node, FZ.planned, Literal(True)))
        if action.object is not None:
            obj = iri.entity(*action.object)
            g.add((node, FZ.object, obj))
            if action.object_surface:
                g.add((node, FZ.surface, Literal(action.object_surface)))
            if action.role:
                g.add((obj, _ROLE[action.role], agent))
            if action.object[0] == "Award":
                g.add((obj, FZ.awardedTo, iri.entity(*action.recipient) if action.recipient else agent))
        for measure in action.measures:
            m_node = iri.part(record.id, "measure", measure.mention.start, measure.mention.end)
            g.add((node, FZ.measure, m_node))
            mention = measure.mention
            _add_evidenced(g, m_node, FZ.Measure, mention.start, mention.end, sentence_nodes[mention.sentence], report)
            g.add((m_node, FZ.value, decimal(measure.value)))
            g.add((m_node, FZ.unit, Literal(measure.unit)))
            g.add((m_node, FZ.approximate, Literal(measure.approximate)))
            if measure.counts:
                g.add((m_node, FZ.counts, zh(measure.counts)))
            g.add((m_node, FZ.surface, Literal(mention.surface)))
    observations.write(g, record)


def _add_agency_kind(g: TripleSink, node: URIRef, label: str, described: set[AgencyKind]) -> None:
    """The agency's kind, and the kind with its broader kinds once per report, so that a merged graph reads alone."""
    kind = kind_of(label)
    if kind is None:
        return
    g.add((node, FZ.agencyKind, kind.iri))
    for k in lineage(kind):
        if k in described:
            return
        described.add(k)
        g.add((k.iri, RDF.type, FZ.AgencyKind))
        g.add((k.iri, SKOS.inScheme, _AGENCY_KINDS))
        g.add((k.iri, SKOS.prefLabel, zh(k.label)))
        for alt in k.alt_labels:
            g.add((k.iri, SKOS.altLabel, zh(alt)))
        if k.broader is not None:
            g.add((k.iri, SKOS.broader, kind_iri(k.broader)))


def _add_successor(g: TripleSink, node: URIRef, key: EntityKey, divisions: dict[str, DivisionRecord]) -> None:
    """The body that took over from an abolished one (政府法制办公室 -> 司法局): labelled, but an entity of the
    report (typed) only where the report names it."""
    _, jurisdiction, label = key
    division = divisions.get(jurisdiction)
    after = successor(label, province=division is not None and division.level == "province")
    if after is None:
        return
    after_node = iri.entity("Agency", jurisdiction, after)
    g.add((node, FZ.succeededBy, after_node))
    g.add((after_node, RDFS.label, zh(after)))


def _add_evidenced(g: TripleSink, node: URIRef, cls: URIRef, start: int, end: int, sentence: URIRef, report: URIRef) -> None:
    """A node stated by one sentence of one report, at these offsets: mentions, actions, measures."""
    g.add((node, RDF.type, cls))
    g.add((node, FZ.start, Literal(start)))
    g.add((node, FZ.end, Literal(end)))
    g.add((node, FZ.evidence, sentence))
    g.add((node, PROV.wasDerivedFrom, report))


def _add_division(g: TripleSink, code: str, divisions: dict[str, DivisionRecord], described: set[str]) -> None:
    """A division and, up to its province, the divisions it is part of; each once per report.

    Most entities lie in the report's own division, and describing it again for each of
    them would build the same triples, only to be dropped as duplicates.
    """
    division = divisions.get(code)
    if division is None or code in described:
        return
    described.add(code)
    node = iri.division(code)
    g.add((node, RDF.type, FZ.FunctionalZone if division.level == "zone" else FZ.AdministrativeDivision))
    g.add((node, RDFS.label, zh(division.name)))
    g.add((node, FZ.code, Literal(code)))
    g.add((node, FZ.level, Literal(division.level)))
    for name in division.former:
        g.add((node, SKOS.altLabel, zh(name)))
    for part in division.parts:
        g.add((node, FZ.liesIn, iri.division(part)))
        _add_division(g, part, divisions, described)
    if division.parent is not None:
        g.add((node, FZ.partOf, iri.division(division.parent)))
        _add_division(g, division.parent, divisions, described)


def new_dataset() -> Dataset:
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    return dataset
