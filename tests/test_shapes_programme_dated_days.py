"""A day of observance quoted with its date (seventy-ninth round, README.md).

“4·23世界读书日”, “6·16安全生产日”: a quotation holding a date and the name of a day is a day on the calendar, as a bare
quoted date is (“12·4”国家宪法日): no programme (`_DATED_DAY` in `kg/recognise/programs.py`). A code with dots that is
no day (“1·2·3工作法”) is read as before. Invented sentences in the shape of the development texts.
"""
import pytest

from shapes import programmes

CASES = [
    # (sentence, name, whether it is given)
    ("积极开展“4·23世界读书日”、“5·18国际博物馆日”等主题活动。", "4·23世界读书日", False),
    ("积极开展“4·23世界读书日”、“5·18国际博物馆日”等主题活动。", "5·18国际博物馆日", False),
    ("结合“6·16安全生产日”开展普法宣传。", "6·16安全生产日", False),
    ("在“3·15消费者权益日”“6·26禁毒日”开展宣传。", "3·15消费者权益日", False),
    # a dotted code that names no day stays a programme
    ("推行“1·2·3工作法”,推进矛盾纠纷化解。", "1·2·3工作法", True),
]


@pytest.mark.parametrize("sentence,name,given", CASES, ids=[f"{c[1]}: {c[2]}" for c in CASES])
def test_programme_dated_day(sentence: str, name: str, given: bool) -> None:
    found = programmes(sentence)
    assert (name in found) is given, found
