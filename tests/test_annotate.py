"""checker annotate: the findings back in Word as comments on exactly the flagged words, the
score and suggestions on the title, the original untouched."""

import hashlib
import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from typer.testing import CliRunner

from checker.cli import app
from checker.load import load
from checker.registry import DIMENSIONS
from checker.report.word import AUTHOR, annotate

from . import wordfiles as w

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def anchored(path) -> dict[int, tuple[str, str, str]]:
    """Comment id -> (the text it is anchored on, its author, its own text), read back from the file."""
    document = docx.Document(str(path))
    texts: dict[str, str] = {}
    open_ids: set[str] = set()
    for element in document.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ids.add(element.get(qn("w:id")))
            texts.setdefault(element.get(qn("w:id")), "")
        elif element.tag == qn("w:commentRangeEnd"):
            open_ids.discard(element.get(qn("w:id")))
        elif element.tag in (qn("w:t"), qn("w:tab")):
            for comment_id in open_ids:
                texts[comment_id] += element.text or "" if element.tag == qn("w:t") else "\t"
    comments = {c.comment_id: c for c in document.comments}
    assert set(comments) == {int(i) for i in texts}, "every comment is anchored, every anchor has its comment"
    return {int(i): (text, comments[int(i)].author, comments[int(i)].text) for i, text in texts.items()}


def rich_draft(tmp_path) -> str:
    """A Word draft with what Word files carry: a Title, soft returns, a table, a slogan split
    across two runs, a tracked insertion, a deletion and a hyperlink."""
    doc = w.document()
    w.add_soft_returns(doc, w.PARAGRAPHS[0], every=11)
    doc.add_paragraph(w.PARAGRAPHS[1])
    w.add_table(doc)
    doc.add_paragraph(w.PARAGRAPHS[2])
    w.append_xml(doc, w.paragraph(
        w.run("下一步，东山镇将"), w.inserted("进一步加强"), w.deleted("全面"), w.run("组织领导，不断完善工作机"),
        f'<w:hyperlink w:anchor="x">{w.run("制，切实提高群众满意度")}</w:hyperlink>',
        w.run("，推动基层治理再上"), w.run("新台阶。")))
    path = tmp_path / "稿件.docx"
    doc.save(path)
    return str(path)


def test_every_span_finding_is_a_comment_on_exactly_its_words(checker, tmp_path):
    path = rich_draft(tmp_path)
    report = checker.check_path(path)
    out = tmp_path / "批注.docx"
    out.write_bytes(annotate(report, open(path, "rb").read()))
    comments = anchored(out)
    spans = [f for f in report.findings if not f.document_level]
    assert len(spans) >= 8 and len(comments) == len(spans) + 1
    expected = sorted(report.text[f.start:f.end] for f in spans) + [w.TITLE]
    assert sorted(text for text, _, _ in comments.values()) == sorted(expected)
    assert {author for _, author, _ in comments.values()} == {AUTHOR}
    for finding in spans:  # each comment says what is wrong and how to fix it
        assert any(text == report.text[finding.start:finding.end] and finding.message in body and
                   "改法：" + finding.suggestion in body for text, _, body in comments.values())
    assert {"再上新台阶", "进一步加强", "切实提高"} <= {text for text, _, _ in comments.values()}  # across runs, in w:ins, in a link


def test_the_title_carries_score_dimensions_and_document_level_findings(checker, tmp_path):
    path = rich_draft(tmp_path)
    report = checker.check_path(path)
    out = tmp_path / "批注.docx"
    out.write_bytes(annotate(report, open(path, "rb").read()))
    on_title = [body for text, _, body in anchored(out).values() if text == w.TITLE]
    assert len(on_title) == 1
    summary = on_title[0]
    assert f"深度得分 {report.score} / 100" in summary
    for name, value in report.dimensions.items():
        assert f"{DIMENSIONS[name]} {value}" in summary
    for finding in (f for f in report.findings if f.document_level):
        assert finding.message in summary
    for suggestion in report.suggestions:
        assert suggestion in summary


def test_the_copy_reads_and_scores_as_the_original(checker, tmp_path):
    path = rich_draft(tmp_path)
    report = checker.check_path(path)
    out = tmp_path / "批注.docx"
    out.write_bytes(annotate(report, open(path, "rb").read()))
    again = checker.check_path(str(out))
    assert load(str(out)).text == report.text
    assert again.score == report.score and again.suggestions == report.suggestions


def test_cli_writes_beside_the_original_and_never_touches_it(tmp_path):
    path = rich_draft(tmp_path)
    before = hashlib.sha256(open(path, "rb").read()).hexdigest()
    result = run("annotate", "--no-model", path)
    assert result.exit_code == 0, result.output
    out = tmp_path / "稿件.批注.docx"
    assert out.exists() and anchored(out)
    assert hashlib.sha256(open(path, "rb").read()).hexdigest() == before
    stamp = out.stat().st_mtime_ns
    again = run("annotate", "--no-model", path)
    assert again.exit_code == 2 and "已存在" in again.output and "--force" in again.output
    assert out.stat().st_mtime_ns == stamp
    assert run("annotate", "--no-model", "--force", path).exit_code == 0
    assert hashlib.sha256(open(path, "rb").read()).hexdigest() == before


def test_cli_refuses_to_write_over_the_original(tmp_path):
    path = rich_draft(tmp_path)
    before = open(path, "rb").read()
    result = run("annotate", "--no-model", "--force", "-o", path, path)
    assert result.exit_code == 2 and "不能覆盖原稿" in result.output
    assert open(path, "rb").read() == before


@pytest.mark.parametrize("name", ["稿件.txt", "稿件.md"])
def test_a_text_draft_becomes_a_word_file_with_the_same_comments(checker, tmp_path, name):
    source = tmp_path / name
    source.write_text(w.plain_text(), encoding="utf-8")
    out = tmp_path / "输出.docx"
    result = run("annotate", "--no-model", "-o", out, source)
    assert result.exit_code == 0, result.output
    report = checker.check_path(str(source))
    comments = anchored(out)
    spans = [f for f in report.findings if not f.document_level]
    assert sorted(text for text, _, _ in comments.values()) == sorted([report.text[f.start:f.end] for f in spans] + [w.TITLE])
    document = docx.Document(str(out))
    assert document.paragraphs[0].style.name == "Title" and document.paragraphs[0].text == w.TITLE
    assert [p.text for p in document.paragraphs[1:]] == w.PARAGRAPHS
    assert checker.check_path(str(out)).score == report.score


def test_a_draft_without_findings_still_gets_its_score(checker, tmp_path):
    doc = docx.Document()
    doc.add_paragraph("县委组织部为14个村配齐后备干部", style="Title")
    doc.add_paragraph("截至9月底，县委组织部为14个村各配备2名以上后备干部，共31人，其中35岁以下的19人。")
    path = tmp_path / "好稿.docx"
    doc.save(path)
    report = checker.check_path(str(path))
    out = tmp_path / "好稿.批注.docx"
    out.write_bytes(annotate(report, path.read_bytes()))
    comments = anchored(out)
    assert any(text == "县委组织部为14个村配齐后备干部" and f"深度得分 {report.score}" in body
               for text, _, body in comments.values())


def test_bad_input_is_one_chinese_line(tmp_path):
    bad = tmp_path / "坏.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    result = run("annotate", "--no-model", bad)
    assert result.exit_code == 2 and "docx" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "坏.批注.docx").exists()


ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice（soffice）未安装：跳过用 LibreOffice 打开批注版的检查")
def test_libreoffice_opens_the_copy_with_the_comments_on_the_same_words(checker, tmp_path):
    path = rich_draft(tmp_path)
    report = checker.check_path(path)
    out = tmp_path / "批注.docx"
    out.write_bytes(annotate(report, open(path, "rb").read()))
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "odt",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=180)
    with zipfile.ZipFile(tmp_path / "批注.odt") as odt:
        content = etree.fromstring(odt.read("content.xml"))
    ranges = _odf_annotations(content)
    spans = [f for f in report.findings if not f.document_level]
    assert sorted(ranges) == sorted([report.text[f.start:f.end] for f in spans] + [w.TITLE])


def _odf_annotations(root) -> list[str]:
    """The text each ODF annotation spans, from office:annotation to its office:annotation-end."""
    annotation, end = f"{{{ODF_OFFICE}}}annotation", f"{{{ODF_OFFICE}}}annotation-end"
    spans: dict[str, str] = {}
    open_names: set[str] = set()

    def add(text):
        for name in open_names:
            spans[name] += text or ""

    def walk(element):
        if element.tag == annotation:
            name = element.get(f"{{{ODF_OFFICE}}}name")
            spans[name] = ""
            open_names.add(name)  # its own text is the comment, not the document's
            return
        if element.tag == end:
            open_names.discard(element.get(f"{{{ODF_OFFICE}}}name"))
            return
        if element.tag.endswith("}tab"):
            add("\t")
        add(element.text)
        for child in element:
            walk(child)
            add(child.tail)

    walk(root)
    return list(spans.values())


def test_comments_already_in_the_draft_are_kept(checker, tmp_path):
    doc = w.document()
    paragraph = doc.add_paragraph(w.PARAGRAPHS[3])
    doc.add_comment(paragraph.runs, text="请补充时限", author="科长", initials="科")
    path = tmp_path / "带批注.docx"
    doc.save(path)
    report = checker.check_path(str(path))
    out = tmp_path / "带批注.批注.docx"
    out.write_bytes(annotate(report, path.read_bytes()))
    comments = anchored(out)
    assert (w.PARAGRAPHS[3], "科长", "请补充时限") in comments.values()
    assert sum(author == AUTHOR for _, author, _ in comments.values()) == \
        1 + sum(not f.document_level for f in report.findings)
