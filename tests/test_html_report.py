"""`checker check -f html`: a self-contained page with the flagged words marked and numbered,
each finding's message and fix under its paragraph, user text escaped, written atomically."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from typer.testing import CliRunner

from checker.cli import app
from checker.pipeline import Checker
from checker.report import html

DRAFT = ("XX县多措并举激励干部担当作为\n"
         "我们高度重视，认真贯彻落实上级部署，取得了明显成效。<script>alert(1)</script>\n"
         "今年以来，全县42个村已全部完成换届，新当选的村党组织书记平均年龄41岁。")


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks, self.external, self.tags, self._in_mark = [], [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if tag == "mark":
            self.marks.append("")
            self._in_mark = True
        for key in ("src", "href"):
            if attrs.get(key):
                self.external.append(attrs[key])

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark = False

    def handle_data(self, data):
        if self._in_mark:
            self.marks[-1] += data


def test_page_marks_every_span_finding_and_escapes_the_draft():
    report = Checker().check_text(DRAFT, "experience")
    page = html.render(report)
    parsed = Page()
    parsed.feed(page)
    spans = [f for f in report.findings if not f.document_level]
    assert spans and parsed.external == [] and "script" not in parsed.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    marked = "".join(parsed.marks)
    assert all(f.excerpt.rstrip("…") in marked for f in spans if f.end - f.start < 30)
    assert len(re.findall(r"<sup>\d+</sup>", page)) == len(spans)
    assert "第1段" in page and "第2段" in page and "标题" in page
    assert f">{report.score}</span>" in page and "@media print" in page
    for finding in report.findings:
        assert html.e(finding.suggestion) in page


def test_cli_writes_the_page_and_never_overwrites_unasked(tmp_path):
    draft = tmp_path / "稿件.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    out = tmp_path / "报告.html"
    runner = CliRunner()
    first = runner.invoke(app, ["check", str(draft), "-f", "html", "-o", str(out), "--no-model"])
    assert first.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    out.write_text("我的文件", encoding="utf-8")
    again = runner.invoke(app, ["check", str(draft), "-f", "html", "-o", str(out), "--no-model"])
    assert again.exit_code == 2 and "已存在" in again.output and out.read_text(encoding="utf-8") == "我的文件"
    forced = runner.invoke(app, ["check", str(draft), "-f", "html", "-o", str(out), "--no-model", "--force"])
    assert forced.exit_code == 0 and "<!DOCTYPE html>" in out.read_text(encoding="utf-8")
    two = runner.invoke(app, ["check", str(draft), str(draft), "-f", "html", "--no-model"])
    assert two.exit_code == 2 and "一次只能检查一篇" in two.output


def test_json_to_a_file_is_the_same_as_to_the_screen(tmp_path):
    draft = tmp_path / "稿件.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    runner = CliRunner()
    screen = runner.invoke(app, ["check", str(draft), "-f", "json", "--no-model"]).stdout
    out = tmp_path / "r.json"
    runner.invoke(app, ["check", str(draft), "-f", "json", "--no-model", "-o", str(out)])
    assert out.read_text(encoding="utf-8") == screen
