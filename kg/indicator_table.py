"""The tidy table behind ``kg indicators``: one row per observation, ready for pandas."""
from __future__ import annotations

from rdflib import Dataset
from rdflib.query import Result

from kg.errors import KgError
from kg.indicators import find
from kg.query import run
from kg.store import GraphStore


def select(target: Dataset | GraphStore, indicator: str | None = None) -> Result:
    """Observations of every indicator, or of the one named (notation, Chinese label or wording).

    Raises ``KgError`` when ``indicator`` is not in the scheme.
    """
    if indicator is None:
        return run(target, "indicators")
    concept = find(indicator)
    if concept is None:
        raise KgError(f"--indicator {indicator}: not in the indicator scheme; give a notation such as AR-ACCEPTED "
                      "or a Chinese label such as 行政复议案件受理数 (see ontology/indicators.ttl)")
    return run(target, "indicators", {"concept": str(concept.iri)})
