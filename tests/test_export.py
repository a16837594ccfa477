"""Every export is read back with the tool's own reader and holds a known agency and a known verb."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner
from rdflib import Dataset

import kg
from kg.cli import main
from kg.errors import KgError
from kg.export import export

SFJ = "https://w3id.org/fazhi-kg/id/agency/370214/城阳区司法局"


@pytest.mark.parametrize("fmt,read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_gephi_formats_keep_classes_labels_and_verbs(reference_dataset, tmp_path: Path, fmt: str, read) -> None:
    [path] = export(reference_dataset, fmt, tmp_path / f"g.{fmt}")
    graph = read(path)
    assert graph.nodes[SFJ]["label"] == "城阳区司法局" and graph.nodes[SFJ]["class"] == "Agency"
    assert graph.nodes[SFJ]["jurisdiction"] == "城阳区"
    [edge] = [d for _, _, d in graph.out_edges(SFJ, data=True)]
    assert edge["verb"] == "荣获" and edge["year"] == 2024 and "城阳区司法局荣获" in edge["evidence"]


def test_csv_writes_nodes_and_edges(reference_dataset, tmp_path: Path) -> None:
    nodes_path, edges_path = export(reference_dataset, "csv", tmp_path / "g.csv")
    assert (nodes_path.name, edges_path.name) == ("g-nodes.csv", "g-edges.csv")
    nodes, edges = pd.read_csv(nodes_path, dtype=str), pd.read_csv(edges_path, dtype=str)
    assert nodes.set_index("id").loc[SFJ, "label"] == "城阳区司法局"
    row = edges[edges["source_label"] == "城阳区司法局"].iloc[0]
    assert (row["verb"], row["target_label"]) == ("荣获", "全省“八五”普法中期表现突出单位")
    assert set(edges["source"]) | set(edges["target"]) <= set(nodes["id"])


def test_jsonld_has_a_context_and_reads_back_whole(reference_dataset, tmp_path: Path) -> None:
    [path] = export(reference_dataset, "jsonld", tmp_path / "g.jsonld")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["@context"]["fz"] == "https://w3id.org/fazhi-kg/ontology#"
    assert data["@context"]["label"] == {"@id": "rdfs:label", "@language": "zh"}
    back = Dataset(default_union=True)
    back.parse(path, format="json-ld")
    assert len(back) == len(reference_dataset)
    rows = kg.query(back, "agency-actions", agency="城阳区司法局")
    assert [r["action"] for r in rows] == ["荣获"]


def test_unknown_format_is_a_user_error(reference_dataset, tmp_path: Path) -> None:
    with pytest.raises(KgError, match="unknown export format"):
        export(reference_dataset, "dot", tmp_path / "g.dot")


def test_cli_export_and_stats(tmp_path: Path, small_report: Path) -> None:
    graph = tmp_path / "graph.ttl"
    assert CliRunner().invoke(main, ["build", str(small_report), "-o", str(graph), "--no-html"]).exit_code == 0
    result = CliRunner().invoke(main, ["export", str(graph), "--format", "gexf"])
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(graph.with_suffix(".gexf")).nodes[
        "https://w3id.org/fazhi-kg/id/agency/330122/桐庐县司法局"]["label"] == "桐庐县司法局"
    stats = CliRunner().invoke(main, ["stats", str(graph), "--top", "10"]).output
    counts, rest = stats.split("\n\n", 1)
    assert "ontology#Agency" in counts
    assert "Most active agencies" in rest and "桐庐县司法局" in rest and "Districts" in rest and "桐庐县" in rest
