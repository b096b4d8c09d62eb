"""checker serve through FastAPI's test client: the page, the JSON API, uploads, limits, and
user text that never becomes markup."""

import io
import re
import socket
import tempfile

import docx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from checker.load import from_text
from checker.serve import MAX_BODY_BYTES, create_app

from . import wordfiles as w

DRAFT = w.plain_text()


@pytest.fixture(scope="module")
def client(checker):
    return TestClient(create_app(checker))


def word_file(tmp_path) -> bytes:
    doc = w.document()
    for index, text in enumerate(w.PARAGRAPHS):
        doc.add_paragraph(text)
        if index == 1:
            w.add_table(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_the_page_loads_nothing_from_the_network(client):
    page = client.get("/")
    assert page.status_code == 200 and "稿件检查" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    script = client.get("/page.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    for body in (page.text, script.text):
        assert not re.search(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}", body, re.I)
    assert '<option value="problem">问题建议</option>' in page.text
    assert 'sandbox="allow-same-origin"' in page.text  # the report frame runs no script


def test_api_check_returns_the_check_json(client, checker):
    response = client.post("/api/check", json={"text": DRAFT})
    assert response.status_code == 200
    assert response.json() == checker.check_source(from_text("-", DRAFT)).to_json()
    given = client.post("/api/check", json={"text": "\n".join(w.PARAGRAPHS), "title": w.TITLE, "genre": "问题建议"}).json()
    assert given["title"] == w.TITLE and given["genre"] == "problem"


@pytest.mark.parametrize("body, words", [
    (b"{not json", "不是有效的 JSON"),
    (b'{"title": "x"}', "text"),
    (b'{"text": 42}', "text"),
    (b'{"text": "   \\n  "}', "空白"),
    (b'{"text": "\\u4e1c\\u5c71\\u9547\\u63a8\\u884c", "genre": "novel"}', "未知文体"),
])
def test_bad_requests_get_400_and_a_chinese_reason(client, body, words):
    response = client.post("/api/check", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert words in response.json()["error"]


def test_a_body_over_the_limit_is_413_with_or_without_its_length(client):
    big = b"x" * (MAX_BODY_BYTES + 1)
    said = client.post("/api/check", content=big, headers={"Content-Type": "application/json"})
    assert said.status_code == 413 and "10 MB" in said.json()["error"]

    def chunks():
        for _ in range(11):
            yield b"y" * 1_000_000

    streamed = client.post("/api/report", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert streamed.status_code == 413


def test_an_uploaded_word_file_is_read_as_word_shows_it(client, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    response = client.post("/api/report", files={"file": ("东山镇.docx", word_file(tmp_path), "application/octet-stream")},
                           data={"format": "html"})
    assert response.status_code == 200
    assert '<span class="label">表格第2行</span>' in response.text and '<span class="label">第4段</span>' in response.text
    assert list(tmp_path.iterdir()) == []  # the temporary copy is gone


def test_downloads_json_and_annotated_word(client, tmp_path, checker):
    files = {"file": ("东山镇.docx", word_file(tmp_path), "application/octet-stream")}
    as_json = client.post("/api/report", files=files, data={"format": "json"})
    assert as_json.json()["source"] == "东山镇.docx"
    assert "filename*=UTF-8''%E4%B8%9C%E5%B1%B1%E9%95%87.json" in as_json.headers["content-disposition"]
    annotated = client.post("/api/report", files=files, data={"format": "docx"})
    assert annotated.status_code == 200
    document = docx.Document(io.BytesIO(annotated.content))
    spans = [f for f in as_json.json()["findings"] if f["start"] != f["end"]]
    assert len(list(document.comments)) == len(spans) + 1
    pasted = client.post("/api/report", data={"text": DRAFT, "format": "docx"})
    assert pasted.status_code == 200 and len(list(docx.Document(io.BytesIO(pasted.content)).comments)) > 1


@pytest.mark.parametrize("name, data, status, words", [
    ("稿件.pdf", b"%PDF-1.4", 415, ".docx"),
    ("坏稿件.docx", b"PK\x03\x04 broken", 400, "坏稿件.docx"),
    ("空.txt", b"", 400, "空"),
])
def test_uploads_of_the_wrong_kind_are_refused_by_name(client, name, data, status, words):
    response = client.post("/api/report", files={"file": (name, data, "application/octet-stream")}, data={"format": "html"})
    assert response.status_code == status
    assert words in response.json()["error"] and "upload" not in response.json()["error"]


def test_a_draft_with_markup_shows_as_text(client):
    draft = "<script>alert(1)</script>标题<b>粗</b>\n县委组织部<img src=x onerror=alert(2)>选派45名干部到村任职，高度重视。"
    response = client.post("/api/report", data={"text": draft, "format": "html"})
    assert response.status_code == 200
    assert "<script>" not in response.text and "<img" not in response.text and "<b>" not in response.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert client.post("/api/check", json={"text": draft}).json()["title"].startswith("<script>")  # JSON keeps the text


def test_nothing_to_check_and_unknown_format(client):
    assert client.post("/api/report", data={"text": "  ", "format": "html"}).status_code == 400
    assert client.post("/api/report", data={"text": DRAFT, "format": "pdf"}).status_code == 400


def test_openapi_describes_the_api_and_no_page_loads_from_the_network(client):
    spec = client.get("/openapi.json").json()
    assert "/api/check" in spec["paths"] and "/api/report" in spec["paths"]
    assert client.get("/docs").status_code == 404  # Swagger UI would load scripts from the network
    assert client.get("/没有").json()["error"] == "没有这个页面"


def test_serve_warns_off_loopback_and_refuses_a_busy_port(monkeypatch):
    import uvicorn

    import checker.serve as serve
    from checker.cli import app

    started = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **options: started.append(options))
    monkeypatch.setattr(serve, "create_app", lambda: object())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--port", str(free)])
    assert result.exit_code == 0, result.output
    assert "警告" in result.output and started == [{"host": "0.0.0.0", "port": free, "log_level": "warning"}]
    quiet = CliRunner().invoke(app, ["serve", "--port", str(free)])
    assert "警告" not in quiet.output and started[-1]["host"] == "127.0.0.1"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = CliRunner().invoke(app, ["serve", "--port", str(busy.getsockname()[1])])
    assert taken.exit_code == 2 and "端口" in taken.output
