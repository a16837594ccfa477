"""Regulations: every 《…》 title, nested brackets and back-to-back titles included."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.recognise.mentions import RegulationMention, mentions
from kg.recognise.text import enclosed


class RegulationRecognizer:
    """Adds a :class:`RegulationMention` for each title of 2 to ``max_title`` characters on one line."""

    def __init__(self, max_title: int) -> None:
        self.max_title = max_title

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        text = found.text
        for start, end in enclosed(text, "《"):
            title = text[start:end].strip()
            if 2 <= len(title) <= self.max_title and "\n" not in title:
                found.add(RegulationMention(start, end, text[start:end]))
        return doc


@Language.factory("fazhi_regulations", default_config={"max_title": 80},
                  assigns=["doc._.mentions"])
def make_regulation_recognizer(nlp: Language, name: str, max_title: int) -> RegulationRecognizer:
    return RegulationRecognizer(max_title)
