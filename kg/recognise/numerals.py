"""Chinese numerals below ten thousand (三十六, 一百零五, 两千三, 一二三) as numbers.

A measure's number in Chinese is written with the characters of ``DIGITS`` and ``UNITS``; 万 and
亿 are read apart, as the measure's multiplier. The readings are those of cn2an's "smart" mode,
which this module replaces: importing cn2an built its converters and a gazetteer pattern of its
own, a quarter of a second of every process that loads the pipeline, before the first report
(``bench/README.md``). ``tests/test_numerals.py`` holds the cases, and checks every numeral of up
to five characters against cn2an where it is installed.
"""
from __future__ import annotations

import re

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
_ALL_DIGITS = "".join(DIGITS)

# A numeral as it is written in full: 零, 十二, 一百零五, 三千二百一十.
_D = "[一二两三四五六七八九]"
_TENS, _TENS_WITH_ONE = f"{_D}?十{_D}?", f"{_D}十{_D}?"
_BELOW_100 = f"(?:{_TENS}|{_D})"
_HUNDREDS = f"(?:{_D}百(?:[零〇]{_D})?|{_D}百{_TENS_WITH_ONE})"
_THOUSANDS = f"(?:{_D}千(?:[零〇]{_BELOW_100})?|{_D}千{_HUNDREDS})"
_WRITTEN = re.compile(f"[零〇]|{_THOUSANDS}|{_HUNDREDS}|{_BELOW_100}")
# As it is spoken, its last unit left out: 两千三 is 2300, 三百四 is 340.
_SPOKEN = re.compile(f"(?:[{_ALL_DIGITS}]{{0,2}}[十百千])+[{_ALL_DIGITS}]")
_THOUSAND_MISSING_ZERO = re.compile(f"(千)([{_ALL_DIGITS}]?十)")  # 一千二十: 一千零二十
_TEN_MISSING_ONE = re.compile("(百)(十)")  # 一百十: 一百一十
_UNIT_BELOW = {100: "十", 1000: "百"}


def chinese_numeral(text: str) -> int:
    """The number ``text`` writes; ``ValueError`` when it is no numeral (百千, 十二十), or holds another character.

    >>> chinese_numeral("一百零五"), chinese_numeral("两千三"), chinese_numeral("一二三")
    (105, 2300, 123)
    """
    if not text or any(ch not in DIGITS and ch not in UNITS for ch in text):
        raise ValueError(f"not a Chinese numeral below ten thousand: {text!r}")
    text = text.replace("零十", "零一十").replace("零百", "零一百")
    text = _THOUSAND_MISSING_ZERO.sub(r"\1零\2", text)
    text = _TEN_MISSING_ONE.sub(r"\1一\2", text).replace("零十", "零一十")
    if _WRITTEN.fullmatch(text):
        return _value(text)
    if all(ch in DIGITS for ch in text):  # digit by digit: 一二三
        return int("".join(str(DIGITS[ch]) for ch in text))
    if len(text) >= 3 and _SPOKEN.fullmatch(text) and UNITS[text[-2]] in _UNIT_BELOW:
        return _value(text + _UNIT_BELOW[UNITS[text[-2]]])
    raise ValueError(f"not a Chinese numeral: {text!r}")


def _value(text: str) -> int:
    """Digits times the unit before them, read from the end; a leading unit counts one of itself (十二)."""
    total, unit = 0, 1
    for index, ch in enumerate(reversed(text)):
        if ch in DIGITS:
            total += DIGITS[ch] * unit
        else:
            unit = UNITS[ch]
            if index == len(text) - 1:
                total += unit
    return total
