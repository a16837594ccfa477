"""Does a spaCy NER trained on the development golds find programme names on reports it was not trained on
better than the rules, or add to them?

A follow-up of ``learned_recogniser.py`` (a character CRF, 270 reports) with spaCy's own ``ner`` and the 1,006
development reports. No pretrained Chinese model loads offline, so the model is trained from scratch:

- tokens: one per character (``spacy.blank("zh")`` with the ``char`` segmenter, as ``kg.recognise.make_doc``);
- data: per report, the sentences ``kg.extract`` reads; each gold ``Program`` name and alias located in the
  text (folded as ``kg.evaluate`` folds, so quotation marks the text has inside a name do not hide it; every
  occurrence labelled; overlapping hits keep the longest). Optional names are **masked**: their characters are
  left unannotated (spaCy's missing value), neither positive nor negative, as the scorer treats them. Every
  sentence holding a name (required or optional) is trained on, with a fixed share of the other sentences;
- model: ``tok2vec`` (MultiHashEmbed over NORM, PREFIX, SUFFIX, SHAPE; MaxoutWindowEncoder) inside the ``ner``;
- 5-fold cross-validation by report (seed ``SEED``, folds written to ``--folds``); each held-out fold scored with
  ``kg.evaluate.score_labels`` for the rules alone (R), the model alone (M), their union (a model name only where
  it overlaps no entity of any type the rules gave), the model's names filtered by shape (ending in a programme
  noun, or quoted), and the rules filtered by the model (a rule programme kept when the model marks a name
  overlapping one of its mentions).

Run from the repository root (the cache of extracted reports goes to ``--work``, outside the repository)::

    .venv/bin/python bench/programme_model.py prepare --work ../programme-model-work
    .venv/bin/python bench/programme_model.py cv --work ../programme-model-work
    .venv/bin/python bench/programme_model.py table --work ../programme-model-work
    .venv/bin/python bench/programme_model.py newest --work ../programme-model-work
    .venv/bin/python bench/programme_model.py table --work ../programme-model-work --tag newest

The larger configuration (8 epochs, window 2) is ``--epochs 8 --window 2 --tag big`` on ``cv`` (``--only 0,1``
for the first two folds) and ``newest``; its tables are ``table --tag big`` and ``table --tag bignewest``.

Results are in ``bench/README.md`` ("A trained programme recogniser, cross-validated over the 1,006
development reports").
"""
from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from learned_recogniser import _clean, folded, pooled  # noqa: E402

from kg.evaluate import GoldEntry, TypeScore  # noqa: E402
from kg.evaluate import score_labels as score_gold_labels  # noqa: E402
from kg.resources import rows  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"
SEED = 20261203
NEGATIVE_SHARE = 0.15  # of the sentences without any programme name, the share trained on
EPOCHS = 4
NEWEST = ("xiamen-sthjj-2024 fujian-rst-2023 shanghai-2023 shanghai-2024 sixian-2024 zhejiang-wjw-2023 jiangsu-2020 "
          "linfen-tyj-2024 nantong-tyj-2024 shanghai-tyj-2024 tianjin-kjj-2020 tianjin-kjj-2019 shandong-2023 "
          "miyun-2024 shamian-jd-2024 jiangnanzhong-jd-2024 wenchang-2020 sichuan-sthjt-2024 fuling-wsjkw-2025 "
          "wuchang-2024 luquan-ylsk-2024 yuxi-hpglj-2025 quxian-jyj-2023 zhongyuan-2021 boertala-2023 shaanxi-2023 "
          "lanzhou-sfj-2023 huaihua-2020 xining-chengdong-2022").split()


def _extract(rid: str, folder: Path = DEV):
    from kg.errors import InputError
    from kg.extract import extract
    from kg.ingest import read_source

    path = folder / "reports" / f"{rid}.txt"
    try:
        record = extract(path)
    except InputError:
        return rid, None
    rules = [(e.type, e.label, [(m.start, m.end) for m in e.mentions]) for e in record.entities.values()]
    return rid, {"text": read_source(path).text, "sentences": [(s.start, s.end) for s in record.sentences],
                 "rules": rules, "gold": json.loads((folder / "gold" / f"{rid}.json").read_text())}


def prepare(work: Path, jobs: int) -> None:
    ids = sorted(p.stem for p in (DEV / "gold").glob("*.json"))
    with Pool(jobs) as pool:
        reports = dict(pool.imap_unordered(_extract, ids, chunksize=4))
    refused = [r for r, v in reports.items() if v is None]
    reports = {r: v for r, v in reports.items() if v is not None}
    work.mkdir(parents=True, exist_ok=True)
    (work / "reports.pkl").write_bytes(pickle.dumps(reports))
    print(f"{len(reports)} reports extracted, {len(refused)} refused: {refused}")


# --- gold names as spans ----------------------------------------------------------------------------------------

def gold_spans(report: dict) -> tuple[list, list, Counter]:
    """Required programme spans (longest first, not overlapping), optional ones (not overlapping a required one),
    and how many names of each list were located."""
    flat, where = folded(report["text"])
    found: Counter = Counter()
    hits: dict[str, list] = {"Program": [], "Program_optional": []}
    for key in hits:
        for entry in report["gold"]["entities"].get(key, []):
            got = []
            for form in GoldEntry.of(entry).forms:
                if not form:
                    continue
                k = flat.find(form)
                while k >= 0:
                    got.append((where[k], where[k + len(form) - 1] + 1))
                    k = flat.find(form, k + 1)
            found[key, bool(got)] += 1
            hits[key].extend(got)
    required: list = []
    for s, e in sorted(set(hits["Program"]), key=lambda x: (x[0] - x[1], x[0])):
        if all(e <= a or s >= b for a, b in required):
            required.append((s, e))
    optional = [(s, e) for s, e in sorted(set(hits["Program_optional"]))
                if all(e <= a or s >= b for a, b in required)]
    return sorted(required), optional, found


# --- model --------------------------------------------------------------------------------------------------------

def blank():
    import spacy
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})


NER_MODEL = {
    "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
    "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "nO": None,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 96,
                  "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 1000, 500],
                  "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 96, "depth": 4, "window_size": 1,
                   "maxout_pieces": 3}}}


def examples(nlp, reports: dict, ids: list[str], rng: random.Random):
    from spacy.training import Example
    out = []
    for rid in ids:
        rep = reports[rid]
        required, optional, _ = gold_spans(rep)
        for a, b in rep["sentences"]:
            sentence = rep["text"][a:b]
            if not sentence.strip():
                continue
            req = [(s - a, e - a) for s, e in required if a <= s and e <= b]
            opt = [(s - a, e - a) for s, e in optional if s < b and a < e]
            if not req and not opt and rng.random() >= NEGATIVE_SHARE:
                continue
            ref = nlp.make_doc(sentence)
            ents = [sp for s, e in req if (sp := ref.char_span(s, e, label="PROG", alignment_mode="expand"))]
            masked = [sp for s, e in opt if (sp := ref.char_span(max(0, s), min(len(sentence), e),
                                                                   alignment_mode="expand"))]
            ents = [x for x in ents if not any(x.start < m.end and m.start < x.end for m in masked)]
            ref.set_ents(ents, missing=_runs(ref, masked), default="outside")
            out.append(Example(nlp.make_doc(sentence), ref))
    return out


def _runs(doc, spans):
    """Overlapping spans merged into runs of tokens."""
    marked = sorted({i for sp in spans for i in range(sp.start, sp.end)})
    runs, start = [], None
    for j, i in enumerate(marked):
        if start is None:
            start = i
        if j + 1 == len(marked) or marked[j + 1] != i + 1:
            runs.append(doc[start:i + 1])
            start = None
    return runs


def train(reports: dict, ids: list[str], seed: int, epochs: int = EPOCHS, window: int = 1, log=print):
    from spacy.util import fix_random_seed, minibatch
    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = blank()
    model = json.loads(json.dumps(NER_MODEL))
    model["tok2vec"]["encode"]["window_size"] = window
    nlp.add_pipe("ner", config={"model": model})
    data = examples(nlp, reports, ids, rng)
    optimizer = nlp.initialize(lambda: data)
    for epoch in range(epochs):
        rng.shuffle(data)
        losses: dict = {}
        t = time.time()
        for batch in minibatch(data, size=64):
            nlp.update(batch, sgd=optimizer, drop=0.1, losses=losses)
        log(f"  epoch {epoch}: {len(data)} sentences, loss {losses.get('ner', 0):.0f}, {time.time() - t:.0f} s")
    return nlp


def predict(nlp, rep: dict) -> list[tuple[int, int, str]]:
    sents = [(a, rep["text"][a:b]) for a, b in rep["sentences"] if rep["text"][a:b].strip()]
    out = []
    for (a, s), doc in zip(sents, nlp.pipe((s for _, s in sents), batch_size=256)):
        out += [(a + e.start_char, a + e.end_char, e.text) for e in doc.ents]
    return out


# --- variants ---------------------------------------------------------------------------------------------------

def _nouns() -> list[str]:
    return sorted({r["noun"] for r in rows("program_nouns.tsv")}, key=len, reverse=True)


def variants(rep: dict, spans: list, nouns: list[str]) -> dict[str, list[str]]:
    rules = [(label, ms) for t, label, ms in rep["rules"] if t == "Program"]
    rule_labels = [label for label, _ in rules]
    any_rule_spans = [s for _, _, ms in rep["rules"] for s in ms]
    text = rep["text"]
    model = [(s, e, c) for s, e, t in spans if (c := _clean(t))]
    added = [(s, e, t) for s, e, t in model if not any(s < b and a < e for a, b in any_rule_spans)]

    def quoted(s: int, e: int) -> bool:
        return (s > 0 and text[s - 1] == "“") or text[s] == "“" or (e < len(text) and text[e:e + 1] == "”")

    def shaped(s: int, e: int, t: str) -> bool:
        return any(t.endswith(n) for n in nouns) or quoted(s, e)

    return {
        "R alone": rule_labels,
        "M alone": [t for _, _, t in model],
        "R ∪ M": rule_labels + [t for _, _, t in added],
        "R ∪ M (overlapping no rule programme only)": rule_labels + [
            t for s, e, t in model if not any(s < b and a < e for _, ms in rules for a, b in ms)],
        "R ∪ M (shaped: programme noun or quoted)": rule_labels + [t for s, e, t in added if shaped(s, e, t)],
        "R ∪ M (ending in a programme noun)": rule_labels + [t for s, e, t in added if any(t.endswith(n) for n in nouns)],
        "R filtered by M": [label for label, ms in rules
                            if any(s < b and a < e for a, b in ms for s, e, _ in model)],
    }


def cv(work: Path, k: int, only: list[int] | None, epochs: int, window: int, tag: str) -> None:
    reports = pickle.loads((work / "reports.pkl").read_bytes())
    ids = sorted(reports)
    rng = random.Random(SEED)
    rng.shuffle(ids)
    folds = [sorted(ids[i::k]) for i in range(k)]
    (work / "folds.json").write_text(json.dumps(folds, indent=0))
    found = Counter()
    for rep in reports.values():
        found.update(gold_spans(rep)[2])
    print("gold names located:", dict(found))
    for n, test in enumerate(folds):
        if only and n not in only:
            continue
        t = time.time()
        train_ids = [r for r in ids if r not in set(test)]
        nlp = train(reports, train_ids, SEED + n, epochs, window)
        preds = {rid: predict(nlp, reports[rid]) for rid in test}
        (work / f"pred{tag}{n}.json").write_text(json.dumps(preds, ensure_ascii=False))
        print(f"fold {n}: {len(train_ids)} train, {len(test)} test, {time.time() - t:.0f} s", flush=True)


def newest(work: Path, epochs: int, window: int, tag: str) -> None:
    """The time split: trained on the 977 older reports, scored on the newest batch (``fresh32``), which the rules
    (thirty-first to thirty-ninth rounds) were written without reading."""
    reports = pickle.loads((work / "reports.pkl").read_bytes())
    test = [r for r in NEWEST if r in reports]
    train_ids = sorted(r for r in reports if r not in set(NEWEST))
    t = time.time()
    nlp = train(reports, train_ids, SEED, epochs, window)
    preds = {rid: predict(nlp, reports[rid]) for rid in test}
    (work / f"pred{tag}newest0.json").write_text(json.dumps(preds, ensure_ascii=False))
    (work / f"folds{tag}newest.json").write_text(json.dumps([test]))
    print(f"newest: {len(train_ids)} train, {len(test)} test, {time.time() - t:.0f} s", flush=True)


def unseen(work: Path, folder: Path, epochs: int, window: int, tag: str, jobs: int) -> None:
    """Trained on all development reports, scored on ``folder`` (a blind batch or the held-out part), which
    neither the rules nor the model were written from: only pooled figures are printed, no name of it."""
    reports = pickle.loads((work / "reports.pkl").read_bytes())
    ids = sorted(p.stem for p in (folder / "gold").glob("*.json"))
    with Pool(jobs) as pool:
        test = {r: v for r, v in pool.starmap(_extract, [(r, folder) for r in ids]) if v is not None}
    model = work / f"model{tag}"
    if model.exists():
        import spacy
        nlp = spacy.load(model)
    else:
        nlp = train(reports, sorted(reports), SEED, epochs, window)
        nlp.to_disk(model)
    nouns = _nouns()
    per: dict[str, list] = {}
    for rep in test.values():
        for name, labels in variants(rep, predict(nlp, rep), nouns).items():
            per.setdefault(name, []).append(score_gold_labels(rep["gold"], "Program", labels))
    print(f"{folder.name}: {len(test)} reports, model trained on {len(reports)}")
    print("| variant | gold | found | false | P | R | F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, ss in per.items():
        p = pooled(ss)
        nf = len(p.false_positives)
        print(f"| {name} | {p.gold} | {p.found} | {nf} | {p.found / (p.found + nf) if p.found + nf else 0:.3f} | "
              f"{p.found / p.gold if p.gold else 0:.3f} | {_f1(p):.3f} |")


def table(work: Path, k: int, tag: str) -> None:
    reports = pickle.loads((work / "reports.pkl").read_bytes())
    folds = json.loads((work / (f"folds{tag}.json" if tag.endswith("newest") else "folds.json")).read_text())
    nouns = _nouns()
    per: dict[str, list] = {}
    per_fold: dict[str, list] = {}
    gains, losses = Counter(), Counter()
    for n, test in enumerate(folds):
        path = work / f"pred{tag}{n}.json"
        if not path.exists():
            continue
        preds = json.loads(path.read_text())
        fold_scores: dict[str, list] = {}
        for rid in test:
            rep = reports[rid]
            vs = variants(rep, [tuple(x) for x in preds[rid]], nouns)
            base = score_gold_labels(rep["gold"], "Program", vs["R alone"])
            for name, labels in vs.items():
                s = score_gold_labels(rep["gold"], "Program", labels)
                per.setdefault(name, []).append(s)
                fold_scores.setdefault(name, []).append(s)
            union = score_gold_labels(rep["gold"], "Program", vs["R ∪ M"])
            for x in set(union.false_positives) - set(base.false_positives):
                losses[_shape(x, nouns)] += 1
            for x in set(base.missed) - set(union.missed):
                gains[_shape(x, nouns)] += 1
        for name, ss in fold_scores.items():
            per_fold.setdefault(name, []).append(_f1(pooled(ss)))
    print("| variant | gold | found | false | P | R | F1 | F1 per fold |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for name, ss in per.items():
        p = pooled(ss)
        nf = len(p.false_positives)
        prec = p.found / (p.found + nf) if p.found + nf else 0
        rec = p.found / p.gold if p.gold else 0
        print(f"| {name} | {p.gold} | {p.found} | {nf} | {prec:.3f} | {rec:.3f} | {_f1(p):.3f} | "
              + " ".join(f"{x:.3f}" for x in per_fold[name]) + " |")
    print("R ∪ M over R: required names gained by shape", dict(gains), "; false names added by shape", dict(losses))


def _f1(p: TypeScore) -> float:
    nf = len(p.false_positives)
    prec = p.found / (p.found + nf) if p.found + nf else 0
    rec = p.found / p.gold if p.gold else 0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0


def _shape(label: str, nouns: list[str]) -> str:
    if any(label.endswith(n) for n in nouns):
        return "programme noun"
    if any(c in label for c in "“”"):
        return "quoted"
    return "other"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("step", choices=("prepare", "cv", "newest", "unseen", "table"))
    ap.add_argument("--folder", type=Path, help="for unseen: a blind batch or the held-out part")
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", type=lambda s: [int(x) for x in s.split(",")], default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--window", type=int, default=1)
    ap.add_argument("--tag", default="", help="a name for this configuration's prediction files")
    a = ap.parse_args()
    if a.step == "prepare":
        prepare(a.work, a.jobs)
    elif a.step == "cv":
        cv(a.work, a.folds, a.only, a.epochs, a.window, a.tag)
    elif a.step == "newest":
        newest(a.work, a.epochs, a.window, a.tag)
    elif a.step == "unseen":
        unseen(a.work, a.folder, a.epochs, a.window, a.tag, a.jobs)
    else:
        table(a.work, a.folds, a.tag)


if __name__ == "__main__":
    main()
