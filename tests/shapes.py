"""Helpers of the shape tests: build one invented report and read its agencies and facts; the rules' own names."""
from functools import cache
from pathlib import Path

from spacy.language import Language

from kg.extract import extract, place
from kg.recognise import make_pipeline, recognise
from kg.recognise.mentions import ReportContext
from kg.records import ReportRecord


@cache
def rules() -> Language:
    """The shipped recognisers with the learned filter keeping every name: shape cases are the rules' own."""
    return make_pipeline({"fazhi_mention_filter": {"threshold": 0.0}})


def names(sentence: str, type_: str) -> set[str]:
    """What the rules name each mention of ``type_`` in ``sentence`` (a programme's or award's name, else its text)."""
    doc = recognise(rules(), sentence, [0], ReportContext(level_char="区"))
    return {getattr(m, "name", "") or m.text for m in doc._.mentions.of(type_)}


def programmes(sentence: str) -> set[str]:
    """The programme names the rules give in ``sentence``."""
    return names(sentence, "Program")


def build(tmp_path: Path, title: str, body: str) -> ReportRecord:
    path = tmp_path / "report.txt"
    path.write_text(f"{title}\n{body}\n", encoding="utf-8")
    return extract(path)


def reporting_body(tmp_path: Path, text: str) -> str:
    """The body a report of ``text`` (its title lines included) is placed as written by, before recognition."""
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return place(path).resolver.reporting_body


def agencies(record: ReportRecord) -> set[str]:
    return {e.label for e in record.entities.values() if e.type == "Agency"}


def facts(record: ReportRecord) -> set[tuple[str, str, str]]:
    return {(a.agent[2], a.verb, a.object[2]) for a in record.actions if a.object and not a.planned}


def assert_agencies(tmp_path: Path, title: str, text: str, present: set[str], absent: set[str]) -> None:
    """The report of ``title`` and ``text`` names every agency of ``present`` and none of ``absent``."""
    found = agencies(build(tmp_path, title, text))
    assert present <= found
    assert not absent & found
