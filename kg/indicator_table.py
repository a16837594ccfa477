"""The tidy table behind ``kg indicators``: one row per observation, ready for pandas."""
from __future__ import annotations

from rdflib import Dataset
from rdflib.query import Result

from kg.errors import Errors, KgError
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
        raise KgError(Errors.E049, value=indicator)
    return run(target, "indicators", {"concept": str(concept.iri)})
