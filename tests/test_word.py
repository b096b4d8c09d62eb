"""A .docx is read as Word shows it: a table row is one unit, soft returns stay inside their
paragraph, tracked insertions are in and deletions out, content controls and inline
containers are read in order, and every output names a paragraph as the writer counts it."""

import io
import re

import docx
from rich.console import Console

from checker.load import load
from checker.report import html, terminal

from . import wordfiles as w


def save(doc, tmp_path, name="稿件.docx") -> str:
    path = tmp_path / name
    doc.save(path)
    return str(path)


def labels(source) -> list[tuple[str, str]]:
    return [(p.label, source.text[p.start:p.end]) for p in source.places]


def with_table(tmp_path, table=True, name="稿件.docx") -> str:
    doc = w.document()
    for index, text in enumerate(w.PARAGRAPHS):
        doc.add_paragraph(text)
        if index == 1 and table:
            w.add_table(doc)
    return save(doc, tmp_path, name)


def test_soft_returns_stay_inside_their_paragraph_and_score_as_the_text_file(checker, tmp_path):
    doc = w.document(title_style=None)
    for text in w.PARAGRAPHS:
        w.add_soft_returns(doc, text, every=13)  # breaks fall inside words and numbers (不足2|0人)
    word = load(save(doc, tmp_path))
    (tmp_path / "稿件.txt").write_text(w.plain_text(), encoding="utf-8")
    text = load(str(tmp_path / "稿件.txt"))
    assert word.text.split("\n") == [w.TITLE, *w.PARAGRAPHS]
    assert word.title == text.title == w.TITLE
    from_word, from_text = checker.check_source(word), checker.check_source(text)
    assert from_word.score == from_text.score
    assert from_word.dimensions == from_text.dimensions
    assert [(f.rule, f.start, f.end) for f in from_word.findings] == [(f.rule, f.start, f.end) for f in from_text.findings]
    assert from_word.suggestions == from_text.suggestions


def test_soft_return_between_latin_words_reads_as_a_space(tmp_path):
    doc = w.document()
    paragraph = doc.add_paragraph()
    paragraph.add_run("统一使用Office").add_break()
    paragraph.add_run("Online编辑，模").add_break()
    paragraph.add_run("板由县委组织部提供。")
    source = load(save(doc, tmp_path))
    assert source.text.split("\n")[1] == "统一使用Office Online编辑，模板由县委组织部提供。"


def test_a_table_row_is_one_unit_and_paragraph_numbers_skip_the_table(tmp_path):
    source = load(with_table(tmp_path))
    assert "东山村\t6\t31\t27" in source.text.split("\n")
    assert [label for label, _ in labels(source)] == [
        "标题", "第1段", "第2段", "表格第1行", "表格第2行", "表格第3行", "表格第4行", "第3段", "第4段"]
    assert dict(labels(source))["第4段"] == w.PARAGRAPHS[3]


def test_a_data_table_does_not_make_the_draft_look_less_factual(checker, tmp_path):
    plain = checker.analyse(load(with_table(tmp_path, table=False, name="无表.docx")))
    tabled = checker.analyse(load(with_table(tmp_path, table=True, name="有表.docx")))

    def factual_share(analysis):
        body = analysis.signals.body()
        return sum(sig.specific for _, sig in body) / len(body)

    assert factual_share(tabled) >= factual_share(plain)
    assert checker.report(tabled).dimensions["specificity"] >= checker.report(plain).dimensions["specificity"]
    assert checker.report(tabled).score >= checker.report(plain).score


def test_two_tables_are_told_apart(tmp_path):
    doc = w.document()
    doc.add_paragraph(w.PARAGRAPHS[0])
    w.add_table(doc)
    w.add_table(doc, [("项目", "人数"), ("驻村干部", "28")])
    source = load(save(doc, tmp_path))
    assert ("第2个表格第2行", "驻村干部\t28") in labels(source)
    assert ("第1个表格第1行", "村\t夜谈会场数\t收集诉求\t已办结") in labels(source)


def test_merged_cells_are_read_once(tmp_path):
    doc = w.document()
    table = doc.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "东山镇村务夜谈情况"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "东山村"
    for r in (1, 2):
        table.cell(r, 1).text, table.cell(r, 2).text = f"{r}月", f"{r * 3}场"
    source = load(save(doc, tmp_path))
    assert source.text.count("东山镇村务夜谈情况") == 1
    assert source.text.count("东山村") == 1
    assert [text for label, text in labels(source) if label.startswith("表格")] == [
        "东山镇村务夜谈情况", "东山村\t1月\t3场", "2月\t6场"]


def test_paragraph_numbers_in_every_output_are_the_word_numbers(checker, tmp_path):
    report = checker.check_path(with_table(tmp_path))
    # 不断完善 stands in the fourth paragraph of the Word file, after the table
    weak = [s for s in report.suggestions if "不断完善" in s]
    assert weak and weak[0].endswith("见第4段）")
    buffer = io.StringIO()
    terminal.render(report, Console(file=buffer, width=200, no_color=True, highlight=False))
    lines = buffer.getvalue().splitlines()
    assert any(line.strip().startswith("第4段 │ 下一步，东山镇") for line in lines)
    assert any(line.strip().startswith("表格第2行 │ 东山村") for line in lines)
    page = html.render(report)
    shown = {}
    for block in re.findall(r'<span class="label">(.*?)</span>(.*?)(?:<ol|</div>)', page):
        shown[block[0]] = re.sub(r"<sup>.*?</sup>|<[^>]+>", "", block[1])
    assert shown["第4段"] == w.PARAGRAPHS[3]
    assert shown["表格第2行"] == "东山村\t6\t31\t27"


def test_tracked_insertions_are_read_and_deletions_left_out(tmp_path):
    doc = w.document()
    w.append_xml(doc, w.paragraph(w.run("从4月起，全镇"), w.inserted("14个"), w.deleted("所有"),
                                  w.run("村每月召开一次村务夜谈会。")))
    source = load(save(doc, tmp_path))
    assert source.text.split("\n")[1] == "从4月起，全镇14个村每月召开一次村务夜谈会。"


def test_content_controls_smart_tags_fields_and_links_are_read_in_order(tmp_path):
    doc = w.document()
    w.append_xml(doc, w.content_control("截至9月底，共召开夜谈会84场。", "收集诉求312件。"))
    w.append_xml(doc, w.paragraph(
        w.run("由"), f"<w:smartTag w:uri=\"urn:x\" w:element=\"place\">{w.run('东山镇')}</w:smartTag>",
        f"<w:customXml w:element=\"unit\">{w.run('党委')}</w:customXml>",
        f"<w:hyperlink w:anchor=\"a\">{w.run('牵头')}</w:hyperlink>",
        f"<w:fldSimple w:instr=\" DOCPROPERTY 部门 \">{w.run('组织办')}</w:fldSimple>",
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', w.run("落实"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        f"<w:sdt><w:sdtContent>{w.run('。')}</w:sdtContent></w:sdt>"))
    source = load(save(doc, tmp_path))
    assert source.text.split("\n")[1:] == ["截至9月底，共召开夜谈会84场。", "收集诉求312件。", "由东山镇党委牵头组织办落实。"]
    assert [label for label, _ in labels(source)] == ["标题", "第1段", "第2段", "第3段"]


def test_masthead_and_issuer_line_are_not_the_title(tmp_path):
    doc = docx.Document()
    for text in ("组工信息", "第12期", "中共东山县委组织部 2026年5月10日", w.TITLE, *w.PARAGRAPHS):
        doc.add_paragraph(text)
    source = load(save(doc, tmp_path))
    assert source.title == w.TITLE
    assert [label for label, _ in labels(source)][:5] == ["标题前第1段", "标题前第2段", "标题前第3段", "标题", "第1段"]


def test_heading_style_is_a_heading_not_a_body_paragraph(checker, tmp_path):
    doc = w.document()
    doc.add_paragraph("把夜谈会从村部搬到群众家门口的几点做法", style="Heading 2")
    for text in w.PARAGRAPHS:
        doc.add_paragraph(text)
    report = checker.check_path(save(doc, tmp_path))
    assert report.stats["paragraphs"] == len(w.PARAGRAPHS)
    assert [p.label for p in report.paragraphs()][:3] == ["标题", "第1段", "第2段"]  # still counted as Word counts it


def _text_box(*paragraphs: str) -> str:
    """A run holding a text box as Word writes it: a DrawingML shape, and under mc:Fallback the
    same text again as VML for old readers."""
    inner = "".join(f"<w:p>{w.run(text)}</w:p>" for text in paragraphs)
    wps = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    v = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    return (f'<w:r><mc:AlternateContent {mc}><mc:Choice Requires="wps"><w:drawing><wps:wsp {wps}><wps:txbx>'
            f"<w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
            f"<mc:Fallback><w:pict><v:shape {v}><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
            f"</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def test_text_boxes_are_read_once_after_their_paragraph(tmp_path):
    doc = w.document()
    w.append_xml(doc, w.paragraph(w.run("全镇14个村每月召开一次村务夜谈会。"),
                                  _text_box("链接：截至9月底，共召开夜谈会84场。", "收集诉求312件，办结297件。")))
    w.append_xml(doc, w.paragraph(w.run("下一步，镇党委将把夜谈会纳入村干部考核。")))
    source = load(save(doc, tmp_path))
    assert source.text.split("\n")[1:] == ["全镇14个村每月召开一次村务夜谈会。", "链接：截至9月底，共召开夜谈会84场。",
                                           "收集诉求312件，办结297件。", "下一步，镇党委将把夜谈会纳入村干部考核。"]
    assert [label for label, _ in labels(source)] == ["标题", "第1段", "第2段", "第3段", "第4段"]
