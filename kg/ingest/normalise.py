"""Normalise report text while keeping every character's offset in the original.

Reports mix full-width and ASCII punctuation, wrap lines in mid-sentence and
carry invisible characters. Extraction wants one form; evidence wants the
original. ``NormalisedText`` keeps both through an index map.

Reports from Hong Kong, Macao and Taiwan-facing pages come in Traditional
characters; the rules, vocabularies and gazetteer are Simplified, so the
normalised text is converted to Simplified (OpenCC) while the original keeps
what was written, for evidence. The conversion is held to one character for
one so that the index map stays valid.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from opencc import OpenCC

# Variants folded to one form. Chinese full stop, enumeration comma, “” and 《》 carry meaning and stay.
_PUNCT = {
    "\u3000": " ", "\u00a0": " ", "，": ",", "：": ":", "；": ";", "（": "(", "）": ")",
    "！": "!", "？": "?", "〔": "〔", "［": "[", "］": "]", "〈": "《", "〉": "》", "「": "“", "」": "”",
    "『": "“", "』": "”", "‘": "“", "’": "”", "﹝": "〔", "﹞": "〕", "．": ".", "―": "—", "－": "-",
    "–": "—", "﹣": "-", "─": "—", "…": "…", "∶": ":",
}
# Spaces between a year's digits and 年 (2023 年, a page's or a PDF's spacing): the year is one word; a dash-less span
# (2021-2025 年) and a title (城阳区 2023 年法治政府…) read as the unspaced text does.
_YEAR_SPACE = re.compile(r"(?<!\d)(?:19|20)\d{2}([ \t\u3000\u00a0]+)年")
_DROP = {"\r", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"}
_SENTENCE_END = "。!?;:”》)"
_HEADING_START = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]|\d+[、.．]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[章节部分])")
# A line ending like a report title is a title, however long.
_TITLE_LINE = re.compile(r"(?:报告|情况|总结|工作要点)$")
# Page chrome: "key: value" lines and lines laid out with runs of spaces are never wrapped text.
_CHROME_LINE = re.compile(r"^[^,。]{1,8}:|\S(?: {2,}|\t)\S")
# A wrapped line is long; a short line without final punctuation is a title or a heading.
_MIN_WRAPPED_LINE = 16


# The full-width ASCII block (U+FF01-FF5E) as ASCII, then the variants above, each one character for one.
_FOLD = {**{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}, **_PUNCT}
_FOLDED = re.compile(f"[{re.escape(''.join(_FOLD))}]")
_DROPPED = re.compile(f"[{''.join(sorted(_DROP))}]")


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text plus, for each of its characters, the offset in the original."""

    text: str
    original: str
    offsets: tuple[int, ...]
    # Whether Traditional characters were made Simplified: what is quoted from the original as a name
    # (an action's object as written) is then simplified too, so that it names what the labels name.
    simplified: bool = False

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the normalised ``[start, end)``."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.original)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def _fold(text: str) -> str:
    return _FOLDED.sub(lambda m: _FOLD[m.group()], text)


def _soft_wraps(text: str) -> set[int]:
    """Positions of newlines that only wrap a long line inside a sentence.

    What follows a newline is read in place (``match(text, pos)``, where the text ends), not copied:
    a copy of the rest of the text at every newline made this quadratic in the text's length."""
    wraps = set()
    content_end = len(text.rstrip())  # past it only whitespace follows
    line_start = 0
    for match in re.finditer(r"\n", text):
        i = match.start()
        line = text[line_start:i].rstrip()
        line_start = i + 1
        if not line or content_end <= i + 1 or line[-1] in _SENTENCE_END or len(line) < _MIN_WRAPPED_LINE or _TITLE_LINE.search(line) or _CHROME_LINE.search(line):
            continue
        if text[i + 1:i + 2].isspace() or _HEADING_START.match(text, i + 1) or (_HEADING_START.match(line) and "。" not in line) or line.startswith("#"):
            continue
        wraps.add(i)
    return wraps


@cache
def _t2s() -> OpenCC:
    return OpenCC("t2s")


def to_simplified(text: str) -> str:
    """``text`` in Simplified characters, of the same length, character for character.

    OpenCC converts whole phrases where it knows them (乾隆 stays, 乾燥 becomes 干燥);
    a line whose conversion would change its length is converted one character
    at a time instead, keeping only one-to-one replacements.
    """
    converter = _t2s()
    if converter.convert(text) == text:  # most reports: one call for the whole text (no phrase spans a line)
        return text
    out = []
    for line in text.splitlines(keepends=True):
        converted = converter.convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := converter.convert(ch)) == 1 else ch for ch in line)
        out.append(converted)
    return "".join(out)


def normalise(original: str) -> NormalisedText:
    """Fold punctuation variants, drop invisible characters, join soft-wrapped lines, simplify.

    Soft wraps are found in the text made Simplified (``to_simplified`` keeps every position), so that a
    Traditional page's title line is not taken for a wrapped one and joined to the date after it.

    Only the characters dropped are visited one by one (they are few); the text between them is kept
    whole, and so are its offsets (``range``). The variants are folded by one regex pass: ``str.translate``
    looks every character of a Chinese text up in its table, four times slower."""
    # the line patterns are written in Simplified characters: a Traditional title (關於…的報告) is a title too
    wraps = _soft_wraps(to_simplified(original.replace("\r", "")))
    returns = [m.start() for m in re.finditer("\r", original)]
    # A wrap's position counts without the carriage returns; each one before it moves it on in the original.
    dropped = [m.start() for m in _DROPPED.finditer(original)]
    dropped += [i for m in _YEAR_SPACE.finditer(original) for i in range(m.start(1), m.end(1))]
    dropped += [i for i in (m.start() for m in re.finditer("\n", original)) if i - bisect.bisect(returns, i) in wraps]
    chars: list[str] = []
    offsets: list[int] = []
    kept_from = 0
    for i in sorted(dropped):
        chars.append(original[kept_from:i])
        offsets.extend(range(kept_from, i))
        kept_from = i + 1
    chars.append(original[kept_from:])
    offsets.extend(range(kept_from, len(original)))
    folded = _fold("".join(chars))
    text = to_simplified(folded)
    return NormalisedText(text=text, original=original, offsets=tuple(offsets), simplified=text != folded)
