from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest
from sklearn.base import clone

import storydiff
from storydiff import Article, ClusterParams, ConfigError, NotFittedError, StoryClusterer, cluster
from tests.conftest import DEMO

WIRE = (
    "PORT ELLA (MP) - A passenger ferry ran aground on a sandbank off Port Ella before dawn on "
    "Sunday with around 40 passengers and 9 crew on board, the coastguard said. Lifeboats from "
    "Port Ella and Kessel Head reached the Corrie Belle within an hour and brought everyone ashore. "
    "Coastguard chief Ana Brel said nobody was seriously hurt. The operator, Valdora Ferries, said "
    "an inquiry into the grounding would begin on Monday and the vessel would be towed to port "
    "once the tide turned. Services between Port Ella and the islands were cancelled for the day."
)
BANK = (
    "The central bank of Valdora held its main interest rate at four percent on Thursday, "
    "saying inflation had eased for a third month but wages were still rising fast. Governor "
    "Ivo Marsh said the bank was in no hurry to cut. Economists had expected the decision. "
    "The currency was little changed after the announcement and bond yields edged lower."
)


def art(id_: str, text: str, **kw) -> Article:
    return Article(id=id_, text=text, **kw)


def test_identical_texts_are_duplicates_in_one_story():
    res = cluster([art("a", WIRE), art("b", WIRE.upper()), art("c", BANK)])
    story = res.story_of("a")
    assert story.article_ids == ("a", "b")
    assert story.links[0].relation == "duplicate"
    assert res.story_of("c").size == 1


def test_a_story_whose_representative_has_no_title_takes_another_versions():
    story = cluster([art("a", WIRE), art("b", WIRE, title="Ferry aground off Port Ella")]).story_of(
        "a"
    )
    assert story.representative_id == "a"
    assert story.title == "Ferry aground off Port Ella"
    assert cluster([art("a", WIRE), art("b", WIRE)]).story_of("a").title == ""


def test_an_untitled_representative_takes_the_title_a_report_lists_first():
    day = datetime(2026, 3, 1, tzinfo=timezone.utc)
    story = cluster(
        [
            art("a", WIRE, published=day),
            art("b", WIRE, title="Zulu", published=day + timedelta(hours=5)),
            art("c", WIRE, title="Yankee", published=day + timedelta(hours=2)),
        ]
    ).story_of("a")
    assert story.representative_id == "a"
    assert story.title == "Yankee"  # c comes before b: published earlier


def test_trimmed_wire_copy_is_a_copy_by_containment():
    trimmed = WIRE.rsplit(". ", 3)[0] + "."
    res = cluster(
        [art("wire", WIRE), art("trim", "New headline angle. " + trimmed), art("bank", BANK)]
    )
    (link,) = res.story_of("wire").links
    assert link.relation == "copy"
    assert link.containment >= 0.7
    assert res.story_of("wire").copy_groups == (("trim", "wire"),)


def test_independent_report_of_the_same_event_is_same_story():
    res = cluster([art("wire", WIRE), art("rewrite", REWRITE), art("bank", BANK)])
    story = res.story_of("wire")
    assert story.article_ids == ("rewrite", "wire")
    assert story.links[0].relation == "same_story"


def test_time_window_keeps_far_apart_reports_separate():
    t0 = datetime(2026, 3, 1, tzinfo=timezone.utc)
    near = [
        art("a", WIRE, published=t0),
        art("b", WIRE + " Update.", published=t0 + timedelta(days=1)),
    ]
    far = [
        art("a", WIRE, published=t0),
        art("b", WIRE + " Update.", published=t0 + timedelta(days=40)),
    ]
    assert cluster(near).story_of("a").size == 2
    assert cluster(far).story_of("a").size == 1
    assert cluster(far, params=ClusterParams(time_window_days=None)).story_of("a").size == 2


REWRITE = (
    "Everyone on board the Corrie Belle was brought ashore safely after the ferry grounded on "
    "a sandbank near Port Ella early on Sunday. Coastguard chief Ana Brel said 40 passengers "
    "and the crew were taken off by lifeboats from Kessel Head. Valdora Ferries cancelled its "
    "island services and promised an inquiry into the grounding of the ferry."
)
FOLLOW_UP = (
    "Salvage crews towed the Corrie Belle off the sandbank near Port Ella, and Valdora Ferries "
    "said its inquiry into the grounding had begun. Coastguard chief Ana Brel said the 40 "
    "passengers brought ashore by lifeboats were all home. Island services from Port Ella resume "
    "next week."
)


def test_time_window_bounds_a_story_span_not_only_each_gap():
    # each report is a day and a half after the one before: every gap is inside the
    # two-day window, but the first and the last are three days apart
    t0 = datetime(2026, 3, 1, tzinfo=timezone.utc)
    step = timedelta(hours=36)
    texts = [("day0", WIRE), ("day1", REWRITE), ("day3", FOLLOW_UP)]
    arts = [art(i, t, published=t0 + k * step) for k, (i, t) in enumerate(texts)]
    res = cluster(arts)
    assert res.story_of("day0").size == 2
    assert "day3" not in res.story_of("day0").article_ids
    undated = [art(i, t) for i, t in texts]
    assert cluster(undated).story_of("day0").size == 3  # the same texts, no dates: one story


@pytest.mark.parametrize(
    "rewrites",
    [("rewrite",), ("rewrite", "follow")],  # a group met first whole, then one grown by a merge
)
def test_a_republished_duplicate_does_not_shut_the_window_on_its_story(rewrites):
    # an exact duplicate ten days later is exempt from the window; rewrites the day after
    # the original still join the story the duplicates already span
    t0 = datetime(2026, 3, 1, tzinfo=timezone.utc)
    texts = {"rewrite": REWRITE, "follow": FOLLOW_UP}
    arts = [
        art("wire", WIRE, published=t0),
        art("again", WIRE, published=t0 + timedelta(days=10)),
        *(art(r, texts[r], published=t0 + timedelta(days=1)) for r in rewrites),
    ]
    story = cluster(arts).story_of("wire")
    assert story.article_ids == tuple(sorted(("wire", "again", *rewrites)))


def test_one_weak_link_does_not_chain_two_stories():
    # Two tight stories and one article that mixes both: average link keeps the stories apart.
    ferry = [WIRE, WIRE.replace("Sunday", "Saturday"), WIRE.replace("40", "forty")]
    bank = [BANK, BANK.replace("Thursday", "Wednesday"), BANK.replace("four", "4")]
    bridge = WIRE[:200] + " " + BANK[:200]
    arts = [art(f"f{i}", t) for i, t in enumerate(ferry)]
    arts += [art(f"b{i}", t) for i, t in enumerate(bank)]
    arts.append(art("mixed", bridge))
    res = cluster(arts)
    labels = res.labels()
    assert labels["f0"] != labels["b0"]


def test_every_article_is_in_exactly_one_story_and_order_is_stable():
    arts = [
        art("a", WIRE),
        art("b", WIRE),
        art("c", BANK),
        art("d", "Chess title won by a teenager in Bressan."),
    ]
    res = cluster(arts)
    ids = [aid for s in res.stories for aid in s.article_ids]
    assert sorted(ids) == ["a", "b", "c", "d"]
    assert [s.size for s in res.stories] == sorted((s.size for s in res.stories), reverse=True)
    assert cluster(list(reversed(arts))).labels() == res.labels()


def test_duplicate_article_ids_are_rejected():
    with pytest.raises(ConfigError, match="Duplicate article id 'a'"):
        cluster([art("a", WIRE), art("a", BANK)])


def test_bad_threshold_is_rejected_with_the_standard_message():
    with pytest.raises(
        ConfigError, match=r"'story_cosine' parameter of ClusterParams must be a float in \[0, 1\]"
    ):
        ClusterParams(story_cosine=1.5)


def test_estimator_follows_sklearn_conventions():
    est = StoryClusterer(story_cosine=0.3)
    assert clone(est).get_params()["story_cosine"] == 0.3
    with pytest.raises(NotFittedError):
        _ = est.n_stories_
    labels = est.fit_predict([art("a", WIRE), art("b", WIRE), art("c", BANK)])
    assert labels.tolist() == [0, 0, -1]
    assert isinstance(labels, np.ndarray)
    assert est.n_stories_ == 2


def test_result_records_params_and_stats():
    res = cluster([art("a", WIRE), art("b", BANK)])
    assert res.params["story_cosine"] == ClusterParams().story_cosine
    assert res.stats["articles"] == 2


_TOPIC = "pirates navy warship gulf aden merchant vessel attack foiled somali coast patrol"
_MORE_TOPIC = "sea ransom crew hijack tanker cargo shipping lane maritime piracy"
_EVENT_A = "sukanya november thursday five ships arms indian frigate tabar dhow sank fishermen"
_EVENT_B = "mumbai saturday 23 captured yemeni speedboats russian destroyer neustrashimy boarded"


def _event_docs(prefix: str, specific: str, n: int, *, short: bool = False) -> list[Article]:
    """``n`` texts on one topic with an event's ``specific`` words: 36 distinct terms
    each, or 19 if ``short`` (fewer words, as in a lead sentence)."""
    topic, words = (
        (_TOPIC, specific.split()[:6]) if short else (f"{_TOPIC} {_MORE_TOPIC}", specific.split())
    )
    docs = []
    for k in range(n):
        words = words[1:] + words[:1]
        docs.append(
            art(f"{prefix}{k}", f"{topic} {' '.join(words)} filler{prefix}{k} extra{prefix}{k}")
        )
    return docs


def test_two_events_on_one_topic_are_split_by_the_refinement():
    a, b = _event_docs("a", _EVENT_A, 4), _event_docs("b", _EVENT_B, 4)
    merged = cluster(a + b, params=ClusterParams(split_cosine=0.0))
    assert merged.story_of("a0").size == 8
    split = cluster(a + b)
    assert split.story_of("a0").article_ids == ("a0", "a1", "a2", "a3")
    assert split.story_of("b0").article_ids == ("b0", "b1", "b2", "b3")


def test_a_story_of_texts_a_sentence_long_is_not_cut_by_the_refinement():
    # halves' centroids of so few words are too sparse to tell two events from
    # one event told in few words (ECB+'s leads, UCI's headlines)
    a, b = _event_docs("a", _EVENT_A, 4, short=True), _event_docs("b", _EVENT_B, 4, short=True)
    assert cluster(a + b).story_of("a0").size == 8


def test_explain_names_the_refinement_when_it_splits_a_pair():
    from storydiff import explain

    a, b = _event_docs("a", _EVENT_A, 4), _event_docs("b", _EVENT_B, 4)
    ex = explain("a0", "b0", a + b)
    assert not ex.grouped
    assert "split_cosine" in ex.verdict


_DIVIDEND = "Qtly div six cts vs six cts prior\n\nPay April 15\n\nRecord March 31"
_EARNINGS = (
    "Shr profit 32 cts vs loss 66 cts\n\nNet profit 2,454,000 vs loss 3,558,000\n\n"
    "Revs 41.2 mln vs 38.9 mln\n\nAvg shrs 7,600,000 vs 7,550,000"
)


def test_one_wire_template_filled_in_for_two_companies_is_two_stories():
    result = cluster(
        [
            art("fqa", _DIVIDEND, title="FUQUA INDUSTRIES INC <FQA> SETS QUARTERLY"),
            art("spi", _DIVIDEND, title="SANDUSKY PLASTICS INC <SPI> SETS QUARTERLY"),
            art("spi2", _DIVIDEND, title="SANDUSKY PLASTICS <SPI.O> QUARTERLY DIVIDEND"),
            art("kt", _EARNINGS, title="KATY INDUSTRIES INC <KT> 4TH QTR NET"),
            art("src", _EARNINGS.replace("32", "5"), title="SERVICE RESOURCES <SRC> 4TH QTR"),
        ]
    )
    assert result.story_of("fqa").article_ids == ("fqa",)
    assert result.story_of("spi").article_ids == ("spi", "spi2")  # one listing, two suffixes
    assert result.story_of("kt").article_ids == ("kt",)
    # without tickers in the titles the same texts are one story
    bare = cluster([art("a", _DIVIDEND), art("b", _DIVIDEND)])
    assert bare.story_of("a").article_ids == ("a", "b")


def test_a_report_naming_both_companies_joins_each_companys_reports():
    deal = WIRE.replace("Valdora Ferries", "Corvane Lines")
    result = cluster(
        [
            art("c", deal, title="CORVANE <CRV> IN DEAL TO BUY VALDORA FERRIES"),
            art("both", deal, title="CORVANE <CRV> TO BUY VALDORA <VFR>"),
            art("v", deal, title="VALDORA <VFR> STUDIES CORVANE OFFER"),
        ]
    )
    assert result.story_of("c").article_ids == ("both", "c", "v")


def test_explain_names_the_tickers_that_keep_two_reports_apart():
    from storydiff import explain

    arts = [
        art("fqa", _DIVIDEND, title="FUQUA INDUSTRIES INC <FQA> SETS QUARTERLY"),
        art("spi", _DIVIDEND, title="SANDUSKY PLASTICS INC <SPI> SETS QUARTERLY"),
    ]
    ex = explain("fqa", "spi", arts)
    assert not ex.grouped
    assert "FQA / SPI" in ex.verdict


def test_tfidf_rows_under_collection_counts_equal_a_fit_on_the_whole_collection():
    from storydiff.vectors import article_document, build_tfidf

    arts = storydiff.read([DEMO]).articles
    docs = [article_document(a) for a in arts]
    whole = build_tfidf(docs)
    counts = {term: int(whole.df[j]) for term, j in whole.vocabulary.items()}
    part = build_tfidf(docs[5:12], document_frequencies=counts, n_documents=len(docs))
    inverse = {j: term for term, j in part.vocabulary.items()}
    for row in range(7):
        got = part.matrix[row]
        want = whole.matrix[row + 5]
        mine = {inverse[j]: v for j, v in zip(got.indices, got.data, strict=True)}
        theirs = {t: want[0, whole.vocabulary[t]] for t in mine}
        assert max(abs(mine[t] - theirs[t]) for t in mine) < 1e-5
        assert abs(got.multiply(got).sum() - 1.0) < 1e-5


def test_group_sums_read_only_the_members_rows_and_equal_a_product_with_the_matrix():
    import tracemalloc

    import scipy.sparse as sp

    from storydiff.cluster import _group_sums

    rng = np.random.default_rng(3)
    matrix = sp.random(4000, 3000, density=0.05, format="csr", dtype=np.float32, random_state=rng)
    groups = [[0, 7], [11, 5, 3999]]
    tracemalloc.start()
    try:
        sums = _group_sums(matrix, groups)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    indicator = sp.csr_matrix(([1.0] * 5, ([0, 0, 1, 1, 1], [0, 7, 11, 5, 3999])), shape=(2, 4000))
    expected = (indicator @ matrix).toarray()
    assert sums.dtype == np.float64
    assert np.array_equal(sums.toarray(), expected)
    # five rows of about 150 terms, not a float64 / int64 copy of the whole matrix
    assert peak < (matrix.data.nbytes + matrix.indices.nbytes) / 10


def test_group_sums_summed_a_slice_at_a_time_equal_one_product(monkeypatch):
    import scipy.sparse as sp

    from storydiff.cluster import _GroupSums

    module = sys.modules["storydiff.cluster"]  # storydiff.cluster is also the function
    rng = np.random.default_rng(5)
    matrix = sp.random(60, 40, density=0.2, format="csr", dtype=np.float32, random_state=rng)
    groups = [[0, 1], [2], [3, 4, 5], [6], [7, 8], [9, 10, 11, 12]]
    whole = _GroupSums(matrix, groups)
    monkeypatch.setattr(module, "_SUM_ENTRIES", 20)
    sliced = _GroupSums(matrix, groups)
    assert np.array_equal(sliced.summed.toarray(), whole.summed.toarray())
    assert np.array_equal(sliced.rows(range(6)).toarray(), whole.rows(range(6)).toarray())


def test_restricted_group_sums_copy_a_mapped_matrixs_rows_into_memory(tmp_path):
    import scipy.sparse as sp

    from storydiff._arrays import mapped_file
    from storydiff.cluster import _GroupSums

    rng = np.random.default_rng(6)
    dense = sp.random(30, 20, density=0.3, format="csr", dtype=np.float32, random_state=rng)
    data = np.memmap(tmp_path / "d.f32", dtype=np.float32, mode="w+", shape=dense.data.shape)
    data[:] = dense.data
    mapped = sp.csr_matrix((data, dense.indices, dense.indptr), shape=dense.shape)
    groups = [[0, 1], [2], [3], [4, 5, 6], [7]]
    sums = _GroupSums(mapped, groups)
    gids = np.array([1, 3, 4])
    local = sums.restricted(gids)
    assert mapped_file(sums.matrix.data) is not None
    assert mapped_file(local.matrix.data) is None
    assert local.matrix.shape[0] == 2  # the single articles of groups 1 and 4
    assert np.array_equal(local.rows(gids).toarray(), sums.rows(gids).toarray())
    for g in gids.tolist():
        assert [a.tolist() for a in local.row(g)] == [a.tolist() for a in sums.row(g)]


def test_group_sums_of_a_mapped_matrix_pickle_as_its_file_names(tmp_path):
    import pickle

    import scipy.sparse as sp

    from storydiff._arrays import mapped_file
    from storydiff.cluster import _GroupSums

    rng = np.random.default_rng(8)
    dense = sp.random(400, 300, density=0.3, format="csr", dtype=np.float32, random_state=rng)
    data = np.memmap(tmp_path / "d.f32", dtype=np.float32, mode="w+", shape=dense.data.shape)
    indices = np.memmap(tmp_path / "i.i32", dtype=np.int32, mode="w+", shape=dense.indices.shape)
    data[:], indices[:] = dense.data, dense.indices
    data.flush()
    indices.flush()
    mapped = sp.csr_matrix((data, indices, dense.indptr), shape=dense.shape)
    groups = [[0, 1], [2], [3, 4]]
    sums = _GroupSums(mapped, groups)
    wire = pickle.dumps(sums)
    assert len(wire) < data.nbytes  # the names, not the weights
    back = pickle.loads(wire)
    assert mapped_file(back.matrix.data) == str(tmp_path / "d.f32")
    assert np.array_equal(back.rows([0, 1, 2]).toarray(), sums.rows([0, 1, 2]).toarray())
    in_memory = pickle.loads(pickle.dumps(_GroupSums(dense, groups)))
    assert np.array_equal(in_memory.rows([0, 1, 2]).toarray(), sums.rows([0, 1, 2]).toarray())


def test_copy_groups_are_numbered_by_their_first_article_and_list_articles_in_order():
    from storydiff.cluster import _copy_groups

    groups, group_of = _copy_groups(7, np.array([5, 1, 6]), np.array([2, 4, 1]))
    assert groups == [[0], [1, 4, 6], [2, 5], [3]]
    assert group_of == [0, 1, 2, 3, 1, 2, 1]
    assert _copy_groups(0, np.zeros(0, np.int64), np.zeros(0, np.int64)) == ([], [])


def test_story_summaries_in_batches_match_one_story_at_a_time():
    """Oracle: each story's representative and cohesion computed on its own, densely."""
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    from storydiff.cluster import _Ranking, _story_summaries
    from storydiff.features import ArticleMeta

    rng = np.random.default_rng(7)
    n = 60
    matrix = normalize(sp.random(n, 40, density=0.2, random_state=rng, format="csr"))
    matrix.data = matrix.data.astype(np.float32)
    # rows k and k + 30 are equal, so they tie on centrality: the dated one (k < 30) must win
    # over the longer undated one, then among equals the first id
    start = datetime(2024, 5, 1, tzinfo=timezone.utc)
    metas = [
        ArticleMeta(
            id=f"a{k:02d}",
            length=1 if k < n // 2 else 2,
            published=start + timedelta(hours=k % 2) if k < n // 2 else None,
        )
        for k in range(n)
    ]
    matrix = sp.vstack([matrix[: n // 2], matrix[: n // 2]], format="csr")
    half = rng.permutation(n // 2).tolist()
    order = [m for k in half for m in (k + n // 2, k)]  # each row beside its twin
    stories = [order[:1], order[1:9], order[9:10], order[10:31], order[31:33], order[33:]]
    got = _story_summaries(_Ranking.of(metas), stories, matrix, batch_rows=10)
    dense = matrix.toarray().astype(np.float64)
    for members, (sorted_members, rep, cohesion) in zip(stories, got, strict=True):
        assert sorted_members == sorted(members, key=lambda m: metas[m].id)
        if len(members) == 1:
            assert (rep, cohesion) == (members[0], 1.0)
            continue
        total = dense[members].sum(axis=0)
        central = dense[members] @ total

        def rank(
            k: int, members: list[int] = members, central: np.ndarray = central
        ) -> tuple[float, float, int, str]:
            meta = metas[members[k]]
            stamp = meta.published.timestamp() if meta.published else float("inf")
            return (-round(central[k], 6), stamp, -meta.length, meta.id)

        best = min(range(len(members)), key=rank)
        assert rep == members[best]
        n_m = len(members)
        assert cohesion == pytest.approx((total @ total - n_m) / (n_m * (n_m - 1)))


def test_importing_storydiff_and_clustering_files_leave_scikit_learn_and_datasketch_unloaded():
    """scikit-learn takes about a second to import: only the estimator may load it.
    datasketch (with scipy.integrate, a quarter to three quarters of a second) is
    needed only to hand out its MinHash objects: clustering does not load it."""
    import subprocess

    code = (
        "import sys, storydiff\n"
        "assert 'datasketch' not in sys.modules, 'datasketch imported'\n"
        f"storydiff.cluster_paths([{str(DEMO)!r}])\n"
        "assert 'sklearn' not in sys.modules, 'scikit-learn imported'\n"
        "assert 'datasketch' not in sys.modules, 'datasketch imported by clustering'\n"
        "storydiff.StoryClusterer\n"
        "assert 'sklearn' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_balanced_batches_give_each_task_to_the_lightest_batch_largest_first():
    from storydiff.cluster import _balanced_batches
    from storydiff.engine import ProcessEngine

    batch = _balanced_batches(np.array([1, 9, 3, 3, 2, 8]), ProcessEngine(workers=1))
    # 4 batches: 9 and 8 alone, 3 and 3 after them, then 2 and 1 on the lightest
    assert batch.tolist() == [3, 0, 2, 3, 2, 1]
    assert _balanced_batches(np.array([5, 5]), ProcessEngine(workers=2)).tolist() == [0, 1]


def test_stories_refinement_may_cut_are_those_of_four_articles_and_two_copy_groups():
    from storydiff.cluster import _splittable

    group_of = np.array([0, 0, 0, 0, 1, 2, 3, 3])
    stories = [[0, 1, 2, 3], [0, 1, 2, 4], [4, 5, 6], [6, 7, 5, 0], [5], [6, 7, 0, 1, 2]]
    assert _splittable(stories, group_of) == [False, True, False, True, False, True]
    assert _splittable([], group_of) == []
