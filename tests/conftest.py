from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "corpora" / "demo"
SHARED = ROOT.parent / "shared" / "corpora"


def shared_corpus(name: str) -> Path:
    """Path of a third-party corpus; skip (or fail in CI) when it is absent."""
    path = SHARED / name
    if not path.exists():
        if os.environ.get("STORYDIFF_REQUIRE_CORPORA") == "1":
            pytest.fail(f"{path} is missing and STORYDIFF_REQUIRE_CORPORA=1")
        pytest.skip(f"{path} is not here (third-party corpora live in ../shared/corpora)")
    return path


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
