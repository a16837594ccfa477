"""Universities named as written (kg/resources/README.md, agencies of the seventieth round): a country's, a region's
or a province's word, up to four characters, 大学, and a 学院 of it. Invented sentences, one case per shape."""
from pathlib import Path

import pytest

from shapes import assert_agencies, build, facts

CHANGPING = "昌平区2024年法治政府建设年度报告"
LIAOYUAN = "辽源市2024年法治政府建设年度报告"

CASES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("a university of the country", CHANGPING, "与中国政法大学签订合作协议。", {"中国政法大学"}, set()),
    ("a university of a region, after a verb of working together", CHANGPING, "联合华东师范大学开展培训。",
     {"华东师范大学"}, set()),
    ("a university of a province without its level", CHANGPING, "邀请浙江工业大学教授授课。", {"浙江工业大学"}, set()),
    ("a university's school is named with the university", LIAOYUAN, "邀请东北师范大学政法学院教授作专题讲座。",
     {"东北师范大学政法学院"}, {"东北师范大学"}),
    ("a hospital attached to a university is no university", "万州区2020年法治政府建设年度报告",
     "重庆大学附属三峡中心医院开展法治讲座。", set(), {"重庆大学"}),
    ("a lecture hall, students and a university town are no university", CHANGPING,
     "开办中国法治大学堂,组织上海大学生志愿者走进北京大学城。", set(), {"中国法治大学", "上海大学", "北京大学"}),
]


@pytest.mark.parametrize(("shape", "title", "text", "present", "absent"), CASES, ids=[c[0] for c in CASES])
def test_universities(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)


def test_the_government_invites_the_university(tmp_path: Path) -> None:
    record = build(tmp_path, "宜宾市2023年法治政府建设年度报告", "邀请中国政法大学教授作专题辅导。")
    assert ("宜宾市人民政府", "邀请", "中国政法大学") in facts(record)
