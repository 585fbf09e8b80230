"""featurize_chunk: one tokenisation, the same fingerprints and TF-IDF as the separate paths."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff.features import ArticleMeta, featurize_chunk
from storydiff.fingerprint import Fingerprinter, token_hash
from storydiff.models import Article
from storydiff.vectors import article_document, build_tfidf, tfidf_from_counts

ARTICLES = [
    Article(
        id="a", title="Storm hits Port Ella", text="Heavy rain flooded the old harbour on Sunday."
    ),
    Article(id="b", text="Heavy rain flooded the old harbour on Sunday, officials said."),
    Article(id="c", title="Rates", text="The bank held rates."),  # fewer tokens than a shingle
    Article(id="d", title="Only a title", text=""),
    Article(id="e", text="東京で大雨 “quotes” – dashes 3,000 voters"),
    Article(id="f", title="the and of", text="it is the"),  # stop words only
]


def test_fingerprints_equal_the_text_by_text_path():
    fp = Fingerprinter(num_perm=64, shingle_size=3)
    table, _ = featurize_chunk(ARTICLES, fingerprinter=fp)
    expected = fp.fingerprint_table((a.id, a.text) for a in ARTICLES)
    assert table.article_ids == expected.article_ids
    assert np.array_equal(table.offsets, expected.offsets)
    assert np.array_equal(table.hashes, expected.hashes)
    assert np.array_equal(table.signatures, expected.signatures)
    assert np.array_equal(table.n_tokens, expected.n_tokens)
    assert table.keys.tobytes() == expected.keys.tobytes()


def test_term_counts_of_chunks_give_the_tfidf_of_the_whole_collection():
    fp = Fingerprinter()
    parts = [featurize_chunk(ARTICLES[lo : lo + 4], fingerprinter=fp)[1] for lo in (0, 4)]
    space = tfidf_from_counts(parts)
    expected = build_tfidf([article_document(a) for a in ARTICLES])
    assert space.vocabulary == expected.vocabulary
    assert np.array_equal(space.df, expected.df)
    assert (space.matrix != expected.matrix).nnz == 0
    assert space.matrix.has_sorted_indices


def test_tfidf_from_counts_of_stop_words_only_is_a_zero_matrix_per_document():
    parts = [featurize_chunk(ARTICLES[-1:], fingerprinter=Fingerprinter())[1]]
    space = tfidf_from_counts(parts)
    assert space.matrix.shape == (1, 1)
    assert space.matrix.nnz == 0
    assert space.vocabulary == {}


def test_ascii_fast_path_tokenises_like_the_general_pattern():
    import random

    from storydiff.normalize import _TOKEN, tokens

    rng = random.Random(3)
    alphabet = "abcXYZ019 .,'-_\n\"()"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))
        assert tokens(text) == _TOKEN.findall(text.lower())


def test_tfidf_from_counts_orders_non_ascii_terms_as_scikit_learn_and_releases_parts():
    from storydiff.models import Article

    texts = ["Zürich über Ålesund", "Ärzte in Zürich", "東京 zürich Ölpreis", "ölpreis Łódź Ärzte"]
    articles = [Article(id=str(k), title="", text=t) for k, t in enumerate(texts)]
    fp = Fingerprinter()
    parts = [featurize_chunk(articles[lo : lo + 2], fingerprinter=fp)[1] for lo in (0, 2)]
    space = tfidf_from_counts(parts, release=True)
    expected = build_tfidf([article_document(a) for a in articles])
    assert space.vocabulary == expected.vocabulary  # the same column for every term
    assert (space.matrix != expected.matrix).nnz == 0
    assert parts == [None, None]


def test_tfidf_joined_from_many_spilled_parts_equals_scikit_learn_on_the_whole_corpus(tmp_path):
    import random

    from storydiff.models import Article

    rng = random.Random(11)
    words = [f"w{k}" for k in range(400)] + ["émigré", "Ölpreis", "東京", "zürich", "Zeta"]
    articles = [
        Article(id=str(k), title="", text=" ".join(rng.choices(words, k=rng.randrange(3, 60))))
        for k in range(90)
    ]
    fp = Fingerprinter()
    parts = [
        featurize_chunk(articles[lo : lo + 7], fingerprinter=fp)[1].spill(str(tmp_path))
        for lo in range(0, 90, 7)
    ]
    space = tfidf_from_counts(parts)
    expected = build_tfidf([article_document(a) for a in articles])
    assert space.vocabulary == expected.vocabulary
    assert np.abs(space.matrix - expected.matrix).max() < 1e-6
    assert np.array_equal(
        space.df, np.bincount(expected.matrix.indices, minlength=expected.matrix.shape[1])
    )


def test_spilled_term_counts_read_back_equal_and_give_the_same_tfidf(tmp_path):
    fp = Fingerprinter()
    parts = [featurize_chunk(ARTICLES[lo : lo + 3], fingerprinter=fp)[1] for lo in (0, 3)]
    spilled = [p.spill(str(tmp_path)) for p in parts]
    assert all(p.counts is None and p.path for p in spilled)
    for before, after in zip(parts, spilled, strict=True):
        assert (before.counts != after.matrix()).nnz == 0
        assert after.terms == before.terms
        assert np.array_equal(after.term_hashes(), before.term_hashes())
        assert after.term_hashes().tolist() == [token_hash(t) for t in before.terms]
    space = tfidf_from_counts(spilled, release=True)
    assert (space.matrix != tfidf_from_counts(parts).matrix).nnz == 0
    assert list(tmp_path.iterdir()) == []  # released parts remove their files


def test_a_tfidf_matrix_spilled_to_files_equals_the_one_in_memory_and_pickles_as_their_names(
    tmp_path,
):
    import pickle

    from storydiff._arrays import mapped_file

    fp = Fingerprinter()
    articles = [
        Article(id=f"x{k}", text=" ".join(f"word{(k * 7 + j) % 300}" for j in range(200)))
        for k in range(40)
    ] + ARTICLES
    parts = [featurize_chunk(articles[lo : lo + 8], fingerprinter=fp)[1] for lo in range(0, 46, 8)]
    in_memory = tfidf_from_counts(list(parts))
    spilled = tfidf_from_counts(list(parts), spill=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tfidf-data.f32", "tfidf-indices.i32"]
    assert mapped_file(spilled.matrix.data) == str(tmp_path / "tfidf-data.f32")
    assert (spilled.matrix != in_memory.matrix).nnz == 0
    assert spilled.vocabulary == in_memory.vocabulary
    blob = pickle.dumps(spilled)
    assert len(blob) < spilled.matrix.data.nbytes  # the data stays in the files
    back = pickle.loads(blob)
    assert (back.matrix != in_memory.matrix).nnz == 0
    assert np.array_equal(back.df, in_memory.df)
    assert len(pickle.dumps(in_memory)) > in_memory.matrix.data.nbytes


def test_dropping_the_pages_of_a_mapped_array_keeps_its_values(tmp_path):
    from storydiff._arrays import drop_pages, mapped_file

    values = np.arange(1 << 20, dtype=np.float32)
    values.tofile(tmp_path / "v.f32")
    mapped = np.memmap(tmp_path / "v.f32", dtype=np.float32, mode="r")
    view = mapped[10:]
    assert float(view.sum()) == float(values[10:].sum())
    drop_pages(view)
    drop_pages(values)  # in memory: nothing to do
    assert np.array_equal(view, values[10:])
    assert mapped_file(view) == str(tmp_path / "v.f32")
    assert mapped_file(values) is None


def test_the_collector_is_paused_inside_the_block_and_as_it_was_after_even_on_error():
    import gc

    from storydiff._arrays import collector_paused

    def fail_inside() -> None:
        with collector_paused():
            assert not gc.isenabled()
            raise KeyError

    assert gc.isenabled()
    with pytest.raises(KeyError):
        fail_inside()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's paused collector stays paused
    finally:
        gc.enable()


def test_an_article_record_pickles_to_an_equal_record():
    import pickle
    from datetime import datetime, timezone

    meta = ArticleMeta(
        id="a1",
        title="Storm",
        published=datetime(2024, 3, 1, 6, tzinfo=timezone.utc),
        length=1234,
        origin="feed.jsonl:3",
    )
    assert pickle.loads(pickle.dumps(meta)) == meta
    assert b"_article_meta" in pickle.dumps(meta)  # as its fields, not a generated __setstate__
    assert pickle.loads(pickle.dumps(ArticleMeta(id="b"))) == ArticleMeta(id="b")
    sub = _MetaSubclass(id="c", title="t")
    assert pickle.loads(pickle.dumps(sub)) == sub


class _MetaSubclass(ArticleMeta):
    __slots__ = ()


def test_unique_inverse_is_np_uniques_on_any_shape_of_integers():
    from storydiff._arrays import unique_inverse

    rng = np.random.default_rng(3)
    for x in (np.zeros(0, dtype=np.int64), rng.integers(0, 50, 500), rng.integers(0, 9, (7, 6))):
        expected = np.unique(x, return_inverse=True)
        got = unique_inverse(x)
        assert got[0].tolist() == expected[0].tolist()
        assert got[1].tolist() == expected[1].ravel().tolist()


def test_stop_words_are_scikit_learns():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from storydiff._stop_words import ENGLISH_STOP_WORDS as ours

    assert ours == frozenset(ENGLISH_STOP_WORDS)


def test_tfidf_weighting_is_scikit_learns_bit_for_bit():
    """Oracle: ``TfidfTransformer(sublinear_tf=True, norm="l2")`` with the same idf."""
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfTransformer

    from storydiff.vectors import _weighted

    rng = np.random.default_rng(3)
    counts = sp.random(300, 500, density=0.05, random_state=rng, format="lil", dtype=np.float32)
    counts[5] = 0  # an empty row keeps no weights
    counts = counts.tocsr()
    counts.data = np.ceil(counts.data * 7).astype(np.float32)
    counts.eliminate_zeros()
    counts.sort_indices()
    idf = (np.log(301.0 / (1.0 + rng.integers(0, 300, 500))) + 1.0).astype(np.float32)
    transformer = TfidfTransformer(sublinear_tf=True, norm="l2")
    transformer.fit(sp.csr_matrix((1, 500), dtype=np.float32))
    transformer.idf_ = idf
    expected = sp.csr_matrix(transformer.transform(counts))
    got = _weighted(counts, idf)
    assert got.dtype == np.float32
    assert np.array_equal(got.indptr, expected.indptr)
    assert np.array_equal(got.indices, expected.indices)
    assert np.array_equal(got.data.view(np.uint32), expected.data.view(np.uint32))


def _words_by_text(texts: list[str]) -> tuple[list[str], list[int], list[int], list[bytes]]:
    import hashlib

    from storydiff.normalize import tokens

    per_text = [tokens(t) for t in texts]
    first: dict[str, int] = {}
    ids = [first.setdefault(w, len(first)) for ws in per_text for w in ws]
    keys = [hashlib.sha1(" ".join(ws).encode("utf-8")).digest() for ws in per_text]
    return list(first), ids, [len(ws) for ws in per_text], keys


CHUNK_CASES = [
    [],
    [""],
    ["", "a", ""],
    ["1.2.3 1..2 .5 5. 1,000,000 a1.2 3rd x'y 'quoted' rock'n'roll don''t"],
    ["Ends with a digit 7", "7 starts the next"],  # no word runs across two texts
    ["Café au lait – “naïve” 東京 3,000", "plain ASCII café"],  # mixed chunk
    ["İstanbul ſtraße ½ ١٢٣ x\u00a0y", "UPPER Case Words"],
]


@pytest.mark.parametrize("texts", CHUNK_CASES)
def test_chunk_words_number_the_words_tokens_finds(texts):
    from storydiff.normalize import chunk_words

    distinct, ids, lengths, keys = _words_by_text(texts)
    words = chunk_words(texts)
    assert words.distinct == distinct
    assert words.ids.tolist() == ids
    assert words.lengths.tolist() == lengths
    assert words.digests(len(texts)) == keys


_CHARS = "aZz09.,,'' \n\t-_%$é東’“–İß½\u00a0١"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_CHARS, max_size=40), max_size=6), st.data())
def test_chunk_words_equal_tokens_on_any_texts(texts, data):
    from storydiff.normalize import chunk_words

    distinct, ids, lengths, keys = _words_by_text(texts)
    words = chunk_words(texts)
    assert (words.distinct, words.ids.tolist(), words.lengths.tolist()) == (distinct, ids, lengths)
    k = data.draw(st.integers(0, len(texts)))
    assert words.digests(k) == keys[:k]


def _thue_morse(n: int) -> str:
    bits = [0]
    while len(bits) < n:
        bits += [1 - b for b in bits]
    return "".join("ab"[b] for b in bits[:n])


@pytest.mark.parametrize(
    "pair",
    [
        ("iaaaaneaadae", "aoislaahiaka"),  # solved for a collision of the word hash
        (_thue_morse(1024), _thue_morse(1024).translate(str.maketrans("ab", "ba"))),
    ],
)
def test_chunk_words_keep_apart_words_whose_hashes_collide(pair):
    from storydiff.normalize import _word_hashes, chunk_words

    first, second = pair
    words = chunk_words([f"{first} {second}", first])
    hashes = _word_hashes(words.data, words.starts, words.ends)
    assert hashes[0] == hashes[1]  # the hash cannot tell them apart
    assert words.distinct == [first, second]
    assert words.ids.tolist() == [0, 1, 0]


@pytest.mark.parametrize("length", [1, 7, 8, 9, 16, 17, 64, 65, 200])
@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_same_words_sees_a_difference_in_any_byte(length, where):
    from storydiff.normalize import _same_words

    word = "".join("abcdefghij"[k % 10] for k in range(length))
    at = {"first": 0, "middle": length // 2, "last": length - 1}[where]
    other = word[:at] + "z" + word[at + 1 :]
    text = f"{word} {other} {word}\n".encode()
    data = np.frombuffer(text, dtype=np.uint8)
    starts = np.array([0, length + 1, 2 * length + 2])
    ends = starts + length
    assert _same_words(data, starts, ends, np.array([0, 0, 0])) is False
    assert _same_words(data, starts, ends, np.array([0, 1, 0])) is True


def test_a_term_counted_more_than_two_to_the_24_times_keeps_its_count():
    text = "xy " * (2**24 + 3)  # the shortest content word: 50 MB of text
    _, counts = featurize_chunk([Article(id="a", text=text)], fingerprinter=Fingerprinter())
    assert counts.matrix().toarray().tolist() == [[2**24 + 4]]  # float32: the nearest value


def test_an_article_built_without_a_title_is_featurized_as_one_with_an_empty_title():
    fp = Fingerprinter()
    text = "Heavy rain flooded the old harbour on Sunday."
    untitled = Article(id="a", text=text, title=None)  # type: ignore[arg-type]
    table, counts = featurize_chunk([untitled], fingerprinter=fp)
    expected, expected_counts = featurize_chunk([Article(id="a", text=text)], fingerprinter=fp)
    assert table.keys.tobytes() == expected.keys.tobytes()
    assert (counts.matrix() != expected_counts.matrix()).nnz == 0


def test_a_chunks_terms_are_in_the_order_of_their_hashes():
    _, counts = featurize_chunk(ARTICLES, fingerprinter=Fingerprinter())
    hashes = counts.term_hashes()
    assert hashes.size > 5
    assert bool(np.all(hashes[:-1] < hashes[1:]))  # sorted runs for the vocabulary join
