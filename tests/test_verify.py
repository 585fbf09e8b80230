from __future__ import annotations

import pytest

from storydiff.vectors import analyze, build_tfidf
from storydiff.verify import PairScore, VerifyParams, relation_of


def score(**kw) -> PairScore:
    base = {
        "i": 0,
        "j": 1,
        "jaccard": 0.0,
        "containment": 0.0,
        "cosine": 0.0,
        "identical": False,
        "gap_days": None,
    }
    return PairScore(**{**base, **kw})


@pytest.mark.parametrize(
    ("kw", "relation", "rule"),
    [
        ({"identical": True, "jaccard": 1.0}, "duplicate", "identical text"),
        ({"jaccard": 0.62, "cosine": 0.9}, "copy", "shingle Jaccard 0.62 >= copy_jaccard 0.5"),
        ({"jaccard": 0.2, "containment": 0.85, "cosine": 0.7}, "copy", "trimmed copy"),
        ({"jaccard": 0.05, "containment": 0.1, "cosine": 0.4}, "same_story", "TF-IDF cosine 0.40"),
        ({"jaccard": 0.01, "containment": 0.02, "cosine": 0.05}, None, "cosine 0.05 <"),
    ],
)
def test_relation_names_the_rule_that_decided(kw, relation, rule):
    got, why = relation_of(score(**kw), VerifyParams(story_cosine=0.15), smaller_shingles=100)
    assert got == relation
    assert rule in why


def test_containment_of_a_tiny_text_is_not_a_copy():
    got, _ = relation_of(score(containment=1.0, jaccard=0.1), VerifyParams(), smaller_shingles=5)
    assert got is None


def test_tfidf_rows_are_unit_length_and_ignore_stop_words():
    space = build_tfidf(["The storm hit Port Ella.", "A storm hit Lisk on Sunday."])
    assert space.cosine(0, 0) == pytest.approx(1.0, abs=1e-5)
    assert 0.0 < space.cosine(0, 1) < 1.0
    assert "the" not in analyze("The storm")


def test_tfidf_of_stop_words_only_gives_zero_vectors():
    space = build_tfidf(["the and of", "it is"])
    assert space.cosine(0, 1) == 0.0


def test_batched_shared_counts_match_exact_set_overlap():
    import itertools
    import random

    import numpy as np

    from storydiff.fingerprint import Fingerprinter, exact_overlap
    from storydiff.verify import score_pairs

    rng = random.Random(5)
    base = [f"w{rng.randrange(300)}" for _ in range(300)]
    texts = [" ".join(base[rng.randrange(50) : rng.randrange(150, 300)]) for _ in range(12)]
    texts.append("")
    fps = Fingerprinter().fingerprint_texts(texts)
    space = build_tfidf(texts)
    pairs = list(itertools.combinations(range(len(texts)), 2))
    for s in score_pairs(pairs, fps, space, [None] * len(texts)):
        jac, cont = exact_overlap(fps[s.i].shingle_hashes, fps[s.j].shingle_hashes)
        if not s.identical:
            assert s.jaccard == pytest.approx(jac)
            assert s.containment == pytest.approx(cont)
    assert np.all([0 <= s.jaccard <= 1 for s in score_pairs(pairs, fps, space, [None] * 13)])


def test_vectorised_relations_agree_with_the_scalar_rule():
    import numpy as np

    from storydiff.verify import RELATIONS, PairTable, relation_codes

    rng = np.random.default_rng(3)
    n = 2000
    table = PairTable(
        i=np.zeros(n, dtype=np.int64),
        j=np.ones(n, dtype=np.int64),
        jaccard=rng.random(n),
        containment=rng.random(n),
        cosine=rng.random(n),
        identical=rng.random(n) < 0.05,
        gap_days=np.where(rng.random(n) < 0.3, np.nan, rng.random(n) * 5),
        smaller_shingles=rng.integers(0, 60, n),
    )
    params = VerifyParams()
    codes = relation_codes(table, params, time_window_days=2.0)
    for k in range(n):
        row = table.row(k)
        expected, _ = relation_of(row, params, smaller_shingles=int(table.smaller_shingles[k]))
        if expected not in (None, "duplicate") and row.gap_days is not None and row.gap_days > 2.0:
            expected = None
        assert RELATIONS[codes[k]] == expected
    # all rows at once: the scores read element by element from the columns
    expected_scores = [
        (
            PairScore(
                i=int(table.i[k]),
                j=int(table.j[k]),
                jaccard=float(table.jaccard[k]),
                containment=float(table.containment[k]),
                cosine=float(table.cosine[k]),
                identical=bool(table.identical[k]),
                gap_days=None if np.isnan(table.gap_days[k]) else float(table.gap_days[k]),
            ),
            int(table.smaller_shingles[k]),
        )
        for k in range(n)
    ]
    assert list(table.scores()) == expected_scores


def test_blocked_cosines_equal_one_gather():
    import numpy as np

    rng = np.random.default_rng(1)
    texts = [" ".join(f"w{k}" for k in rng.integers(0, 80, 40)) for _ in range(60)]
    space = build_tfidf(texts)
    rows, cols = rng.integers(0, 60, 500), rng.integers(0, 60, 500)
    whole = np.asarray(space.matrix[rows].multiply(space.matrix[cols]).sum(axis=1)).ravel()
    assert np.array_equal(space.cosines(rows, cols, block=7), whole)


def test_shingle_incidence_uses_the_hashes_as_columns_and_counts_shared_shingles_exactly():
    import numpy as np

    from storydiff.fingerprint import Fingerprinter, FingerprintTable
    from storydiff.verify import _shared_counts, shingle_incidence

    texts = ["a b c d e f g h", "x y z w v u t s", "a b c d e f g h i j", ""]
    table = FingerprintTable.from_fingerprints(Fingerprinter().fingerprint_texts(texts))
    matrix = shingle_incidence(table)
    assert matrix.has_canonical_format
    assert matrix.shape == (4, 2**32)
    assert matrix.getnnz(axis=1).tolist() == table.n_shingles.tolist()
    pairs = np.array([[0, 1], [0, 2], [1, 2], [2, 3]])
    expected = [np.intersect1d(table.shingles(i), table.shingles(j)).size for i, j in pairs]
    assert _shared_counts(pairs, table.hashes, table.offsets).tolist() == expected
    assert shingle_incidence(table, np.array([2, 0])).getnnz(axis=1).tolist() == [
        table.n_shingles[2],
        table.n_shingles[0],
    ]
    assert expected[1] == table.n_shingles[0]


def test_scoring_tile_by_tile_gives_the_key_ordered_table_of_one_pass():
    import itertools
    from datetime import datetime, timedelta, timezone

    import numpy as np

    from storydiff.candidates import pair_keys
    from storydiff.engine import ProcessEngine
    from storydiff.fingerprint import Fingerprinter
    from storydiff.verify import PairTable, score_keys

    rng = np.random.default_rng(4)
    texts = [" ".join(f"w{k}" for k in rng.integers(0, 60, 50)) for _ in range(40)]
    fps = Fingerprinter().fingerprint_texts(texts)
    space = build_tfidf(texts)
    pairs = np.array(list(itertools.combinations(range(40), 2)))
    keys = pair_keys(pairs[:, 0], pairs[:, 1], 40)
    start = datetime(2024, 5, 1, tzinfo=timezone.utc)
    published = [None if k % 3 == 0 else start + timedelta(hours=7 * k) for k in range(40)]
    whole = score_keys(keys, 40, fps, space, published)
    given = keys.copy()
    tiled = score_keys(
        given, 40, fps, space, published, chunk=50, overwrite_keys=True, engine=ProcessEngine(2)
    )
    assert not np.array_equal(given, keys)  # the tile codes were written over the keys
    for name in PairTable.__slots__:
        column = getattr(whole, name)
        assert np.array_equal(getattr(tiled, name), column, equal_nan=column.dtype.kind == "f")
    assert tiled.i.tolist() == pairs[:, 0].tolist()
