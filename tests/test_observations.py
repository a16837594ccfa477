"""Typed measures as Data Cube observations, the kg indicators table and the SHACL shape over them."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg import api
from kg.cli import main
from kg.graph.namespace import FZ
from kg.validate import validate

# (notation, value or change, unit, approximate, words of the evidence sentence) in the reference report
REFERENCE_ROWS = [
    ("AR-ACCEPTED", "666", "件", "false", "受理行政复议案件666件"),
    ("AR-CONCLUDED", "594", "件", "false", "结案594件"),
    ("LR-ITEMS", "600", "件", "true", "政府协议等600余件"),
    ("ND-FILED", "2", "件", "false", "制定并报备区政府及部门行政规范性文件2件"),
]


@pytest.mark.parametrize(("notation", "value", "unit", "approximate", "words"), REFERENCE_ROWS)
def test_reference_measures_are_observations_of_their_indicator(reference_dataset: Dataset, notation: str, value: str,
                                                                 unit: str, approximate: str, words: str) -> None:
    rows = [r for r in api.query(reference_dataset, "indicators") if r["notation"] == notation and words in r["evidence"]]
    assert [(r.get("value"), r["unit"], r["approximate"], r["district"], r["code"], r["year"]) for r in rows] == [
        (value, unit, approximate, "城阳区", "370214", "2024")]


def test_a_year_on_year_change_is_a_change_not_a_value(districts_dataset: Dataset) -> None:
    rows = [r for r in api.query(districts_dataset, "indicators") if r["notation"] == "AL-LOSS-RATE"]
    assert {(r["district"], r.get("change"), r.get("value"), r["unit"]) for r in rows} >= {
        ("昆山市", "-2.3", None, "个百分点"), ("桐庐县", "-3.1", None, "个百分点")}


def test_kg_indicators_gives_one_row_per_district_for_an_indicator(districts_dataset: Dataset, tmp_path: Path) -> None:
    graph = api.save(districts_dataset, tmp_path / "six.trig")
    result = CliRunner().invoke(main, ["indicators", str(graph), "--indicator", "行政机关负责人出庭应诉率", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {(r["district"], r["year"], r["value"]) for r in rows} == {
        ("昆山市", "2022", "100"), ("桐庐县", "2023", "100"), ("洛阳市", "2021", "99.2"), ("襄州区", "2020", "98.5")}
    assert all(r["evidence"] and r["indicator"] == "行政机关负责人出庭应诉率" for r in rows)


def test_an_unknown_indicator_is_one_line_and_exit_1(reference_dataset: Dataset, tmp_path: Path) -> None:
    graph = api.save(reference_dataset, tmp_path / "ref.ttl")
    result = CliRunner().invoke(main, ["indicators", str(graph), "--indicator", "不存在的指标"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "kg: error: [E049] --indicator 不存在的指标: not in the indicator scheme; give a notation such as AR-ACCEPTED "
        "or a Chinese label such as 行政复议案件受理数 (see ontology/indicators.ttl)"]


def test_shapes_require_an_observation_to_name_its_indicator(reference_dataset: Dataset) -> None:
    broken = Dataset(default_union=True)
    for quad in reference_dataset.quads((None, None, None, None)):
        broken.add(quad)
    observation = next(broken.subjects(FZ.indicator, None))
    broken.remove((observation, FZ.indicator, None, None))
    conforms, text = validate(broken)
    assert not conforms and "an observation needs one indicator of the scheme" in text
