"""SARIF 2.1.0 output (`checker check -f sarif`), for code-review and CI tools that show
findings beside the text they concern (GitHub code scanning, GitLab, VS Code's SARIF viewer).

One run; the driver lists every rule that fired with its Chinese title, reason and how to
switch it off; each finding is a result with its level (error / warning / note), its message
and suggestion, and a region in the checked text (1-based lines and columns, counted in
Unicode code points, as the JSON report counts them). A finding about the whole draft has the
file as its location and no region. Files that could not be read are tool notifications."""

from __future__ import annotations

import re

from .. import __version__
from ..findings import Report
from ..rulebook import load_rules
from . import json as json_report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(items: list[Report | dict]) -> str:
    reports = [item for item in items if isinstance(item, Report)]
    failures = [item for item in items if not isinstance(item, Report)]
    known = {rule.id: rule for rule in load_rules()}
    fired = sorted({f.rule for report in reports for f in report.findings})
    index = {rule_id: i for i, rule_id in enumerate(fired)}
    rules = [_rule(known[rule_id]) if rule_id in known else {"id": rule_id} for rule_id in fired]
    results = [_result(report, finding, index[finding.rule]) for report in reports for finding in report.findings]
    run = {
        "tool": {"driver": {"name": "checker", "version": __version__, "semanticVersion": __version__,
                            "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "artifacts": [{"location": {"uri": _uri(report.source)}} for report in reports],
        "results": results,
        "invocations": [{
            "executionSuccessful": not failures,
            "toolExecutionNotifications": [
                {"level": "error", "message": {"text": failure.get("error", "")},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(failure.get("source", ""))}}}]}
                for failure in failures],
        }],
    }
    return json_report.dumps({"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}) + "\n"


def _rule(rule) -> dict:
    return {
        "id": rule.id,
        "name": rule.family,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.why or rule.title},
        "help": {"text": f"{rule.why}\n关闭：checker check --ignore {rule.id}（或在 checker.toml 的 ignore 中写上 {rule.id}）"},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
    }


def _result(report: Report, finding, rule_index: int) -> dict:
    location = {"physicalLocation": {"artifactLocation": {"uri": _uri(report.source)}}}
    if not finding.document_level:
        end_line, end_column = _line_col(report.text, finding.end)
        location["physicalLocation"]["region"] = {
            "startLine": finding.line, "startColumn": finding.column,
            "endLine": end_line, "endColumn": end_column,
            "charOffset": finding.start, "charLength": finding.end - finding.start,
            "snippet": {"text": report.text[finding.start:finding.end]},
        }
    message = finding.message + (f"。改法：{finding.suggestion}" if finding.suggestion else "")
    return {"ruleId": finding.rule, "ruleIndex": rule_index, "level": LEVELS.get(finding.severity, "warning"),
            "message": {"text": message}, "locations": [location],
            "properties": {"family": finding.family, "score": report.score}}


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column just after the finding (SARIF's end column is exclusive)."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _uri(source: str) -> str:
    """The file name as a URI reference, as SARIF requires: a relative name percent-encoded
    (来稿/一县.docx -> %E6%9D%A5%E7%A8%BF/...), an absolute one as a file URI (/home/… ->
    file:///home/…, C:\\来稿\\a.docx -> file:///C:/%E6%9D%A5…, \\\\server\\share -> file://server/share);
    standard input is “-”. A colon is encoded, so no name reads as a URI scheme (a:b.txt)."""
    from urllib.parse import quote

    path = source.replace("\\", "/")
    drive = re.match(r"[A-Za-z]:/", path)
    if drive:
        return "file:///" + path[:2] + quote(path[2:], safe="/-._~")
    if path.startswith("//"):
        return "file:" + quote(path, safe="/-._~")
    if path.startswith("/"):
        return "file://" + quote(path, safe="/-._~")
    return quote(path, safe="/-._~")
