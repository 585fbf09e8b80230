"""``python -m storydiff``."""

from __future__ import annotations

from storydiff.cli import main

main()
