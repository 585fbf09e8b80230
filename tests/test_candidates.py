from __future__ import annotations

import itertools
import math
import random

import pytest

from storydiff.candidates import as_pair_set, lsh_pairs, tfidf_neighbour_pairs, unique_pairs
from storydiff.fingerprint import Fingerprinter, exact_overlap
from storydiff.vectors import build_tfidf


def _corpus(seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    vocab = [f"term{i}" for i in range(5000)]
    docs: list[str] = []
    for _ in range(60):
        base = [rng.choice(vocab) for _ in range(200)]
        docs.append(" ".join(base))
        # a trimmed and lightly edited copy
        copy = base[: rng.randint(120, 200)]
        for _ in range(5):
            copy[rng.randrange(len(copy))] = rng.choice(vocab)
        docs.append(" ".join(copy))
    return docs


def test_lsh_finds_the_pairs_brute_force_finds():
    docs = _corpus()
    fps = Fingerprinter().fingerprint_texts(docs)
    truth = {
        (i, j)
        for i, j in itertools.combinations(range(len(fps)), 2)
        if exact_overlap(fps[i].shingle_hashes, fps[j].shingle_hashes)[0] >= 0.5
    }
    assert len(truth) >= 50
    found = lsh_pairs(fps, threshold=0.3, num_perm=128)
    recall = len(truth & found) / len(truth)
    assert recall >= 0.98


def test_tfidf_neighbours_link_rewrites_and_skip_unrelated():
    docs = [
        "storm floods carrowmere river banks burst thousands evacuated",
        "carrowmere evacuated after river bursts banks in storm flooding",
        "central bank holds interest rate inflation steady economists",
        "chess teenager wins national title bressan tournament",
    ]
    space = build_tfidf(docs)
    pairs = as_pair_set(tfidf_neighbour_pairs(space, top_terms=10, max_postings=100, neighbours=5))
    assert (0, 1) in pairs
    assert (2, 3) not in pairs


def test_too_common_terms_propose_no_pairs():
    docs = ["common alpha", "common beta", "common gamma"]
    space = build_tfidf(docs)
    assert tfidf_neighbour_pairs(space, top_terms=5, max_postings=2, neighbours=5).shape == (0, 2)


def test_numpy_banding_finds_exactly_what_datasketch_lsh_finds():
    from datasketch import MinHashLSH

    docs = _corpus(seed=11)
    fps = Fingerprinter().fingerprint_texts(docs)
    lsh = MinHashLSH(threshold=0.3, num_perm=128)
    for k, fp in enumerate(fps):
        lsh.insert(k, fp.minhash)
    expected = {
        (min(k, j), max(k, j)) for k, fp in enumerate(fps) for j in lsh.query(fp.minhash) if j != k
    }
    assert lsh_pairs(fps, threshold=0.3, num_perm=128) == expected


def test_lsh_bands_are_the_bands_and_rows_datasketch_picks():
    from datasketch import MinHashLSH

    from storydiff.candidates import lsh_bands

    for num_perm in (8, 32, 128):
        for step in range(1, 20):
            threshold = step / 20
            try:
                lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
            except ValueError:  # datasketch refuses a single band; we use it
                assert lsh_bands(threshold, num_perm)[0] == 1
                continue
            assert lsh_bands(threshold, num_perm) == (lsh.b, lsh.r), (threshold, num_perm)


@pytest.mark.parametrize(
    ("threshold", "num_perm"), [(-0.5, 128), (1.5, 128), (math.nan, 128), (0.3, 0)]
)
def test_lsh_bands_refuses_a_threshold_outside_0_1_or_no_permutations(threshold, num_perm):
    from storydiff.candidates import lsh_bands
    from storydiff.errors import ConfigError

    with pytest.raises(ConfigError):
        lsh_bands(threshold, num_perm)


def test_an_oversized_bucket_is_linked_as_a_star():
    fps = Fingerprinter().fingerprint_texts(["the same wire text repeated word for word"] * 6)
    pairs = lsh_pairs(fps, threshold=0.3, num_perm=128, max_bucket=4)
    assert pairs == {(0, k) for k in range(1, 6)}


def test_unique_pairs_orders_dedupes_and_drops_self_pairs():
    import numpy as np

    got = unique_pairs(np.array([3, 1, 2, 2, 0]), np.array([1, 3, 2, 0, 2]), 4)
    assert got.tolist() == [[0, 2], [1, 3]]


def test_neighbour_pairs_do_not_depend_on_the_block_size():
    docs = _corpus(seed=7)
    space = build_tfidf(docs)
    kw = {"top_terms": 20, "max_postings": 50, "neighbours": 3}
    whole = tfidf_neighbour_pairs(space, **kw)
    tiny = tfidf_neighbour_pairs(space, **kw, block=7, max_products=50)
    assert whole.shape[0] > 0
    assert whole.tolist() == tiny.tolist()


def test_lsh_pair_array_is_the_sorted_pair_set():
    from storydiff.candidates import lsh_pair_array

    fps = Fingerprinter().fingerprint_texts(_corpus(seed=13))
    arr = lsh_pair_array(fps, threshold=0.3, num_perm=128)
    assert [tuple(p) for p in arr.tolist()] == sorted(lsh_pairs(fps, threshold=0.3, num_perm=128))
    assert [tuple(p) for p in arr.tolist()] == sorted(as_pair_set(arr))


def test_candidate_keys_are_the_union_of_lsh_and_tfidf_neighbours_with_the_space_built_beside():
    import numpy as np

    from storydiff.candidates import candidate_keys, candidate_keys_beside, pair_keys

    texts = _corpus(seed=13)
    fps = Fingerprinter().fingerprint_texts(texts)
    space = build_tfidf(texts)
    kw = dict(lsh_threshold=0.3, num_perm=128, top_terms=30, max_postings=2000, neighbours=5)
    lsh, near, keys = candidate_keys(fps, space, **kw)
    built = []
    *beside, got = candidate_keys_beside(fps, lambda: built.append(1) or space, **kw)
    assert got is space
    assert built == [1]
    assert all(np.array_equal(a, b) for a, b in zip(beside, (lsh, near, keys), strict=True))
    union = np.union1d(pair_keys(lsh[:, 0], lsh[:, 1], len(fps)), near)
    assert lsh.size
    assert near.size
    assert keys.tolist() == union.tolist()


def test_heaviest_terms_drops_the_commonest_until_the_postings_fit_the_budget():
    import numpy as np

    from storydiff.candidates import heaviest_terms

    df = np.array([5, 900, 40, 3000, 700, 1])
    cols = np.arange(6)
    weights = np.array([0.9, 0.8, 0.7, 0.95, 0.2, 0.1])
    kept, _ = heaviest_terms(cols, weights, df, top_terms=4, max_postings=2000)
    assert sorted(kept.tolist()) == [0, 1, 2, 4]  # term 3 too common, 5 too light
    kept, w = heaviest_terms(
        cols, weights, df, top_terms=4, max_postings=2000, postings_budget=1000
    )
    assert kept.tolist() == [0, 2, 4]  # rarest first; 900 no longer fits (5+40+700+900)
    assert w.tolist() == [0.9, 0.7, 0.2]
    kept, _ = heaviest_terms(cols, weights, df, top_terms=4, max_postings=2000, postings_budget=1)
    assert kept.tolist() == [0]  # the rarest always stays


def _pruned_by_hand(cols, weights, df, *, top_terms, max_postings, budget):
    """The rule of heaviest_terms, written out plainly."""
    items = [
        (int(c), float(w)) for c, w in zip(cols, weights, strict=True) if df[c] <= max_postings
    ]
    items = sorted(items, key=lambda t: (-t[1], t[0]))[:top_terms]
    items.sort(key=lambda t: (df[t[0]], t[0]))
    if budget is not None:
        spent, kept = 0, []
        for c, w in items:
            spent += df[c]
            if kept and spent > budget:
                break
            kept.append((c, w))
        items = kept
    return [c for c, _ in items]


def test_heaviest_rows_prunes_every_row_by_the_rule_of_heaviest_terms():
    import numpy as np

    from storydiff.candidates import heaviest_rows, heaviest_terms

    rng = np.random.default_rng(3)
    df = rng.integers(1, 400, size=300)
    lengths = rng.integers(0, 60, size=80)
    indptr = np.r_[0, np.cumsum(lengths)]
    indices = np.concatenate([np.sort(rng.choice(300, k, replace=False)) for k in lengths])
    # weights from a few levels, so that many tie
    data = rng.choice([0.1, 0.2, 0.25, 0.5], size=indices.size).astype(np.float32)
    for budget in (None, 600):
        rule = {"top_terms": 12, "max_postings": 300}
        ptr, cols, _ = heaviest_rows(indptr, indices, data, df, postings_budget=budget, **rule)
        for k in range(lengths.size):
            row = slice(indptr[k], indptr[k + 1])
            expected = _pruned_by_hand(indices[row], data[row], df, budget=budget, **rule)
            assert cols[ptr[k] : ptr[k + 1]].tolist() == expected
            alone, _ = heaviest_terms(indices[row], data[row], df, postings_budget=budget, **rule)
            assert alone.tolist() == expected
    # a slice of rows, as a task gets it
    ptr, cols, _ = heaviest_rows(indptr[10:21], indices, data, df, top_terms=12, max_postings=300)
    whole, all_cols, _ = heaviest_rows(indptr, indices, data, df, top_terms=12, max_postings=300)
    assert cols.tolist() == all_cols[whole[10] : whole[20]].tolist()


def test_weights_that_are_not_float32_tf_idf_are_ranked_by_their_own_values():
    import numpy as np

    from storydiff.candidates import heaviest_terms

    df = np.ones(4, dtype=np.int64)
    for weights in ([0.3, 0.3 + 1e-9], [-0.5, -0.1], [1e39, 2e39], [1e-50, 2e-50]):
        kept, _ = heaviest_terms(
            np.array([0, 1]), np.array(weights), df, top_terms=1, max_postings=9
        )
        assert kept.tolist() == [1], weights


def test_of_equally_heavy_terms_the_lower_column_stays():
    import numpy as np

    from storydiff.candidates import heaviest_terms

    df = np.ones(6, dtype=np.int64)
    kept, _ = heaviest_terms(
        np.array([5, 1, 3, 0]), np.array([0.5, 0.5, 0.5, 0.5]), df, top_terms=2, max_postings=9
    )
    assert kept.tolist() == [0, 1]


def test_postings_budget_bounds_the_product_of_every_row():
    import numpy as np

    from storydiff.candidates import prune

    rng = random.Random(8)
    vocab = [f"w{i}" for i in range(60)]
    docs = [" ".join(rng.choice(vocab) for _ in range(40)) for _ in range(300)]
    space = build_tfidf(docs)
    for budget in (None, 2000, 500):
        pruned = prune(space, top_terms=30, max_postings=300, postings_budget=budget)
        postings = np.asarray((pruned != 0).sum(axis=0)).ravel()
        per_row = np.asarray(
            [
                postings[pruned.indices[a:b]].sum()
                for a, b in zip(pruned.indptr[:-1], pruned.indptr[1:], strict=True)
            ]
        )
        if budget is None:
            assert per_row.max() > 2000  # what the budget is there to stop
        else:
            assert per_row.max() <= budget
            assert (np.diff(pruned.indptr) >= 1).all()


def test_tile_codes_visit_pairs_tile_by_tile_and_decode_to_the_same_pairs():
    import numpy as np

    from storydiff.candidates import keys_to_pairs, pair_keys, tile_codes, tile_codes_to_pairs

    rng = np.random.default_rng(11)
    n, side = 1000, 128
    keys = pair_keys(rng.integers(0, n, 20_000), rng.integers(0, n, 20_000), n)
    pairs = keys_to_pairs(keys, n)
    codes = tile_codes(keys.copy(), n, side, step=1000)
    assert np.all(np.diff(codes) > 0)
    back = tile_codes_to_pairs(codes, n, side)
    # the same pairs, visited tile by tile: each tile's pairs are one run
    assert sorted(map(tuple, back.tolist())) == sorted(map(tuple, pairs.tolist()))
    tiles = (back[:, 0] // side) * n + back[:, 1] // side
    assert np.all(np.diff(tiles) >= 0)
    assert back.tolist() != pairs.tolist()  # key order is not tile order
    runs = np.flatnonzero(np.diff(tiles)) + 1
    for part in np.split(back, runs):
        assert np.ptp(part[:, 0]) < side
        assert np.ptp(part[:, 1]) < side
    # one tile as wide as the pair space: the codes are the keys
    assert tile_codes(keys.copy(), n, n).tolist() == keys.tolist()


@pytest.mark.parametrize("top_n", ["sparse_dot_topn", "whole product"])
@pytest.mark.parametrize("neighbours", [1, 3, 50])
def test_neighbour_block_keeps_each_rows_best_partners_but_never_the_row_itself(
    neighbours, top_n, monkeypatch
):
    """Oracle: a dense product, the diagonal dropped, each row's best values kept."""
    import numpy as np
    import scipy.sparse as sp

    from storydiff import candidates
    from storydiff.candidates import neighbour_block, pair_keys

    if top_n == "whole product":  # as where sparse_dot_topn cannot be loaded
        monkeypatch.setattr(candidates, "_top_n", lambda: None)

    rng = np.random.default_rng(3)
    # distinct values (no ties), and rows of very different norms: a short row's own
    # product is smaller than its products with long rows, so it is not among its best
    scale = rng.uniform(0.05, 3.0, size=(40, 1))
    dense = rng.permutation(40 * 30).reshape(40, 30) / 1200.0 + 0.01
    dense = dense * (rng.random((40, 30)) < 0.3) * scale
    pruned = sp.csr_matrix(dense.astype(np.float32))
    got = np.concatenate(
        [
            neighbour_block(span, pruned=pruned, neighbours=neighbours)
            for span in ((0, 17), (17, 40))
        ]
    )
    sims = pruned.toarray().astype(np.float64) @ pruned.toarray().T.astype(np.float64)
    first, second = [], []
    for i in range(40):
        js = [j for j in np.flatnonzero(sims[i]).tolist() if j != i]
        js.sort(key=lambda j: -sims[i, j])
        first += js[:neighbours]
        second += [i] * len(js[:neighbours])
    want = pair_keys(np.array(first, dtype=np.int64), np.array(second, dtype=np.int64), 40)
    assert np.array_equal(np.unique(got), want)


def test_neighbour_block_takes_a_csr_array_and_an_empty_block():
    import numpy as np
    import scipy.sparse as sp

    from storydiff.candidates import neighbour_block, pair_keys

    pruned = sp.csr_array(np.array([[1, 0], [1, 1], [0, 1]], dtype=np.float32))
    got = neighbour_block((0, 3), pruned=pruned, neighbours=1)
    # row 0's best is 1, row 1 ties 0 and 2, row 2's best is 1
    assert set(got.tolist()) <= set(pair_keys(np.array([0, 1, 1]), np.array([1, 0, 2]), 3).tolist())
    assert {0 * 3 + 1, 1 * 3 + 2} <= set(got.tolist())
    empty = sp.csr_matrix((4, 5), dtype=np.float32)
    assert neighbour_block((0, 4), pruned=empty, neighbours=2).size == 0


def test_storydiff_groups_where_psutil_cannot_count_physical_cores(tmp_path):
    """sparse_dot_topn's import fails there: grouping falls back to the whole product."""
    import subprocess
    import sys

    script = (
        "import psutil\n"
        "count = psutil.cpu_count\n"
        "psutil.cpu_count = lambda logical=True: count() if logical else None\n"
        "import storydiff\n"
        "from storydiff.models import Article\n"
        "text = 'Heavy rain flooded the old harbour of Port Ella on Sunday, officials said.'\n"
        "arts = [Article(id='a', text=text), Article(id='b', text=text + ' More rain is due.'),\n"
        "        Article(id='c', text='The central bank held its rate at four percent.')]\n"
        "print([s.article_ids for s in storydiff.cluster(arts).stories])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "[('a', 'b'), ('c',)]"
