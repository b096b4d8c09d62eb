"""Bad input gets one Chinese line naming the file, never a traceback."""

import zipfile

import docx
import pytest

from checker.errors import InputError
from checker.load import load

DRAFT = "XX县推行年轻干部一线墩苗\n今年3月起，县委组织部选派38名年轻干部到信访一线。\n"


def write(path, data: bytes):
    path.write_bytes(data)
    return str(path)


def test_utf8_with_bom(tmp_path):
    source = load(write(tmp_path / "a.txt", "\ufeff".encode() + DRAFT.encode("utf-8")))
    assert source.title == "XX县推行年轻干部一线墩苗"
    assert not source.text.startswith("\ufeff")


def test_gbk_is_detected(tmp_path):
    source = load(write(tmp_path / "gbk.txt", DRAFT.encode("gbk")))
    assert "选派38名年轻干部" in source.text


def test_crlf_is_normalised(tmp_path):
    source = load(write(tmp_path / "crlf.txt", DRAFT.replace("\n", "\r\n").encode("utf-8")))
    assert "\r" not in source.text


def test_markdown_markup_is_blanked_keeping_offsets(tmp_path):
    raw = "# 标题\n\n**县委组织部**选派38人。\n"
    source = load(write(tmp_path / "a.md", raw.encode()))
    assert len(source.text) == len(raw)
    assert source.title == "标题"
    assert "**" not in source.text


def test_docx_paragraphs_and_table_rows_in_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("一线墩苗的做法", style="Title")
    document.add_paragraph("第一段正文。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "项目"
    table.cell(0, 1).text = "45人"
    document.add_paragraph("表后一段。")
    path = tmp_path / "a.docx"
    document.save(path)
    source = load(str(path))
    assert source.title == "一线墩苗的做法"
    assert source.text.split("\n") == ["一线墩苗的做法", "第一段正文。", "项目\t45人", "表后一段。"]


@pytest.mark.parametrize("name,data,words", [
    ("empty.txt", b"", "文件为空"),
    ("blank.txt", " \n\t\n".encode(), "空白"),
    ("binary.txt", b"\x00\x01\x02PNG\x00" * 50, "二进制"),
    ("bad.txt", b"\xff\xfe\xfd\x80\x81" * 20 + b"\xff", "编码"),
    ("corrupt.docx", b"PK\x03\x04 this is not really a zip", "docx"),
    ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "加密"),
    ("old.doc", b"\xd0\xcf\x11\xe0", ".doc"),
    ("sheet.xlsx", b"PK", "不支持的文件类型"),
])
def test_bad_file_gets_a_chinese_message(tmp_path, name, data, words):
    path = write(tmp_path / name, data)
    with pytest.raises(InputError) as raised:
        load(path)
    assert words in str(raised.value)
    assert path in str(raised.value)


def test_undecodable_bytes_are_refused_not_garbled(tmp_path):
    path = write(tmp_path / "bad.txt", bytes([0x81, 0x30, 0xFF]) * 10)
    with pytest.raises(InputError, match="编码"):
        load(path)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(InputError, match="不存在"):
        load(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="文件夹"):
        load(str(tmp_path))


def test_five_megabyte_text_is_refused(tmp_path):
    path = write(tmp_path / "huge.txt", ("字" * 1_700_000).encode("utf-8"))
    with pytest.raises(InputError, match="过大"):
        load(path)


def test_docx_that_is_a_zip_but_not_word(tmp_path):
    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match=r"无法打开 \.docx 文件"):
        load(str(path))
