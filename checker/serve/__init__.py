"""checker serve: a local web page for writers who do not use a terminal, and a JSON API.

    GET  /             the page: paste a draft or drop a .docx/.txt/.md, pick the genre, check;
                       the result is the HTML report; buttons download it, the JSON and the
                       annotated .docx
    POST /api/check    JSON {"text", "title"?, "genre"?} -> the check JSON (schema 1)
    POST /api/report   form fields text or file, genre, format=html|json|docx -> that file
    GET  /openapi.json the API described (FastAPI writes it; its /docs page is off because it
                       loads scripts from the network)

Built on FastAPI (Starlette underneath, run by uvicorn): well kept, a test client in the box,
request validation and the OpenAPI description from the same type hints. The checker, the
model and the dictionary load once, when the app is made. Nothing is written to disk but the
upload's temporary copy, removed as soon as it is read. Every request body is limited to
10 MB (413). All user text reaches the page escaped, inside a sandboxed frame that runs no
script.
"""

import tempfile
import threading
from dataclasses import replace
from pathlib import Path
from typing import Optional
from urllib.parse import quote

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from .. import __version__
from ..errors import CheckerError, InputError
from ..findings import Report
from ..load import Source, from_text, load
from ..registry import genres
from . import page

MAX_BODY_BYTES = 10_000_000
UPLOAD_SUFFIXES = (".docx", ".txt", ".md")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"}
PAGE_POLICY = ("default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; "
               "img-src 'self' data: blob:; frame-src 'self'; base-uri 'none'; form-action 'self'")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class CheckRequest(BaseModel):
    text: str = Field(..., description="稿件全文。不给 title 时，第一行像标题（40 字以内、不是完整的句子）才当标题",
                      examples=["东山镇推行村务夜谈\n从4月起，全镇14个村每月召开一次村务夜谈会，收集诉求312件。"])
    title: Optional[str] = Field(None, description="标题；给出时 text 全部按正文检查")
    genre: Optional[str] = Field(None, description="文体：英文名（problem）或中文名（问题建议）；不给则自动识别")
    excerpt: bool = Field(False, description="稿件只是片段（开头几段）：后文才有的内容（问题建议、调研报告的原因和对策，述职、总结的问题和打算）没出现不扣分")


class BodyLimit:
    """Refuse a request body over `limit` bytes with 413, whether or not it says its length."""

    def __init__(self, app, limit: int = MAX_BODY_BYTES):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            return await _too_large(self.limit)(scope, receive, send)
        received = 0

        async def limited():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise HTTPException(413, _too_large_text(self.limit))
            return message

        await self.app(scope, limited, send)


def _too_large_text(limit: int) -> str:
    return f"内容过大：一次最多上传 {limit // 1_000_000} MB"


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse({"error": _too_large_text(limit)}, status_code=413, headers=SECURITY_HEADERS)


def create_app(checker=None) -> FastAPI:
    """The app, with `checker` (a pipeline.Checker) or one with the shipped model."""
    if checker is None:
        checker = default_checker()
    lock = threading.Lock()  # one check at a time: the Checker's caches are not built for threads
    app = FastAPI(title="稿件检查", version=__version__, docs_url=None, redoc_url=None, swagger_ui_oauth2_redirect_url=None,
                  description="组工信息 / 组工网宣稿件质量检查的本机接口。返回的 JSON 与 `checker check --format json` 相同（schema 1）。")
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    genre_names = genres()

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        message = {404: "没有这个页面", 405: "不支持这种请求方式"}.get(exc.status_code, exc.detail)
        return JSONResponse({"error": message}, status_code=exc.status_code, headers=SECURITY_HEADERS)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = exc.errors()
        if any(p.get("type") == "json_invalid" for p in problems):
            message = "请求不是有效的 JSON"
        else:
            fields = "、".join(str(p.get("loc", ["?"])[-1]) for p in problems)
            message = f"请求内容不对：{fields} 缺少或类型不对（应为 JSON 对象，text 为字符串）"
        return JSONResponse({"error": message}, status_code=400, headers=SECURITY_HEADERS)

    @app.exception_handler(CheckerError)
    async def checker_error(request: Request, exc: CheckerError):
        return JSONResponse({"error": str(exc)}, status_code=400, headers=SECURITY_HEADERS)

    def genre_of(value: Optional[str]) -> Optional[str]:
        if not value:
            return None
        if value in genre_names:
            return value
        by_label = {label: name for name, label in genre_names.items()}
        if value in by_label:
            return by_label[value]
        raise HTTPException(400, "未知文体“" + value + "”，可选：" + "、".join(f"{l}（{n}）" for n, l in genre_names.items()))

    def run(source: Source, genre: Optional[str], excerpt: bool = False) -> Report:
        if excerpt:
            source = replace(source, excerpt=True)
        with lock:
            return checker.check_source(source, genre_of(genre))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home():
        return HTMLResponse(page.render(genre_names), headers={**SECURITY_HEADERS, "Content-Security-Policy": PAGE_POLICY})

    @app.get("/page.js", include_in_schema=False)
    def script():
        return Response(page.SCRIPT, media_type="text/javascript; charset=utf-8", headers=SECURITY_HEADERS)

    @app.post("/api/check", summary="检查一篇稿件（JSON）",
              response_description="与 checker check --format json 相同的报告（schema 1）；出错时为 {\"error\": 中文说明}，状态码 400 或 413")
    def api_check(request: CheckRequest):
        report = run(from_text("-", request.text, request.title), request.genre, request.excerpt)
        return JSONResponse(report.to_json(), headers=SECURITY_HEADERS)

    @app.post("/api/report", summary="检查粘贴的文字或上传的稿件，返回网页报告、JSON 或批注版 Word",
              response_description="format=html：网页报告；json：JSON 报告；docx：批注版 .docx")
    def api_report(text: Optional[str] = Form(None, description="粘贴的稿件全文（与 file 二选一）"),
                   file: Optional[UploadFile] = File(None, description=".docx、.txt 或 .md 稿件"),
                   genre: Optional[str] = Form(None, description="文体英文名或中文名，空则自动识别"),
                   excerpt: bool = Form(False, description="稿件只是片段（开头几段）：后文才有的内容（原因、对策，述职总结的问题和打算）没出现不扣分"),
                   format: str = Form("html", description="html、json 或 docx")):
        if format not in ("html", "json", "docx"):
            raise HTTPException(400, f"不支持的格式“{format}”，可选：html、json、docx")
        if file is not None and file.filename:
            source, original = _uploaded(file)
        elif text is not None and text.strip():
            source, original = from_text("粘贴的稿件", text), None
        else:
            raise HTTPException(400, "请粘贴稿件或选择一个 .docx、.txt、.md 文件")
        report = run(source, genre, excerpt)
        stem = Path(source.name).stem if original is not None or file is not None else "稿件"
        if format == "json":
            return JSONResponse(report.to_json(), headers={**SECURITY_HEADERS, **_attachment(f"{stem}.json")})
        if format == "docx":
            from ..report.word import annotate

            return Response(annotate(report, original), media_type=DOCX_TYPE,
                            headers={**SECURITY_HEADERS, **_attachment(f"{stem}.批注.docx")})
        from ..report import html

        return HTMLResponse(html.render(report), headers={**SECURITY_HEADERS, **_attachment(f"{stem}.报告.html", inline=True)})

    return app


def _uploaded(file: UploadFile) -> tuple[Source, Optional[bytes]]:
    """The upload read like a file on disk, from a temporary copy removed at once."""
    name = Path(file.filename.replace("\\", "/")).name or "稿件"
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise HTTPException(415, f"{name}：只能上传 .docx、.txt 或 .md 稿件（旧版 .doc 请先在 Word 中另存为 .docx）")
    data = file.file.read(MAX_BODY_BYTES + 1)
    with tempfile.TemporaryDirectory(prefix="checker-serve-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        try:
            source = load(str(path))
        except InputError as exc:
            raise InputError(name, exc.problem) from None  # named as the user named it, not the temporary copy
    return replace(source, name=name), data if suffix == ".docx" else None


def _attachment(name: str, inline: bool = False) -> dict[str, str]:
    ascii_name = "report" + Path(name).suffix
    kind = "inline" if inline else "attachment"
    return {"Content-Disposition": f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"}


def default_checker():
    """The checker with the shipped model (without it if the model cannot be loaded), warmed up
    so the first request does not pay for loading the dictionary."""
    from ..model import load_default_model
    from ..pipeline import Checker

    try:
        model = load_default_model()
    except CheckerError:
        model = None
    checker = Checker(model=model)
    checker.check_text("预热\n县委组织部选派45名干部到村任职。")
    return checker


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")
