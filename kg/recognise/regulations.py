"""Regulations: every 《…》 title, nested brackets and back-to-back titles included."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.text import add_span, doc_text, enclosed

_MAX_TITLE = 80


class RegulationRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        for start, end in enclosed(text, "《"):
            title = text[start:end].strip()
            if 2 <= len(title) <= _MAX_TITLE and "\n" not in title:
                add_span(doc, "regulation", start, end, "Regulation", surface=f"《{title}》")
        return doc


@Language.factory("fazhi_regulations")
def make_regulation_recognizer(nlp: Language, name: str) -> RegulationRecognizer:
    return RegulationRecognizer()
