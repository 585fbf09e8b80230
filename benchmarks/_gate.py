"""Shared pieces of the benchmark scripts: loading a sibling script, raising floors."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent


def load_module(name: str) -> ModuleType:
    """Import ``benchmarks/<name>.py`` (the folder is not a package), once."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def raised_floors(
    label: str, old: dict[str, float], today: dict[str, float], *, allow_regression: bool
) -> dict[str, float]:
    """Today's figures as floors, except that a floor never drops without ``allow_regression``."""
    new = {k: round(float(v), 3) for k, v in today.items()}
    for key, value in new.items():
        if key in old and value < old[key] and not allow_regression:
            print(
                f"{label}.{key}: {value} < floor {old[key]}; kept (--allow-regression)",
                file=sys.stderr,
            )
            new[key] = old[key]
    return new


def finish(
    path: Path, baseline: dict[str, Any], failures: list[str], *, update: bool, check: bool
) -> int:
    """Write raised floors (with ``update``), list floor failures; exit 1 on them with ``check``."""
    if update:
        path.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
    for failure in failures:
        print(f"FLOOR: {failure}", file=sys.stderr)
    return 1 if (check and failures) else 0
