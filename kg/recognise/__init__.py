"""Recognition: the spaCy pipeline that turns a report's body into typed mentions.

Text is segmented one character per token (``spacy.blank("zh")`` with the
``char`` segmenter): Chinese government names are recognised by their
grammar, not by word boundaries, and character tokens make every character
offset a mention boundary.

Each component is a registered factory with a ``default_config`` that names its
vocabularies (files in ``kg/resources``); give other data to build another pipeline (here without the learned
filter of event names, whose weights would judge an invented name):

    >>> nlp = make_pipeline({"fazhi_events": {"nouns": ["研讨班"], "lead_verbs": ["举办"]},
    ...                      "fazhi_mention_filter": {"threshold": 0.0}})
    >>> doc = recognise(nlp, "区司法局举办宪法研讨班。", [0], ReportContext(level_char="区"))
    >>> [(m.type, m.text) for m in doc._.mentions.of("Agency", "Event")]
    [('Agency', '区司法局'), ('Event', '宪法研讨班')]

and time one stage by calling it (``for name, stage in nlp.pipeline``): every stage
takes a Doc and returns it.
"""
from __future__ import annotations

import dataclasses
import gc
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg import collector
from kg.recognise import actions, agencies, awards, events, measures, mention_filter, places, programs, regulations  # noqa: F401  (registers factories)
from kg.recognise.mentions import ActionMention, Mention, Mentions, ReportContext

STAGES = (
    "fazhi_regulations",
    "fazhi_agencies",
    "fazhi_awards",
    "fazhi_events",
    "fazhi_programs",
    "fazhi_measures",
    "fazhi_places",
    "fazhi_mention_filter",
    "fazhi_actions",
)
"""The components in the order they run: programmes after awards (a quoted award is no programme),
places after agencies (a division inside a body's name is no place), the learned filter of event names once every
recogniser has run, actions last."""


def make_pipeline(config: Mapping[str, Mapping[str, object]] | None = None) -> Language:
    """A pipeline of every stage; ``config`` overrides a stage's settings by its name."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    for name in STAGES:
        nlp.add_pipe(name, config=dict((config or {}).get(name, {})))
    return nlp


@cache
def pipeline() -> Language:
    """The shipped pipeline, built once per process.

    What it loads (spaCy's vocabulary, the gazetteer, every vocabulary and automaton) lives as long as the
    process, so it is handed to the cycle collector's permanent generation (``gc.freeze``): each full
    collection walked all of it again, a tenth of a second that found nothing, and one fell in the middle
    of extracting a hundred reports. Objects that exist at this moment are never collected as cycles later.
    It is built with the collector paused (``kg.collector``), and frozen without a last full collection:
    that took 60 ms of the serial start of a build to free about 3,000 objects, which stay instead."""
    with collector.paused():
        nlp = make_pipeline()
        gc.freeze()
    return nlp


class _CharIds(dict):
    """Each character's id in a vocabulary's strings, added to them when first seen."""

    def __init__(self, vocab: Vocab) -> None:
        super().__init__()
        self.strings = vocab.strings

    def __missing__(self, char: str) -> int:
        self[char] = orth = self.strings.add(char)
        return orth


@lru_cache(maxsize=4)
def _char_ids(vocab: Vocab) -> _CharIds:
    return _CharIds(vocab)


def make_doc(nlp: Language, text: str, sentence_starts: list[int], report: ReportContext) -> Doc:
    """A character-token Doc with the layout's sentence boundaries and the report's context.

    The characters are given as their ids in the vocabulary's strings, which the Doc looks up as they are;
    given as strings, it hashes each one again (and checks the hash) for every character of every text: this
    makes the same Doc in half the time. The boundaries are loaded as one array (1 starts a sentence, -1 does
    not), as ``Doc(sent_starts=…)`` does after copying them into it in a Python loop over every character:
    that loop cost as much as making the Doc."""
    doc = Doc(nlp.vocab, words=list(map(_char_ids(nlp.vocab).__getitem__, text)), spaces=[False] * len(text))
    starts = numpy.full(len(text), -1, dtype=numpy.int32)
    starts[[start for start in (0, *sentence_starts) if 0 <= start < len(text)]] = 1
    doc.from_array([SENT_START], starts.astype(numpy.uint64))
    doc._.report = report
    doc._.mentions = Mentions(text)
    return doc


def recognise(nlp: Language, text: str, sentence_starts: list[int], report: ReportContext) -> Doc:
    """Run every stage of ``nlp`` over ``text``: the Doc's ``_.mentions`` holds what they found."""
    return nlp(make_doc(nlp, text, sentence_starts, report))


def recognise_by_sentence(nlp: Language, text: str, sentences: Sequence[tuple[int, int]],
                          report: ReportContext) -> tuple[Mentions, list[int]]:
    """Each sentence ``(start, end)`` of ``text`` recognised on its own; those a stage fails on are skipped.

    The fallback when a stage fails on the whole body: one odd sentence must not cost the report.
    A subject no longer carries over a semicolon into the next sentence here. Returns the mentions,
    at their offsets in ``text``, and the positions in ``sentences`` of the sentences skipped.
    """
    found, skipped = Mentions(text), []
    for n, (start, end) in enumerate(sentences):
        try:
            part = recognise(nlp, text[start:end], [0], report)._.mentions
        except Exception:  # noqa: BLE001 - a bug one sentence triggers skips that sentence, which the record says
            skipped.append(n)
            continue
        for mention in part.all():
            found.add(_shifted(mention, start))
        found.actions += [_shifted_action(a, start) for a in part.actions]
    return found, skipped


def _shifted(mention: Mention | None, by: int) -> Mention | None:
    if mention is None:
        return None
    moved = {"start": mention.start + by, "end": mention.end + by}
    if getattr(mention, "verb_start", -1) >= 0:
        moved["verb_start"] = mention.verb_start + by
    return dataclasses.replace(mention, **moved)


def _shifted_action(action: ActionMention, by: int) -> ActionMention:
    return dataclasses.replace(action, verb_start=action.verb_start + by, sentence_start=action.sentence_start + by,
                               agent=_shifted(action.agent, by), object=_shifted(action.object, by),
                               measures=[_shifted(m, by) for m in action.measures],
                               recipient=_shifted(action.recipient, by))
