from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHash

from storydiff.errors import ConfigError
from storydiff.fingerprint import Fingerprinter, exact_overlap, shingle_hash
from storydiff.normalize import shingles, tokens


def _words(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [f"w{rng.randrange(2000)}" for _ in range(n)]


def test_signature_equals_a_datasketch_minhash_of_the_shingles():
    text = "Heavy rain flooded the harbour of Port Ella on Sunday, officials said on Monday."
    fp = Fingerprinter(num_perm=64, seed=7)
    (ours,) = fp.fingerprint_texts([text])
    reference = MinHash(num_perm=64, seed=7, hashfunc=lambda shingle: shingle_hash(shingle.split()))
    for s in shingles(tokens(text), fp.shingle_size):
        reference.update(s)
    assert np.array_equal(ours.minhash.hashvalues, reference.hashvalues)
    assert ours.minhash.jaccard(reference) == 1.0


def test_minhash_permutations_are_datasketchs_without_importing_it():
    from storydiff.fingerprint import _minhash_setup

    for num_perm, seed in ((128, 1), (64, 7), (3, 12345)):
        reference = MinHash(num_perm=num_perm, seed=seed)
        a, b, empty, scheme = _minhash_setup(num_perm, seed)
        assert scheme == reference.scheme
        assert np.array_equal(a, reference.permutations[0])
        assert np.array_equal(b, reference.permutations[1])
        assert np.array_equal(empty, reference.hashvalues)
        assert a.dtype == b.dtype == empty.dtype == reference.hashvalues.dtype


def test_vectorised_shingle_hashes_equal_the_reference_hash():
    fp = Fingerprinter(shingle_size=3)
    text = "The storm hit Port Ella; the storm hit Lisk too, and 3,000 left."
    words, hashes = fp.shingle_hashes(text)
    expected = sorted({shingle_hash(words[i : i + 3]) for i in range(len(words) - 2)})
    assert hashes.tolist() == expected
    _, short = fp.shingle_hashes("two words")
    assert short.tolist() == [shingle_hash(["two", "words"])]


def test_shingle_hashes_are_stable_across_processes():
    import subprocess
    import sys

    code = "from storydiff.fingerprint import Fingerprinter; print(Fingerprinter().shingle_hashes('a b c d e f')[1].tolist())"
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outs) == 1


def test_minhash_estimate_tracks_exact_jaccard():
    base = _words(1, 400)
    other = base[:250] + _words(2, 150)
    fp = Fingerprinter(num_perm=256)
    a, b = fp.fingerprint_texts([" ".join(base), " ".join(other)])
    exact, _ = exact_overlap(a.shingle_hashes, b.shingle_hashes)
    assert abs(a.minhash.jaccard(b.minhash) - exact) < 0.1


def test_exact_overlap_gives_jaccard_and_containment():
    a = np.array([1, 2, 3, 4], dtype=np.uint32)
    b = np.array([3, 4], dtype=np.uint32)
    assert exact_overlap(a, b) == (0.5, 1.0)
    assert exact_overlap(a, np.array([], dtype=np.uint32)) == (0.0, 0.0)


def test_duplicate_key_ignores_case_quotes_and_spacing():
    fp = Fingerprinter()
    a, b, c = fp.fingerprint_texts(["“Hello,” she said.", '"hello"   SHE said', "hello he said"])
    assert a.key_hash == b.key_hash
    assert a.key_hash != c.key_hash


def test_cjk_text_gets_shingles():
    (fp,) = Fingerprinter(shingle_size=3).fingerprint_texts(["東京で大雨が降った"])
    assert fp.n_shingles == 7


@pytest.mark.parametrize(("field", "value"), [("num_perm", 8), ("shingle_size", 0)])
def test_bad_configuration_is_rejected_with_the_parameter_named(field, value):
    with pytest.raises(ConfigError, match=field):
        Fingerprinter(**{field: value})


def test_fingerprint_table_holds_the_same_fingerprints_as_the_list():
    from storydiff.fingerprint import FingerprintTable

    texts = ["the cat sat on the mat today and then left", "", "two words"] * 900
    fp = Fingerprinter()
    listed = fp.fingerprint_texts(texts)
    parts = [
        fp.fingerprint_table((str(k), texts[k]) for k in range(lo, min(lo + 1000, len(texts))))
        for lo in range(0, len(texts), 1000)
    ]
    table = FingerprintTable.concat(parts, seed=fp.seed, release=True)
    assert parts == [None, None, None]
    assert len(table) == len(listed)
    for ours, ref in zip(table, listed, strict=True):
        assert (ours.article_id, ours.n_tokens, ours.key_hash) == (
            ref.article_id,
            ref.n_tokens,
            ref.key_hash,
        )
        assert np.array_equal(ours.shingle_hashes, ref.shingle_hashes)
        assert np.array_equal(ours.minhash.hashvalues, ref.minhash.hashvalues)
    again = FingerprintTable.from_fingerprints(listed)
    for name in ("n_tokens", "offsets", "hashes", "signatures", "keys"):
        assert np.array_equal(getattr(again, name), getattr(table, name))
    assert table.without_signatures().signatures.shape == (len(texts), 0)


def test_a_table_whose_hashes_are_in_a_file_pickles_as_the_file_name(tmp_path):
    import pickle
    from dataclasses import replace

    texts = [" ".join(f"w{k}" for k in range(j, j + 400)) for j in range(0, 200, 20)]
    table = Fingerprinter().fingerprint_table([(str(k), t) for k, t in enumerate(texts)])
    path = tmp_path / "hashes.u32"
    table.hashes.tofile(path)
    mapped = replace(table, hashes=np.memmap(path, dtype=np.uint32, mode="r"))
    blob = pickle.dumps(mapped)
    assert len(blob) < table.hashes.nbytes / 4
    back = pickle.loads(blob)
    assert isinstance(back.hashes, np.memmap)
    assert np.array_equal(back.hashes, table.hashes)
    assert np.array_equal(back.offsets, table.offsets)
    assert np.array_equal(back.signatures, table.signatures)
    assert len(pickle.dumps(table)) > table.hashes.nbytes  # in memory: the data itself


def test_normalize_whitespace_strips_every_line_whatever_white_space_it_holds():
    import random
    import re

    from storydiff.normalize import normalize_whitespace

    def by_hand(text: str) -> str:
        lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    rng = random.Random(5)
    pieces = ["a", "bc", " ", "  ", "\n", "\n\n\n", "\t", "\x1c", "\x1f", "\xa0", "\u2009", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert normalize_whitespace(text) == by_hand(text), repr(text)
