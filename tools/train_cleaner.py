#!/usr/bin/env python3
"""Train the cleaner's line model (site_builder/convert/line_model.json) on the development pages.

    python tools/train_cleaner.py [--dev DIR] [--folds 5] [--seed N] [--write]

Needs numpy (`pip install numpy`), at training time only: the cleaner reads the JSON with the
standard library. What it does:
1. labels every line of each development page `<id>.txt` by aligning it with the person-marked
   article `<id>.gold.txt`: a line is article text when most of its 4-word shingles are in the
   article (shingles running into the neighbouring lines count, so a short heading between two
   paragraphs is found; an article repeated on the page is matched once, inside its best stretch);
2. computes the line features the cleaner computes (site_builder.convert.linemodel);
3. stage 1: a logistic regression (L2, Newton's method) on them; within a page lines weigh by
   their words, as the score counts words, and pages weigh by their lines;
4. stage 2: boosted depth-3 trees on the same features plus the context of stage-1 scores, the
   stage-1 scores of the training pages taken from models that did not see them (cross-fitting);
   stage 2 learns, and is later asked about, every line stage 1 does not score beyond ±6;
5. scores the model by K-fold cross-validation, pages split into folds by site (the pages of one
   site, the host of its URL in dev-manifest.json, are in one fold, so a held-out page's site
   boilerplate was never seen in training): trained on K-1 folds, the held-out pages are cleaned by the real cleaner with that model and scored as
   ../shared/tools/score_cleaning.py scores them. That F1 is the estimate for unseen pages; the
   in-sample F1 (trained and scored on all pages) is printed beside it, and is not.
With --write, the model trained on all pages is written to line_model.json.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():  # a worktree under /work/wt/<name>/ sees shared/ two levels up
    SHARED = ROOT.parent.parent / "shared"

from site_builder.convert import text  # noqa: E402
from site_builder.convert.encoding import decode  # noqa: E402
from site_builder.convert.linemodel import CONTEXT, FEATURES, MODEL_PATH, LineModel, best_stretch, context_columns  # noqa: E402

_WORD = re.compile(r"\w+")  # as the scorer splits words
_SHINGLE = 4
_L2 = 1.0  # stage 1: penalty on the standardised weights
_TREES, _DEPTH, _LEARNING_RATE = 60, 3, 0.25
_MIN_CHILD_HESSIAN, _LEAF_L2, _BINS = 1.0, 1.0, 32
_SURE = 6.0  # stage-1 log-odds beyond which stage 2 is not asked (scores are clipped to ±6: only the clipped ones)
_LABEL_SHARE = 0.5  # of a line's shingles in the article, to label it article text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=SHARED / "data" / "cleaning" / "dev")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, help="deal the sites to the folds in a shuffled order (another split of the same pages)")
    parser.add_argument("--write", action="store_true", help=f"write the model trained on all pages to {MODEL_PATH.name}")
    args = parser.parse_args()
    scorer = _load_scorer(SHARED / "tools" / "score_cleaning.py")
    pages = _pages(args.dev)
    print(f"{len(pages)} pages, {sum(len(p.lines) for p in pages)} lines, "
          f"{sum(int(p.labels.sum()) for p in pages)} labelled article text")

    folds = _site_folds(pages, args.folds, args.seed)
    scores = []
    for fold in range(args.folds):
        model = _train([p for p, f in zip(pages, folds) if f != fold], args.folds)
        held = [_score_page(page, model, scorer) for page, f in zip(pages, folds) if f == fold]
        print(f"  fold {fold + 1}: {_report(held)}")
        scores += held
    print(f"{args.folds}-fold cross-validated, pages of one site in one fold (unseen sites): {_report(scores)}")
    final = _train(pages, args.folds)
    print(f"in-sample (trained on all pages, optimistic): {_report([_score_page(p, final, scorer) for p in pages])}")
    if args.write:
        data = {"trained_on": f"{len(pages)} pages of {args.dev.name}/", **final.data}
        MODEL_PATH.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
    return 0


class _Page:
    """A development page: its lines as the cleaner reads them, their features, labels and weights."""

    def __init__(self, key: str, site: str, content: str, gold: str, shared: frozenset[str]):
        self.key, self.site, self.content, self.gold, self.shared = key, site, content, gold, shared
        self.lines = text.read_lines(content)
        text.classify_lines(self.lines, shared)
        self.features = np.array(text.line_features(self.lines), dtype=float).T if self.lines else np.zeros((0, len(FEATURES)))
        self.labels = np.array([share >= _LABEL_SHARE for share in _article_shares(self.lines, gold)], dtype=float)
        words = np.array([line.words for line in self.lines], dtype=float)
        self.weights = len(self.lines) * (1 + words) / (len(self.lines) + words.sum())


def _site_folds(pages: list[_Page], folds: int, seed: int | None = None) -> list[int]:
    """Each page's fold: the pages of one site share a fold, sites dealt in the order of their first page's (random) id.

    Otherwise held-out pages would share boilerplate with training pages of the same site, and the
    figure would measure memorising that site rather than reading an unseen one. With a `seed`, the
    sites are dealt in an order shuffled by it: another split, to see how much the figure depends on it.
    """
    sites = list(dict.fromkeys(page.site for page in pages))
    if seed is not None:
        random.Random(seed).shuffle(sites)
    fold_of_site = {site: index % folds for index, site in enumerate(sites)}
    return [fold_of_site[page.site] for page in pages]


def _sites(dev: Path) -> dict[str, str]:
    """Page id -> site (the host of its URL in the manifest beside `dev`, `www.` aside); empty without one."""
    manifest = dev.parent / f"{dev.name}-manifest.json"
    if not manifest.exists():
        return {}
    entries = json.loads(manifest.read_text(encoding="utf-8"))
    return {entry["id"]: (urlsplit(entry["url"]).hostname or entry["id"]).removeprefix("www.") for entry in entries}


def _pages(dev: Path) -> list[_Page]:
    raw = []
    for path in sorted(dev.glob("*.txt")):
        if path.name.endswith(".gold.txt"):
            continue
        key = path.name.removesuffix(".txt")
        raw.append((key, decode(path.read_bytes()), (dev / f"{key}.gold.txt").read_text(encoding="utf-8")))
    # lines other pages also carry, as `convert` finds them when the pages are converted together
    seen: dict[str, str] = {}
    shared: set[str] = set()
    for key, content, _ in raw:
        for line_key in text.repeatable_keys(text.read_lines(content)):
            if seen.setdefault(line_key, key) != key:
                shared.add(line_key)
    sites = _sites(dev)  # a page of no known site is a site of its own
    return [_Page(key, sites.get(key, key), content, gold, frozenset(shared)) for key, content, gold in raw]


def _article_shares(lines: list[text.Line], gold: str) -> list[float]:
    """For each line, the share of its words that start or end a 4-word shingle of the article.

    The article's shingles are used up as they are matched, first by the lines of the page's best
    stretch of matching lines, so a copy of the article elsewhere on the page is not article text.
    """
    gold_words = _WORD.findall(gold.lower())
    available = Counter(tuple(gold_words[i:i + _SHINGLE]) for i in range(len(gold_words) - _SHINGLE + 1))
    stream, owner = [], []
    for index, line in enumerate(lines):
        words = _WORD.findall(line.text.lower())
        stream += words
        owner += [index] * len(words)
    shingles: list[list[tuple]] = [[] for _ in lines]
    for position in range(len(stream)):
        starting = tuple(stream[position:position + _SHINGLE])
        ending = tuple(stream[max(0, position - _SHINGLE + 1):position + 1])
        shingles[owner[position]].append((starting if len(starting) == _SHINGLE else None, ending if len(ending) == _SHINGLE else None))

    def share(index: int, counts: Counter, use_up: bool) -> float:
        hits = 0
        for starting, ending in shingles[index]:
            if starting is not None and counts[starting] > 0:
                hits += 1
                if use_up:
                    counts[starting] -= 1
            elif ending is not None and counts[ending] > 0:
                hits += 1
        return hits / len(shingles[index]) if shingles[index] else 0.0

    first = [share(i, available, False) for i in range(len(lines))]
    start, end = best_stretch([(len(shingles[i]) + 1) * (1 if first[i] >= _LABEL_SHARE else -1) for i in range(len(lines))])
    counts = Counter(available)
    shares = [0.0] * len(lines)
    for index in [*range(start, end), *range(start), *range(end, len(lines))]:
        shares[index] = share(index, counts, True)
    return shares


# -- the model ----------------------------------------------------------------------------------


class _Trained:
    """A trained line model: the LineModel the cleaner uses and the JSON it is stored as."""

    def __init__(self, data: dict):
        self.data = data
        self.model = LineModel.from_json(data)


def _train(pages: list[_Page], folds: int) -> _Trained:
    x = np.vstack([p.features for p in pages])
    y = np.concatenate([p.labels for p in pages])
    w = np.concatenate([p.weights for p in pages])
    bias, weights = _logistic_regression(x, y, w)
    # stage-1 scores of every training page from a model that did not see it
    inner = _site_folds(pages, folds)
    scores: list[np.ndarray] = [np.zeros(0)] * len(pages)
    for fold in range(folds):
        held = [i for i, f in enumerate(inner) if f == fold]
        rest = [p for p, f in zip(pages, inner) if f != fold]
        fold_bias, fold_weights = _logistic_regression(
            np.vstack([p.features for p in rest]), np.concatenate([p.labels for p in rest]), np.concatenate([p.weights for p in rest])
        )
        for i in held:
            scores[i] = np.clip(fold_bias + pages[i].features @ fold_weights, -6.0, 6.0)
    x2 = np.vstack([
        np.hstack([p.features, np.array(context_columns(list(map(float, s))), dtype=float).T]) for p, s in zip(pages, scores)
    ])
    unsure = np.abs(np.concatenate(scores)) < _SURE  # stage 2 reads only these lines
    base, trees = _boosted_trees(x2[unsure], y[unsure], w[unsure])
    article = y == 1
    means = (x[article] * w[article, None]).sum(axis=0) / w[article].sum()
    return _Trained({
        "features": [name for name, _, _ in FEATURES],
        "context": list(CONTEXT),
        "bias": _round(bias),
        "weights": [_round(v) for v in weights],
        "means": [_round(v) for v in means],
        "base_score": _round(base),
        "trees": trees,
        "threshold": 0.0,
        "sure": _SURE,
    })


def _round(value: float) -> float:
    return float(f"{value:.6g}")


def _logistic_regression(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[float, np.ndarray]:
    """Weighted L2-penalised logistic regression on standardised features; weights for raw features."""
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], _L2)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(z @ beta)))
        gradient = z.T @ (w * (p - y)) + penalty * beta
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = beta[1:] / std
    return float(beta[0] - (weights * mean).sum()), weights


def _boosted_trees(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[float, list]:
    """Gradient-boosted depth-limited trees on the logistic loss (Newton leaves, histogram splits)."""
    thresholds = [np.unique(np.quantile(column, np.linspace(0, 1, _BINS + 1)[1:-1])) for column in x.T]
    codes = np.stack([np.searchsorted(t, column, side="left") for t, column in zip(thresholds, x.T)], axis=1)
    rate = (w * y).sum() / w.sum()
    base = float(np.log(rate / (1 - rate)))
    score = np.full(len(y), base)
    trees = []
    for _ in range(_TREES):
        p = 1 / (1 + np.exp(-score))
        g, h = w * (p - y), w * p * (1 - p)
        tree, update = _grow(codes, thresholds, g, h, np.arange(len(y)), _DEPTH)
        trees.append(tree)
        score += update
    return base, trees


def _grow(codes, thresholds, g, h, rows, depth) -> tuple[object, np.ndarray]:
    """A tree over `rows` as nested [feature, threshold, below, above] lists, and its output for every row."""
    update = np.zeros(len(g))
    g_sum, h_sum = g[rows].sum(), h[rows].sum()
    leaf = _round(-_LEARNING_RATE * g_sum / (h_sum + _LEAF_L2))
    best = None
    if depth > 0:
        parent = g_sum * g_sum / (h_sum + _LEAF_L2)
        for feature, cuts in enumerate(thresholds):
            if not len(cuts):
                continue
            bins = codes[rows, feature]
            g_left = np.cumsum(np.bincount(bins, g[rows], minlength=len(cuts) + 1))[:-1]
            h_left = np.cumsum(np.bincount(bins, h[rows], minlength=len(cuts) + 1))[:-1]
            g_right, h_right = g_sum - g_left, h_sum - h_left
            gain = g_left ** 2 / (h_left + _LEAF_L2) + g_right ** 2 / (h_right + _LEAF_L2) - parent
            gain[(h_left < _MIN_CHILD_HESSIAN) | (h_right < _MIN_CHILD_HESSIAN)] = -np.inf
            cut = int(np.argmax(gain))
            if gain[cut] > 1e-9 and (best is None or gain[cut] > best[0]):
                best = (gain[cut], feature, cut)
    if best is None:
        update[rows] = leaf
        return leaf, update
    _, feature, cut = best
    below = rows[codes[rows, feature] <= cut]
    above = rows[codes[rows, feature] > cut]
    left, left_update = _grow(codes, thresholds, g, h, below, depth - 1)
    right, right_update = _grow(codes, thresholds, g, h, above, depth - 1)
    return [feature, _round(float(thresholds[feature][cut])), left, right], left_update + right_update


# -- scoring ------------------------------------------------------------------------------------


def _load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_cleaning", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score_page(page: _Page, trained: _Trained, scorer) -> tuple[float, float]:
    """(precision, recall) of the real cleaner with this model on the page, as the scorer counts them."""
    article = text.clean_lines(text.read_lines(page.content), page.shared, model=trained.model)
    return scorer.score(page.gold, article.body)


def _report(scores: list[tuple[float, float]]) -> str:
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"F1 {f1:.3f} P {precision:.3f} R {recall:.3f} (n={len(scores)})"


if __name__ == "__main__":
    sys.exit(main())
