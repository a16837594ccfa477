"""Chinese numerals below ten thousand, read as cn2an's "smart" mode read them before this module replaced it."""
import itertools

import pytest

from kg.recognise.numerals import DIGITS, UNITS, chinese_numeral


@pytest.mark.parametrize("text,value", [
    ("零", 0), ("〇", 0), ("十", 10), ("十二", 12), ("二十", 20), ("三十五", 35), ("两百", 200),
    ("一百零五", 105), ("一百一十", 110), ("一百十", 110), ("一百二", 120), ("三百四", 340),
    ("一千零一十", 1010), ("一千零十", 1010), ("一千二十", 1020), ("两千三", 2300), ("九千九百九十九", 9999),
    ("一二三", 123), ("二〇二四", 2024), ("两两", 22),
])
def test_numerals(text: str, value: int) -> None:
    assert chinese_numeral(text) == value


@pytest.mark.parametrize("text", ["百千", "十二十", "一十二十", "千千", "二十十", "十百", "一万", "", "3十"])
def test_not_numerals(text: str) -> None:
    with pytest.raises(ValueError):
        chinese_numeral(text)


@pytest.mark.slow
def test_as_cn2an_reads_them() -> None:
    """Every string of up to four of the characters a measure's numeral holds reads as cn2an's smart mode reads it."""
    cn2an = pytest.importorskip("cn2an")

    def reference(text: str) -> int | None:
        try:
            return cn2an.cn2an(text, "smart")
        except (ValueError, KeyError):
            return None

    def ours(text: str) -> int | None:
        try:
            return chinese_numeral(text)
        except ValueError:
            return None

    alphabet = "".join(DIGITS) + "".join(UNITS)
    texts = ["".join(t) for n in range(1, 5) for t in itertools.product(alphabet, repeat=n)]
    assert [t for t in texts if ours(t) != reference(t)] == []
