"""Verbs that reach no object written after them (seventy-fourth, seventy-eighth and eightieth rounds,
kg/resources/README.md).
Invented sentences; facts read as ``shapes.facts`` reads them.

- 协调推动 / 协调推进 is one compound verb, how the writer pushes work on: 协调 then acts on no body written after it;
  协调 alone still does.
- A meeting written right after 在 (总书记在…会议上的重要讲话精神) is where the speech studied was given: a verb of study
  alone acts on no such meeting; 贯彻, 落实 and a meeting studied as itself stay facts.
- A programme a verb of putting in (纳入, 列入) reaches, with the word for contents later in its clause (纳入“三会一课”
  重要学习内容), is a session the thing taken is studied in: no row on it; a programme put in with no such word keeps its row.
- A people's congress asked by 提请 to review drafts (审议, 审查) has not acted on them yet: no row joins it to the drafts;
  审议通过 after 提请, and a body asked to do anything else (提请市委召开…会议), stay facts.
- 报请 asks a superior body to approve: it acts on the bodies listed right after it, on nothing later in the clause
  (the title sent up, the bodies it goes on to), nor on bodies told before it.
"""
from pathlib import Path

import pytest

from shapes import build, facts

PROVINCE_TITLE = "江苏省司法厅2024年法治政府建设情况报告"
PROVINCE = "江苏省司法厅"
CITY_TITLE = "天津市人力资源和社会保障局2021年法治政府建设情况报告"
CITY = "天津市人力资源和社会保障局"
MEETING = "中央全面依法治国工作会议"
XIAN_TITLE = "西安市市场监督管理局2023年法治政府建设情况报告"
XIAN = "西安市市场监督管理局"
QINGDAO_TITLE = "青岛市人民政府2022年法治政府建设情况报告"
QINGDAO = "青岛市人民政府"
CONGRESS = "青岛市人民代表大会常务委员会"
LAW_A = "青岛市停车场条例"
LAW_B = "青岛市教育督导条例"

CASES = [
    # (title, shape, text, facts present, facts absent)
    (PROVINCE_TITLE, "协调推动 before the bodies whose decisions are carried out",
     "二是协调推动党中央国务院和省委省政府决策部署落实落细。",
     set(), {(PROVINCE, "协调", "中共江苏省委员会"), (PROVINCE, "协调", "江苏省人民政府")}),
    (PROVINCE_TITLE, "协调推动将…纳入 a body's assessment",
     "协调推动将法治政府建设工作纳入省委综合考核、省委巡察重要内容。",
     set(), {(PROVINCE, "协调", "中共江苏省委员会")}),
    (PROVINCE_TITLE, "协调推进 before a body's commission",
     "协调推进省编办、省财政厅落实行政复议体制改革。",
     set(), {(PROVINCE, "协调", "中共江苏省委机构编制委员会办公室"), (PROVINCE, "协调", "江苏省财政厅")}),
    (PROVINCE_TITLE, "协调 alone still acts on the bodies after it",
     "积极协调省委编办调研基层综合执法工作。",
     {(PROVINCE, "协调", "中共江苏省委机构编制委员会办公室")}, set()),
    (CITY_TITLE, "学习 a speech given at a meeting",
     "局党组带头深入学习习近平总书记在中央全面依法治国工作会议上的重要讲话精神。",
     set(), {(CITY, "学习", MEETING)}),
    (CITY_TITLE, "集中学习 a speech given at a meeting",
     "全年召开理论学习中心组学习会12次,集中学习了习近平总书记在中央全面依法治国工作会议上的重要讲话精神。",
     set(), {(CITY, "集中学习", MEETING)}),
    (CITY_TITLE, "贯彻 a speech given at a meeting stays a fact",
     "全面贯彻习近平总书记在中央全面依法治国工作会议上的重要讲话精神。",
     {(CITY, "贯彻", MEETING)}, set()),
    (CITY_TITLE, "学习 a meeting's own spirit stays a fact",
     "认真学习领会中央全面依法治国工作会议精神。",
     {(CITY, "学习", MEETING)}, set()),
    (QINGDAO_TITLE, "纳入 a body's “第一议题” and a study group's contents",
     "将习近平法治思想纳入党工委“第一议题”和理论学习中心组学习内容,组织专题学习4次。",
     set(), {(QINGDAO, "纳入", "第一议题")}),
    (QINGDAO_TITLE, "纳入 “第一议题” in a list ending in 必修内容",
     "将习近平法治思想作为重点学习内容纳入“第一议题”、局党组理论学习中心组学习、会前学法、全局法治教育必修内容。",
     set(), {(QINGDAO, "纳入", "第一议题")}),
    (QINGDAO_TITLE, "纳入 “三会一课” 重要学习内容",
     "将习近平法治思想纳入“三会一课”重要学习内容。",
     set(), {(QINGDAO, "纳入", "三会一课")}),
    (QINGDAO_TITLE, "列入 “三会一课” 必学内容",
     "把宪法列入党支部“三会一课”必学内容。",
     set(), {(QINGDAO, "列入", "三会一课")}),
    (QINGDAO_TITLE, "a programme put in with no contents after it keeps its row",
     "将“放管服”改革纳入年度重点工作。",
     {(QINGDAO, "纳入", "放管服改革")}, set()),
    (QINGDAO_TITLE, "提请 the congress to 审议 two drafts",
     f"市政府提请市人大常委会审议《{LAW_A}》《{LAW_B}》等2件地方性法规草案。",
     set(), {(CONGRESS, "审议", LAW_A), (CONGRESS, "审议", LAW_B)}),
    (QINGDAO_TITLE, "提请 the congress to 审议 one draft after a clause",
     f"围绕保障经济高质量发展加强立法工作,提请市人大常委会审议《{LAW_A}》等地方性法规草案3件。",
     set(), {(CONGRESS, "审议", LAW_A)}),
    (QINGDAO_TITLE, "提请 the congress to 审查 a draft",
     f"提请市人大常委会审查《{LAW_B}》。",
     set(), {(CONGRESS, "审查", LAW_B)}),
    (QINGDAO_TITLE, "提请 the congress to 审议通过 a draft stays a fact",
     f"市政府提请市人大常委会审议通过《{LAW_A}》。",
     {(CONGRESS, "审议通过", LAW_A)}, set()),
    (QINGDAO_TITLE, "提请 the party committee to 召开 a meeting stays a fact",
     "提请市委召开市委全面依法治市委员会第二次会议。",
     {("中共青岛市委员会", "召开", "市委全面依法治市委员会第二次会议")}, set()),
    (XIAN_TITLE, "the bodies listed right after 报请, not the title nor the bodies it goes on to",
     "及时报请市委、市政府将《西安市2022年法治政府建设情况的报告》上报省委、省政府。",
     {(XIAN, "报请", "中共西安市委员会"), (XIAN, "报请", "西安市人民政府")},
     {(XIAN, "报请", "西安市2022年法治政府建设情况的报告"), (XIAN, "报请", "中共陕西省委员会"),
      (XIAN, "报请", "陕西省人民政府")}),
    (XIAN_TITLE, "报请 a body to approve",
     "按程序报请市人民政府批准后,正式公布实施。",
     {(XIAN, "报请", "西安市人民政府")}, set()),
    (XIAN_TITLE, "经报请 and the body's short form",
     "经报请市委编办同意,向5个直属分局派驻执法中队。",
     {(XIAN, "报请", "中共西安市委机构编制委员会办公室")}, set()),
    (XIAN_TITLE, "bodies told before 报请 are not what it acts on",
     "局法规处每季度向市委市政府报请审阅行政执法工作情况报告。",
     set(), {(XIAN, "报请", "中共西安市委员会"), (XIAN, "报请", "西安市人民政府")}),
]


@pytest.mark.parametrize("title, shape, text, present, absent", CASES, ids=[c[1] for c in CASES])
def test_verb_reaching_no_object(tmp_path: Path, title: str, shape: str, text: str, present: set, absent: set) -> None:
    found = facts(build(tmp_path, title, text))
    assert present <= found, f"{shape}: missing {present - found}"
    assert not absent & found, f"{shape}: unexpected {absent & found}"
