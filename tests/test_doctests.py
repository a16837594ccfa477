"""The examples in the stage modules' docstrings run, so they cannot drift from the code."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["kg.errors", "kg.model", "kg.names", "kg.resources", "kg.locate", "kg.resolve", "kg.recognise",
           "kg.recognise.mentions", "kg.recognise.numerals"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
