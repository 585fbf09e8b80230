"""Why two articles are, or are not, in one story."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from storydiff.cluster import ClusterParams, cluster, title_tickers
from storydiff.errors import ConfigError
from storydiff.models import Article, Relation
from storydiff.vectors import TfidfSpace, article_document, build_tfidf
from storydiff.verify import relation_of, score_table

__all__ = ["Explanation", "explain", "shared_passages"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Explanation:
    """Scores of one pair, the relation they support and the grouping outcome."""

    a: str
    b: str
    jaccard: float
    containment: float
    cosine: float
    relation: Relation | None
    rule: str
    grouped: bool
    story_a: str
    story_b: str
    verdict: str
    shared_passages: tuple[str, ...] = ()
    params: dict[str, object] | None = None

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form (scores rounded to 4 places, params left out)."""
        return {
            "a": self.a,
            "b": self.b,
            "grouped": self.grouped,
            "relation": self.relation,
            "jaccard": round(self.jaccard, 4),
            "containment": round(self.containment, 4),
            "cosine": round(self.cosine, 4),
            "rule": self.rule,
            "verdict": self.verdict,
            "story_a": self.story_a,
            "story_b": self.story_b,
            "shared_passages": list(self.shared_passages),
        }


def shared_passages(a: str, b: str, *, min_words: int = 6, limit: int = 5) -> list[str]:
    """The longest word runs the two texts share, longest first.

    >>> shared_passages("the cat sat on the old mat today", "a cat sat on the old mat", min_words=4)
    ['cat sat on the old mat']
    """
    wa, wb = a.split(), b.split()
    norm_a = [w.lower().strip(".,;:!?\"'()") for w in wa]
    norm_b = [w.lower().strip(".,;:!?\"'()") for w in wb]
    matcher = SequenceMatcher(None, norm_a, norm_b, autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size >= min_words]
    blocks.sort(key=lambda m: -m.size)
    return [" ".join(wa[m.a : m.a + m.size]) for m in blocks[:limit]]


def _grouped_without_split(
    a: str, b: str, articles: Sequence[Article], params: ClusterParams
) -> bool:
    labels = cluster(articles, params=replace(params, split_cosine=0.0)).labels()
    return labels[a] == labels[b]


def explain(
    a: str,
    b: str,
    articles: Sequence[Article],
    *,
    params: ClusterParams | None = None,
) -> Explanation:
    """Explain the grouping of articles ``a`` and ``b`` among ``articles``.

    The whole set is clustered, because whether two articles share a story
    depends on the others (average link); the pair's own scores are exact.
    """
    params = params or ClusterParams()
    index = {art.id: k for k, art in enumerate(articles)}
    for name in (a, b):
        if name not in index:
            msg = f"No article with id {name!r} in the input ({len(articles)} articles read)."
            raise ConfigError(msg)
    ia, ib = index[a], index[b]
    art_a, art_b = articles[ia], articles[ib]
    fa, fb = params.fingerprinter.fingerprint([art_a, art_b])
    space = build_tfidf([article_document(x) for x in articles])
    pair_space = TfidfSpace(matrix=space.matrix[[ia, ib]], df=space.df, vocabulary=space.vocabulary)
    table = score_table([(0, 1)], [fa, fb], pair_space, [art_a.published, art_b.published])
    score = replace(table.row(0), i=ia, j=ib)
    cos = score.cosine
    relation, rule = relation_of(
        score, params.verify, smaller_shingles=int(table.smaller_shingles[0])
    )
    result = cluster(articles, params=params)
    labels = result.labels()
    grouped = labels[a] == labels[b]
    if grouped:
        verdict = "grouped: " + (
            rule if relation else "joined through other articles of the story (average link)"
        )
    elif (
        (ta := title_tickers(art_a.title))
        and (tb := title_tickers(art_b.title))
        and (ta.isdisjoint(tb))
    ):
        verdict = (
            "not grouped: their titles name different companies' stock tickers "
            f"({', '.join(sorted(ta))} / {', '.join(sorted(tb))}), "
            "and no story joins reports whose titles name only different tickers"
        )
    elif params.split_cosine > 0 and _grouped_without_split(a, b, articles, params):
        verdict = (
            "not grouped: average link put them in one story, but the story splits into two "
            f"halves whose centroids have a cosine below split_cosine {params.split_cosine}"
        )
    elif relation in ("duplicate", "copy"):
        verdict = "not grouped although the texts overlap: a time window keeps them apart"
    elif relation == "same_story":
        verdict = (
            f"not grouped: the pair passes the cosine floor, but the average cosine between "
            f"their groups stays below story_cosine {params.story_cosine}"
        )
    else:
        verdict = "not grouped: " + rule
    if art_a.published and art_b.published:
        gap = abs((art_a.published - art_b.published).total_seconds()) / 86400
        if params.time_window_days is not None and gap > params.time_window_days:
            verdict += f" (published {gap:.1f} days apart; window {params.time_window_days} days)"
    return Explanation(
        a=a,
        b=b,
        jaccard=score.jaccard,
        containment=score.containment,
        cosine=cos,
        relation=relation,
        rule=rule,
        grouped=grouped,
        story_a=labels[a],
        story_b=labels[b],
        verdict=verdict,
        shared_passages=tuple(shared_passages(art_a.text, art_b.text)),
        params=dict(result.params),
    )
