from decimal import Decimal

import pytest

from kg.recognise.measures import parse_number


@pytest.mark.parametrize("number,multiplier,value", [
    ("1000", None, Decimal(1000)),
    ("10.2", "万", Decimal(102000)),
    ("8", "亿", Decimal(800000000)),
    ("十", None, Decimal(10)),
    ("三十五", None, Decimal(35)),
])
def test_numbers(number: str, multiplier: str | None, value: Decimal) -> None:
    assert parse_number(number, multiplier) == value
