"""Turn findings into a short, prioritised to-do list in Chinese."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from .findings import Deduction, Finding
from .segment import Document

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
MAX_SUGGESTIONS = 6
MAX_EXAMPLES = 3


def suggestions(findings: list[Finding], deducted: list[Deduction], document: Document) -> list[str]:
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_rule[finding.rule].append(finding)
    points = {d.rule: d.points for d in deducted}
    order = sorted(by_rule, key=lambda r: (SEVERITY_RANK[by_rule[r][0].severity], -points.get(r, 0), r))
    return [_one(by_rule[rule], document) for rule in order[:MAX_SUGGESTIONS]]


def _one(group: list[Finding], document: Document) -> str:
    first = group[0]
    if first.document_level:
        return first.suggestion
    places = _paragraph_numbers(group, document)
    where = f"第{'、'.join(map(str, places))}段" if places else "标题"
    if first.end - first.start > 40:  # a whole paragraph or sentence was flagged
        return f"{where}：{first.suggestion}"
    quoted = list(dict.fromkeys(f.excerpt for f in group))[:MAX_EXAMPLES]
    examples = "“" + "”“".join(quoted) + "”"
    count = f"共{len(group)}处，" if len(group) > 1 else ""
    return f"{first.suggestion}（{count}如{examples}，见{where}）"


def _paragraph_numbers(group: list[Finding], document: Document) -> list[int]:
    """The paragraphs the findings stand in, numbered as the terminal report numbers them
    (the title left out), in the order of the findings, at most six. Paragraphs do not
    overlap, so the only candidate is the last one starting at or before the finding."""
    body = [p for p in document.paragraphs if not p.is_title]
    starts = [p.start for p in body]
    numbers: list[int] = []
    for finding in group:
        position = bisect_right(starts, finding.start) - 1
        if position >= 0 and finding.start < body[position].end + 1 and position + 1 not in numbers:
            numbers.append(position + 1)
            if len(numbers) == 6:
                break
    return numbers
