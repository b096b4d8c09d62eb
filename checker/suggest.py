"""Turn findings into a short, prioritised to-do list in Chinese."""

from __future__ import annotations

from collections import defaultdict

from .findings import Deduction, Finding
from .places import Place, describe, place_at

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
MAX_SUGGESTIONS = 6
MAX_EXAMPLES = 3


def suggestions(findings: list[Finding], deducted: list[Deduction], places: tuple[Place, ...]) -> list[str]:
    """At most six, most severe and costly first; a span finding says where it is (第N段,
    表格第r行, 标题) as the writer finds it in Word (places: see checker/places.py)."""
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_rule[finding.rule].append(finding)
    points = {d.rule: d.points for d in deducted}
    order = sorted(by_rule, key=lambda r: (SEVERITY_RANK[by_rule[r][0].severity], -points.get(r, 0), r))
    return [_one(by_rule[rule], places) for rule in order[:MAX_SUGGESTIONS]]


def _one(group: list[Finding], places: tuple[Place, ...]) -> str:
    first = group[0]
    if first.document_level:
        return first.suggestion
    where = describe(_labels(group, places)) or "标题"
    if first.end - first.start > 40:  # a whole paragraph or sentence was flagged
        return f"{where}：{first.suggestion}"
    quoted = list(dict.fromkeys(f.excerpt for f in group))[:MAX_EXAMPLES]
    examples = "“" + "”“".join(quoted) + "”"
    count = f"共{len(group)}处，" if len(group) > 1 else ""
    return f"{first.suggestion}（{count}如{examples}，见{where}）"


def _labels(group: list[Finding], places: tuple[Place, ...]) -> list[str]:
    """The paragraphs and rows the findings stand in, in the order of the findings, at most six."""
    labels: list[str] = []
    for finding in group:
        place = place_at(places, finding.start)
        if place is not None and place.label not in labels:
            labels.append(place.label)
            if len(labels) == 6:
                break
    return labels
