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

In the corpus's conventions
---------------------------
storydiff's quantities and NewsQuant's annotations differ by convention in a
few documented ways (fractions, "from X to Y", "X or Y", quantities the corpus
never annotates). Every run prints two blocks: our quantities as storydiff
states them, then the same quantities written in the corpus's conventions by
:func:`in_corpus_conventions`, a deterministic rewriting of each sentence's
predictions that never looks at the gold (each rule cites the dev examples it
comes from in ``corpora/quantities/CONVENTIONS.md``). CQE's published figures
are in the corpus's conventions, since it was built to them; the second block
is the comparable one, and the first shows what the conventions are worth.
``--conventions`` scores (and lists errors) in the corpus's conventions only.

The corpus has no train/test split; sentences whose index is a multiple of 3
form ``test`` (196 sentences), the rest ``dev``. Rules were developed on dev,
and on the four short sets CQE converted from Microsoft Recognizers-Text's specs
(``--set age|currency|dimension|temperature``: 328 sentences, value and
normalised unit only, scored whole; CQE reports value / value+unit F1 93.3 /
93.3, 84.2 / 79.6, 86.5 / 79.2 and 95.7 / 92.8 on them), and on ``--set newsy``:
300 sentences of invented wire news with 432 quantities, written and annotated
for this project in NewsQuant's format, by the conventions read off the dev
split only (``corpora/quantities/CONVENTIONS.md`` cites the dev examples for
each), so that rules can be checked on news text nobody tuned them on; and on
``--set real``: 220 sentences of real news (160 AllSides, 60 BASIL, chosen at
random among those with a figure) with 262 quantities, annotated by the same
conventions by someone who did not run the extractor
(``corpora/quantities/REAL_NEWS.md``). Its gold holds the documents' ids and
the sentences' offsets only; the text is read from ``../shared/corpora``.
``--set bbc`` and ``--set bbc-held`` are the two halves of 240 sentences of BBC
business, sport, tech and entertainment news (NewsQuant's domains) with 309
quantities, annotated the same way by someone who neither ran nor read the
extractor (``corpora/quantities/BBC_NEWS.md``): rules may be developed on
``bbc`` (120 sentences, 124 quantities); ``bbc-held`` (120 sentences, 185
quantities) only measures.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
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
    # sentences of real news (AllSides, BASIL) annotated for this project by the same
    # conventions; the gold holds offsets only, the text is read from ../shared/corpora
    "real": ROOT / "corpora" / "quantities" / "real_news.json",
    # BBC business, sport, tech and entertainment sentences, annotated the same way
    # (corpora/quantities/BBC_NEWS.md): "bbc" is the part rules may be developed on,
    # "bbc-held" the part that only measures
    "bbc": ROOT / "corpora" / "quantities" / "bbc_news.json",
    "bbc-held": ROOT / "corpora" / "quantities" / "bbc_news.json",
}
# where the offsets of ``real`` and ``bbc`` point: each corpus's docs, by "id" and "text"
REAL_SOURCES = {
    "allsides": SHARED / "allsides_clusters" / "docs.jsonl",
    "basil": SHARED / "basil" / "docs.jsonl",
    "bbc": SHARED / "bbc" / "bbc_docs.jsonl",
}
OWN_SETS = frozenset(("newsy", "real", "bbc", "bbc-held"))
BBC_PARTS = {"bbc": "dev", "bbc-held": "held"}

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
    path = root / DATASETS[dataset]  # an absolute path (newsy, real) ignores root
    records = json.loads(path.read_text(encoding="utf-8"))
    if dataset == "newsy":
        return list(records)
    if dataset == "real":
        return _with_real_text(records)
    if dataset in BBC_PARTS:
        return _with_real_text([r for r in records if r["part"] == BBC_PARTS[dataset]])
    if dataset != "newsquant":
        for record in records:
            for q in record["quantities"]:
                q.setdefault("unit", "-")
        return list(records)
    if split == "all":
        return list(records)
    want_test = split == "test"
    return [r for i, r in enumerate(records) if (i % 3 == 0) == want_test]


def _with_real_text(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``real`` or ``bbc`` records with their sentences, read by offsets from the corpora."""
    wanted = {(r["corpus"], r["doc"]) for r in records}
    texts: dict[tuple[str, str], str] = {}
    for corpus, source in REAL_SOURCES.items():
        if not any(c == corpus for c, _ in wanted):
            continue
        with source.open(encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                if (corpus, doc["id"]) in wanted:
                    texts[(corpus, doc["id"])] = doc["text"]
    out = []
    for r in records:
        text = texts[(r["corpus"], r["doc"])]
        out.append({**r, "text": text[r["start"] : r["end"]]})
    return out


_SMALL_VAGUE_RE = re.compile(r"(?:several|a few|a couple|a handful)\b", re.IGNORECASE)
_A_UNIT_RE = re.compile(r"(?:.*\s)?(?:an?|half an?)\s+[a-z]+$", re.IGNORECASE)
_FRACTION_RE = re.compile(
    r"\b(?:half|halves|thirds?|quarters?|(?:four|fif|six|seven|eigh|nin|ten)ths?)\b|\d/\d",
    re.IGNORECASE,
)
# a per cent or a point is written as such: "a quarter of a percentage point" is 0.25 points
_PERCENT_WORD_RE = re.compile(r"%|\bper\s?cent|\bpercent|\bpct\b|\bpc\b|\bpoints?\b", re.I)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_TO_BETWEEN_RE = re.compile(r"\bto\b", re.IGNORECASE)
# another clause or sentence between the two figures: not one change
_NOT_BETWEEN_RE = re.compile(r"\bfrom\b|[,;:!?]|\.\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class Prediction:
    """One quantity as scored: its value (a number or a ``(first, second)`` pair) and unit."""

    text: str
    kind: str
    value: float | tuple[float, float] | None
    unit: str


def _unannotated(q: Quantity, text: str) -> bool:
    """A quantity the corpus does not annotate (CONVENTIONS.md, sections 2, 3 and 5)."""
    if q.unit == "years old" and (
        # an appositive age ("Senard, 65,") or an age group ("men aged 18 to 34")
        (text[: q.start].rstrip().endswith(",") and text[q.end :].lstrip().startswith(","))
        or (q.value is None and re.search(r"\baged\s*$", text[: q.start], re.IGNORECASE))
    ):
        return True
    if q.kind == "score":  # a tie ("2-2 on aggregate", "at 89-89"), section 2
        first, _, second = q.norm.partition("-")
        return first == second
    if q.value is None:
        return _SMALL_VAGUE_RE.match(q.text) is not None
    return q.value == 1 and _A_UNIT_RE.fullmatch(q.text) is not None and q.kind != "count"


def _as_scored(q: Quantity) -> Prediction:
    return Prediction(q.text, q.kind, _pred_value(q), q.unit)


def _is_change(text: str, p: Quantity, q: Quantity) -> bool:
    """``p`` and ``q`` state a change "from p to q" (the second comes after "to")."""
    if p.value is None or q.value is None or p.kind != q.kind:
        return False
    between = text[p.end : q.start]
    return (
        _FROM_BEFORE_RE.search(text[: p.start]) is not None
        and _TO_BETWEEN_RE.search(between) is not None
        and _NOT_BETWEEN_RE.search(between) is None
    )


def in_corpus_conventions(found: list[Quantity], text: str) -> list[Prediction]:
    """Our quantities of one sentence written the way NewsQuant annotates them.

    A deterministic rewriting that never looks at the gold quantities; each
    rule is a convention read off the dev split (``corpora/quantities/
    CONVENTIONS.md`` cites the examples):

    * a fraction of a group is a decimal ("Half the condos" is 0.5), where
      storydiff states a per cent: a percent written with a fraction word and
      no per-cent or point word is divided by 100 ("a quarter of a percentage
      point" stays 0.25);
    * a change "from X to Y" is one range "X-Y" in the order written, where
      storydiff keeps two figures (the level it ends at must stay comparable);
      "to Y from X" stays two values, as in the corpus;
    * an alternative "X or Y" is two values, where storydiff states one range;
    * the small vague words ("several", "a few", "a couple", "a handful"), a
      hedged "a <unit>" ("more than a decade"), tied scores, appositive ages
      ("Senard, 65,") and age groups ("men aged 18 to 34") are not annotated,
      and are left out.

    >>> [p.value for p in in_corpus_conventions(extract_quantities(
    ...     "Growth slowed from 4.8 to 4.7 percent."), "Growth slowed from 4.8 to 4.7 percent.")]
    [(4.8, 4.7)]
    >>> [p.value for p in in_corpus_conventions(extract_quantities(
    ...     "Sales rose to $9 from $7."), "Sales rose to $9 from $7.")]
    [9.0, 7.0]
    """
    kept = [q for q in found if not _unannotated(q, text)]
    out: list[Prediction] = []
    k = 0
    while k < len(kept):
        q = kept[k]
        if k + 1 < len(kept) and _is_change(text, q, kept[k + 1]):
            after = kept[k + 1]
            value = (float(q.value or 0.0), float(after.value or 0.0))
            out.append(Prediction(text[q.start : after.end], q.kind, value, after.unit or q.unit))
            k += 2
            continue
        k += 1
        if (
            q.kind == "percent"
            and q.value is not None
            and _FRACTION_RE.search(q.text)
            and not _PERCENT_WORD_RE.search(q.text)
        ):
            out.append(Prediction(q.text, q.kind, q.value / 100, q.unit))
        elif q.value is None and q.low is not None and q.high is not None and " or " in q.text:
            out.extend(Prediction(q.text, q.kind, end, q.unit) for end in (q.low, q.high))
        else:
            out.append(_as_scored(q))
    return out


def predictions(text: str, *, conventions: bool = False) -> list[Prediction]:
    """Our quantities in NewsQuant's scope (no dates, clock times, years or ordinals).

    With ``conventions``, written in the corpus's conventions
    (:func:`in_corpus_conventions`).

    >>> [p.text for p in predictions("Several homes burned in 2019 for more than a decade.")]
    ['Several homes', 'more than a decade']
    >>> predictions("Several homes burned for more than a decade.", conventions=True)
    []
    """
    found = [q for q in extract_quantities(text) if q.kind not in OUT_OF_SCOPE]
    if conventions:
        return in_corpus_conventions(found, text)
    return [_as_scored(q) for q in found]


def _match(
    golds: list[dict[str, Any]], preds: list[Prediction], *, with_unit: bool
) -> list[tuple[int, int]]:
    """One-to-one (gold, prediction) pairs, greedily in gold order."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(golds):
        gv = _gold_value(g["value"])
        for pi, p in enumerate(preds):
            if pi in used or p.value is None or not values_match(gv, p.value):
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
    root: Path = DEFAULT_ROOT,
    *,
    split: str = "test",
    errors: list[str] | None = None,
    conventions: bool = False,
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
    conventions : bool
        Score our quantities written in the corpus's conventions
        (:func:`in_corpus_conventions`) instead of storydiff's own.
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
        preds = predictions(text, conventions=conventions)
        vpairs = _match(golds, preds, with_unit=False)
        upairs = _match(golds, preds, with_unit=True)
        n_gold += len(golds)
        n_pred += len(preds)
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
    preds: list[Prediction],
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
            lines.append(f"  EXTRA [{p.text}] {p.kind} {p.value} unit={p.unit!r}")
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
        help=(
            "NewsQuant, a Recognizers-Text set, newsy, real or bbc (development data; scored"
            " whole), or bbc-held (measures only)"
        ),
    )
    parser.add_argument("--errors", action="store_true", help="print misses and extras")
    parser.add_argument(
        "--conventions",
        action="store_true",
        help="score (and list errors) with our quantities in the corpus's conventions",
    )
    args = parser.parse_args(argv)
    if args.dataset not in OWN_SETS and not (args.root / GOLD).exists():
        print(f"{args.root / GOLD} is missing", file=sys.stderr)
        return 1
    errors: list[str] | None = [] if args.errors else None
    figures = evaluate_newsquant(
        args.root,
        split=args.split,
        errors=errors,
        conventions=args.conventions,
        dataset=args.dataset,
    )
    if errors:
        print("\n".join(errors))
    if args.conventions:
        blocks = [("corpus conventions", figures)]
    else:  # both: storydiff's own conventions, then the corpus's
        other = evaluate_newsquant(
            args.root, split=args.split, conventions=True, dataset=args.dataset
        )
        blocks = [("storydiff conventions", figures), ("corpus conventions", other)]
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
