"""Train the mention filter's weights (``kg/resources/mention_filter.tsv``) on the names the blind batches were given
at their arrival, and cross-validate it batch by batch.

The rows come from ``shapes_at_arrival.py --rules-only --out`` (one file per type: every name the recognisers of a
batch's day gave, before any learned filter of theirs, with its rule, the characters around it and its status
against today's gold, and every required name missed). A name is a positive example when the gold requires it and a
negative one when the gold leaves it out; names the gold lists as optional are neither, as the scorer counts them.
The model is scikit-learn's logistic regression over the presence of ``kg.recognise.mention_filter.features``, so
the package needs no scikit-learn to apply it (``pip install -e '.[train]'`` to train).

``--check`` leaves out each batch in turn, trains on the others and filters the left-out batch's names: pooled over
the batches, that is what the filter would have done to each batch had it arrived after the others, the rules of
its own day unchanged. It prints precision, recall and F1 per type without and with the filter.

    .venv/bin/python -W ignore bench/shapes_at_arrival.py --type Program --rules-only --out /tmp/program.json
    .venv/bin/python -W ignore bench/shapes_at_arrival.py --type Event --rules-only --out /tmp/event.json
    .venv/bin/python bench/train_mention_filter.py Program=/tmp/program.json Event=/tmp/event.json --check
    .venv/bin/python bench/train_mention_filter.py Event=/tmp/event.json  # writes the shipped weights (events only)
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from kg.recognise.mention_filter import BIAS, features

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS = ROOT / "kg" / "resources" / "mention_filter.tsv"
C = 2.0  # the inverse of the L2 penalty: chosen with the shape features by leave-one-batch-out (bench/README.md)
# The shipped pipeline's threshold. A classifier's F1-optimal threshold is half the F1 it reaches (Lipton, Elkan and
# Naryanaswamy, "Optimal thresholding of classifiers to maximize F1 measure", 2014): about 0.75-0.80 here, so 0.4.
THRESHOLD = 0.4


def judged(rows: list[dict]) -> list[dict]:
    """The names given that the gold requires or leaves out."""
    return [r for r in rows if r["status"] in ("required", "left out")]


def present(rows: list[dict]) -> list[dict[str, int]]:
    """Each name's features, as the presence the shipped filter sums weights over."""
    return [dict.fromkeys(features(r["rule"], r["name"], r["before"], r["after"]), 1) for r in rows]


def fit(rows: list[dict]) -> tuple[DictVectorizer, LogisticRegression]:
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=5000).fit(vectorizer.fit_transform(present(rows)),
                                                       [r["status"] == "required" for r in rows])
    return vectorizer, model


def probabilities(vectorizer: DictVectorizer, model: LogisticRegression, rows: list[dict]) -> list[float]:
    return list(model.predict_proba(vectorizer.transform(present(rows)))[:, 1])


def pooled(rows: list[dict], kept: list[bool]) -> str:
    """Precision, recall and F1 over the batches; a required name dropped becomes a missed one."""
    found = sum(k for r, k in zip(rows, kept) if r["status"] == "required")
    false = sum(k for r, k in zip(rows, kept) if r["status"] == "left out")
    missed = sum(r["status"] == "missed" for r in rows) + sum(not k for r, k in zip(rows, kept) if r["status"] == "required")
    p, r = found / (found + false), found / (found + missed)
    return f"{found} found, {false} false, {missed} missed: P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}"


def check(type_: str, rows: list[dict]) -> None:
    names = [r for r in rows if r["status"] != "missed"]
    chance = [1.0] * len(names)
    for batch in sorted({r["batch"] for r in rows}, key=lambda b: int(b.removeprefix("fresh"))):
        train = judged([r for r in names if r["batch"] != batch])
        test = [i for i, r in enumerate(names) if r["batch"] == batch]
        vectorizer, model = fit(train)
        for i, p in zip(test, probabilities(vectorizer, model, [names[i] for i in test])):
            chance[i] = p
    everything = names + [r for r in rows if r["status"] == "missed"]
    keep_all = [True] * len(everything)
    print(f"{type_}, {len({r['report'] for r in rows})} reports with a name, {len(set(r['batch'] for r in rows))} batches")
    print(f"  rules alone:           {pooled(everything, keep_all)}")
    for threshold in (0.3, 0.4, 0.5, 0.6):
        kept = [p >= threshold for p in chance] + [True] * (len(everything) - len(names))
        mark = "  (the shipped threshold)" if threshold == THRESHOLD else ""
        print(f"  filtered at {threshold:.1f}:       {pooled(everything, kept)}{mark}")
    dropped = Counter(r["status"] for r, p in zip(names, chance) if p < THRESHOLD)
    print(f"  dropped at {THRESHOLD}: {dropped['required']} required, {dropped['left out']} left out, "
          f"{dropped['optional']} optional")


def weights(type_: str, rows: list[dict]) -> list[tuple[str, str, float]]:
    vectorizer, model = fit(judged(rows))
    out = [(type_, BIAS, round(float(model.intercept_[0]), 4))]
    pairs = zip(vectorizer.get_feature_names_out(), model.coef_[0])
    out += sorted(((type_, f, round(float(w), 4)) for f, w in pairs if abs(w) >= 1e-4), key=lambda t: (-abs(t[2]), t[1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="+", help="TYPE=FILE: a type and its rows from shapes_at_arrival.py --out")
    parser.add_argument("--check", action="store_true", help="cross-validate batch by batch; write nothing")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="where the weights go (default: the shipped file)")
    args = parser.parse_args()
    tables = {spec.split("=", 1)[0]: json.loads(Path(spec.split("=", 1)[1]).read_text(encoding="utf-8"))
              for spec in args.rows}
    if args.check:
        for type_, rows in tables.items():
            check(type_, rows)
        return
    lines = ["# The mention filter's weights (kg/recognise/mention_filter.py), written by bench/train_mention_filter.py",
             "# from the names the blind batches were given at arrival; do not edit by hand.", "type\tfeature\tweight"]
    for type_, rows in tables.items():
        lines += [f"{t}\t{f}\t{w}" for t, f, w in weights(type_, rows)]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(lines) - 3} weights")


if __name__ == "__main__":
    main()
