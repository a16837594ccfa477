"""``bench/placing_gold.py``'s verdict: a placed division against a gold's ``district``."""
import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("placing_gold", Path(__file__).resolve().parents[1] / "bench" / "placing_gold.py")
placing_gold = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(placing_gold)


def _placed(code: str, name: str, level: str = "county", parts: tuple[str, ...] = (), province: str = "",
            alias: str = "") -> dict:
    return {"code": code, "name": name, "level": level, "parts": list(parts), "province": province, "alias": alias,
            "written": ""}


CASES = [
    # (placed, gold district, verdict)
    (_placed("370214", "城阳区"), {"name": "城阳区", "code": "370214", "city": "青岛市", "province": "山东省"}, "right"),
    (_placed("511102", "市中区"), {"name": "市中区", "code": "370402", "city": "枣庄市", "province": "山东省"},
     "wrong province"),
    (_placed("530581", "腾冲市"), {"name": "新华乡", "code": "532523", "county": "屏边苗族自治县",
                                   "city": "红河哈尼族彝族自治州", "province": "云南省"}, "wrong city"),
    (_placed("340222", "繁昌区"), {"name": "繁阳镇", "code": "340212", "county": "繁昌区", "city": "芜湖市",
                                   "province": "安徽省"}, "right"),  # a code changed, the name the same
    (_placed("440881", "廉江市"), {"name": "营仔镇", "code": "", "city": "湛江市", "province": "广东省"}, "right"),
    (_placed("450200-1", "柳东新区", "zone", ("450200",), "450000"),
     {"name": "柳东新区", "code": "", "city": "柳州市", "province": "广西壮族自治区"}, "right"),
    (_placed("000000-1", "大鹏新区", "zone", (), "000000"),
     {"name": "深圳市", "code": "440300", "city": "深圳市", "province": "广东省", "zone": "大鹏新区"}, "zone host unknown"),
]


@pytest.mark.parametrize("placed, district, verdict", CASES, ids=[f"{c[0]['name']}-{c[2]}" for c in CASES])
def test_verdict(placed: dict, district: dict, verdict: str) -> None:
    assert placing_gold.verdict(placed, {"district": district}) == verdict


def test_refuses_blind_folders(capsys) -> None:
    import sys
    argv = sys.argv
    sys.argv = ["placing_gold.py", "--corpus", "corpus/heldout"]
    try:
        with pytest.raises(SystemExit):
            placing_gold.main()
    finally:
        sys.argv = argv
