"""Does a character CRF trained on the development golds find programme (or event) names better than the rules?

The question behind it: rules written from each new batch of reports lift that batch and leave the next unseen
batch flat, so a learned recogniser might travel better. No pretrained Chinese model loads offline, so the model is
a linear-chain CRF (python-crfsuite) over characters, trained from scratch on ``corpus/dev``:

- training data: each gold name and its aliases found in the report text (folded as ``kg.evaluate`` folds, so
  quotes inside a name do not hide it), tagged B/I/O per character, one sequence per sentence; a sentence that
  holds an ``_optional`` name is left out of training (it is neither a positive nor a negative);
- features: the character and its neighbours (unigrams, bigrams, a trigram), character classes, whether it is
  inside “” or 《》, whether a noun of the type's vocabulary starts or ends there or a programme or event verb
  ends before it, and (variant ``M+r``) the rules' own B/I/O for the type and for the other type;
- variants, each scored per report with the project's matching (``GoldEntry``, non-exact) and pooled as
  ``kg eval`` pools: the rules alone (R), the model alone (M, M+r), their union (a model span only where no rule
  mention overlaps it) and the rules filtered by the model (a rule entity kept when the model's mean marginal
  probability of a name over one of its mentions reaches 0.2 or 0.5).

Two measures:

- ``cv``: 5-fold cross-validation by report over ``corpus/dev`` (folds fixed by a seed and written to
  ``--folds``). The rules were written from all of these reports, so their score here is in-sample: a model
  must beat rules that have seen the fold it is tested on.
- ``time``: the last ``--batches`` blind batches in the order they joined ``corpus/dev``; for each, the rules as
  they stood just before it joined (written without reading it, as it was blind then) extract the reports dev
  held then and the batch, the model is trained on the former and scored on the batch. This is the unseen
  measure the question is about.

Run from the repository root, after ``.venv/bin/pip install python-crfsuite``::

    .venv/bin/python bench/learned_recogniser.py cv --type Program
    .venv/bin/python bench/learned_recogniser.py time --type Program --batches 4

Results and what else was tried are in ``bench/learned_recogniser.md``.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.evaluate import _IGNORED, GoldEntry, TypeScore
from kg.evaluate import score_labels as score_gold_labels
from kg.resources import rows, words

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"
SEED = 20261202
TYPES = ("Program", "Event")
FILTER_THRESHOLDS = (0.2, 0.5)

Span = tuple[int, int]


@dataclass
class Report:
    """One development report as the rules of some version of the code read it."""

    text: str
    gold: dict
    sentences: list[Span]  # original character offsets
    rules: dict[str, list[tuple[str, list[Span]]]]  # type -> (label, mention spans) per entity


def extract_reports(ids: Iterable[str]) -> dict[str, Report]:
    """Every report of ``ids`` through the ``kg`` importable here; one the code refuses is left out."""
    from kg.errors import InputError
    from kg.extract import extract
    from kg.ingest import read_source

    out = {}
    for rid in ids:
        path = DEV / "reports" / f"{rid}.txt"
        try:
            record = extract(path)
        except InputError:
            continue
        rules = {t: [(e.label, [(m.start, m.end) for m in e.mentions]) for e in record.entities.values() if e.type == t]
                 for t in TYPES}
        out[rid] = Report(read_source(path).text, json.loads((DEV / "gold" / f"{rid}.json").read_text()),
                          [(s.start, s.end) for s in record.sentences], rules)
    return out


# --- training data: gold names as character spans -------------------------------------------------------------

def folded(text: str) -> tuple[str, list[int]]:
    """The text folded as ``kg.evaluate.fold`` folds a name, with each folded character's original offset."""
    chars, where = [], []
    for i, c in enumerate(text):
        for ch in unicodedata.normalize("NFKC", c).lower():
            if not ch.isspace() and ch not in _IGNORED:
                chars.append(ch)
                where.append(i)
    return "".join(chars), where


def project(report: Report, type_: str) -> tuple[list[Span], list[Span], Counter]:
    """The required names' spans (longest first, not overlapping), the optional ones', and how many names of
    each list were found in the text at all."""
    flat, where = folded(report.text)
    found: Counter = Counter()
    spans: dict[str, list[Span]] = {type_: [], f"{type_}_optional": []}
    for key, into in spans.items():
        for entry in report.gold["entities"].get(key, []):
            hits = []
            for form in GoldEntry.of(entry).forms:
                k = flat.find(form)
                while k >= 0:
                    hits.append((where[k], where[k + len(form) - 1] + 1))
                    k = flat.find(form, k + 1)
            found[key, bool(hits)] += 1
            into.extend(hits)
    required: list[Span] = []
    for s, e in sorted(set(spans[type_]), key=lambda x: (x[0] - x[1], x[0])):
        if all(e <= a or s >= b for a, b in required):
            required.append((s, e))
    return sorted(required), sorted(set(spans[f"{type_}_optional"])), found


# --- features -------------------------------------------------------------------------------------------------

class Featurizer:
    """Character features; the vocabularies are the project's own data files."""

    def __init__(self, type_: str) -> None:
        self.type = type_
        self.other = next(t for t in TYPES if t != type_)
        nouns = ({r["noun"] for r in rows("program_nouns.tsv")} if type_ == "Program" else set(words("event_nouns.txt")))
        self.nouns = nouns
        self.verbs = set(words("program_verbs.txt")) | set(words("event_lead_verbs.txt"))
        self.longest_noun = max(map(len, self.nouns))
        self.longest_verb = max(map(len, self.verbs))

    def sequences(self, report: Report, with_rules: bool, training: bool) -> list[tuple[int, str, list, list[str]]]:
        """(start, sentence, features, tags) per sentence; in training, a sentence with an optional name is skipped."""
        required, optional, _ = project(report, self.type)
        own = [s for _, spans in report.rules[self.type] for s in spans]
        other = [s for _, spans in report.rules[self.other] for s in spans]
        out = []
        for a, b in report.sentences:
            sentence = report.text[a:b]
            if not sentence:
                continue
            if training and any(a <= x < b and not any(x < q and p < y for p, q in required) for x, y in optional):
                continue
            tags = _bio(len(sentence), required, a)
            out.append((a, sentence, self.features(sentence, _bio(len(sentence), own, a), _bio(len(sentence), other, a),
                                                   with_rules), tags))
        return out

    def features(self, s: str, own: list[str], other: list[str], with_rules: bool) -> list[list[str]]:
        n = len(s)
        quoted, titled, q_depth, t_depth = [], [], 0, 0
        for c in s:
            q_depth += c == "“"
            t_depth += c == "《"
            quoted.append(q_depth > 0)
            titled.append(t_depth > 0)
            q_depth = max(0, q_depth - (c == "”"))
            t_depth = max(0, t_depth - (c == "》"))
        noun_start, noun_end, verb_end = [None] * n, [None] * n, [False] * n
        for i in range(n):
            for size in range(min(self.longest_noun, n - i), 1, -1):
                if s[i:i + size] in self.nouns:
                    noun_start[i] = noun_start[i] or str(size)
                    noun_end[i + size - 1] = noun_end[i + size - 1] or str(size)
                    break
            for size in range(min(self.longest_verb, n - i), 1, -1):
                if s[i:i + size] in self.verbs:
                    verb_end[i + size - 1] = True
                    break

        def ch(i: int) -> str:
            return s[i] if 0 <= i < n else ("^" if i < 0 else "$")

        out = []
        for i in range(n):
            f = ["bias", "c=" + ch(i), "t=" + _char_class(ch(i))]
            f += [f"c{d}=" + ch(i + d) for d in (-3, -2, -1, 1, 2, 3)]
            f += [f"t{d}=" + _char_class(ch(i + d)) for d in (-2, -1, 1)]
            f += ["b-1=" + ch(i - 1) + ch(i), "b+1=" + ch(i) + ch(i + 1), "b-2=" + ch(i - 2) + ch(i - 1),
                  "b+2=" + ch(i + 1) + ch(i + 2), "tri=" + ch(i - 1) + ch(i) + ch(i + 1)]
            if quoted[i]:
                f.append("in_quote")
            if titled[i]:
                f.append("in_title")
            if noun_end[i]:
                f.append("noun_ends=" + noun_end[i])
            if noun_start[i]:
                f.append("noun_starts")
            if i + 1 < n and noun_start[i + 1]:
                f.append("noun_next")
            if i and verb_end[i - 1]:
                f.append("after_verb")
            if i and noun_end[i - 1]:
                f.append("after_noun")
            if with_rules:
                f += ["r=" + own[i], "r-1=" + (own[i - 1] if i else "^"), "r+1=" + (own[i + 1] if i + 1 < n else "$"),
                      "other=" + other[i], "r&t=" + own[i] + _char_class(ch(i))]
            out.append(f)
        return out


def _bio(n: int, spans: Iterable[Span], offset: int) -> list[str]:
    tags = ["O"] * n
    for s, e in spans:
        s, e = s - offset, e - offset
        if 0 <= s < e <= n:
            tags[s] = "B"
            tags[s + 1:e] = ["I"] * (e - s - 1)
    return tags


def _char_class(c: str) -> str:
    if c in "“”\"":
        return "quote"
    if c in "《》":
        return "title"
    if c.isdigit():
        return "digit"
    if "\u4e00" <= c <= "\u9fff":
        return "han"
    return "latin" if c.isalpha() else "punct"


# --- model, variants, scores ----------------------------------------------------------------------------------

def train(pycrfsuite, featurizer: Featurizer, reports: dict[str, Report], ids: list[str], with_rules: bool,
          path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for rid in ids:
        for _, _, x, y in featurizer.sequences(reports[rid], with_rules, training=True):
            trainer.append(x, y)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    trainer.train(str(path))


def predict(tagger, featurizer: Featurizer, report: Report, with_rules: bool) -> tuple[list[tuple[int, int, str]], dict]:
    """The model's spans (start, end, text) and each character's probability of being inside a name."""
    spans, inside = [], {}
    for a, sentence, x, _ in featurizer.sequences(report, with_rules, training=False):
        tags = tagger.tag(x)
        for i in range(len(sentence)):
            inside[a + i] = 1 - tagger.marginal("O", i)
        i = 0
        while i < len(tags):
            if tags[i] == "O":
                i += 1
                continue
            j = i + 1
            while j < len(tags) and tags[j] == "I":
                j += 1
            spans.append((a + i, a + j, sentence[i:j]))
            i = j
    return spans, inside


def variants(report: Report, type_: str, spans: list, inside: dict, tag: str, with_baseline: bool) -> dict[str, list[str]]:
    """Each variant's labels for one report."""
    rules = report.rules[type_]
    rule_labels = [label for label, _ in rules]
    rule_spans = [s for _, ms in rules for s in ms]
    model = [(s, e, _clean(t)) for s, e, t in spans if _clean(t)]
    out = {f"{tag} alone": [t for _, _, t in model],
           f"R ∪ {tag}": rule_labels + [t for s, e, t in model if not any(s < b and a < e for a, b in rule_spans)]}
    for threshold in FILTER_THRESHOLDS:
        out[f"R filtered by {tag} {threshold}"] = [
            label for label, ms in rules
            if any(sum(inside.get(j, 0.0) for j in range(s, e)) / max(1, e - s) >= threshold for s, e in ms)]
    if with_baseline:
        out = {"R alone": rule_labels, **out}
    return out


def _clean(label: str) -> str:
    return label.strip("“”\"、,，;；:：。 ")


def score_labels(report: Report, type_: str, labels: list[str]) -> TypeScore:
    """``kg.evaluate.score`` for one type, on labels instead of a graph."""
    return score_gold_labels(report.gold, type_, labels)


def pooled(scores: Iterable[TypeScore]) -> TypeScore:
    total = TypeScore(gold=0)
    for s in scores:
        total.gold += s.gold
        total.found += s.found
        total.false_positives += s.false_positives
    return total


class Table:
    """Scores per variant and part (fold or batch), printed pooled with each part's F1."""

    def __init__(self) -> None:
        self.scores: dict[str, dict[str, list[TypeScore]]] = {}

    def add(self, part: str, labels_by_variant: dict[str, list[str]], report: Report, type_: str) -> None:
        for name, labels in labels_by_variant.items():
            self.scores.setdefault(name, {}).setdefault(part, []).append(score_labels(report, type_, labels))

    def render(self) -> str:
        lines = ["| variant | gold | found | false | P | R | F1 | F1 per part |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        for name, parts in self.scores.items():
            p = pooled(s for part in parts.values() for s in part)
            each = " ".join(f"{pooled(part).f1:.3f}" for part in parts.values())
            lines.append(f"| {name} | {p.gold} | {p.found} | {len(p.false_positives)} | {p.precision:.3f} | "
                         f"{p.recall:.3f} | {p.f1:.3f} | {each} |")
        return "\n".join(lines)


def evaluate(pycrfsuite, type_: str, reports: dict[str, Report], parts: list[tuple[str, list[str], list[str]]],
             table: Table, workdir: Path) -> None:
    """For each (name, training ids, test ids): train both models, predict the test reports, add every variant."""
    featurizer = Featurizer(type_)
    for name, training, test in parts:
        for with_rules in (False, True):
            path = workdir / f"{type_}-{name}-{int(with_rules)}.crfsuite"
            train(pycrfsuite, featurizer, reports, training, with_rules, path)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for rid in test:
                spans, inside = predict(tagger, featurizer, reports[rid], with_rules)
                table.add(name, variants(reports[rid], type_, spans, inside, "M+r" if with_rules else "M",
                                         with_baseline=not with_rules), reports[rid], type_)
        print(f"  {name}: trained on {len(training)}, scored {len(test)}", file=sys.stderr)


def folds(ids: list[str], k: int = 5) -> list[list[str]]:
    order = sorted(ids)
    random.Random(SEED).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def blind_batches(count: int) -> list[tuple[str, list[str], list[str]]]:
    """The last ``count`` commits that added reports to ``corpus/dev``: (commit, ids before it, ids it added)."""
    log = subprocess.run(["git", "log", "--format=%H", "--", "corpus/dev/sources.tsv"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.split()

    def ids_at(rev: str) -> list[str]:
        text = subprocess.run(["git", "show", f"{rev}:corpus/dev/sources.tsv"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout
        return [line.split("\t")[0] for line in text.splitlines()[1:] if line.strip()]

    out = []
    for commit in log:
        before, after = ids_at(f"{commit}^"), ids_at(commit)
        added = sorted(set(after) - set(before))
        if added:
            out.append((commit, sorted(before), added))
        if len(out) == count:
            break
    return out[::-1]


def reports_with_code_of(rev: str, ids: list[str], workdir: Path) -> dict[str, Report]:
    """The reports extracted by the code as it stood at ``rev`` (its ``kg``, ``ontology`` and ``data``)."""
    tree = workdir / rev[:12]
    tree.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", rev, "kg", "ontology", "data"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    out = workdir / f"{rev[:12]}.pickle"
    subprocess.run([sys.executable, __file__, "_extract", str(out), *ids], cwd=tree, check=True,
                   env={**os.environ, "PYTHONPATH": str(tree)})
    return pickle.loads(out.read_bytes())


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "_extract":  # run inside an older tree by reports_with_code_of
        Path(sys.argv[2]).write_bytes(pickle.dumps(extract_reports(sys.argv[3:])))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("measure", choices=("cv", "time"))
    parser.add_argument("--type", choices=TYPES, default="Program")
    parser.add_argument("--batches", type=int, default=4, help="time: how many of the last blind batches")
    parser.add_argument("--folds", type=Path, default=ROOT / "bench" / "learned_recogniser_folds.json")
    args = parser.parse_args()
    try:
        import pycrfsuite
    except ImportError:
        sys.exit("learned_recogniser: python-crfsuite is not installed; run .venv/bin/pip install python-crfsuite")
    table = Table()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if args.measure == "cv":
            reports = extract_reports(p.stem for p in sorted((DEV / "gold").glob("*.json")))
            parts = folds(list(reports))
            args.folds.write_text("{\"seed\": %d, \"folds\": [\n%s\n]}\n" % (SEED, ",\n".join(json.dumps(f) for f in parts)))
            found = sum((project(r, args.type)[2] for r in reports.values()), Counter())
            print(f"{len(reports)} reports; gold names found in the text: "
                  + ", ".join(f"{k}{'' if hit else ' not'} found {n}" for (k, hit), n in sorted(found.items())))
            ids = set(reports)
            evaluate(pycrfsuite, args.type, reports,
                     [(f"fold{i}", sorted(ids - set(test)), test) for i, test in enumerate(parts)], table, workdir)
        else:
            for commit, before, added in blind_batches(args.batches):
                reports = reports_with_code_of(f"{commit}^", before + added, workdir)
                evaluate(pycrfsuite, args.type, reports,
                         [(commit[:7], [r for r in before if r in reports], [r for r in added if r in reports])],
                         table, workdir)
    print(table.render())


if __name__ == "__main__":
    main()
