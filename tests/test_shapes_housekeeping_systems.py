"""A body's own housekeeping system, improved or set up, is no programme.

Invented sentences: after an improving or founding verb, a …管理制度 whose head says only that it runs the body's own
affairs (内部, 管理, with 财政 or 规范性文件 as no more than the matter every body manages) names no programme of its own
(`program_generic_heads.txt`, seventy-fifth round); a head that names what is managed stays a programme (权责清单动态
管理制度, 法治工作台账管理制度, 政府法律顾问管理制度), and a standing national institution is read as before.
"""
import pytest

from shapes import programmes


SYSTEMS = [
    # (sentence, name, whether it is given)
    ("坚持依法监督,不断完善内部管理制度,把法治要求落到实处。", "内部管理制度", False),
    ("认真贯彻落实内部规范性文件管理制度,加强对规范性文件的审核。", "内部规范性文件管理制度", False),
    ("一是持续完善财政管理制度。对标上级政策要求。", "财政管理制度", False),
    ("依法依规建立健全规范性文件管理制度,对纳入重大决策的事项严格审查。", "规范性文件管理制度", False),
    # a head that names what is managed
    ("建立法治工作台账管理制度,实行月调度。", "法治工作台账管理制度", True),
    ("建立健全权责清单动态管理制度。进一步规范权力运行。", "权责清单动态管理制度", True),
    ("完善政府法律顾问管理制度,规范顾问工作。", "政府法律顾问管理制度", True),
]


@pytest.mark.parametrize("sentence,name,given", SYSTEMS)
def test_housekeeping_system_is_no_programme(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
