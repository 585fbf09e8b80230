"""Quantity extraction quality on NewsQuant (CQE, EMNLP 2023).

Usage::

    python benchmarks/eval_newsquant.py                 # test split (the figure to report)
    python benchmarks/eval_newsquant.py --split dev     # the part rules were tuned on
    python benchmarks/eval_newsquant.py --split dev --errors   # print misses and extras
    python benchmarks/eval_newsquant.py --set temperature      # a Recognizers-Text set

The corpus is read from ``../shared/corpora/newsquant`` and never copied.

Protocol
--------
The corpus README states no scoring rule; its companion code
(``evaluate_models.py`` in satya77/CQE_Evaluation) scores *value* and
*value+unit* per sentence, and this script follows it where it can:

* values match numerically (relative tolerance 1e-5); a gold range ``"lo-hi"``
  matches only a predicted range with both ends equal. A prediction is a range
  when :class:`~storydiff.models.Quantity` has no ``value`` (explicit and vague
  ranges), else its stated ``value`` (hedges are CQE's ``change`` field, which
  is not scored here);
* precision divides by every prediction in scope, recall by every gold quantity.

Two deliberate differences, both stricter or better defined than the original:

* matching is one-to-one (a prediction is used once, greedily, value+unit
  pairs first); the original counts a value hit for each matching prediction;
* CQE compares its own normalised unit strings exactly, which no other system
  can reproduce, so units match by normalised lemma or containment: our unit
  and its long names (``"usd"`` -> ``"dollar"``) are lower-cased and
  singularised, and match the gold ``unit`` or ``normalized_unit`` if either
  token set contains the other. An empty unit matches only a gold ``"-"``.

NewsQuant does not annotate dates, clock times, calendar years or ordinals, so
those kinds are left out of the predictions before scoring.

Normalised figures
------------------
``normalised=True`` (printed as a second block, keys unchanged) also forgives
four documented convention differences between storydiff and the corpus. The
strict figures stay the ones to quote; the normalised ones show how much of
the gap is convention rather than error:

* a fraction word is a percentage in storydiff ("a third" is 33.3 %), the
  corpus writes the fraction (0.333): a percent prediction whose text has no
  per-cent sign or word also matches the gold value times 100;
* a change "from X to Y" is two quantities in storydiff (the figure it ended at
  must stay comparable), one range "X-Y" in the corpus (in the order written,
  so often high end first): a gold range no prediction matches is matched by
  two point predictions of its two ends with "to" or "from" between them, and
  the pair counts as one prediction;
* an alternative "X or Y" is one range in storydiff, two values in the corpus
  (its convention is not even consistent: "three or four years" is a range
  there): a range prediction written with "or" matches two gold values of its
  two ends and counts as two predictions;
* the corpus never annotates (on dev) the small vague quantities "several",
  "a few", "a couple", "a handful", nor a hedged "a <unit>" ("more than a
  decade"): such predictions are left out, like dates.

The corpus has no train/test split; sentences whose index is a multiple of 3
form ``test`` (196 sentences), the rest ``dev``. Rules were developed on dev,
and on the four short sets CQE converted from Microsoft Recognizers-Text's specs
(``--set age|currency|dimension|temperature``: 328 sentences, value and
normalised unit only, scored whole; CQE reports value / value+unit F1 93.3 /
93.3, 84.2 / 79.6, 86.5 / 79.2 and 95.7 / 92.8 on them), and on ``--set newsy``:
300 sentences of invented wire news with 432 quantities, written and annotated
for this project in NewsQuant's format, by the conventions read off the dev
split only (``corpora/quantities/CONVENTIONS.md`` cites the dev examples for
each), so that rules can be checked on news text nobody tuned them on.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
DEFAULT_ROOT = SHARED / "newsquant"
GOLD = Path("data") / "formatted_test_set" / "NewsQuant.json"
# NewsQuant, and the four sets CQE converted from Microsoft Recognizers-Text's specs
# (short sentences, one kind of quantity each): extra development data for units
DATASETS = {
    "newsquant": GOLD,
    **{
        name: Path("data") / "formatted_test_set" / f"{name}-model.json"
        for name in ("age", "currency", "dimension", "temperature")
    },
    # written for this project in NewsQuant's format and conventions (corpora/quantities/)
    "newsy": ROOT / "corpora" / "quantities" / "newsy.json",
}

sys.path.insert(0, str(ROOT))

from storydiff.models import Quantity  # noqa: E402
from storydiff.quantities import extract_quantities  # noqa: E402

OUT_OF_SCOPE = frozenset({"date", "time", "year", "ordinal"})

# Long names of our canonical units, as CQE's normalised units spell them.
UNIT_NAMES: dict[str, tuple[str, ...]] = {
    "%": ("percentage", "percent"),
    "percentage points": ("percentage point", "point"),
    "basis points": ("basis point",),
    "usd": ("dollar", "us dollar"),
    "aud": ("australian dollar", "dollar"),
    "cad": ("canadian dollar", "dollar"),
    "hkd": ("hong kong dollar", "dollar"),
    "nzd": ("new zealand dollar", "dollar"),
    "sgd": ("singapore dollar", "dollar"),
    "eur": ("euro",),
    "gbp": ("pound sterling", "pound"),
    "jpy": ("japanese yen", "yen"),
    "cny": ("chinese yuan", "yuan"),
    "inr": ("indian rupee", "rupee"),
    "ils": ("shekel", "israeli new shekel"),
    "myr": ("malaysian ringgit", "ringgit"),
    "rub": ("russian ruble", "ruble"),
    "zar": ("south african rand", "rand"),
    "chf": ("swiss franc", "franc"),
    "krw": ("south korean won", "won"),
    "brl": ("brazilian real", "real"),
    "cents": ("cent",),
    "pence": ("penny", "pence"),
    "km/h": ("kilometre per hour",),
    "mph": ("mile per hour",),
    "m/s": ("metre per second",),
    "mpg": ("mile per gallon",),
    "km²": ("square kilometre",),
    "m²": ("square metre",),
    "ft²": ("square foot",),
    "mi²": ("square mile",),
    "km³": ("cubic kilometre",),
    "m³": ("cubic metre",),
    "ft³": ("cubic foot",),
    "km": ("kilometre",),
    "cm": ("centimetre",),
    "mm": ("millimetre",),
    "μm": ("micrometre",),
    "m": ("metre",),
    "mi": ("mile",),
    "nmi": ("nautical mile",),
    "ft": ("foot",),
    "in": ("inch",),
    "yd": ("yard",),
    "kg": ("kilogram",),
    "mg": ("milligram",),
    "μg": ("microgram",),
    "g": ("gram",),
    "lb": ("pound-mass", "pound"),
    "oz": ("ounce",),
    "t": ("tonne", "ton"),
    "l": ("litre",),
    "ml": ("millilitre",),
    "gal": ("gallon",),
    "bbl": ("barrel",),
    "°c": ("celsius", "degree celsius"),
    "°f": ("fahrenheit", "degree fahrenheit"),
    "degrees": ("degree",),
    "kwh": ("kilowatt hour",),
    "mwh": ("megawatt hour",),
    "gwh": ("gigawatt hour",),
    "twh": ("terawatt hour",),
    "kw": ("kilowatt",),
    "mw": ("megawatt",),
    "gw": ("gigawatt",),
    "w": ("watt",),
    "v": ("volt",),
    "mah": ("milliampere-hour",),
    "hp": ("horsepower",),
    "bhp": ("brake horsepower", "horsepower"),
    "ps": ("metric horsepower", "horsepower"),
    "lb-ft": ("pound-foot", "foot pound-force"),
    "n·m": ("newton metre",),
    "nm": ("nanometre",),
    "mpa": ("megapascal",),
    "gpa": ("gigapascal",),
    "kpa": ("kilopascal",),
    "ksi": ("kilopound per square inch",),
    "rpm": ("revolutions per minute",),
    "tb": ("terabyte",),
    "gb": ("gigabyte",),
    "mb": ("megabyte",),
    "mbps": ("megabit per second",),
    "gbps": ("gigabit per second",),
    "ghz": ("gigahertz",),
    "mhz": ("megahertz",),
    "khz": ("kilohertz",),
    "hz": ("hertz",),
    "ppm": ("parts-per-million", "part per million"),
    "ppb": ("parts-per-billion", "part per billion"),
    "acres": ("acre",),
    "ha": ("hectare",),
    "ppg": ("point per game",),
    "rpg": ("rebound per game",),
    "apg": ("assist per game",),
    "war": ("win above replacement",),
    "fold": ("times", "count"),
    "years old": ("year of age", "year-old"),
    "months old": ("month of age",),
}

_FUNCTION_WORDS = frozenset({"of", "per", "a", "the", "an", "and"})


def _singular(word: str) -> str:
    if word in ("people", "percent", "cents"):
        return {"cents": "cent"}.get(word, word)
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("xes", "x"), ("ches", "ch"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


def _tokens(unit: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9%$°²μ/-]+", unit.lower())
    return frozenset(_singular(w) for w in words if w not in _FUNCTION_WORDS)


def units_match(predicted: str, gold: Iterable[str]) -> bool:
    """Whether a predicted unit names a gold unit (lemma equality or containment).

    >>> units_match("usd", ["$", "dollar"])
    True
    >>> units_match("passengers", ["people", "people"])
    False
    >>> units_match("", ["-", "-"])
    True
    """
    golds = [g for g in gold if g and g != "-"]
    if not predicted:
        return not golds
    if not golds:
        return False
    names = (predicted, *UNIT_NAMES.get(predicted, ()))
    for name in names:
        ptoks = _tokens(name)
        if not ptoks:
            continue
        for g in golds:
            gtoks = _tokens(g)
            if gtoks and (ptoks <= gtoks or gtoks <= ptoks):
                return True
    return False


def _gold_value(raw: str) -> float | tuple[float, float]:
    text = raw.strip()
    m = re.fullmatch(r"(-?[\d.]+(?:[eE][-+]?\d+)?)\s*-\s*(-?[\d.]+(?:[eE][-+]?\d+)?)", text)
    if m is not None and "E" not in text:
        return float(m.group(1)), float(m.group(2))
    return float(text)


def _pred_value(q: Quantity) -> float | tuple[float, float] | None:
    if q.kind == "score":  # the corpus writes a score as a "range" in the order written
        first, _, second = q.norm.partition("-")
        return float(first), float(second)
    if q.value is not None:
        return q.value
    if q.low is not None and q.high is not None:
        return q.low, q.high
    return None


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def values_match(gold: float | tuple[float, float], pred: float | tuple[float, float]) -> bool:
    """CQE's value test: numbers within 1e-5, ranges end by end.

    >>> values_match((12.0, 120.0), (12.0, 120.0)), values_match(40.0, (36.0, 44.0))
    (True, False)
    """
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        return _close(gold[0], pred[0]) and _close(gold[1], pred[1])
    if isinstance(gold, tuple) or isinstance(pred, tuple):
        return False
    return _close(gold, pred)


def load(root: Path, split: str = "test", *, dataset: str = "newsquant") -> list[dict[str, Any]]:
    """Sentences of one split (``"test"``, ``"dev"`` or ``"all"``) of NewsQuant, or one of
    the four Recognizers-Text sets (``dataset`` from :data:`DATASETS`; always whole).

    Those sets give only ``value`` and ``normalized_unit``: ``unit`` is filled with
    ``"-"`` (no surface unit), so units match on the normalised name alone.
    """
    if split not in ("test", "dev", "all"):
        msg = f"The 'split' parameter must be 'test', 'dev' or 'all'. Got {split!r} instead."
        raise ValueError(msg)
    if dataset not in DATASETS:
        msg = f"The 'dataset' parameter must be one of {sorted(DATASETS)}. Got {dataset!r} instead."
        raise ValueError(msg)
    path = root / DATASETS[dataset]  # an absolute path (newsy) ignores root
    records = json.loads(path.read_text(encoding="utf-8"))
    if dataset == "newsy":
        return list(records)
    if dataset != "newsquant":
        for record in records:
            for q in record["quantities"]:
                q.setdefault("unit", "-")
        return list(records)
    if split == "all":
        return list(records)
    want_test = split == "test"
    return [r for i, r in enumerate(records) if (i % 3 == 0) == want_test]


_SMALL_VAGUE_RE = re.compile(r"(?:several|a few|a couple|a handful)\b", re.IGNORECASE)
_A_UNIT_RE = re.compile(r"(?:.*\s)?(?:an?|half an?)\s+[a-z]+$", re.IGNORECASE)
_PERCENT_SIGN_RE = re.compile(r"%|\bper\s?cent\b|\bpercent|\bpct\b", re.IGNORECASE)


def _unannotated(q: Quantity) -> bool:
    """A kind of quantity the corpus never annotates on dev (normalised scope only)."""
    if q.value is None:
        return _SMALL_VAGUE_RE.match(q.text) is not None
    return q.value == 1 and _A_UNIT_RE.fullmatch(q.text) is not None and q.kind != "count"


def predictions(text: str, *, normalised: bool = False) -> list[Quantity]:
    """Our quantities in NewsQuant's scope (no dates, clock times, years or ordinals).

    >>> [q.text for q in predictions("Several homes burned in 2019 for more than a decade.")]
    ['Several homes', 'more than a decade']
    >>> predictions("Several homes burned for more than a decade.", normalised=True)
    []
    """
    found = [q for q in extract_quantities(text) if q.kind not in OUT_OF_SCOPE]
    if normalised:
        found = [q for q in found if not _unannotated(q)]
    return found


def _fraction_value(q: Quantity) -> float | None:
    """The fraction a percent prediction written as a fraction word stands for."""
    if q.kind != "percent" or q.value is None or _PERCENT_SIGN_RE.search(q.text):
        return None
    return q.value / 100


def _pair_matches(
    g: dict[str, Any],
    gv: float | tuple[float, float],
    preds: list[Quantity],
    text: str,
    *,
    used: set[int],
    with_unit: bool,
) -> tuple[int, int] | None:
    """Two point predictions that state the ends of a gold range as a change."""
    if not isinstance(gv, tuple):
        return None
    units = (g["unit"], g["normalized_unit"])
    for i, p in enumerate(preds):
        for j in range(i + 1, len(preds)):
            q = preds[j]
            if i in used or j in used or p.value is None or q.value is None:
                continue
            ends = (_close(p.value, gv[0]) and _close(q.value, gv[1])) or (
                _close(p.value, gv[1]) and _close(q.value, gv[0])
            )
            if not ends:
                continue
            if not re.search(r"\b(?:to|from)\b", text[p.end : q.start]):
                continue
            if with_unit and not (units_match(p.unit, units) and units_match(q.unit, units)):
                continue
            return i, j
    return None


def _match(
    golds: list[dict[str, Any]],
    preds: list[Quantity],
    *,
    with_unit: bool,
    text: str = "",
    normalised: bool = False,
) -> tuple[list[tuple[int, int]], int]:
    """One-to-one (gold, prediction) pairs, and how many predictions were paired twice."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(golds):
        gv = _gold_value(g["value"])
        for pi, p in enumerate(preds):
            pv = _pred_value(p)
            if pi in used or pv is None:
                continue
            fraction = _fraction_value(p) if normalised else None
            if not values_match(gv, pv) and (fraction is None or not values_match(gv, fraction)):
                continue
            if with_unit and not units_match(p.unit, (g["unit"], g["normalized_unit"])):
                continue
            pairs.append((gi, pi))
            used.add(pi)
            break
    merged = 0
    if normalised:
        matched = {gi for gi, _ in pairs}
        for gi, g in enumerate(golds):
            if gi in matched:
                continue
            found = _pair_matches(
                g, _gold_value(g["value"]), preds, text, used=used, with_unit=with_unit
            )
            if found is not None:
                pairs.extend([(gi, found[0]), (gi, found[1])])
                used.update(found)
                merged += 1
        merged -= _split_alternatives(golds, preds, pairs, used, with_unit=with_unit)
    return pairs, merged


def _split_alternatives(
    golds: list[dict[str, Any]],
    preds: list[Quantity],
    pairs: list[tuple[int, int]],
    used: set[int],
    *,
    with_unit: bool,
) -> int:
    """Match a range "X or Y" to two gold values X and Y; returns how many were split."""
    split = 0
    for pi, p in enumerate(preds):
        if pi in used or p.value is not None or p.low is None or p.high is None:
            continue
        if not re.search(r"\sor\s", p.text):
            continue
        matched = {gi for gi, _ in pairs}
        ends: list[int] = []
        for end in (p.low, p.high):
            for gi, g in enumerate(golds):
                gv = _gold_value(g["value"])
                if gi in matched or gi in ends or isinstance(gv, tuple) or not _close(gv, end):
                    continue
                if with_unit and not units_match(p.unit, (g["unit"], g["normalized_unit"])):
                    continue
                ends.append(gi)
                break
        if len(ends) == 2:
            pairs.extend((gi, pi) for gi in ends)
            used.add(pi)
            split += 1
    return split


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate_newsquant(
    root: Path = DEFAULT_ROOT,
    *,
    split: str = "test",
    errors: list[str] | None = None,
    normalised: bool = False,
    dataset: str = "newsquant",
) -> dict[str, float]:
    """Value and value+unit precision, recall and F1 on one NewsQuant split.

    Parameters
    ----------
    root : Path
        The ``newsquant`` corpus directory.
    split : {"test", "dev", "all"}
        Which sentences to score (see the module docstring).
    errors : list of str, optional
        If given, a line per miss and extra prediction is appended to it.
    normalised : bool
        Forgive the convention differences listed in the module docstring
        (fractions, changes "from X to Y", unannotated vague words). The
        default, strict scoring is the figure to report.
    dataset : str
        ``"newsquant"``, or a Recognizers-Text set (``"age"``, ``"currency"``,
        ``"dimension"``, ``"temperature"``), scored whole whatever ``split``.

    Returns
    -------
    dict
        ``value_p``, ``value_r``, ``value_f1``, ``value_unit_p``,
        ``value_unit_r``, ``value_unit_f1``, ``n_gold``, ``n_pred``,
        ``n_sentences``.
    """
    n_gold = n_pred = tp_value = tp_unit = 0
    records = load(root, split, dataset=dataset)
    for record in records:
        golds = record["quantities"]
        text = record["text"]
        preds = predictions(text, normalised=normalised)
        vpairs, vmerged = _match(golds, preds, with_unit=False, text=text, normalised=normalised)
        upairs, _ = _match(golds, preds, with_unit=True, text=text, normalised=normalised)
        n_gold += len(golds)
        n_pred += len(preds) - vmerged
        tp_value += max(len({g for g, _ in vpairs}), len({g for g, _ in upairs}))
        tp_unit += len({g for g, _ in upairs})
        if errors is not None:
            _record_errors(record, preds, vpairs, upairs, errors)
    vp, vr, vf = _prf(tp_value, n_pred, n_gold)
    up, ur, uf = _prf(tp_unit, n_pred, n_gold)
    return {
        "value_p": vp,
        "value_r": vr,
        "value_f1": vf,
        "value_unit_p": up,
        "value_unit_r": ur,
        "value_unit_f1": uf,
        "n_gold": float(n_gold),
        "n_pred": float(n_pred),
        "n_sentences": float(len(records)),
    }


def _record_errors(
    record: dict[str, Any],
    preds: list[Quantity],
    vpairs: list[tuple[int, int]],
    upairs: list[tuple[int, int]],
    out: list[str],
) -> None:
    golds = record["quantities"]
    vg = {g for g, _ in vpairs}
    vp = {p for _, p in vpairs}
    ug = {g for g, _ in upairs}
    lines = []
    for gi, g in enumerate(golds):
        if gi not in vg:
            lines.append(f"  MISS  {g['value']} | {g['unit']} | {g['normalized_unit']}")
        elif gi not in ug:
            lines.append(f"  UNIT  {g['value']} | {g['unit']} | {g['normalized_unit']}")
    for pi, p in enumerate(preds):
        if pi not in vp:
            lines.append(f"  EXTRA [{p.text}] {p.kind} {_pred_value(p)} unit={p.unit!r}")
    if lines:
        out.append(record["text"])
        out.extend(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the figures for one split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--split", choices=("test", "dev", "all"), default="test")
    parser.add_argument(
        "--set",
        dest="dataset",
        choices=sorted(DATASETS),
        default="newsquant",
        help="NewsQuant, a Recognizers-Text set, or newsy (development data; scored whole)",
    )
    parser.add_argument("--errors", action="store_true", help="print misses and extras")
    parser.add_argument(
        "--normalised", action="store_true", help="score (and list errors) with normalisation"
    )
    args = parser.parse_args(argv)
    if args.dataset != "newsy" and not (args.root / GOLD).exists():
        print(f"{args.root / GOLD} is missing", file=sys.stderr)
        return 1
    errors: list[str] | None = [] if args.errors else None
    figures = evaluate_newsquant(
        args.root,
        split=args.split,
        errors=errors,
        normalised=args.normalised,
        dataset=args.dataset,
    )
    if errors:
        print("\n".join(errors))
    if args.normalised:
        blocks = [("normalised", figures)]
    else:  # strict first (the figure to report), then normalised for comparison
        normalised = evaluate_newsquant(
            args.root, split=args.split, normalised=True, dataset=args.dataset
        )
        blocks = [("strict", figures), ("normalised", normalised)]
    for label, block in blocks:
        scope = args.split if args.dataset == "newsquant" else "whole"
        print(f"{args.dataset} ({scope}, {label})")
        for key, value in block.items():
            print(
                f"  {key:14s} {value:.4f}"
                if not key.startswith("n_")
                else f"  {key:14s} {value:.0f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
