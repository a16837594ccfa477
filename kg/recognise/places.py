"""Places: administrative divisions named in the text, matched from the gazetteer."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.divisions import gazetteer
from kg.recognise.mentions import PlaceMention, mentions
from kg.recognise.text import inside


class PlaceRecognizer:
    """Adds a :class:`PlaceMention` per division name outside an agency's name, longest first."""

    def __init__(self, nlp: Language, names: list[str] | None) -> None:
        self.matcher = PhraseMatcher(nlp.vocab)
        self.matcher.add("Place", [nlp.make_doc(name) for name in sorted(names or gazetteer().by_name)])

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        agencies = [(a.start, a.end) for a in found.of("Agency")]
        matches = sorted(self.matcher(doc, as_spans=True), key=lambda s: (s.start, -len(s)))
        last_end = -1
        for span in matches:
            if span.start < last_end or inside(span.start_char, agencies):
                continue
            found.add(PlaceMention(span.start_char, span.end_char, span.text))
            last_end = span.end
        return doc


@Language.factory("fazhi_places", default_config={"names": None}, requires=["doc._.mentions"],
                  assigns=["doc._.mentions"])
def make_place_recognizer(nlp: Language, name: str, names: list[str] | None) -> PlaceRecognizer:
    """``names``: the division names to match (default: every name in the gazetteer)."""
    return PlaceRecognizer(nlp, names)
