"""The diff report as JSON: the documented contract, and back.

``report_to_dict`` gives the shape documented in the README (schema 1):
``versions``, ``sentences`` (alignment rows), ``adds``, ``omits``, ``quotes``,
``facts``, ``conflicts``, plus ``story``, ``base``, ``rule``, ``params`` and
``schema_version``. ``report_from_dict`` reads it back into an equal
:class:`~storydiff.models.DiffReport`.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any

from storydiff.errors import InputError
from storydiff.models import (
    AlignedRow,
    Alignment,
    Cell,
    Change,
    Conflict,
    ConflictValue,
    DiffReport,
    Fact,
    FactMention,
    Passage,
    QuoteGroup,
    QuoteVariant,
    Reuse,
    VersionInfo,
)

__all__ = ["report_from_dict", "report_to_dict", "report_to_json"]


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _passage(p: Passage) -> dict[str, Any]:
    return {
        "row": p.row,
        "id": p.version,
        "text": p.text,
        "start": p.start,
        "end": p.end,
        "paragraph": p.paragraph,
        "carried_by": list(p.carried_by),
        "meaning": p.meaning,
    }


def report_to_dict(report: DiffReport) -> dict[str, Any]:
    """The report as plain JSON-ready values."""
    return {
        "schema_version": report.schema_version,
        "story": report.story,
        "base": report.base,
        "rule": report.rule,
        "versions": [
            {
                "id": v.id,
                "title": v.title,
                "source": v.source,
                "url": v.url,
                "published": _time(v.published),
                "sentences": v.sentences,
                "words": v.words,
                "reuses": [
                    {"other": r.other, "share": r.share, "relation": r.relation} for r in v.reuses
                ],
            }
            for v in report.versions
        ],
        "sentences": [
            {
                "row": row.index,
                "reference": row.reference,
                "cells": [
                    {
                        "id": c.version,
                        "sentences": list(c.sentences),
                        "start": c.start,
                        "end": c.end,
                        "text": c.text,
                        "paragraph": c.paragraph,
                        "status": c.status,
                        "similarity": c.similarity,
                        "changes": [
                            {
                                "tag": ch.tag,
                                "old": ch.old,
                                "new": ch.new,
                                "start": ch.start,
                                "end": ch.end,
                                "meaning": ch.meaning,
                                "reason": ch.reason,
                            }
                            for ch in c.changes
                        ],
                    }
                    for c in row.cells
                ],
            }
            for row in report.alignment.rows
        ],
        "adds": {v: [_passage(p) for p in ps] for v, ps in report.adds.items()},
        "omits": {v: [_passage(p) for p in ps] for v, ps in report.omits.items()},
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "versions": list(q.versions),
                "variants": [
                    {
                        "id": var.version,
                        "text": var.text,
                        "start": var.start,
                        "end": var.end,
                        "speaker": var.speaker,
                        "speaker_text": var.speaker_text,
                        "cue": var.cue,
                        "kind": var.kind,
                    }
                    for var in q.variants
                ],
                "altered": q.altered,
                "alterations": list(q.alterations),
            }
            for q in report.quotes
        ],
        "facts": [
            {
                "kind": f.kind,
                "subject": f.subject,
                "text": f.text,
                "value": f.value,
                "versions": list(f.versions),
                "mentions": [
                    {
                        "id": m.version,
                        "text": m.text,
                        "start": m.start,
                        "end": m.end,
                        "value": m.value,
                        "low": m.low,
                        "high": m.high,
                        "hedge": m.hedge,
                        "unit": m.unit,
                        "norm": m.norm,
                        "sentence": m.sentence,
                        "attribution": m.attribution,
                    }
                    for m in f.mentions
                ],
            }
            for f in report.facts
        ],
        "conflicts": [
            {
                "subject": c.subject,
                "label": c.label,
                "consensus": c.consensus,
                "outliers": list(c.outliers),
                "note": c.note,
                "values": [
                    {
                        "id": v.version,
                        "text": v.text,
                        "value": v.value,
                        "low": v.low,
                        "high": v.high,
                        "sentence": v.sentence,
                        "start": v.start,
                        "end": v.end,
                        "published": _time(v.published),
                    }
                    for v in c.values
                ],
            }
            for c in report.conflicts
        ],
        "params": dict(report.params),
    }


def report_to_json(report: DiffReport, *, indent: int | None = 2) -> str:
    """The report as a JSON document."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=indent)


def _read_passage(d: dict[str, Any]) -> Passage:
    return Passage(
        row=d["row"],
        version=d["id"],
        text=d["text"],
        start=d["start"],
        end=d["end"],
        paragraph=d["paragraph"],
        carried_by=tuple(d["carried_by"]),
        meaning=d["meaning"],
    )


# the schema version this storydiff writes and reads: DiffReport's own default
REPORT_SCHEMA_VERSION: int = next(
    f.default for f in dataclasses.fields(DiffReport) if f.name == "schema_version"
)


def report_from_dict(data: dict[str, Any]) -> DiffReport:
    """Rebuild a report from :func:`report_to_dict` output.

    Raises :class:`~storydiff.errors.InputError` for a dictionary of another schema
    version, or one with a field missing or of the wrong shape, naming it.
    """
    if not isinstance(data, dict):
        msg = f"a report is a JSON object, not {type(data).__name__}"
        raise InputError(msg)
    version = data.get("schema_version", 1)
    if version != REPORT_SCHEMA_VERSION:
        msg = (
            f"report schema version {version!r}: this storydiff reads version "
            f"{REPORT_SCHEMA_VERSION}"
        )
        raise InputError(msg)
    try:
        return _report_from_dict(data)
    except KeyError as exc:
        msg = f"the report has no {exc.args[0]!r} field where one is needed"
        raise InputError(msg) from None
    except (TypeError, ValueError, AttributeError) as exc:
        msg = f"the report is malformed: {exc}"
        raise InputError(msg) from None


def _report_from_dict(data: dict[str, Any]) -> DiffReport:
    versions = tuple(
        VersionInfo(
            id=v["id"],
            title=v["title"],
            source=v["source"],
            url=v["url"],
            published=_parse_time(v["published"]),
            sentences=v["sentences"],
            words=v["words"],
            reuses=tuple(
                Reuse(other=r["other"], share=r["share"], relation=r["relation"])
                for r in v["reuses"]
            ),
        )
        for v in data["versions"]
    )
    rows = tuple(
        AlignedRow(
            index=row["row"],
            reference=row["reference"],
            cells=tuple(
                Cell(
                    version=c["id"],
                    sentences=tuple(c["sentences"]),
                    start=c["start"],
                    end=c["end"],
                    text=c["text"],
                    paragraph=c["paragraph"],
                    status=c["status"],
                    similarity=c["similarity"],
                    changes=tuple(Change(**ch) for ch in c["changes"]),
                )
                for c in row["cells"]
            ),
        )
        for row in data["sentences"]
    )
    return DiffReport(
        story=data["story"],
        versions=versions,
        alignment=Alignment(versions=tuple(v.id for v in versions), rows=rows),
        adds={v: tuple(_read_passage(p) for p in ps) for v, ps in data["adds"].items()},
        omits={v: tuple(_read_passage(p) for p in ps) for v, ps in data["omits"].items()},
        quotes=tuple(
            QuoteGroup(
                text=q["text"],
                speaker=q["speaker"],
                versions=tuple(q["versions"]),
                variants=tuple(
                    QuoteVariant(
                        version=var["id"],
                        text=var["text"],
                        start=var["start"],
                        end=var["end"],
                        speaker=var["speaker"],
                        speaker_text=var["speaker_text"],
                        cue=var["cue"],
                        kind=var["kind"],
                    )
                    for var in q["variants"]
                ),
                altered=q["altered"],
                alterations=tuple(q["alterations"]),
            )
            for q in data["quotes"]
        ),
        facts=tuple(
            Fact(
                kind=f["kind"],
                subject=f["subject"],
                text=f["text"],
                value=f["value"],
                versions=tuple(f["versions"]),
                mentions=tuple(
                    FactMention(version=m.pop("id"), **m) for m in (dict(x) for x in f["mentions"])
                ),
            )
            for f in data["facts"]
        ),
        conflicts=tuple(
            Conflict(
                subject=c["subject"],
                label=c["label"],
                consensus=c["consensus"],
                outliers=tuple(c["outliers"]),
                note=c["note"],
                values=tuple(
                    ConflictValue(
                        version=v["id"],
                        text=v["text"],
                        value=v["value"],
                        low=v["low"],
                        high=v["high"],
                        sentence=v["sentence"],
                        start=v["start"],
                        end=v["end"],
                        published=_parse_time(v["published"]),
                    )
                    for v in c["values"]
                ),
            )
            for c in data["conflicts"]
        ),
        base=data["base"],
        rule=data["rule"],
        params=data["params"],
        schema_version=data["schema_version"],
    )
