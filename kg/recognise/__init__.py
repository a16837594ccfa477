"""The spaCy pipeline: one registered component per kind of thing recognised.

Text is segmented one character per token (``spacy.blank("zh")`` with the
``char`` segmenter): Chinese government names are recognised by their
grammar, not by word boundaries, and character tokens make every character
offset a span boundary.
"""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import actions, agencies, awards, events, measures, places, programs, regulations  # noqa: F401  (registers factories)

PIPELINE = (
    "fazhi_regulations",
    "fazhi_agencies",
    "fazhi_awards",
    "fazhi_events",
    "fazhi_programs",
    "fazhi_measures",
    "fazhi_places",
    "fazhi_actions",
)

if not Span.has_extension("fz"):
    Span.set_extension("fz", default=None)
if not Doc.has_extension("actions"):
    Doc.set_extension("actions", default=None)


@cache
def pipeline() -> Language:
    """The shared pipeline, built once per process."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


def make_doc(nlp: Language, text: str, sentence_starts: list[int], context: dict[str, object]) -> Doc:
    """A character-token Doc with the layout's sentence boundaries and the report's context."""
    starts = set(sentence_starts)
    words = list(text)
    doc = Doc(nlp.vocab, words=words, spaces=[False] * len(words),
              sent_starts=[i == 0 or i in starts for i in range(len(words))])
    doc.user_data.update(context, fazhi_text=text)
    return doc
