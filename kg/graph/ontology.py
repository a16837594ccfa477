"""Where the ontology and the SHACL shapes are, inside the package or beside it."""
from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
_PACKAGED = Path(__file__).resolve().parents[1] / "ontology"


def find_ontology_file(name: str) -> Path:
    """A file of the ontology folder (fazhi.ttl, indicators.ttl …), from the checkout or the installed package."""
    for folder in (_ROOT / "ontology", _PACKAGED):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"ontology file {name} not found in {_ROOT / 'ontology'} or {_PACKAGED}")


ONTOLOGY_FILE = find_ontology_file("fazhi.ttl")
SHAPES_FILE = find_ontology_file("shapes.ttl")
