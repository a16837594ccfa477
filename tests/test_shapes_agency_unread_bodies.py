"""Agency shapes of the sixty-ninth round (kg/resources/README.md): bodies the table and the grammar did not read,
and words that end no body's name. Invented sentences, one case per shape, each in a report its title places."""
from pathlib import Path

import pytest

from shapes import assert_agencies

XIAN = "西安市2023年法治政府建设年度报告"
BUREAU = "长治市人力资源和社会保障局2020年法治政府建设年度报告"
SHANGHAI_BUREAU = "上海市生态环境局2023年法治政府建设年度报告"
CHENGYANG = "城阳区2023年法治政府建设年度报告"
CHENGYANG_BUREAU = "城阳区司法局2023年法治政府建设年度报告"

CASES = [
    # (shape, title, text, labels that must be found, labels that must not)
    ("the general offices of the centre and of the State Council written as the pair 中办、国办", BUREAU,
     "根据中办、国办《法治政府建设与责任落实督察工作规定》,局里集中办理群众来信。",
     {"中共中央办公厅", "国务院办公厅"}, set()),
    ("the pair written without a separator", BUREAU, "认真落实中办国办《关于建立领导干部应知应会党内法规和国家法律清单制度的意见》。",
     {"中共中央办公厅", "国务院办公厅"}, set()),
    ("中办 or 国办 alone, ending an ordinary word, names no office", BUREAU, "推行集中办理,全国办案系统上线。",
     set(), {"中共中央办公厅", "国务院办公厅"}),
    ("a railway transport court named after its city without 市", XIAN,
     "在西安铁路运输中级法院和西安铁路运输法院设立现场教学点。", {"西安铁路运输中级法院", "西安铁路运输法院"}, set()),
    ("a railway transport court written bare after a verb", XIAN, "组织执法人员到铁路运输法院旁听庭审。",
     {"铁路运输法院"}, set()),
    ("a railway court after a word that is no city keeps no part of that word", XIAN, "观摩广州铁路运输法院庭审,走访铁路运输法院。",
     {"广州铁路运输法院", "铁路运输法院"}, {"访铁路运输法院"}),
    ("an intermediate court numbered among its city's, written in full", SHANGHAI_BUREAU,
     "北京市第四中级人民法院行政庭庭长作专题讲座。", {"北京市第四中级人民法院"}, set()),
    ("an intermediate court numbered among its city's, written short after a level character", SHANGHAI_BUREAU,
     "与市公安局、市三中院等八部门共同签署备忘录。", {"上海市第三中级人民法院", "上海市公安局"}, set()),
    ("a legal adviser sitting in on a sitting, and leaders leading a team, end the grammar's name",
     "大兴区2022年法治政府建设年度报告", "区政府法律顾问列席区政府常务会19次。市领导带队全面督察各区。",
     {"大兴区人民政府"}, {"大兴区人民政府法律顾问列席区政府", "北京市领导带队"}),
    ("a leading group's topic opens with no word of frequency (每年)", "郑州市人力资源和社会保障局2022年法治政府建设年度报告",
     "认真接受每年市法治政府建设领导小组的依法行政考核。", {"郑州市法治政府建设领导小组"},
     {"郑州市人力资源和社会保障局每年市法治政府建设领导小组"}),
    ("the commission's office written 法治办 after a city takes the city's level", "许昌市农业农村局2024年法治政府建设年度报告",
     "按时报送述法报告到市法治办。", {"许昌市委全面依法治市委员会办公室"}, {"许昌市法治办", "许昌市委全面依法治区委员会办公室"}),
    ("the commission's office written 区委法治办 in a district's report", CHENGYANG_BUREAU,
     "在区委法治办的指导下推进法治建设。", {"城阳区委全面依法治区委员会办公室"}, {"城阳区委法治办"}),
    ("the commission's office written 县法治办 in a township's report", "噶尔县左左乡2025年法治政府建设年度报告",
     "县法治办印发通知。", {"噶尔县委全面依法治县委员会办公室"}, {"噶尔县法治办"}),
    ("sector bodies under their short forms: 科工信局, 数政局, 经济信息委, 政务和数据局, 安办", CHENGYANG,
     "在区科工信局挂牌成立。在区数政局设立窗口。区经济信息委、区公安局参加。新组建区政务和数据局。市安委会和市安办明确任务。镇平安办牵头。",
     {"城阳区科学技术工业和信息化局", "城阳区数据和政务服务局", "城阳区经济和信息化委员会", "城阳区政务和数据局",
      "青岛市安全生产委员会办公室"},
     {"城阳区科工信局", "城阳区数政局", "城阳区经济信息委", "城阳区数据局", "青岛市安办"}),
    ("a county's television station written 电视台 keeps that name; 广播电视台 keeps its own", "会昌县2021年法治政府建设年度报告",
     "在县电视台创办栏目,县广播电视台转播。", {"会昌县电视台", "会昌县广播电视台"}, set()),
]


@pytest.mark.parametrize("shape, title, text, present, absent", CASES, ids=[c[0] for c in CASES])
def test_bodies_the_grammar_did_not_read(tmp_path: Path, shape: str, title: str, text: str, present: set[str], absent: set[str]) -> None:
    assert_agencies(tmp_path, title, text, present, absent)
