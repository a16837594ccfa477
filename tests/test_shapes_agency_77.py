"""Agency shapes of the seventy-seventh round (kg/resources/README.md): a rule-of-law committee's office heading a
notice's title before 关于 is the body that issued it, named without its committee; other issuers in a title stay
shielded. Invented texts, one case per shape, each in a report its title places."""
from pathlib import Path

import pytest

from shapes import assert_agencies

BUREAU = "某县农业农村局2024年法治政府建设情况报告"
COUNTY = "泽州县2022年度法治政府建设的情况报告"

CASES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("a county rule-of-law office issuing the annual report's notice", COUNTY,
     "根据《中共泽州县委全面依法治县委员会办公室关于做好2022年法治政府建设年度报告的通知》要求,现将有关情况报告如下。",
     {"中共泽州县委全面依法治县委员会办公室"}, {"中共晋城市泽州县委员会", "中共泽州县委员会"}),
    ("a province's rule-of-law office in its short form before 关于", COUNTY,
     "按照《省委依法治省办关于报送2022年度法治政府建设情况报告的通知》要求,现将情况报告如下。",
     {"山西省委全面依法治省委员会办公室"}, set()),
    ("a rule-of-law committee issuing a notice", COUNTY,
     "认真落实《中共泽州县委全面依法治县委员会关于深入学习宣传贯彻习近平法治思想的通知》。",
     {"中共泽州县委全面依法治县委员会"}, set()),
    ("a title that only mentions the office after 关于 names no issuer", COUNTY,
     "印发《关于落实县委依法治县办工作要求的通知》。", set(), {"泽州县委全面依法治县委员会办公室"}),
    ("another issuer before 关于 stays shielded by the title", COUNTY,
     "根据《晋城市人民政府关于加强行政执法工作的意见》要求,我县开展执法检查。", set(), {"晋城市人民政府"}),
    ("the same office written in a sentence still names its committee too", COUNTY,
     "2022年,中共泽州县委全面依法治县委员会办公室开展法治督察。", {"中共泽州县委全面依法治县委员会办公室"}, set()),
]


@pytest.mark.parametrize("shape, title, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_agency_shapes_77(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)
