"""Places: administrative divisions named in the text, matched from the gazetteer."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.recognise.body_names import Vocabulary, division_vocabulary
from kg.recognise.mentions import PlaceMention, mentions
from kg.recognise.text import inside


class PlaceRecognizer:
    """Adds a :class:`PlaceMention` per division name outside an agency's name, longest first.

    The 4,000 names are one Aho-Corasick automaton over the text's characters (a phrase matcher
    would first make a spaCy ``Doc`` of every name, a second of CPU in every process).
    """

    def __init__(self, names: list[str] | None) -> None:
        self.names = Vocabulary(names) if names else division_vocabulary()  # shared with the agencies: one scan

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        agencies = [(a.start, a.end) for a in found.of("Agency")]
        text = found.text
        last_end = -1
        # One token per character (``make_doc``'s Docs): every offset is a token boundary, and no Span need be
        # made to find it out; another Doc is asked, name by name.
        by_character = len(doc) == len(text)
        for start, ends in sorted(self.names.starts(text).items()):
            if start < last_end or inside(start, agencies):
                continue
            end = ends[0] if by_character else next((e for e in ends if doc.char_span(start, e) is not None), None)
            if end is None:
                continue
            found.add(PlaceMention(start, end, text[start:end]))
            last_end = end
        return doc


@Language.factory("fazhi_places", default_config={"names": None}, requires=["doc._.mentions"],
                  assigns=["doc._.mentions"])
def make_place_recognizer(nlp: Language, name: str, names: list[str] | None) -> PlaceRecognizer:
    """``names``: the division names to match (default: every name in the gazetteer)."""
    return PlaceRecognizer(names)
