"""Quantity extraction quality on NewsQuant (CQE, EMNLP 2023).

Usage::

    python benchmarks/eval_newsquant.py                 # test split (the figure to report)
    python benchmarks/eval_newsquant.py --split dev     # the part rules were tuned on
    python benchmarks/eval_newsquant.py --split dev --errors   # print misses and extras

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

The corpus has no train/test split; sentences whose index is a multiple of 3
form ``test`` (196 sentences), the rest ``dev``. Rules were developed on dev.
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

_FUNCTION_WORDS = frozenset({"of", "per", "a", "the", "an"})


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


def load(root: Path, split: str = "test") -> list[dict[str, Any]]:
    """NewsQuant sentences of one split (``"test"``, ``"dev"`` or ``"all"``)."""
    if split not in ("test", "dev", "all"):
        msg = f"The 'split' parameter must be 'test', 'dev' or 'all'. Got {split!r} instead."
        raise ValueError(msg)
    records = json.loads((root / GOLD).read_text(encoding="utf-8"))
    if split == "all":
        return list(records)
    want_test = split == "test"
    return [r for i, r in enumerate(records) if (i % 3 == 0) == want_test]


def predictions(text: str) -> list[Quantity]:
    """Our quantities in NewsQuant's scope (no dates, clock times, years or ordinals)."""
    return [q for q in extract_quantities(text) if q.kind not in OUT_OF_SCOPE]


def _match(
    golds: list[dict[str, Any]], preds: list[Quantity], *, with_unit: bool
) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(golds):
        gv = _gold_value(g["value"])
        for pi, p in enumerate(preds):
            pv = _pred_value(p)
            if pi in used or pv is None or not values_match(gv, pv):
                continue
            if with_unit and not units_match(p.unit, (g["unit"], g["normalized_unit"])):
                continue
            pairs.append((gi, pi))
            used.add(pi)
            break
    return pairs


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate_newsquant(
    root: Path = DEFAULT_ROOT, *, split: str = "test", errors: list[str] | None = None
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

    Returns
    -------
    dict
        ``value_p``, ``value_r``, ``value_f1``, ``value_unit_p``,
        ``value_unit_r``, ``value_unit_f1``, ``n_gold``, ``n_pred``,
        ``n_sentences``.
    """
    n_gold = n_pred = tp_value = tp_unit = 0
    records = load(root, split)
    for record in records:
        golds = record["quantities"]
        preds = predictions(record["text"])
        n_gold += len(golds)
        n_pred += len(preds)
        vpairs = _match(golds, preds, with_unit=False)
        upairs = _match(golds, preds, with_unit=True)
        tp_value += max(len(vpairs), len(upairs))
        tp_unit += len(upairs)
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
    parser.add_argument("--errors", action="store_true", help="print misses and extras")
    args = parser.parse_args(argv)
    if not (args.root / GOLD).exists():
        print(f"{args.root / GOLD} is missing", file=sys.stderr)
        return 1
    errors: list[str] | None = [] if args.errors else None
    figures = evaluate_newsquant(args.root, split=args.split, errors=errors)
    if errors:
        print("\n".join(errors))
    print(f"NewsQuant ({args.split})")
    for key, value in figures.items():
        print(
            f"  {key:14s} {value:.4f}" if not key.startswith("n_") else f"  {key:14s} {value:.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
