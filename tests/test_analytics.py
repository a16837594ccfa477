"""Analytics on the reference report and on the six-district graph: tables answer the questions."""
from __future__ import annotations

import pytest

import kg
from kg import analytics

SFJ = "https://w3id.org/fazhi-kg/id/agency/370214/城阳区司法局"
AWARD = "https://w3id.org/fazhi-kg/id/award/370000/全省八五普法中期表现突出单位"
GOVERNMENT = "城阳区人民政府"


def test_to_networkx_node_and_edge_attributes(reference_dataset) -> None:
    graph = analytics.to_networkx(reference_dataset)
    assert graph.nodes[SFJ] == {"class": "Agency", "label": "城阳区司法局", "jurisdiction": "城阳区",
                                "jurisdiction_code": "370214"}
    [(key, edge)] = graph.get_edge_data(SFJ, AWARD).items()
    assert edge["verb"] == "荣获" and edge["evidence"].startswith("城阳区司法局荣获")
    assert edge["report"] == "城阳区2024年法治政府建设年度报告" and edge["district"] == "城阳区" and edge["year"] == 2024
    assert "/report/370214-2024-人民政府/action/" in key
    assert {d["class"] for _, d in graph.nodes(data=True)} == set(analytics.ENTITY_CLASSES)


def test_to_networkx_keeps_only_the_classes_asked_for(reference_dataset) -> None:
    graph = analytics.to_networkx(reference_dataset, ("Agency", "Award"))
    assert {d["class"] for _, d in graph.nodes(data=True)} == {"Agency", "Award"}
    assert all(graph.nodes[t]["class"] == "Award" for _, t in graph.edges() if graph.nodes[t]["class"] != "Agency")


def test_query_df_keeps_columns_and_types(reference_dataset) -> None:
    frame = kg.query_df(reference_dataset, "who-did-what")
    assert list(frame.columns) == ["agency", "action", "object", "evidence", "report", "year", "section", "objectLabel"]
    assert set(frame["year"]) == {2024}
    assert ((frame["agency"] == "城阳区司法局") & (frame["action"] == "荣获")).any()
    empty = kg.query_df(reference_dataset, "agency-actions", agency="没有这个机构")
    assert empty.empty and list(empty.columns) == ["action", "object", "type", "evidence"]


def test_agency_activity_counts_by_object_class(reference_dataset) -> None:
    table = analytics.agency_activity(reference_dataset)
    assert table.index[0] == GOVERNMENT
    assert list(table.columns)[0] == "actions" and list(table.columns)[-1] == analytics.NO_OBJECT
    assert (table["actions"] == table.drop(columns="actions").sum(axis=1)).all()
    assert table.loc["城阳区司法局", "Award"] == 1
    assert table["actions"].sum() == len(analytics.actions(reference_dataset))


def test_agency_programs_counts_distinct_programmes(reference_dataset) -> None:
    table = analytics.agency_programs(reference_dataset)
    top = table.iloc[0]
    assert top["agency"] == GOVERNMENT and top["programs"] == len(top["examples"].split("；")) > 5
    assert "城事通智办服务平台" in top["examples"]


def test_centrality_ranks_the_government_first(reference_dataset) -> None:
    table = analytics.centrality(reference_dataset)
    assert set(table["class"]) <= set(analytics.CENTRALITY_CLASSES)
    assert table.iloc[0]["label"] == GOVERNMENT and table.iloc[0]["betweenness"] > 0
    assert table["betweenness"].is_monotonic_decreasing


def test_cooperation_pairs_across_districts(districts_dataset) -> None:
    table = analytics.cooperation_pairs(districts_dataset)
    pairs = set(zip(table["agency"], table["partner"], table["verbs"]))
    assert pairs == {("城阳区委全面依法治区委员会办公室", "城阳区广电中心", "联合"),
                     ("成都市司法局", "成都市市场监督管理局", "会同"),
                     ("成都市司法局", "成都市中级人民法院", "联合"),  # 与市中级人民法院联合发布《…白皮书》
                     ("桐庐县司法局", "桐庐县人力资源和社会保障局", "联合")}
    assert table.set_index("agency").loc["桐庐县司法局", "district"] == "桐庐县"


def test_district_comparison_has_one_row_per_district(districts_dataset) -> None:
    table = analytics.district_comparison(districts_dataset).set_index("district")
    assert set(table.index) == {"城阳区", "成都市", "昆山市", "洛阳市", "桐庐县", "襄州区"}
    assert table.loc["城阳区", "years"] == "2024" and table.loc["襄州区", "years"] == "2020"
    assert table.loc["成都市", "top_agency"] == "成都市司法局"
    assert table.loc["桐庐县", "cooperation"] == 1 and table.loc["洛阳市", "cooperation"] == 0
    assert table["actions"].sum() == len(analytics.actions(districts_dataset))


@pytest.mark.parametrize("cls,label,places", [
    ("Program", "八五普法", 5),
    ("Regulation", "法治政府建设实施纲要(2021—2025年)", 4),
    ("Regulation", "中华人民共和国行政复议法", 2),
])
def test_shared_entities_by_label(districts_dataset, cls: str, label: str, places: int) -> None:
    table = analytics.shared_entities(districts_dataset)
    row = table[(table["class"] == cls) & (table["label"] == label)]
    assert row["districts"].tolist() == [places]
    assert len(row["where"].iloc[0].split("、")) == places
    assert (table["districts"] >= 2).all()


def test_format_frame_aligns_chinese(reference_dataset) -> None:
    text = analytics.format_frame(analytics.cooperation_pairs(reference_dataset).drop(columns="evidence"))
    header, rule, row, count = text.splitlines()
    assert header.split() == ["agency", "partner", "actions", "verbs", "district"]
    assert header.index("partner") == 34 and row.startswith("城阳区委全面依法治区委员会办公室  城阳区广电中心")
    assert count == "(1 rows)"


def test_an_empty_graph_gives_empty_tables_with_their_columns() -> None:
    from kg.graph.build import new_dataset

    tables = dict(analytics.summary(new_dataset()))
    assert all(frame.empty for frame in tables.values())
    assert list(tables["Districts"].columns)[:4] == ["district", "reports", "years", "actions"]
