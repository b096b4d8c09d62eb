"""End to end in headless Chromium (Debian's chromium, driven by Playwright's Python package)
against checker serve on a free loopback port: paste and check, upload a .docx, a draft with
<script> shows as text, the annotated .docx downloads. Skipped, saying why, where Playwright
or Chromium is not installed (.ci/run installs Chromium with apt)."""

import shutil
import socket
import threading
import time

import docx
import pytest

from checker.serve import create_app

from . import wordfiles as w

playwright = pytest.importorskip("playwright.sync_api", reason="Playwright 未安装（pip install playwright）：跳过浏览器测试")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="没有找到 Chromium（apt-get install chromium）：跳过浏览器测试")


@pytest.fixture(scope="module")
def server(checker):
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = uvicorn.Server(uvicorn.Config(create_app(checker), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=app.run, daemon=True)
    thread.start()
    for _ in range(200):
        if app.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    app.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1100, "height": 1400})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/")
    yield page
    context.close()


def test_paste_check_and_see_the_marked_up_draft(page, checker, tmp_path):
    page.fill("#text", w.plain_text())
    page.click("#check")
    report = page.frame_locator("#report")
    report.locator("mark").first.wait_for()
    expected = checker.check_text(w.plain_text())
    assert report.locator(".score").inner_text() == str(expected.score)
    assert report.locator("mark").count() >= sum(not f.document_level for f in expected.findings)
    assert report.locator(".label").first.inner_text() == "标题"
    page.screenshot(path=str(tmp_path / "checked.png"), full_page=True)
    assert (tmp_path / "checked.png").stat().st_size > 10_000


def test_upload_a_word_file(page, tmp_path):
    doc = w.document()
    for index, text in enumerate(w.PARAGRAPHS):
        doc.add_paragraph(text)
        if index == 1:
            w.add_table(doc)
    path = tmp_path / "东山镇.docx"
    doc.save(path)
    page.set_input_files("#file", str(path))
    assert page.locator("#filename").inner_text() == "东山镇.docx"
    page.click("#check")
    report = page.frame_locator("#report")
    report.locator(".label", has_text="表格第2行").wait_for()
    assert "东山镇.docx" in report.locator(".meta").first.inner_text()
    with page.expect_download() as download:
        page.click("button[data-format=docx]")
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "东山镇.批注.docx"
    assert len(list(docx.Document(str(saved)).comments)) > 1


def test_a_draft_with_a_script_shows_it_as_text(page):
    page.fill("#text", "县委组织部选派干部\n<script>alert('x')</script>县委组织部选派45名干部到村任职。<img src=x onerror=alert(2)>")
    page.click("#check")
    report = page.frame_locator("#report")
    report.locator(".para").first.wait_for()
    assert "<script>alert('x')</script>" in report.locator("body").inner_text()
    assert report.locator("script").count() == 0 and report.locator("img").count() == 0
    page.wait_for_timeout(300)
    assert page.dialogs == []


def test_a_bad_file_gets_its_reason_on_the_page(page, tmp_path):
    bad = tmp_path / "坏稿件.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    page.set_input_files("#file", str(bad))
    page.click("#check")
    page.locator("#status", has_text="坏稿件.docx").wait_for()
