"""Stories as JSON lines (the stable contract) and CSV rows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from storydiff.models import ClusterResult

__all__ = ["CSV_HEADER", "iter_csv", "iter_jsonl"]

CSV_HEADER = ("story", "size", "article", "representative", "copy_group", "title")


def iter_jsonl(result: ClusterResult) -> Iterator[str]:
    """One JSON object per story, singletons included, in the documented shape."""
    for story in result.stories:
        yield json.dumps(story.as_dict(), ensure_ascii=False)


def iter_csv(result: ClusterResult) -> Iterator[str]:
    """A header, then one row per article: its story, and its copy group within it."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="")

    def row(values: tuple[object, ...]) -> str:
        buf.seek(0)
        buf.truncate()
        writer.writerow(values)
        return buf.getvalue()

    yield row(CSV_HEADER)
    for story in result.stories:
        group_of = {aid: k + 1 for k, g in enumerate(story.copy_groups) for aid in g}
        for aid in story.article_ids:
            yield row(
                (
                    story.id,
                    story.size,
                    aid,
                    story.representative_id,
                    group_of.get(aid, ""),
                    story.title,
                )
            )
