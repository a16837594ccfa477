"""Places: administrative divisions named in the text, matched from the gazetteer."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.divisions import gazetteer
from kg.nlp.text import add_span, inside


class PlaceRecognizer:
    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab)
        names = sorted(gazetteer().by_name)
        self.matcher.add("Place", [nlp.make_doc(name) for name in names])

    def __call__(self, doc: Doc) -> Doc:
        agencies = [(s.start_char, s.end_char) for s in doc.spans.get("agency", [])]
        matches = sorted(self.matcher(doc, as_spans=True), key=lambda s: (s.start, -len(s)))
        last_end = -1
        for span in matches:
            if span.start < last_end or inside(span.start_char, agencies):
                continue
            add_span(doc, "place", span.start_char, span.end_char, "Place", name=span.text)
            last_end = span.end
        return doc


@Language.factory("fazhi_places")
def make_place_recognizer(nlp: Language, name: str) -> PlaceRecognizer:
    return PlaceRecognizer(nlp)
