"""`checker batch`: inputs, resumable run, and the editor's files (csv, xlsx, html, errors)."""

from __future__ import annotations

import csv
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from checker.batch import run_batch
from checker.batch.inputs import NO_UNIT, collect, date_in_name
from checker.batch.runner import OutputFolderError, prepare_output, read_journal
from checker.batch.summary import band, imbalance, league
from checker.cli import app
from checker.pipeline import Checker

ROOT = Path(__file__).resolve().parent.parent
TWINS = ROOT / "tests" / "data" / "twins"

STRONG = ("东河镇对全镇14个村的后备干部逐一摸底，发现38名后备干部中有21人常年在外务工，"
          "实际在村可培养的只有17人。镇党委从返乡创业青年中新选出12人，由村党组织书记一对一带教，"
          "半年后有5人进入村“两委”。下一步，镇党委将每季度对后备干部在岗情况复核一次。")
WEAK = "我们高度重视，认真贯彻落实上级部署，取得了明显成效，今后将进一步加强领导、狠抓落实。"


@pytest.fixture(scope="module")
def checker():
    return Checker()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """来稿/<unit>/...: two units, a draft at the top level, a lock file, an old .doc, a bad file."""
    root = tmp_path / "来稿"
    (root / "东河镇" / "10月").mkdir(parents=True)
    (root / "西山乡").mkdir()
    (root / "东河镇" / "10月" / "后备干部_20261012.txt").write_text("东河镇后备干部摸底情况\n" + STRONG, encoding="utf-8")
    (root / "东河镇" / "表态.txt").write_text("认真抓好落实\n" + WEAK, encoding="utf-8")
    (root / "西山乡" / "稿件.txt").write_text("西山乡工作情况\n" + WEAK + WEAK, encoding="utf-8")
    (root / "西山乡" / "~$稿件.docx").write_bytes(b"\x00lock")
    (root / "西山乡" / ".隐藏.txt").write_text(WEAK, encoding="utf-8")
    (root / "西山乡" / "旧稿.doc").write_bytes(b"old")
    (root / "西山乡" / "空白.txt").write_text("   \n", encoding="utf-8")
    (root / "西山乡" / "照片.jpg").write_bytes(b"\xff\xd8")
    (root / "直接放的.txt").write_text(STRONG, encoding="utf-8")
    return root


def test_folder_units_come_from_first_level_subfolders(folder):
    inputs = collect(folder)
    units = {item.id: item.unit for item in inputs.items}
    assert units == {"东河镇/10月/后备干部_20261012.txt": "东河镇", "东河镇/表态.txt": "东河镇",
                     "西山乡/稿件.txt": "西山乡", "西山乡/空白.txt": "西山乡", "直接放的.txt": NO_UNIT}
    assert [(s.id, "doc" in s.reason) for s in inputs.skipped] == [("西山乡/旧稿.doc", True)]
    assert next(i for i in inputs.items if i.unit == "东河镇" and "10月" in i.id).date == "2026-10-12"


def test_output_folder_inside_the_input_is_not_read_as_drafts(folder, checker):
    run_batch(folder, folder / "汇总", lambda: checker, jobs=1)
    assert not any(item.id.startswith("汇总") for item in collect(folder, exclude=folder / "汇总").items)


@pytest.mark.parametrize("name, date", [("城关镇_20261005_稿件.docx", "2026-10-05"), ("2026年10月5日信息.txt", "2026-10-05"),
                                        ("稿件2026-9-30.txt", "2026-09-30"), ("第12期.txt", ""), ("20261399.txt", "")])
def test_dates_in_file_names(name, date):
    assert date_in_name(name) == date


def test_manifest_with_chinese_headers(tmp_path):
    (tmp_path / "a.txt").write_text(STRONG, encoding="utf-8")
    manifest = tmp_path / "清单.csv"
    manifest.write_text("文件,单位,日期,标题,是否采用\na.txt,东河镇,2026-10-03,后备干部摸底,是\n"
                        "缺失.txt,西山乡,2026-10-04,不存在的稿件,否\n", encoding="utf-8-sig")
    inputs = collect(manifest)
    [item] = inputs.items
    assert (item.unit, item.date, item.title, item.adopted) == ("东河镇", "2026-10-03", "后备干部摸底", True)
    [skipped] = inputs.skipped
    assert skipped.id == "缺失.txt" and "不存在" in skipped.reason


def test_manifest_genre_column_names_the_genre_and_an_unknown_word_is_told(tmp_path):
    """文体 in a manifest: the genre's Chinese name, its alias, or a summary's own cell (调研报告（也像
    工作动态）); a word the checker does not know is told (file and line) and the item is checked
    with the genre detected, not dropped."""
    for name in "abcde":
        (tmp_path / f"{name}.txt").write_text(STRONG, encoding="utf-8")
    manifest = tmp_path / "清单.csv"
    manifest.write_text("文件,单位,文体\na.txt,东河镇,问题建议\nb.txt,东河镇,调研报告（也像工作动态）\nc.txt,西山乡,讲话总结\n"
                        "d.txt,西山乡,杂文\ne.txt,西山乡,\n", encoding="utf-8-sig")
    inputs = collect(manifest)
    assert [item.genre for item in inputs.items] == ["problem", "research", "speech", None, None]
    [note] = inputs.notes
    assert "清单.csv" in note and "第 5 行" in note and "杂文" in note and "经验做法" in note


def test_items_of_an_unsure_genre_are_listed_for_the_editor_and_a_corrected_genre_rechecks_only_them(tmp_path, checker):
    """An item whose genre had a close runner-up is listed in summary.html and the 文体待核对 sheet;
    the editor writes the right genre into the manifest and runs again: that item is checked again
    as the genre given (and leaves the list), the others are reused."""
    from openpyxl import load_workbook

    (tmp_path / "摸底.txt").write_text("东河镇后备干部摸底情况\n" + STRONG, encoding="utf-8")
    (tmp_path / "表态.txt").write_text("认真抓好落实\n" + WEAK, encoding="utf-8")
    manifest, out = tmp_path / "清单.csv", tmp_path / "out"
    manifest.write_text("文件,单位\n摸底.txt,东河镇\n表态.txt,西山乡\n", encoding="utf-8-sig")
    first = run_batch(manifest, out, lambda: checker, jobs=1).run
    unsure = {r["id"]: r["genre_alternative"] for r in first.records if r["genre_alternative"]}
    assert "摸底.txt" in unsure
    page = (out / "summary.html").read_text(encoding="utf-8")
    assert "文体需要核对的稿件" in page and f"文体需要核对 {len(unsure)} 篇" in page
    listed = page.split("文体需要核对的稿件")[1].split("</table>")[0]
    assert "东河镇后备干部摸底情况" in listed and "认真抓好落实" not in listed
    sheet = load_workbook(out / "summary.xlsx")["文体待核对"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [row[1] for row in rows] == sorted(unsure) and all(row[3] != row[4] for row in rows)

    manifest.write_text("文件,单位,文体\n摸底.txt,东河镇,调研报告\n表态.txt,西山乡,\n", encoding="utf-8-sig")
    second = run_batch(manifest, out, lambda: checker, jobs=1).run
    assert second.reused == 1
    again = next(r for r in second.records if r["id"] == "摸底.txt")
    assert again["genre"] == "research" and again["genre_alternative"] is None
    assert "文体需要核对" not in (out / "summary.html").read_text(encoding="utf-8")  # it was the only one


def test_corpus_file_is_scored_directly(tmp_path, checker):
    corpus = tmp_path / "档案.jsonl"
    rows = [{"id": "A1", "unit": "东河镇", "date": "2025-03-01", "title": "后备干部", "text": STRONG, "genre": "经验做法"},
            {"id": "A2", "unit": "西山乡", "date": "2025-03-02", "title": "表态", "text": WEAK},
            {"id": "A3", "unit": "西山乡", "date": "2025-03-02", "title": "空", "text": " "}]
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = run_batch(corpus, tmp_path / "out", lambda: checker, jobs=1).run
    assert [r["id"] for r in result.records] == ["A1", "A2"]
    assert result.records[0]["genre"] == "experience"
    assert [e["id"] for e in result.errors] == ["A3"]


def test_a_broken_line_of_a_corpus_file_is_reported_and_the_rest_are_checked(tmp_path, checker):
    corpus = tmp_path / "档案.jsonl"
    good = [{"id": "A1", "unit": "东河镇", "date": "2025-03-01", "title": "后备干部", "text": STRONG},
            {"id": "A2", "单位": "西山乡", "标题": "表态", "正文": WEAK}]  # Chinese keys, as the corpus reader maps them
    corpus.write_text(json.dumps(good[0], ensure_ascii=False) + "\n{\"id\": \"A9\", \"text\": \"没有结尾\n[1, 2]\n"
                      + json.dumps(good[1], ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_batch(corpus, out, lambda: checker, jobs=1).run
    assert [(r["id"], r["unit"]) for r in result.records] == [("A1", "东河镇"), ("A2", "西山乡")]
    reasons = {e["id"]: e["error"] for e in result.errors}
    assert set(reasons) == {"第2行", "第3行"} and "JSON" in reasons["第2行"] and "第 2 行" in reasons["第2行"]
    errors_csv = (out / "errors.csv").read_text(encoding="utf-8-sig")
    assert "第 2 行不是有效的 JSON" in errors_csv and "第 3 行每行应是一个 JSON 对象" in errors_csv


def test_batch_writes_every_file_and_keeps_going_past_bad_items(folder, tmp_path, checker):
    out = tmp_path / "out"
    result = run_batch(folder, out, lambda: checker, month="2026-10", jobs=1).run
    assert {r["id"] for r in result.records} == {"东河镇/10月/后备干部_20261012.txt", "东河镇/表态.txt", "西山乡/稿件.txt", "直接放的.txt"}
    errors = {e["id"]: e["error"] for e in result.errors}
    assert set(errors) == {"西山乡/空白.txt", "西山乡/旧稿.doc"} and "空白" in errors["西山乡/空白.txt"]

    # results.jsonl: the check contract plus id, unit, date
    lines = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    first = next(r for r in lines if r["id"] == "东河镇/10月/后备干部_20261012.txt")
    assert first["unit"] == "东河镇" and first["date"] == "2026-10-12" and first["schema"] == 1
    assert first["title"] == "东河镇后备干部摸底情况" and "findings" in first and "dimensions" in first

    # results.csv: Excel's BOM, sorted by unit then score (best first)
    raw = (out / "results.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["单位"] for r in rows] == sorted(r["单位"] for r in rows)
    east = [int(r["深度得分"]) for r in rows if r["单位"] == "东河镇"]
    assert east == sorted(east, reverse=True) and east[0] > east[1]
    assert rows[0]["采用可能性"].endswith("%") or rows[0]["采用可能性"] == ""
    weak = next(r for r in rows if r["稿件"] == "东河镇/表态.txt")
    assert "没讲问题" in weak["稿件画像"] and weak["主要问题"]

    errors_csv = list(csv.reader((out / "errors.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert errors_csv[0] == ["单位", "稿件", "无法检查的原因"] and len(errors_csv) == 3


def test_summary_xlsx_sheets(folder, tmp_path, checker):
    from openpyxl import load_workbook

    out = tmp_path / "out"
    run_batch(folder, out, lambda: checker, jobs=1)
    book = load_workbook(out / "summary.xlsx")
    assert book.sheetnames == ["按单位", "按稿件", "问题", "疑似抄袭", "无法检查", "文体待核对"]
    items = book["按稿件"]
    assert items.freeze_panes == "A2" and items.auto_filter.ref.startswith("A1:")
    header = [c.value for c in items[1]]
    score_column = header.index("深度得分") + 1
    colours = {"strong": "C6EFCE", "middle": "FFEB9C", "weak": "FFC7CE"}
    cells = [row[score_column - 1] for row in items.iter_rows(min_row=2)]
    assert len(cells) == 4 and all(cell.fill.fgColor.rgb.endswith(colours[band(cell.value)]) for cell in cells)
    assert band(49) == "weak" and band(50) == "middle" and band(75) == "strong"  # rules/score.yaml bands
    units = book["按单位"]
    ranked = [(row[0].value, row[1].value, row[2].value) for row in units.iter_rows(min_row=2)]
    assert {unit for _, unit, _ in ranked} == {"东河镇", "西山乡", NO_UNIT}
    assert sorted(rank for rank, _, _ in ranked) == [1, 2, 3]
    problems = book["问题"]
    assert problems.max_row > 1 and [c.value for c in problems[1]][:5] == ["单位", "稿件", "标题", "位置", "规则"]
    places = {row[3].value for row in problems.iter_rows(min_row=2)}
    assert places <= {"全文", "标题"} | {f"第{n}段" for n in range(1, 20)}  # as Word numbers paragraphs


@pytest.mark.parametrize("score", [0, 49, 50, 59, 60, 74, 75, 79, 80, 100])
def test_a_score_has_one_colour_in_every_output(score):
    """The terminal's bar, the HTML report and the batch's xlsx and html colour a score alike."""
    from checker.report import html, terminal

    assert {"strong": "green", "middle": "yellow", "weak": "red"}[band(score)] == terminal._score_style(score)
    assert html.band(score) == band(score)


def test_the_colour_bands_are_the_score_files_data(tmp_path):
    import shutil

    from checker.errors import RuleError
    from checker.registry import band as band_in, score_bands

    rules = tmp_path / "rules"
    rules.mkdir()
    text = (ROOT / "rules" / "score.yaml").read_text(encoding="utf-8")
    (rules / "score.yaml").write_text(text.replace("strong: 75", "strong: 90"), encoding="utf-8")
    assert score_bands(rules) == (90, 50) and band_in(85, rules) == "middle" and band_in(90, rules) == "strong"
    broken = tmp_path / "broken"
    shutil.copytree(rules, broken)
    (broken / "score.yaml").write_text(text.replace("weak: 50", "weak: 95"), encoding="utf-8")
    with pytest.raises(RuleError, match="：bands 的 weak 和 strong"):
        score_bands(broken)


def test_rows_rendered_by_the_workers_are_the_rows_the_sheet_would_write():
    from checker.batch.xlsx import Sheet, _sheet_xml, row_xml

    rows = [["东河镇", "a.txt", "标题 <一> & “二”", "第2段", "ZG101", "套话空话", "问题\x0b说明", "=原文", "改法"],
            ["西山乡", "b.txt", "", "全文", "ZG201", "没有讲问题", "没有讲问题", "", "写出问题"]]
    styles = {3: lambda value: "strong"}
    direct = b"".join(_sheet_xml(Sheet("问题", [f"列{n}" for n in range(9)], rows, [8] * 9, styles), True, []))
    ahead = b"".join(_sheet_xml(Sheet("问题", [f"列{n}" for n in range(9)], [row_xml(r, styles) for r in rows], [8] * 9,
                                      styles), True, []))
    assert direct == ahead and b"\x00" not in direct and b'<row r="3">' in direct and b"&lt;" in direct


class _Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.svgs = 0
        self.external = []
        self._cell = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = ""
        elif tag == "svg":
            self.svgs += 1
        for key in ("src", "href"):
            if attrs.get(key):
                self.external.append(attrs[key])

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(self._cell)
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def test_summary_html_is_self_contained_and_escapes(folder, tmp_path, checker):
    (folder / "西山乡" / "稿件.txt").write_text("<script>alert(1)</script>\n" + WEAK, encoding="utf-8")
    out = tmp_path / "out"
    run_batch(folder, out, lambda: checker, month="2026-10", jobs=1)
    page = (out / "summary.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    parsed = _Tables()
    parsed.feed(page)
    assert parsed.external == [] and parsed.svgs == 2
    league_table = parsed.tables[0]
    assert league_table[0][:3] == ["排名", "单位", "来稿数"]
    assert {row[1] for row in league_table[1:]} == {"东河镇", "西山乡", NO_UNIT}
    assert "2026-10 来稿质量汇总" in page and "@media print" in page


def test_resume_skips_scored_items_and_rechecks_changed_ones(folder, tmp_path, checker):
    out = tmp_path / "out"
    first = run_batch(folder, out, lambda: checker, jobs=1).run
    assert first.reused == 0
    (folder / "西山乡" / "稿件.txt").write_text("西山乡工作情况\n" + STRONG, encoding="utf-8")
    again = run_batch(folder, out, lambda: checker, jobs=1).run
    assert again.reused == len(first.records) - 1
    changed = next(r for r in again.records if r["id"] == "西山乡/稿件.txt")
    assert changed["score"] > next(r for r in first.records if r["id"] == "西山乡/稿件.txt")["score"]
    forced = run_batch(folder, out, lambda: checker, jobs=1, force=True).run
    assert forced.reused == 0 and len(forced.records) == len(first.records)


def test_interrupted_run_keeps_what_finished_and_resumes(folder, tmp_path, checker):
    out = tmp_path / "out"

    def stop_after_two(done, total):
        if done == 2:
            raise KeyboardInterrupt

    result = run_batch(folder, out, lambda: checker, jobs=1, progress=stop_after_two).run
    assert result.interrupted and len(result.records) + len([e for e in result.errors if "doc" not in e["error"]]) == 2
    assert len(read_journal(out / "results.jsonl")) == len(result.records)
    assert json.loads((out / "batch.json").read_text(encoding="utf-8"))["finished"] is False
    resumed = run_batch(folder, out, lambda: checker, jobs=1).run
    assert not resumed.interrupted and resumed.reused == len(result.records) and len(resumed.records) == 4


def test_a_foreign_output_folder_is_refused(tmp_path):
    out = tmp_path / "我的文件"
    out.mkdir()
    (out / "重要.docx").write_bytes(b"mine")
    with pytest.raises(OutputFolderError, match="不是批量检查的输出"):
        prepare_output(out, force=True)
    assert (out / "重要.docx").read_bytes() == b"mine"


def test_parallel_run_gives_the_same_scores(folder, tmp_path, checker):
    one = run_batch(folder, tmp_path / "one", lambda: checker, jobs=1).run
    two = run_batch(folder, tmp_path / "two", lambda: checker, jobs=2).run
    assert [(r["id"], r["score"]) for r in one.records] == [(r["id"], r["score"]) for r in two.records]


def test_league_ranks_by_expected_adoptions_and_names_the_imbalance():
    def record(unit, score, probability):
        return {"unit": unit, "score": score, "adoption_probability": probability, "findings": [], "deductions": []}

    records = ([record("甲县", 80, 0.6)] * 6 + [record("乙县", 90, 0.9)] * 2 + [record("丙县", 50, 0.1)] * 3)
    rows = league(records)
    assert [(r.unit, r.rank) for r in rows] == [("甲县", 1), ("乙县", 2), ("丙县", 3)]
    text = imbalance(rows)
    assert "来稿最多的是甲县（6 篇）" in text and "最少的是乙县（2 篇）" in text and "相差 3.0 倍" in text


def test_cli_batch(folder, tmp_path):
    runner = CliRunner()
    out = tmp_path / "汇总"
    result = runner.invoke(app, ["batch", str(folder), "--out", str(out), "--month", "2026-10", "--no-model", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "已检查 4 篇" in result.output and (out / "summary.html").exists()
    bad = runner.invoke(app, ["batch", str(folder), "--out", str(out), "--month", "2026年10月"])
    assert bad.exit_code == 2 and "月份" in bad.output
    foreign = tmp_path / "别的"
    foreign.mkdir()
    (foreign / "x.txt").write_text("x", encoding="utf-8")
    refused = runner.invoke(app, ["batch", str(folder), "--out", str(foreign), "--no-model"])
    assert refused.exit_code == 2 and "另选一个文件夹" in refused.output


def test_cli_batch_tells_a_genre_it_cannot_read(tmp_path):
    (tmp_path / "a.txt").write_text("东河镇后备干部摸底情况\n" + STRONG, encoding="utf-8")
    manifest = tmp_path / "清单.csv"
    manifest.write_text("文件,单位,文体\na.txt,东河镇,随笔杂谈\n", encoding="utf-8-sig")
    result = CliRunner().invoke(app, ["batch", str(manifest), "--out", str(tmp_path / "out"), "--no-model", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "第 2 行的文体“随笔杂谈”无法识别" in result.output and "已检查 1 篇" in result.output


def test_another_inputs_output_folder_is_not_overwritten_unasked(folder, tmp_path, checker):
    """`checker batch 九月来稿 --out 十月汇总`: October's results stay unless --force says otherwise."""
    out = tmp_path / "十月汇总"
    run_batch(folder, out, lambda: checker, jobs=1)
    october = (out / "results.jsonl").read_bytes()
    other = tmp_path / "九月来稿" / "北坡镇"
    other.mkdir(parents=True)
    (other / "稿件.txt").write_text("北坡镇九月稿件\n" + STRONG, encoding="utf-8")
    with pytest.raises(OutputFolderError, match="另一批来稿.*--force"):
        run_batch(other.parent, out, lambda: checker, jobs=1)
    assert (out / "results.jsonl").read_bytes() == october
    resumed = run_batch(folder, out, lambda: checker, jobs=1).run  # the same input resumes
    assert resumed.reused == len(resumed.records) == 4
    replaced = run_batch(other.parent, out, lambda: checker, jobs=1, force=True).run
    assert [r["id"] for r in replaced.records] == ["北坡镇/稿件.txt"]


def test_the_input_is_recorded_before_any_work(folder, tmp_path, checker):
    """A run killed outright (no chance to write at the end) still marks the folder as this input's."""
    out = tmp_path / "out"
    seen = []

    def look(done, total):
        seen.append(json.loads((out / "batch.json").read_text(encoding="utf-8")))
        if done:
            raise KeyboardInterrupt

    run_batch(folder, out, lambda: checker, jobs=1, progress=look)
    assert seen[0]["source"] == str(folder.resolve()) and seen[0]["finished"] is False


def test_a_word_files_findings_are_placed_as_word_counts_paragraphs(tmp_path, checker):
    """The batch names paragraphs and table rows as `check` and Word do (a table row is not a 段)."""
    from . import wordfiles as w

    doc = w.document()
    doc.add_paragraph(w.PARAGRAPHS[0])
    w.add_table(doc)
    doc.add_paragraph(w.PARAGRAPHS[3])
    folder = tmp_path / "来稿" / "东山镇"
    folder.mkdir(parents=True)
    doc.save(folder / "夜谈.docx")
    [record] = run_batch(folder.parent, tmp_path / "out", lambda: checker, jobs=1).run.records
    alone = checker.check_path(str(folder / "夜谈.docx")).to_json()
    assert record["score"] == alone["score"]  # the table's rows are read as rows, not as paragraphs
    assert [(f["rule"], f["place"]) for f in record["findings"]] == [(f["rule"], f["place"]) for f in alone["findings"]]
    assert any(f["place"] == "第2段" for f in record["findings"])  # the paragraph after the table


def test_an_interrupted_batch_says_what_it_kept_and_nothing_contrary(folder, tmp_path, monkeypatch, capsys):
    """Ctrl-C in `checker batch`: its own line (results written, run again to resume), exit 130,
    not the general line of other commands (nothing written, files unchanged)."""
    import os
    import sys

    import checker.batch
    import checker.cli as cli
    from checker.batch import BatchOutput
    from checker.batch.runner import BatchRun

    def interrupted(*args, **kwargs):
        return BatchOutput(BatchRun(records=[], errors=[], interrupted=True, total=5), [])

    class Exited(Exception):
        pass

    def leave(code):
        raise Exited(code)

    monkeypatch.setattr(checker.batch, "run_batch", interrupted)
    monkeypatch.setattr(os, "_exit", leave)
    monkeypatch.setattr(cli, "_INTERRUPT_TOLD", False, raising=False)
    monkeypatch.setattr(sys, "argv", ["checker", "batch", str(folder), "--out", str(tmp_path / "out"), "--no-model"])
    with pytest.raises(Exited) as exit:
        cli.main()
    assert exit.value.args == (130,)
    told = capsys.readouterr().err
    assert "再次运行同一命令即可接着检查" in told and "原有文件保持不变" not in told


def test_the_progress_bar_shows_on_a_terminal_and_stays_quiet_otherwise():
    import io

    from rich.console import Console

    from checker.batch.runner import progress_printer

    quiet, update = progress_printer(Console(file=io.StringIO(), force_terminal=False))
    assert quiet is None and update is None  # piped or redirected: nothing to draw

    screen = io.StringIO()
    bar, update = progress_printer(Console(file=screen, force_terminal=True, width=100))
    with bar:
        update(3, 10)
        bar.refresh()
    drawn = screen.getvalue()
    assert "检查中" in drawn and "3/10" in drawn and "剩余" in drawn
