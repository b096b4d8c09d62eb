"""Full JSON reports for a few fixture drafts, kept as snapshots so that any change in
behaviour shows up as a diff in review. After an intended change, refresh them with

    CHECKER_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_snapshots.py
"""

import json
import os

import pytest

from .conftest import DATA, ROOT

SNAPSHOTS = ROOT / "tests" / "snapshots"
DRAFTS = {
    "example_docx": ROOT / "examples" / "样稿.docx",
    "example_problem": ROOT / "examples" / "问题建议样稿.txt",
    "weak_problem": DATA / "twins" / "problem_cunliangweihoubei.weak.txt",
}


@pytest.mark.parametrize("name", list(DRAFTS))
def test_report_matches_snapshot(checker, name):
    report = checker.check_path(str(DRAFTS[name])).to_json()
    report["source"] = DRAFTS[name].name  # independent of where the checkout lives
    path = SNAPSHOTS / f"{name}.json"
    rendered = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    if os.environ.get("CHECKER_UPDATE_SNAPSHOTS"):
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"no snapshot {path}: write it deliberately with CHECKER_UPDATE_SNAPSHOTS=1"
    assert json.loads(path.read_text(encoding="utf-8")) == report, f"report changed: refresh {path} if intended"


def _snapshot(path, rendered: str) -> None:
    if os.environ.get("CHECKER_UPDATE_SNAPSHOTS"):
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"no snapshot {path}: write it deliberately with CHECKER_UPDATE_SNAPSHOTS=1"
    assert path.read_text(encoding="utf-8") == rendered, f"output changed: refresh {path} if intended"


@pytest.mark.parametrize("name", list(DRAFTS))
def test_terminal_and_html_match_snapshots(checker, name):
    """The renderers only format the report: the same report gives the same terminal text
    (plain, 100 columns) and the same HTML page."""
    from io import StringIO

    from rich.console import Console

    from checker.report import html, terminal

    report = checker.check_path(str(DRAFTS[name]))
    report.source = DRAFTS[name].name
    buffer = StringIO()
    terminal.render(report, Console(file=buffer, width=100, color_system=None, highlight=False, soft_wrap=True))
    _snapshot(SNAPSHOTS / f"{name}.terminal.txt", buffer.getvalue())
    _snapshot(SNAPSHOTS / f"{name}.html", html.render(report))
