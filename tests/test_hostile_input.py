"""Bad and hostile input: a clear Chinese message naming the file, bounded reading, no hang,
no traceback; in a run of several files the rest go on."""

from __future__ import annotations

import io
import os

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.errors import InputError
from checker.load import _read_limited, load

BODY = "今年以来，东河镇为14个村各选定2名后备干部，其中35岁以下的有19人。"


def problem(path) -> str:
    with pytest.raises(InputError) as caught:
        load(str(path))
    return caught.value.problem


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "管道.txt"
    os.mkfifo(fifo)
    assert "不是普通文件" in problem(fifo)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_refused():
    assert "不是普通文件" in problem("/dev/zero")


def test_an_endless_stream_stops_at_the_limit():
    class Endless(io.RawIOBase):
        def read(self, size=-1):
            return b"a" * (size if size and size > 0 else 1 << 20)

    with pytest.raises(InputError, match="输入过大"):
        _read_limited("-", Endless())


def test_a_name_too_long_is_one_message(tmp_path):
    assert problem(tmp_path / ("长" * 200 + ".txt")) == "文件名或路径过长"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may read every file")
def test_a_folder_the_user_may_not_enter(tmp_path):
    locked = tmp_path / "锁"
    locked.mkdir()
    (locked / "a.txt").write_text(BODY, encoding="utf-8")
    locked.chmod(0)
    try:
        assert "没有权限" in problem(locked / "a.txt")
    finally:
        locked.chmod(0o700)


def test_a_newline_in_a_name_stays_on_one_line(tmp_path):
    with pytest.raises(InputError) as caught:
        load(str(tmp_path / "第一行\n第二行.txt"))
    assert "\n" not in str(caught.value) and "\\n" in str(caught.value)


def test_utf32_with_bom_is_read_as_utf32(tmp_path):
    path = tmp_path / "utf32.txt"
    path.write_bytes(b"\xff\xfe\x00\x00" + ("标题\n" + BODY).encode("utf-32-le"))
    assert load(str(path)).text.endswith(BODY)


def test_nul_bytes_anywhere_mean_binary(tmp_path):
    path = tmp_path / "混合.txt"
    path.write_bytes((BODY * 400).encode("utf-8") + b"\x00\x01\x02")
    assert "二进制" in problem(path)


def test_only_invisible_characters_is_empty(tmp_path):
    path = tmp_path / "隐形.txt"
    path.write_text("\u200b\u200c\u200d\u2060\u202e\u2066\ufeff\n\u200b", encoding="utf-8")
    assert "不可见字符" in problem(path)


def test_big5_is_not_read_as_gb18030_mojibake(tmp_path):
    traditional = "本鎮為14個村選定後備幹部，其中35歲以下的有19人。黨支部書記逐戶走訪，聽取群眾意見。"
    path = tmp_path / "big5.txt"
    path.write_bytes(traditional.encode("big5"))
    assert load(str(path)).text == traditional


def test_a_run_of_files_reports_the_bad_ones_and_checks_the_rest(tmp_path):
    good = tmp_path / "好.txt"
    good.write_text("标题\n" + BODY, encoding="utf-8")
    fifo = tmp_path / "管道.txt"
    os.mkfifo(fifo)
    result = CliRunner().invoke(app, ["check", str(fifo), str(tmp_path / ("长" * 200 + ".txt")), str(good), "--no-model"],
                                env={"COLUMNS": "300"})
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "不是普通文件" in result.output and "文件名或路径过长" in result.output and "好.txt" in result.output


# -- .docx bounds before parsing -------------------------------------------------------------

def _docx_with_body(tmp_path, body: bytes, name: str = "炸弹.docx"):
    """A minimal .docx package whose document.xml body is `body` (deflated)."""
    import zipfile

    path = tmp_path / name
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml",
                         '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/>'
                         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                         'officedocument.wordprocessingml.document.main+xml"/></Types>')
        package.writestr("_rels/.rels",
                         '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                         '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        package.writestr("word/document.xml", b'<?xml version="1.0"?><w:document ' + ns + b"><w:body>" + body +
                         b"</w:body></w:document>")
    return path


def test_a_docx_whose_xml_unpacks_beyond_the_bound_is_refused_before_parsing(tmp_path):
    # ~30 MB of one repeated run deflates to a small file: refused by its unpacked size
    run = b"<w:r><w:t>" + "县委组织部".encode() + b"</w:t></w:r>"
    bomb = _docx_with_body(tmp_path, b"<w:p>" + run * (30_000_000 // len(run)) + b"</w:p>")
    assert bomb.stat().st_size < 1_000_000
    message = problem(bomb)
    assert "解压后" in message and "word/document.xml" in message


def test_a_docx_with_too_many_paragraphs_is_refused(tmp_path):
    many = _docx_with_body(tmp_path, b"<w:p><w:r><w:t>\xe5\xa5\xbd</w:t></w:r></w:p>" * 70_000)
    assert "段落" in problem(many)


def test_a_normal_docx_package_of_the_same_making_is_read(tmp_path):
    fine = _docx_with_body(tmp_path, ("<w:p><w:r><w:t>县委组织部选派32名干部驻村。</w:t></w:r></w:p>" * 3).encode())
    assert "驻村" in load(str(fine)).text


# -- an office's own regular expressions ------------------------------------------------------

@pytest.mark.parametrize("entry, refused", [
    ("re:(好+)+坏", True),           # 125 s on 33 characters before it was refused
    ("re:(?:[^，]+，)+完成", True),
    ("re:好+坏", False),
    ("re:(?:是|否){2,3}", False),
    ("re:不断(?:加强|完善)", False),
])
def test_user_regexes_with_nested_unbounded_repeats_are_refused_naming_the_line(tmp_path, monkeypatch, entry, refused):
    draft = tmp_path / "稿件.txt"
    draft.write_text("标题\n" + BODY + "好好好好好好好好好好好好好好好好好好好好好好好好好好好好好好好好好", encoding="utf-8")
    (tmp_path / "我的套话.txt").write_text(f"# 本单位补充\n{entry}\n", encoding="utf-8")
    (tmp_path / "checker.toml").write_text('[lexicons]\nboilerplate = ["我的套话.txt"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--no-model", str(draft)])
    if refused:
        assert result.exit_code == 2
        assert "我的套话.txt 第 2 行" in result.output and "不限次数的重复" in result.output
    else:
        assert result.exit_code == 0, result.output


# -- training and corpus input of the wrong size ------------------------------------------------

@pytest.mark.parametrize("folds", ["0", "1", "-3", "100"])
def test_folds_out_of_range_are_refused_before_any_work(tmp_path, folds):
    result = CliRunner().invoke(app, ["train", "corpus/bootstrap.jsonl", "--out", str(tmp_path / "m.npz"), "--folds", folds])
    assert result.exit_code == 2 and "--folds 应在 2 到 20 之间" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "m.npz").exists()


def test_train_refuses_an_output_it_cannot_write_before_reading_the_corpus(tmp_path):
    locked = tmp_path / "只读"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who may write anywhere (root)")
        result = CliRunner().invoke(app, ["train", "corpus/bootstrap.jsonl", "--out", str(locked / "m.npz")])
        assert result.exit_code == 2 and "无法在这里写入文件" in result.output
    finally:
        locked.chmod(0o700)


def test_report_and_model_may_not_share_a_name(tmp_path):
    out = tmp_path / "m.npz"
    result = CliRunner().invoke(app, ["train", "corpus/bootstrap.jsonl", "--out", str(out), "--report", str(out)])
    assert result.exit_code == 2 and "--report 不能与模型文件或模型说明同名" in result.output


def test_a_csv_cell_over_the_parser_limit_is_read_and_later_rows_are_not_lost(tmp_path):
    import csv

    from checker.corpus import read_corpus

    path = tmp_path / "语料.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "unit", "title", "text", "adopted"])
        writer.writerow(["长", "甲县", "很长的稿件", "县委组织部选派干部驻村。" * 12_000, "是"])  # 144,000 characters
        for i in range(3):
            writer.writerow([f"后{i}", "乙县", "标题", "县委组织部选派32名干部驻村。", "否"])
    corpus = read_corpus(path)
    assert [item.id for item in corpus.items] == ["长", "后0", "后1", "后2"] and not corpus.bad


def test_a_broken_csv_row_is_reported_and_the_rest_read(tmp_path):
    from checker.corpus import read_corpus

    path = tmp_path / "语料.csv"
    huge = "县" * 2_100_000
    path.write_text("id,unit,title,text,adopted\n1,甲县,标题,县委组织部选派干部驻村。,是\n"
                    f"2,甲县,标题,{huge},是\n3,乙县,标题,县委组织部选派干部驻村。,否\n", encoding="utf-8")
    corpus = read_corpus(path)
    assert [item.id for item in corpus.items] == ["1", "3"]
    assert [(bad.line, "单元格过长" in bad.reason) for bad in corpus.bad] == [(3, True)]


@pytest.mark.parametrize("field, value, says", [
    ("genre", 5, "文体应是文字"),
    ("genre", ["news"], "文体应是文字"),
    ("text", {"a": 1}, "正文应是文字"),
    ("title", 3.5, "标题应是文字"),
    ("id", [1], "编号应是文字或整数"),
])
def test_corpus_fields_of_the_wrong_type_are_reported_by_line(tmp_path, field, value, says):
    import json

    from checker.corpus import read_corpus

    good = {"id": "1", "unit": "甲县", "title": "标题", "text": "县委组织部选派32名干部驻村。", "adopted": True}
    path = tmp_path / "语料.jsonl"
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in
                              (good, {**good, "id": "2", field: value}, {**good, "id": "3"})) + "\n", encoding="utf-8")
    corpus = read_corpus(path)
    assert [item.id for item in corpus.items] == ["1", "3"]
    assert len(corpus.bad) == 1 and corpus.bad[0].line == 2 and says in corpus.bad[0].reason


def test_two_adopted_against_twenty_rejected_is_a_message_not_a_traceback(tmp_path):
    import json

    items = [json.loads(line) for line in open("corpus/bootstrap.jsonl", encoding="utf-8")]
    chosen = [i for i in items if i["adopted"]][:2] + [i for i in items if not i["adopted"]][:20]
    corpus = tmp_path / "不均衡.jsonl"
    corpus.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in chosen), encoding="utf-8")
    result = CliRunner().invoke(app, ["train", str(corpus), "--out", str(tmp_path / "m.npz")])
    assert result.exit_code == 2 and "“采用”的稿件只有 2 条" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "m.npz").exists()
